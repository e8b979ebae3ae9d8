#pragma once
// Loads and resolves a scenario for a subcommand, printing every problem to stderr with its
// place (file:line:column and key path).
#include <optional>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/outcomes/outcome_definitions.hpp"
#include "models/scenario/schema/parameter_override.hpp"

namespace wfsim::cli {

// nullopt after printing the errors (the caller exits with kBadScenario). `overrides` are
// applied to the file before it is checked; a problem in one is printed at the override.
std::optional<models::ResolvedScenario> load_resolved_scenario(
    const std::string& path, const std::vector<models::ParameterOverride>& overrides = {});

// The scenario's targets and risks bound to the run laid out by `layout`; nullopt after printing
// each problem (a metric the run does not record) at its place in the file or at the override
// that set it.
std::optional<models::outcomes::OutcomeDefinitions> define_run_outcomes(
    const std::string& path, const models::ResolvedScenario& resolved,
    const models::ResultLayout& layout,
    const std::vector<models::ParameterOverride>& overrides = {});

}  // namespace wfsim::cli
