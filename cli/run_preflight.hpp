#pragma once
// What `wfsim run` checks once the scenario is resolved and before it simulates anything: that the
// output path can take the result without destroying an input, and that the run fits in memory.
#include <optional>
#include <string>

#include "cli/output_path_checks.hpp"
#include "models/calibration/calibration.hpp"

namespace wfsim::cli {

// nullopt when the run may go ahead; otherwise the exit code, after printing why (kIoFailure for
// the output path, kBadScenario for a system too large for the memory). `other_inputs`: files
// besides the scenario and its staff records that the output must not replace (a sweep file).
std::optional<int> check_before_simulating(const std::string& scenario_path,
                                           const std::string& output, unsigned threads,
                                           const models::ResolvedScenario& resolved,
                                           const std::string& command = "wfsim run",
                                           const std::vector<NamedInput>& other_inputs = {});

}  // namespace wfsim::cli
