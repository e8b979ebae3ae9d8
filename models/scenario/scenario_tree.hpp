#pragma once
// Loading one scenario text many times with different overrides while reading its YAML once
// (the fuzz target of `--set`): reading the text is most of the work of loading a small scenario.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/parameter_override.hpp"  // ParameterOverride

namespace wfsim::models {

// The YAML tree of a scenario's text, read with the checks and limits of load_scenario_text, or
// nullopt when the text cannot be read (load_scenario_text says why).
std::optional<YAML::Node> read_scenario_tree(const std::string& text);

// load_scenario_text(text, display_name, overrides) from `tree`, what `text` reads to. The
// overrides change `tree`: give each load its own copy (YAML::Clone). A copy's values have no
// line and column, so messages about the file's own values are placed at 1:1.
Scenario load_scenario_tree(const YAML::Node& tree, const std::string& text,
                            const std::string& display_name,
                            const std::vector<ParameterOverride>& overrides = {});

}  // namespace wfsim::models
