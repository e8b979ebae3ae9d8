#include "cli/scenario_input.hpp"

#include <iostream>

#include "models/scenario/scenario_loader.hpp"

namespace wfsim::cli {

std::optional<models::ResolvedScenario> load_resolved_scenario(const std::string& path) {
    models::Scenario scenario;
    try {
        scenario = models::load_scenario_file(path);
    } catch (const models::ScenarioError& e) {
        for (const auto& d : e.diagnostics()) std::cerr << d.str() << "\n";
        std::cerr << "wfsim: " << path << " is not a valid scenario (" << e.diagnostics().size()
                  << (e.diagnostics().size() == 1 ? " error" : " errors") << ")\n";
        return std::nullopt;
    }
    try {
        return models::resolve_scenario(scenario);
    } catch (const models::CalibrationError& e) {
        std::cerr << path << ": " << e.what() << "\n";
        return std::nullopt;
    }
}

}  // namespace wfsim::cli
