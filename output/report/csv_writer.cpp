#include "output/report/csv_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "output/output_error.hpp"
#include "output/temporary_file.hpp"

namespace wfsim::output::report {

CsvWriter::CsvWriter(std::string path, const std::vector<std::string>& header)
    : path_(std::move(path)), temporary_(temporary_path_for(path_)) {
    out_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!out_) throw OutputError(cannot_write_message(path_, errno));
    out_ << "\xEF\xBB\xBF";
    for (const auto& name : header) text(name);
    end_row();
    rows_ = 0;
}

CsvWriter::~CsvWriter() {
    if (!finished_) {
        out_.close();
        std::remove(temporary_.c_str());
    }
}

void CsvWriter::separator() {
    if (!first_field_) row_ += ',';
    first_field_ = false;
}

CsvWriter& CsvWriter::text(std::string_view value) {
    separator();
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        row_ += value;
        return *this;
    }
    row_ += '"';
    for (char c : value) {
        if (c == '"') row_ += '"';
        row_ += c;
    }
    row_ += '"';
    return *this;
}

CsvWriter& CsvWriter::number(double value) {
    separator();
    if (std::isnan(value)) return *this;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    row_.append(buffer, result.ptr);
    return *this;
}

CsvWriter& CsvWriter::integer(std::int64_t value) {
    separator();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    row_.append(buffer, result.ptr);
    return *this;
}

void CsvWriter::end_row() {
    row_ += "\r\n";
    out_.write(row_.data(), static_cast<std::streamsize>(row_.size()));
    row_.clear();
    first_field_ = true;
    ++rows_;
}

std::size_t CsvWriter::finish() {
    out_.close();
    if (!out_) throw OutputError(cannot_write_message(path_, errno));
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0)
        throw OutputError("cannot rename " + temporary_ + " to " + path_ + ": " +
                          std::strerror(errno));
    finished_ = true;
    return rows_;
}

}  // namespace wfsim::output::report
