#pragma once
// The scenarios a variant's dated changes make. The run is cut at every intervention's `from`
// and `until`; in each piece where some change is active, the scenario in force is the baseline
// with those changes applied in the order written (set, multiply or add, to whatever each path
// selects), read and checked exactly like a file. A problem is reported at the intervention that
// causes it. What differs from the baseline in each piece, parameter by parameter, is what
// models/variants/ turns into dated changes of the calibrated rates.
#include <memory>
#include <string>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "models/scenario/yaml/yaml_reader.hpp"

namespace wfsim::models {

// Where each intervention's problems are reported: the place of its change (`set`, `multiply` or
// `add`) and its key path in the file.
struct InterventionPlace {
    schema::Position at;
    std::string path;
};

// The worlds of `variant` against `baseline` (whose own `variants` are ignored). Problems go to
// `reporter` at the intervention's place; `places` has one entry per intervention.
std::vector<VariantWorld> variant_worlds(const Scenario& baseline, const VariantSpec& variant,
                                         const std::vector<InterventionPlace>& places,
                                         schema::Reporter& reporter);

// Whether `change` reaches the concrete key path `key_path` of `scenario`: its parameter's path
// holds it, and its `sector`, if any, is that of the group the key path is in.
bool change_reaches(const InterventionSpec& change, const std::string& key_path,
                    const Scenario& scenario);

// The declared parameters whose values differ between two scenarios, as concrete key paths.
std::vector<std::string> changed_parameters(const Scenario& a, const Scenario& b);

}  // namespace wfsim::models
