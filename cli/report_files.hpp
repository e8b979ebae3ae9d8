#pragma once
// Writes the reports of a result file: the HTML page (with its charts as SVG files on request)
// and the CSV tables. Shared by `wfsim report` and `wfsim run --report`.
#include <string>

namespace wfsim::cli {

struct ReportRequest {
    std::string result;           // the HDF5 result file
    std::string html;             // the HTML page to write; empty: none
    std::string chart_directory;  // each chart as SVG; empty: none
    std::string csv_directory;    // the CSV tables; empty: none
    bool per_replication = false;
    bool quiet = false;
};

// Returns an exit code: kSuccess, or kIoFailure after printing why (naming `command`).
int write_report_files(const ReportRequest& request, const std::string& command);

}  // namespace wfsim::cli
