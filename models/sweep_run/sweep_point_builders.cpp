#include "models/sweep_run/sweep_point_builders.hpp"

#include "models/scenario/scenario_loader.hpp"

namespace wfsim::models {

PointScenarioBuilder recalibrating_builder(std::string scenario_text, std::string path) {
    return [text = std::move(scenario_text),
            path = std::move(path)](const std::vector<ParameterOverride>& overrides) {
        try {
            return resolve_scenario(load_scenario_text(text, path, overrides));
        } catch (const ScenarioError& e) {
            throw PointError(e.what());
        } catch (const CalibrationError& e) {
            throw PointError(e.what());
        }
    };
}

PointScenarioBuilder point_builder(const std::string& calibration,
                                   std::shared_ptr<const ResolvedScenario> baseline,
                                   std::string scenario_text, std::string path) {
    (void)baseline;
    if (calibration == "each_point")
        return recalibrating_builder(std::move(scenario_text), std::move(path));
    return nullptr;
}

}  // namespace wfsim::models
