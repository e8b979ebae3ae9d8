#include "cli/scenario_input.hpp"

#include <iostream>

#include "cli/file_kind_hint.hpp"

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::cli {

std::optional<models::outcomes::OutcomeDefinitions> define_run_outcomes(
    const std::string& path, const models::ResolvedScenario& resolved,
    const models::ResultLayout& layout, const std::vector<models::ParameterOverride>& overrides) {
    try {
        return models::outcomes::define_outcomes(resolved.scenario, layout, resolved.axis);
    } catch (const models::outcomes::OutcomeDefinitionError& e) {
        // Each at the place the scenario gave the key: file:line:column, or the override.
        for (const auto& problem : e.problems())
            std::cerr << models::diagnostic_at(resolved.scenario.key_places,
                                               resolved.scenario.source_path, problem.key_path,
                                               problem.message)
                             .str()
                      << "\n";
        std::cerr << "wfsim: " << path << (overrides.empty() ? "" : " with its --set overrides")
                  << " is not a valid scenario (" << e.problems().size()
                  << (e.problems().size() == 1 ? " error" : " errors") << ")\n";
    }
    return std::nullopt;
}

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
        const std::string hint = other_file_kind_hint(e, path, ExpectedFile::Scenario);
        if (!hint.empty()) std::cerr << "wfsim: " << hint << "\n";
    } catch (const models::CalibrationError& e) {
        std::cerr << e.located(*scenario).str() << "\n";
    }
    return std::nullopt;
}

}  // namespace wfsim::cli
