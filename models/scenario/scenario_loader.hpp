#pragma once
// Reading a scenario file into a Scenario, strictly: every problem in the file is reported at
// once (ScenarioError), each with file, line, column, key path and what to fix. Also the two
// texts the parameter declarations give: the resolved YAML and the parameter reference.
#include <string>
#include <vector>

#include "models/scenario/diagnostic.hpp"  // Diagnostic, ScenarioError
#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/parameter_override.hpp"  // ParameterOverride

namespace wfsim::models {

namespace schema {
struct ObjectInfo;
}

// Throws ScenarioError, also for an unreadable file and a YAML syntax error (with its position).
// `overrides` change declared parameters before the file is checked, in order, and are checked
// exactly like the file's own values; a problem in one is reported at the override
// ("--set years=0: expected a whole number in [1, 100], got 0"). source_text stays the file's
// text; the resolved YAML shows the overrides applied.
Scenario load_scenario_file(const std::string& path,
                            const std::vector<ParameterOverride>& overrides = {});
// The same from text in memory; `display_name` stands for the file name in diagnostics.
Scenario load_scenario_text(const std::string& text, const std::string& display_name,
                            const std::vector<ParameterOverride>& overrides = {});

// Each "path=value" as parse_parameter_override reads it; std::invalid_argument naming the first
// malformed one.
std::vector<ParameterOverride> parse_parameter_overrides(const std::vector<std::string>& texts);

// The scenario as YAML with every default filled in; loading it gives an equal Scenario (all but
// source_path and source_text).
std::string resolved_scenario_yaml(const Scenario& scenario);

// The parameter reference in Markdown, generated from the declarations (docs/scenario.md).
std::string scenario_reference_markdown();
// The reference tables of one declared object and everything below it, as the scenario
// reference lays them out (for other files declared the same way: sweep files).
std::string object_reference_markdown(const schema::ObjectInfo& info);

// A JSON Schema (draft-07) of the scenario format, generated from the declarations, for editors
// (docs/wfsim-scenario.schema.json).
std::string scenario_json_schema();

}  // namespace wfsim::models
