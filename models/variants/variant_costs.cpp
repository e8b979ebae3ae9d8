// An intervention's costs, resolved: its window in days, the groups it concerns (their shares of
// one-off and per-year costs follow their WTE in post at the start), whom its per-person cost
// counts, and what its per-WTE-day cost prices. Also the one-off changes an intervention makes to
// what is left of a training programme's source pool.
#include <algorithm>

#include "models/scenario/schema/parameter_path.hpp"
#include "models/variants/variant_parts.hpp"

namespace wfsim::models::variant_parts {
namespace {

int programme_index(const std::vector<std::string>& names, const std::string& name) {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

template <class Programmes>
std::vector<std::string> names_of(const Programmes& programmes) {
    std::vector<std::string> out;
    for (const auto& p : programmes) out.push_back(p.name);
    return out;
}

// The groups a change's parameter path selects ("groups.*...", only those of its `sector` when
// it gives one; "groups.a..."), or a programme's group.
std::vector<int> groups_of_path(const ResolvedScenario& variant, const schema::ParameterPath& path,
                                const InterventionSpec& change, ResolvedCost& cost) {
    const auto& s = path.segments;
    std::vector<int> out;
    auto all = [&] {
        for (std::size_t g = 0; g < variant.groups.size(); ++g)
            if (change.keeps_sector(variant.scenario.groups[g].sector))
                out.push_back(static_cast<int>(g));
    };
    if (s[0] == "groups") {
        if (s.size() < 2 || s[1] == "*") {
            all();
        } else {
            out.push_back(group_index(variant, s[1]));
        }
        const bool returns = s.size() >= 4 && s[2] == "leaving" && s[3] == "retirement" &&
                             (s.size() == 4 || s[4].rfind("return_", 0) == 0);
        cost.reach = returns ? ResolvedCost::Reach::Returners : ResolvedCost::Reach::Joiners;
        return out;
    }
    if (s.size() >= 2 && s[0] == "international") {
        cost.programme = programme_index(names_of(variant.international), s[1]);
        cost.reach = ResolvedCost::Reach::InternationalRecruits;
        out.push_back(variant.international[cost.programme].group);
    } else if (s.size() >= 2 && s[0] == "training") {
        cost.programme = programme_index(names_of(variant.training), s[1]);
        cost.reach = ResolvedCost::Reach::Trainees;
        out.push_back(variant.training[cost.programme].to_group);
    } else if (s.size() >= 2 && s[0] == "graduates") {
        cost.programme = programme_index(names_of(variant.graduates), s[1]);
        cost.reach = ResolvedCost::Reach::Graduates;
        out.push_back(variant.graduates[cost.programme].group);
    } else if (s.size() >= 2 && s[0] == "domestic_cohorts") {
        cost.programme = programme_index(names_of(variant.domestic_cohorts), s[1]);
        cost.reach = ResolvedCost::Reach::CohortHires;
        out.push_back(variant.domestic_cohorts[cost.programme].group);
    } else if (s.size() >= 2 && s[0] == "reservists") {
        out.push_back(
            variant.reservists[programme_index(names_of(variant.reservists), s[1])].group);
    } else if (s.size() >= 2 && s[0] == "shocks") {
        for (const ShockSpec& shock : variant.scenario.shocks)
            if (shock.name == s[1])
                for (const std::string& name : shock.groups)
                    out.push_back(group_index(variant, name));
        if (out.empty()) all();
    } else {
        all();  // feedback, population: every group
    }
    return out;
}

}  // namespace

void resolve_variant_costs(const ResolvedScenario& baseline, const ResolvedScenario& variant,
                           const VariantSpec& spec, const std::vector<int>& added_programme,
                           VariantChanges& changes) {
    const sim::TimeAxis& axis = baseline.axis;
    const double horizon = axis.horizon_days();
    for (std::size_t i = 0; i < spec.interventions.size(); ++i) {
        const InterventionSpec& change = spec.interventions[i];
        double from = change.from ? axis.day_of(*change.from) : 0.0;
        double until = change.until ? axis.day_of(*change.until) : horizon;
        if (change.shock) {
            from = axis.day_of(change.shock->from);
            until = axis.day_of(change.shock->to);
        }
        from = std::max(0.0, from);
        until = std::min(horizon, until);
        std::string problem;
        const auto path = schema::parse_parameter_path(change.parameter, problem);
        // One-off changes to what is left of a source pool, on the intervention's date.
        if (path && path->segments.size() == 3 && path->segments[0] == "training" &&
            path->segments[2] == "source_pool" && from < horizon) {
            const int p = programme_index(names_of(variant.training), path->segments[1]);
            SourcePoolChange c{from, p, change.multiply.has_value(), change.set.has_value(), 0.0};
            c.value = change.multiply ? *change.multiply : change.add.value_or(0.0);
            if (change.set) {
                try {
                    c.value = std::stod(*change.set);
                } catch (...) {
                    throw CalibrationError(intervention_path(spec, i),
                                           "expected a number of people, got " + *change.set);
                }
            }
            changes.source_pool_changes.push_back(c);
        }
        changes.priced |= change.cost.any();
        if (!change.cost.any() || !(from < until)) continue;
        ResolvedCost cost;
        cost.intervention = change.name;
        cost.from_day = from;
        cost.until_day = until;
        cost.one_off = change.cost.one_off;
        cost.per_year = change.cost.per_year;
        cost.per_person = change.cost.per_person;
        cost.per_wte_day = change.cost.per_wte_day;
        const int added = added_programme[i];
        if (change.international) {
            cost.reach = ResolvedCost::Reach::InternationalRecruits;
            cost.programme = added;
            cost.groups = {variant.international[added].group};
        } else if (change.training) {
            cost.reach = ResolvedCost::Reach::Trainees;
            cost.programme = added;
            cost.groups = {variant.training[added].to_group};
        } else if (change.graduates) {
            cost.reach = ResolvedCost::Reach::Graduates;
            cost.programme = added;
            cost.groups = {variant.graduates[added].group};
        } else if (change.domestic_cohort) {
            cost.reach = ResolvedCost::Reach::CohortHires;
            cost.programme = added;
            cost.groups = {variant.domestic_cohorts[added].group};
        } else if (change.reservists) {
            cost.reservist_pool = added;
            cost.groups = {variant.reservists[added].group};
        } else if (change.shock) {
            for (const std::string& name : change.shock->groups)
                cost.groups.push_back(group_index(variant, name));
            if (cost.groups.empty())
                for (std::size_t g = 0; g < variant.groups.size(); ++g)
                    cost.groups.push_back(static_cast<int>(g));
        } else if (path) {
            cost.groups = groups_of_path(variant, *path, change, cost);
        }
        if (cost.per_person == 0.0) cost.reach = ResolvedCost::Reach::None;
        double wte = 0.0;
        for (int g : cost.groups) wte += baseline.groups[g].wte;
        for (int g : cost.groups)
            cost.shares.push_back(wte > 0.0 ? baseline.groups[g].wte / wte
                                            : 1.0 / static_cast<double>(cost.groups.size()));
        changes.costs.push_back(std::move(cost));
    }
}

}  // namespace wfsim::models::variant_parts
