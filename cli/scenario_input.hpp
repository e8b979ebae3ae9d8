#pragma once
// Loads and resolves a scenario for a subcommand, printing every problem to stderr with its
// place (file:line:column and key path).
#include <optional>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/scenario/schema/parameter_override.hpp"

namespace wfsim::cli {

// nullopt after printing the errors (the caller exits with kBadScenario). `overrides` are
// applied to the file before it is checked; a problem in one is printed at the override.
std::optional<models::ResolvedScenario> load_resolved_scenario(
    const std::string& path, const std::vector<models::ParameterOverride>& overrides = {});

}  // namespace wfsim::cli
