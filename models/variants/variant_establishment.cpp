// The establishment in a variant. It starts at the baseline's. At each financial year's start it
// changes by the rule in force then (growth, the population it follows, values by year): the
// baseline's, or, where a world changes the rule, that world's own step as a rate of change. A
// change to establishment_wte itself applies to that path from its date: multiply and add as
// written, set as the factor that makes it the new figure on the date (growth going on from
// there); at `until` the path is the baseline's rule's again.
#include <algorithm>
#include <cmath>
#include <map>

#include "models/scenario/schema/parameter_path.hpp"
#include "models/variants/variant_parts.hpp"

namespace wfsim::models::variant_parts {
namespace {

using Path = std::vector<GroupRates::EstablishmentChange>;

// The establishment after month m's change (the value in force through month m).
double value_at(const Path& path, double start, int month) {
    double v = start;
    for (const auto& c : path)
        if (c.month <= month) v = c.wte;
    return v;
}

bool touches_growth(const VariantWorld& w, const std::string& group, const Scenario& s, int g) {
    for (const std::string& changed : w.changed) {
        if (changed.rfind("groups." + group + ".establishment.", 0) == 0) return true;
        if (changed == "population.by_year" && s.groups[g].establishment.population_elasticity > 0)
            return true;
    }
    return false;
}

struct Operation {
    double from, until;
    enum { Multiply, Add, Set } kind;
    double value;
    std::string path;
};

}  // namespace

void resolve_variant_establishment(const ResolvedScenario& baseline, const VariantSpec& spec,
                                   VariantChanges& changes) {
    const sim::TimeAxis& axis = baseline.axis;
    // Each world's own establishment paths, from the baseline's starting establishments.
    std::map<const VariantWorld*, ResolvedScenario> world_paths;
    for (const VariantWorld& w : spec.worlds) {
        ResolvedScenario scratch = baseline;
        for (GroupRates& g : scratch.groups) g.establishment_changes.clear();
        resolve_establishment_changes(*w.scenario, scratch);
        world_paths.emplace(&w, std::move(scratch));
    }
    for (std::size_t gi = 0; gi < baseline.groups.size(); ++gi) {
        const int g = static_cast<int>(gi);
        const GroupRates& b = baseline.groups[g];
        // Changes of establishment_wte itself, in the order written.
        std::vector<Operation> operations;
        for (std::size_t i = 0; i < spec.interventions.size(); ++i) {
            const InterventionSpec& change = spec.interventions[i];
            std::string problem;
            const auto pattern = schema::parse_parameter_path(change.parameter, problem);
            if (!pattern ||
                !schema::path_within("groups." + b.name + ".establishment_wte", *pattern) ||
                pattern->segments.size() != 3 ||
                !change.keeps_sector(baseline.scenario.groups[g].sector))
                continue;
            const double from = std::max(0.0, change.from ? axis.day_of(*change.from) : 0.0);
            const double until =
                std::min<double>(axis.horizon_days(),
                                 change.until ? axis.day_of(*change.until) : axis.horizon_days());
            if (!(from < until)) continue;
            Operation op{from, until, Operation::Add, 0.0, intervention_path(spec, i)};
            if (change.multiply) {
                op.kind = Operation::Multiply;
                op.value = *change.multiply;
            } else if (change.add) {
                op.value = *change.add;
            } else {
                op.kind = Operation::Set;
                try {
                    op.value = std::stod(change.set.value_or("0"));
                } catch (...) {
                    throw CalibrationError(
                        op.path, "expected a number of WTE, got " + change.set.value_or(""));
                }
            }
            operations.push_back(op);
        }
        bool growth_changes = false;
        for (const VariantWorld& w : spec.worlds)
            growth_changes |= touches_growth(w, b.name, *w.scenario, g);
        if (operations.empty() && !growth_changes) continue;

        // The rule path: the baseline's exact values until a world's rule first differs.
        std::vector<std::pair<double, double>> rule;  // (day, WTE) at each financial year start
        double value = b.establishment_wte;
        bool deviated = false;
        for (int m = 1; m < axis.months(); ++m) {
            if (axis.month_date(m).ymd().month != 4) continue;
            const double day = axis.month_start_day(m);
            const VariantWorld* world = nullptr;
            for (const VariantWorld& w : spec.worlds)
                if (axis.day_of(w.from) <= day && day < axis.day_of(w.until)) world = &w;
            if (world && touches_growth(*world, b.name, *world->scenario, g)) {
                const ResolvedScenario& own = world_paths.at(world);
                const Path& path = own.groups[g].establishment_changes;
                value *= value_at(path, b.establishment_wte, m) /
                         value_at(path, b.establishment_wte, m - 1);
                deviated = true;
            } else if (!deviated) {
                value = value_at(b.establishment_changes, b.establishment_wte, m);
            } else {
                value *= value_at(b.establishment_changes, b.establishment_wte, m) /
                         value_at(b.establishment_changes, b.establishment_wte, m - 1);
            }
            rule.emplace_back(day, value);
        }
        auto rule_at = [&](double day) {
            double v = b.establishment_wte;
            for (const auto& [d, wte] : rule)
                if (d <= day) v = wte;
            return v;
        };
        // Days on which something may change, and the establishment then.
        std::vector<double> days{0.0};
        for (const auto& [d, wte] : rule) days.push_back(d);
        for (const Operation& op : operations) {
            days.push_back(op.from);
            days.push_back(op.until);
        }
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        auto& out = changes.groups[g];
        double previous = b.establishment_wte;
        for (double day : days) {
            if (day >= axis.horizon_days()) break;
            double wte = rule_at(day);
            for (const Operation& op : operations) {
                if (!(op.from <= day && day < op.until)) continue;
                if (op.kind == Operation::Multiply) wte *= op.value;
                if (op.kind == Operation::Add) wte += op.value;
                if (op.kind == Operation::Set) wte *= op.value / rule_at(op.from);
            }
            if (!(wte > 0.0)) {
                std::string path = "groups." + b.name + ".establishment_wte";
                for (const Operation& op : operations)
                    if (op.from <= day && day < op.until) path = op.path;
                throw CalibrationError(path, "the establishment would fall to " +
                                                 std::to_string(wte) + " WTE on day " +
                                                 std::to_string(static_cast<long>(day)) +
                                                 "; it must stay above 0");
            }
            if (wte != previous) out.establishment_changes.emplace_back(day, wte);
            previous = wte;
        }
        out.establishment = true;
    }
}

}  // namespace wfsim::models::variant_parts
