// The targets and risks of a scenario as `wfsim validate` prints them.
#include "models/outcomes/outcome_definitions.hpp"

namespace wfsim::models::outcomes {

void print_outcome_definitions(std::ostream& out, const OutcomeDefinitions& d) {
    if (d.targets.empty() && d.risks.empty()) return;
    if (!d.targets.empty()) out << "\nTargets (each checked in every replication):\n";
    for (const TargetDefinition& t : d.targets)
        out << "  " << t.name << ": " << t.metric << " of " << t.unit << ", " << t.period_text()
            << ", " << t.condition_text() << "\n";
    if (!d.risks.empty()) out << "\nRisks (register rating -> target rating):\n";
    for (const RiskDefinition& r : d.risks) {
        out << "  " << r.spec.id << " " << r.spec.title << " (" << r.spec.rating << " -> "
            << r.spec.target_rating << "): ";
        if (r.spec.modelled()) {
            out << r.event_text(d.targets) << "; consequence " << r.consequence_text(d.targets);
        } else {
            out << "not modelled: " << r.spec.not_modelled;
        }
        out << "\n";
    }
}

}  // namespace wfsim::models::outcomes
