#include "models/sweep_run/sweep_point_builders.hpp"

#include <yaml-cpp/yaml.h>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/variant_worlds.hpp"
#include "models/variants/variant_resolution.hpp"

namespace wfsim::models {
namespace {

bool into_defaults(const ParameterOverride& o) {
    return !o.path.segments.empty() && o.path.segments.front() == "defaults";
}

// A variant changes groups, and `defaults` are what groups take where they do not set a value
// themselves. So overrides of defaults become overrides of each group parameter they change: the
// scenario is read with them (as `--set` reads it, distributions merged), compared with the
// baseline parameter by parameter, and each changed value is set on its group's path. They come
// first, so that an override of a group's own value, later, wins as it does in a file.
std::vector<ParameterOverride> onto_groups(const Scenario& baseline,
                                           const std::vector<ParameterOverride>& overrides) {
    std::vector<ParameterOverride> defaults, out;
    for (const ParameterOverride& o : overrides) (into_defaults(o) ? defaults : out).push_back(o);
    if (defaults.empty()) return overrides;
    // ScenarioError, located at the override, when the value is not one defaults allow.
    const Scenario changed =
        load_scenario_text(baseline.source_text, baseline.source_path, defaults);
    const YAML::Node tree = YAML::Load(resolved_scenario_yaml(changed));
    std::string origin;
    for (const ParameterOverride& o : defaults)
        origin += (origin.empty() ? "" : ", ") +
                  (o.origin.empty() ? "--set " + o.path.text() + "=" + o.value : o.origin);
    std::vector<ParameterOverride> onto;
    for (const std::string& changed_path : changed_parameters(baseline, changed)) {
        std::string problem;
        schema::ParameterPath path = *schema::parse_parameter_path(changed_path, problem);
        YAML::Node node(tree);
        for (const std::string& s : path.segments) node.reset(node[s]);
        YAML::Emitter flow;
        flow << YAML::Flow << node;
        onto.push_back({std::move(path), flow.c_str(), origin});
    }
    onto.insert(onto.end(), out.begin(), out.end());
    return onto;
}

ResolvedScenario variant_point(const std::shared_ptr<const ResolvedScenario>& baseline,
                               const std::vector<ParameterOverride>& overrides) {
    return variant_from_overrides(baseline, onto_groups(baseline->scenario, overrides), "point");
}

}  // namespace

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

PointScenarioBuilder baseline_builder(std::shared_ptr<const ResolvedScenario> baseline) {
    return [baseline = std::move(baseline)](const std::vector<ParameterOverride>& overrides) {
        try {
            return variant_point(baseline, overrides);
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
    if (calibration == "each_point")
        return recalibrating_builder(std::move(scenario_text), std::move(path));
    return baseline_builder(std::move(baseline));
}

PointReader point_reader(const std::string& calibration,
                         std::shared_ptr<const ResolvedScenario> baseline,
                         std::string scenario_text, std::string path) {
    if (calibration == "each_point")
        return scenario_text_reader(std::move(scenario_text), std::move(path));
    return [baseline = std::move(baseline)](const std::vector<ParameterOverride>& overrides) {
        try {
            variant_point(baseline, overrides);
        } catch (const CalibrationError&) {
            // the point fails when it runs, with its reason
        }
    };
}

}  // namespace wfsim::models
