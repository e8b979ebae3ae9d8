#pragma once
// What every fuzz target holds the scenario loader to, beyond not crashing (the sanitizers catch
// memory errors and undefined behaviour, libFuzzer hangs and memory blow-ups): a refused input is
// refused with at least one located message and never with an "internal error", which the loader
// reports instead of crashing when something unexpected is thrown; an accepted one writes a
// resolved YAML that reads back to the same resolved YAML.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "models/scenario/scenario_loader.hpp"

namespace wfsim::fuzz {

[[noreturn]] inline void finding(const std::string& what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
    std::abort();
}

inline void check_refusal(const models::ScenarioError& e) {
    if (e.diagnostics().empty()) finding("a ScenarioError without diagnostics");
    for (const auto& d : e.diagnostics()) {
        if (d.message.rfind("internal error", 0) == 0) finding(d.str());
        if (d.message.empty()) finding("an empty message: " + d.str());
    }
}

inline void check_round_trip(const models::Scenario& scenario) {
    const std::string resolved = models::resolved_scenario_yaml(scenario);
    try {
        const auto again = models::load_scenario_text(resolved, "resolved.yaml");
        if (models::resolved_scenario_yaml(again) != resolved)
            finding("the resolved YAML reads back differently:\n" + resolved);
    } catch (const models::ScenarioError& e) {
        finding("the resolved YAML is refused: " + std::string(e.what()) + "\n" + resolved);
    }
}

}  // namespace wfsim::fuzz
