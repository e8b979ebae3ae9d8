#pragma once
// The report's comparison of variants with the baseline, when the file holds it (docs/output.md,
// "Variants: differences and cost-effectiveness"): for the system total, a chart per key metric
// of each variant's mean paired difference from the baseline in each financial year with its 95%
// confidence interval, a table of the differences in the last financial year, and each
// variant's cost-effectiveness from the start of the run to the end of each financial year.
#include <string>
#include <utility>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output::report {

// Appends the section to `html` (nothing when no variant has differences); each chart is also
// added to `charts` as (id, svg).
void append_variant_comparison(std::string& html, const ResultReader& reader,
                               std::vector<std::pair<std::string, std::string>>* charts);

}  // namespace wfsim::output::report
