#pragma once
// Loads and resolves a scenario for a subcommand, printing every problem to stderr with its
// place (file:line:column and key path).
#include <optional>
#include <string>

#include "models/calibration.hpp"

namespace wfsim::cli {

// nullopt after printing the errors (the caller exits with kBadScenario).
std::optional<models::ResolvedScenario> load_resolved_scenario(const std::string& path);

}  // namespace wfsim::cli
