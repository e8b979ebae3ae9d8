#pragma once
// A readable summary of a finished result file for the terminal: per financial year, for the
// system total and each sector, the key metrics as median, 5%-95% spread across replications and
// Monte Carlo standard error of the mean; then the first year's simulated turnover, vacancy rate
// and absence rate per group beside the figures the scenario quoted.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "output/report_figures.hpp"
#include "output/result_reader.hpp"

namespace wfsim::output {

// The rates a scenario quotes for a group (as fractions: 0.12 for 12%), absent when not quoted.
struct QuotedFigures {
    std::string group;
    std::optional<double> turnover;
    std::optional<double> vacancy_rate;
    std::optional<double> absence_rate;
};

// The simulated turnover, vacancy and absence rates of each group in `period` (means across
// replications) beside the quoted ones; nothing when no figure is quoted.
void print_inputs_reproduced(std::ostream& out, const PeriodFigures& period, const Axes& axes,
                             const std::vector<QuotedFigures>& quoted);

// `show_units`: groups or sectors printed after the total and the sectors.
void print_terminal_report(std::ostream& out, const ResultReader& reader,
                           const std::vector<QuotedFigures>& quoted = {},
                           const std::vector<std::string>& show_units = {});

// Opens `result_path` and reports it; OutputError when it cannot be read.
void print_terminal_report(std::ostream& out, const std::string& result_path,
                           const std::vector<QuotedFigures>& quoted = {});

}  // namespace wfsim::output
