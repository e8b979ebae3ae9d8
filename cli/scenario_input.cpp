#include "cli/scenario_input.hpp"

#include <iostream>

#include "models/scenario/scenario_loader.hpp"

namespace wfsim::cli {
namespace {

// Where a figure that cannot be reproduced was given: the last override that set it, or the file.
std::string place_of(const std::string& key_path, const std::string& file,
                     const std::vector<models::ParameterOverride>& overrides) {
    for (auto it = overrides.rbegin(); it != overrides.rend(); ++it)
        if (models::schema::path_within(key_path, it->path)) return it->origin;
    return file;
}

}  // namespace

std::optional<models::ResolvedScenario> load_resolved_scenario(
    const std::string& path, const std::vector<models::ParameterOverride>& overrides) {
    try {
        // Resolving reads the staff records file, if the scenario names one.
        return models::resolve_scenario(models::load_scenario_file(path, overrides));
    } catch (const models::ScenarioError& e) {
        for (const auto& d : e.diagnostics()) std::cerr << d.str() << "\n";
        std::cerr << "wfsim: " << path << (overrides.empty() ? "" : " with its --set overrides")
                  << " is not a valid scenario (" << e.diagnostics().size()
                  << (e.diagnostics().size() == 1 ? " error" : " errors") << ")\n";
    } catch (const models::CalibrationError& e) {
        std::cerr << place_of(e.key_path, path, overrides) << ": " << e.what() << "\n";
    }
    return std::nullopt;
}

}  // namespace wfsim::cli
