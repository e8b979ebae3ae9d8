#include "cli/variant_runs.hpp"

#include <algorithm>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "models/scenario/schema/parameter_path.hpp"
#include "models/scenario/yaml/closest_key.hpp"
#include "models/variants/variant_resolution.hpp"

namespace wfsim::cli {

std::optional<VariantRuns> resolve_variant_runs(
    std::shared_ptr<const models::ResolvedScenario> baseline,
    const std::vector<std::string>& chosen, const std::string& scenario_path,
    const std::vector<models::ParameterOverride>& overrides, int& code) {
    const auto& variants = baseline->scenario.variants;
    std::vector<std::string> known;
    for (const auto& v : variants) known.push_back(v.name);
    for (const std::string& name : chosen) {
        if (std::find(known.begin(), known.end(), name) != known.end()) continue;
        std::vector<models::schema::KeyCandidate> candidates;
        for (const auto& k : known) candidates.push_back({k, {k}});
        std::cerr << "wfsim run: --variants: the scenario has no variant '" << name << "'";
        if (name == "baseline")
            std::cerr << ": the baseline always runs, and --variants \"\" runs it alone";
        else if (auto near = models::schema::closest_key(name, candidates))
            std::cerr << "; did you mean '" << *near << "'?";
        else if (known.empty())
            std::cerr << "; it has no variants";
        std::cerr << "\n";
        code = kUsage;
        return std::nullopt;
    }
    VariantRuns out;
    out.names.push_back("baseline");
    for (const auto& v : variants)
        if (std::find(chosen.begin(), chosen.end(), v.name) != chosen.end())
            out.names.push_back(v.name);
    if (out.names.size() == 1) {
        out.runs.push_back(*baseline);  // a baseline alone runs as it always has
        return out;
    }
    try {
        out.runs.push_back(models::baseline_beside_variants(baseline));
        for (const auto& v : variants)
            if (std::find(out.names.begin(), out.names.end(), v.name) != out.names.end()) {
                for (const auto& late : models::late_interventions(*baseline, v))
                    std::cerr << "warning: " << late.str() << "\n";
                out.runs.push_back(models::resolve_variant(baseline, v));
            }
    } catch (const models::CalibrationError& e) {
        std::string place = scenario_path;
        for (auto it = overrides.rbegin(); it != overrides.rend(); ++it)
            if (models::schema::path_within(e.key_path, it->path)) place = it->origin;
        std::cerr << place << ": " << e.what() << "\n";
        code = kBadScenario;
        return std::nullopt;
    }
    std::vector<models::ResolvedScenario*> runs;
    for (auto& r : out.runs) runs.push_back(&r);
    models::share_layout(runs);
    return out;
}

}  // namespace wfsim::cli
