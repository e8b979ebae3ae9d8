#pragma once
// A readable summary of a finished result file for the terminal: per financial year, for the
// system total and each sector, the key metrics as median, 5%-95% spread across replications and
// Monte Carlo standard error of the mean; then the first year's simulated turnover, vacancy rate
// and absence rate per group beside the figures the scenario quoted.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output {

// The rates a scenario quotes for a group (as fractions: 0.12 for 12%), absent when not quoted.
struct QuotedFigures {
    std::string group;
    std::optional<double> turnover;
    std::optional<double> vacancy_rate;
    std::optional<double> absence_rate;
};

void print_terminal_report(std::ostream& out, const ResultReader& reader,
                           const std::vector<QuotedFigures>& quoted = {});

// Opens `result_path` and reports it; OutputError when it cannot be read.
void print_terminal_report(std::ostream& out, const std::string& result_path,
                           const std::vector<QuotedFigures>& quoted = {});

}  // namespace wfsim::output
