#pragma once
// What `wfsim run` checks once the scenario is resolved and before it simulates anything: that the
// output path can take the result without destroying an input, and that the run fits in memory.
#include <optional>
#include <string>

#include "models/calibration/calibration.hpp"

namespace wfsim::cli {

// nullopt when the run may go ahead; otherwise the exit code, after printing why (kIoFailure for
// the output path, kBadScenario for a system too large for the memory).
std::optional<int> check_before_simulating(const std::string& scenario_path,
                                           const std::string& output, unsigned threads,
                                           const models::ResolvedScenario& resolved);

}  // namespace wfsim::cli
