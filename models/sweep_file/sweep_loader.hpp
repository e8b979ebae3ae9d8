#pragma once
// Reading a sweep file strictly, with the scenario it names: every problem at once
// (ScenarioError), each at its file, line, column and key path. Factor paths are checked against
// the scenario's declarations and its groups as they are read; check_sweep_outputs() then checks
// the outputs against what a run of the scenario reports.
#include <string>

#include "models/scenario/diagnostic.hpp"
#include "models/scenario/scenario.hpp"
#include "models/sweep_file/factor_overrides.hpp"
#include "models/sweep_file/sweep_spec.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::models {

struct LoadedSweep {
    SweepSpec spec;
    Scenario scenario;          // as read, no override applied
    std::string scenario_path;  // as opened: the sweep file's folder joined with `scenario`
};

// Throws ScenarioError: the sweep file's problems, or the scenario's (in its own file).
LoadedSweep load_sweep_file(const std::string& path);
// From text; `folder` is where a relative `scenario` path starts.
LoadedSweep load_sweep_text(const std::string& text, const std::string& display_name,
                            const std::string& folder);

// The sweep file reference in Markdown, generated from the declarations (docs/sweeps.md).
std::string sweep_reference_markdown();

// Each output's metric, unit and period among those a run of the scenario reports, and each
// target among the scenario's `targets` (with a suggestion for a near miss). Throws
// ScenarioError located in the sweep file.
void check_sweep_outputs(const SweepSpec& spec, const Scenario& scenario,
                         const ResultLayout& layout, const sim::TimeAxis& axis);

// Each factor's extreme values are values its parameter allows, read by `read` as a design point
// is (FactorOverrides::check_ranges); problems are located in the sweep file. Throws
// ScenarioError.
void check_factor_values(const LoadedSweep& sweep, const FactorOverrides& overrides,
                         const PointReader& read);

}  // namespace wfsim::models
