// Interventions dated at or after the end of the run: they change nothing in it and none of
// their costs is incurred, so the variant's differences from the baseline are all zero. Not an
// error: a run shortened with --set years=... legitimately leaves later interventions out.
#include "models/scenario/key_places.hpp"
#include "models/variants/variant_parts.hpp"
#include "models/variants/variant_resolution.hpp"

namespace wfsim::models {

std::vector<Diagnostic> late_interventions(const ResolvedScenario& baseline,
                                           const VariantSpec& spec) {
    const sim::Date end = baseline.axis.end();
    std::vector<Diagnostic> out;
    for (std::size_t i = 0; i < spec.interventions.size(); ++i) {
        const InterventionSpec& change = spec.interventions[i];
        const auto from = change.shock ? std::optional(change.shock->from) : change.from;
        if (!from || *from < end) continue;
        const std::string key = change.shock ? ".shock.from" : ".from";
        out.push_back(diagnostic_at(
            baseline.scenario.key_places, baseline.scenario.source_path,
            variant_parts::intervention_path(spec, i) + key,
            "intervention '" + change.name + "' of variant '" + spec.name + "' starts on " +
                from->iso() + ", after the run's last day, " + (end + -1).iso() +
                ": it changes nothing in the run, and its costs are never incurred"));
    }
    return out;
}

}  // namespace wfsim::models
