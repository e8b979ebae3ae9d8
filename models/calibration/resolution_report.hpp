#pragma once
// What a scenario resolves to, for `wfsim validate`: per group, the quoted figures beside the
// rates the flows will run on (hazards, onset rates, establishment, recruitment timing).
#include <ostream>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {

void print_resolution(std::ostream& out, const ResolvedScenario& resolved);

}  // namespace wfsim::models
