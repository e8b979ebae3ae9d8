#pragma once
// The terminal comparison of each variant with the baseline: for the system total (and the units
// asked for with --show), the key metrics by financial year as "baseline -> variant (difference,
// its 95% interval)", means over the paired replications, then the cost lines: the interventions'
// cost, the net cost and the net cost per WTE-year gained, per vacant WTE-year avoided and per
// leaver avoided, in the year and from the start of the run.
//
//   vacancy rate  2025/26   11.10% ->  9.80%   (-1.30 pts, -1.52 to -1.08)
#include <ostream>
#include <string>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output {

// Prints nothing for a file with the baseline alone. `full`: every financial year (otherwise at
// most four, spread over the run).
void print_variant_comparison(std::ostream& out, const ResultReader& reader,
                              const std::vector<std::string>& show_units = {}, bool full = false);

}  // namespace wfsim::output
