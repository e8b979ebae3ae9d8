#pragma once
// The two-level uncertainty of a run on the terminal: for each key metric, how much of its spread
// across replications comes from parameter uncertainty and how much from individual chance.
#include <ostream>
#include <string>
#include <vector>

#include "output/uncertainty_tables.hpp"

namespace wfsim::output {

// The last financial year of the system total and the `show` units; with `full`, every financial
// year. Says so when there are too few replications a set to split the variance.
void print_uncertainty(std::ostream& out, const UncertaintyResults& results,
                       const std::vector<std::string>& financial_years,
                       const std::vector<std::string>& units, const std::vector<std::string>& show,
                       bool full);

}  // namespace wfsim::output
