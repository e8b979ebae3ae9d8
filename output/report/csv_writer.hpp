#pragma once
// One CSV file as Excel, Power BI and pandas read it without options: UTF-8 with a byte-order
// mark (Excel takes a file without one for the local code page), one header row, CRLF line ends
// (RFC 4180), fields quoted only when they hold a comma, quote or line break, numbers in their
// shortest exact form, NaN as an empty cell. Written beside the destination and renamed into
// place when complete, so a failure never leaves half a file.
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace wfsim::output::report {

class CsvWriter {
  public:
    CsvWriter(std::string path, const std::vector<std::string>& header);
    ~CsvWriter();  // removes the temporary file unless finish() succeeded
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    CsvWriter& text(std::string_view value);
    CsvWriter& number(double value);
    CsvWriter& integer(std::int64_t value);
    void end_row();
    // Closes and renames into place; returns the rows written (header excluded).
    std::size_t finish();

    const std::string& path() const { return path_; }

  private:
    void separator();
    std::string path_, temporary_;
    std::ofstream out_;
    std::string row_;
    bool first_field_ = true, finished_ = false;
    std::size_t rows_ = 0;
};

// Excel shows at most this many rows (header included); longer files still load whole in
// Power BI and pandas.
inline constexpr std::size_t kExcelRowLimit = 1'048'576;

}  // namespace wfsim::output::report
