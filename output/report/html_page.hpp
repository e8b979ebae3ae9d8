#pragma once
// What every report page shares: the head (inline CSS, a Content-Security-Policy that forbids
// any fetch, so the page opens offline and shows the same everywhere) and writing the page and
// its charts to disk, each beside its destination first and renamed into place when complete.
#include <string>
#include <utility>
#include <vector>

namespace wfsim::output::report {

// "<!DOCTYPE html>..." up to and including <body>, titled `title`.
std::string page_start(const std::string& title);

struct HtmlReportSummary {
    std::size_t charts = 0;
    std::size_t bytes = 0;
};

// Writes `page` to `html_path` and, when `chart_directory` is not empty, each chart (id, svg) as
// <chart_directory>/<id>.svg. OutputError on failure.
HtmlReportSummary write_page_files(const std::string& html_path, const std::string& page,
                                   const std::vector<std::pair<std::string, std::string>>& charts,
                                   const std::string& chart_directory);

}  // namespace wfsim::output::report
