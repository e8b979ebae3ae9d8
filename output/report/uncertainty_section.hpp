#pragma once
// The report's two-level uncertainty section, when the file holds /uncertainty (docs/output.md,
// "Two-level uncertainty"): the uncertain parameters and their parameter sets, and for the
// system total the share of each key metric's variance that comes from parameter uncertainty
// rather than individual chance, by financial year, with its interval; a chart of the shares in
// the last financial year.
#include <string>
#include <utility>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output::report {

// Appends the section to `html` (nothing when the file has no /uncertainty); its chart is also
// added to `charts` as (id, svg).
void append_uncertainty_section(std::string& html, const ResultReader& reader,
                                std::vector<std::pair<std::string, std::string>>* charts);

}  // namespace wfsim::output::report
