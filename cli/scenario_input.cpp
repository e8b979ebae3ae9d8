#include "cli/scenario_input.hpp"

#include <iostream>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::cli {

std::optional<models::ResolvedScenario> load_resolved_scenario(
    const std::string& path, const std::vector<models::ParameterOverride>& overrides) {
    std::optional<models::Scenario> scenario;
    try {
        scenario = models::load_scenario_file(path, overrides);
        // Resolving reads the staff records file, if the scenario names one.
        return models::resolve_scenario(*scenario);
    } catch (const models::ScenarioError& e) {
        for (const auto& d : e.diagnostics()) std::cerr << d.str() << "\n";
        std::cerr << "wfsim: " << path << (overrides.empty() ? "" : " with its --set overrides")
                  << " is not a valid scenario (" << models::schema::count_text(e.problem_count())
                  << (e.problem_count() == 1 ? " error" : " errors") << ")\n";
    } catch (const models::CalibrationError& e) {
        std::cerr << e.located(*scenario).str() << "\n";
    }
    return std::nullopt;
}

}  // namespace wfsim::cli
