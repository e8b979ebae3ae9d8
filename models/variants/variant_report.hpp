#pragma once
// What `wfsim validate` says of a variant: each intervention as written, and what its re-solved
// quoted figures became (the multiple of the baseline's calibrated rate, and the rate).
#include <ostream>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {

void print_variant(std::ostream& out, const ResolvedScenario& baseline, const VariantSpec& spec,
                   const ResolvedScenario& variant);

}  // namespace wfsim::models
