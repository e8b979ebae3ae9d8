#pragma once
// Reading a scenario file into a Scenario, strictly: every problem in the file is reported at
// once (ScenarioError), each with file, line, column, key path and what to fix. Also the two
// texts the parameter declarations give: the resolved YAML and the parameter reference.
#include <string>

#include "models/scenario.hpp"
#include "models/scenario/diagnostic.hpp"  // Diagnostic, ScenarioError

namespace wfsim::models {

// Throws ScenarioError, also for an unreadable file and a YAML syntax error (with its position).
Scenario load_scenario_file(const std::string& path);
// The same from text in memory; `display_name` stands for the file name in diagnostics.
Scenario load_scenario_text(const std::string& text, const std::string& display_name);

// The scenario as YAML with every default filled in; loading it gives an equal Scenario (all but
// source_path and source_text).
std::string resolved_scenario_yaml(const Scenario& scenario);

// The parameter reference in Markdown, generated from the declarations (docs/scenario.md).
std::string scenario_reference_markdown();

}  // namespace wfsim::models
