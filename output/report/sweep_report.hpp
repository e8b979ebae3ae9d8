#pragma once
// The HTML report of a sweep file (written by `wfsim sweep`): provenance, the factors and
// outputs, then for each design and output a chart of the sensitivity measures with a table of
// them and their intervals: a tornado for one at a time, mu* against sigma for Morris, first- and
// total-order bars for Sobol, bars of the measure of influence for the other designs. A page
// like the result report's (html_page.hpp): self-contained, no script, printable.
#include <string>
#include <utility>
#include <vector>

#include "output/report/html_page.hpp"
#include "output/result_reader.hpp"

namespace wfsim::output::report {

// The page as text; each chart is also added to `charts` as (id, svg) when given.
std::string render_sweep_report(const ResultReader& reader,
                                std::vector<std::pair<std::string, std::string>>* charts = nullptr);

// Writes the page (and the charts as SVG files when `chart_directory` is set). OutputError on
// failure.
HtmlReportSummary write_sweep_report(const ResultReader& reader, const std::string& html_path,
                                     const std::string& chart_directory = "");

}  // namespace wfsim::output::report
