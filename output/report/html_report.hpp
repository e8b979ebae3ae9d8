#pragma once
// The HTML report of a result file: one self-contained page (inline CSS and SVG, no script, no
// fetch), printable to PDF. Provenance first (and a warning at the top when the run is
// incomplete), the key figures by financial year, the inputs reproduced, then the charts of the
// system total, each sector and each group (output/report/report_charts.hpp).
#include <string>
#include <vector>

#include "output/report/html_page.hpp"
#include "output/result_reader.hpp"
#include "output/terminal_report.hpp"

namespace wfsim::output::report {

// What the report takes from the scenario rather than from the result file.
struct ReportContext {
    std::string description;            // the scenario's description, may be empty
    std::vector<QuotedFigures> quoted;  // the rates the scenario quotes, by group
};

struct HtmlReportOptions {
    std::string chart_directory;  // when set, each chart is also written there as <id>.svg
};

// Writes the page to `html_path` (beside it first, renamed when complete). OutputError on
// failure.
HtmlReportSummary write_html_report(const ResultReader& reader, const ReportContext& context,
                                    const std::string& html_path,
                                    const HtmlReportOptions& options = {});

// The page as text (what write_html_report writes).
std::string render_html_report(const ResultReader& reader, const ReportContext& context,
                               std::vector<std::pair<std::string, std::string>>* charts = nullptr);

}  // namespace wfsim::output::report
