#pragma once
// The short summary `wfsim run` prints by default: what a reader needs first. For the system
// total (and each sector, when there are several, and each unit asked for with --show) the
// headcount, WTE, vacancy rate, turnover and absence rate in the first and the last financial
// year, as the median and the 5%-95% spread across replications; then the first year's rates
// beside the quoted inputs. Every year, the Monte Carlo standard errors, stability and age come
// with --full (output/terminal_report.hpp) or in the HTML report.
#include <ostream>
#include <string>
#include <vector>

#include "output/result_reader.hpp"
#include "output/terminal_report.hpp"

namespace wfsim::output {

// `show_units`: groups or sectors to print beside the total, by name (each must be on /unit).
void print_terminal_summary(std::ostream& out, const ResultReader& reader,
                            const std::vector<QuotedFigures>& quoted = {},
                            const std::vector<std::string>& show_units = {});

// The names on the unit axis that `show_units` lacks ("" when all are there).
std::vector<std::string> unknown_units(const std::vector<std::string>& show_units,
                                       const std::vector<std::string>& units);

}  // namespace wfsim::output
