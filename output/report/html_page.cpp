#include "output/report/html_page.hpp"

#include <filesystem>

#include "output/report/svg_chart.hpp"
#include "output/temporary_file.hpp"

namespace wfsim::output::report {
namespace {

constexpr const char* kStyle = R"(
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:760px;margin:1.5em auto;padding:0 1em;color:#111;line-height:1.4}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;border-bottom:2px solid #0072B2;margin-top:1.8em}
h3{font-size:1.05em;margin-top:1.4em}
table{border-collapse:collapse;margin:.6em 0;font-size:.85em}
th,td{border:1px solid #bbb;padding:.2em .5em;text-align:right}th:first-child,td:first-child{text-align:left}
table.provenance td{text-align:left;word-break:break-all}
.warning{border:3px solid #D55E00;background:#fff1e6;padding:.6em 1em;font-weight:bold}
.complete{border:2px solid #009E73;padding:.4em 1em}
.note{color:#333;font-size:.9em}
figure{margin:1em 0;break-inside:avoid;page-break-inside:avoid}
svg.chart{max-width:100%;height:auto}
nav ul{columns:2;font-size:.9em}
@media print{body{max-width:none;margin:0}nav{display:none}h2{break-before:page}h2.first{break-before:auto}}
@page{size:A4;margin:14mm}
)";

}  // namespace

std::string page_start(const std::string& title) {
    return std::string(
               "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
               "'none'; style-src 'unsafe-inline'; img-src data:\"><title>") +
           escape_xml(title) + "</title><style>" + kStyle + "</style></head><body>\n";
}

HtmlReportSummary write_page_files(const std::string& html_path, const std::string& page,
                                   const std::vector<std::pair<std::string, std::string>>& charts,
                                   const std::string& chart_directory) {
    write_file_replacing(html_path, page);
    if (!chart_directory.empty())
        for (const auto& [id, svg] : charts)
            write_file_replacing((std::filesystem::path(chart_directory) / (id + ".svg")).string(),
                                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n");
    return {charts.size(), page.size()};
}

}  // namespace wfsim::output::report
