#include "models/variants/variant_resolution.hpp"

#include <algorithm>

#include "models/scenario/schema/override_origins.hpp"
#include "models/scenario/schema/parameter_path.hpp"
#include "models/scenario/variant_worlds.hpp"
#include "models/variants/variant_parts.hpp"

namespace wfsim::models {

namespace variant_parts {

std::vector<std::string> split_path(const std::string& path) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = path.find('.', start);
        out.push_back(path.substr(start, dot == std::string::npos ? dot : dot - start));
        if (dot == std::string::npos) return out;
        start = dot + 1;
    }
}

int group_index(const ResolvedScenario& r, const std::string& name) {
    for (std::size_t g = 0; g < r.groups.size(); ++g)
        if (r.groups[g].name == name) return static_cast<int>(g);
    throw CalibrationError("groups." + name, "not a group of the scenario");
}

std::string group_key(const std::vector<std::string>& segments) {
    if (segments.size() < 3 || segments[0] != "groups") return "";
    std::string key;
    for (std::size_t i = 2; i < segments.size(); ++i) key += (i > 2 ? "." : "") + segments[i];
    return key;
}

std::string intervention_path(const VariantSpec& spec, std::size_t i) {
    return "variants." + spec.name + ".interventions." + spec.interventions[i].name;
}

std::vector<std::size_t> changes_of(const VariantSpec& spec, const VariantWorld& world,
                                    const std::string& key_path) {
    std::vector<std::size_t> out;
    for (std::size_t i : world.active)
        if (change_reaches(spec.interventions[i], key_path, *world.scenario)) out.push_back(i);
    return out;
}

}  // namespace variant_parts

namespace {

using namespace variant_parts;

// The variant's scenario before any dated change: the baseline's, its shocks cut at the changes,
// with the programmes the variant adds (named after their interventions, acting inside their
// intervention's window and never before the run: the starting workforce is the baseline's).
Scenario variant_scenario(const Scenario& baseline, const VariantSpec& spec,
                          std::vector<int>& added) {
    Scenario s = baseline;
    s.variants.clear();
    s.shocks = split_shocks(baseline, spec);
    added.assign(spec.interventions.size(), -1);
    const sim::Date start = baseline.start;
    auto window = [&](const InterventionSpec& i, std::optional<sim::Date>& from,
                      std::optional<sim::Date>& to) {
        sim::Date f = std::max(start, from.value_or(start));
        if (i.from) f = std::max(f, *i.from);
        from = f;
        if (i.until) to = to ? std::min(*to, *i.until) : *i.until;
    };
    for (std::size_t k = 0; k < spec.interventions.size(); ++k) {
        const InterventionSpec& i = spec.interventions[k];
        if (i.international) {
            InternationalProgramme p = *i.international;
            p.name = i.name;
            window(i, p.from, p.to);
            added[k] = static_cast<int>(s.international.size());
            s.international.push_back(std::move(p));
        } else if (i.training) {
            TrainingProgramme p = *i.training;
            p.name = i.name;
            window(i, p.from, p.to);
            added[k] = static_cast<int>(s.training.size());
            s.training.push_back(std::move(p));
        } else if (i.graduates) {
            GraduateCohort c = *i.graduates;
            c.name = i.name;
            added[k] = static_cast<int>(s.graduates.size());
            s.graduates.push_back(std::move(c));
        } else if (i.domestic_cohort) {
            DomesticCohort c = *i.domestic_cohort;
            c.name = i.name;
            window(i, c.from, c.to);
            added[k] = static_cast<int>(s.domestic_cohorts.size());
            s.domestic_cohorts.push_back(std::move(c));
        } else if (i.reservists) {
            ReservistPool p = *i.reservists;
            p.name = i.name;
            added[k] = static_cast<int>(s.reservists.size());
            s.reservists.push_back(std::move(p));
        }
    }
    return s;
}

// Added graduate cohorts and reservist pools act inside their intervention's window.
void clip_added(const VariantSpec& spec, const std::vector<int>& added, ResolvedScenario& r) {
    for (std::size_t k = 0; k < spec.interventions.size(); ++k) {
        const InterventionSpec& i = spec.interventions[k];
        const double from = std::max(0.0, i.from ? r.axis.day_of(*i.from) : 0.0);
        const double until = i.until ? r.axis.day_of(*i.until) : sim::kNever;
        if (i.graduates) {
            r.graduates[added[k]].from_day = from;
            r.graduates[added[k]].to_day = until;
        }
        if (i.reservists) {
            for (auto& [a, b] : r.reservists[added[k]].windows) {
                a = std::max(a, from);
                b = std::min(b, until);
                if (b < a) b = a;
            }
        }
    }
}

}  // namespace

ResolvedScenario resolve_variant(std::shared_ptr<const ResolvedScenario> baseline,
                                 const VariantSpec& spec) {
    const ResolvedScenario& base = *baseline;
    auto changes = std::make_shared<VariantChanges>();
    changes->name = spec.name;
    changes->baseline = baseline;
    changes->groups.resize(base.groups.size());

    std::vector<int> added;
    ResolvedScenario first = base;
    first.scenario = variant_scenario(base.scenario, spec, added);
    first.changes = nullptr;
    first.international.clear();
    first.training.clear();
    first.graduates.clear();
    first.domestic_cohorts.clear();
    first.reservists.clear();
    for (GroupRates& g : first.groups) g.timelines = GroupTimelines();
    // The programmes (the baseline's first, with their indices) and the shocks of the variant.
    resolve_programmes(first.scenario, first);
    clip_added(spec, added, first);
    apply_quoted_figures(base, spec, first, *changes);

    // Epochs: the variant before any change, then each world's values in force, with the
    // variant's own values again in any gap between worlds.
    std::vector<std::string> labels = first.reason_labels;
    std::vector<std::pair<double, ResolvedScenario>> epochs;
    epochs.emplace_back(-sim::kNever, first);
    for (std::size_t k = 0; k < spec.worlds.size(); ++k) {
        const VariantWorld& world = spec.worlds[k];
        ResolvedScenario snapshot = first;
        apply_values_in_force(world, base, snapshot, labels);
        epochs.emplace_back(base.axis.day_of(world.from), std::move(snapshot));
        const bool next_follows =
            k + 1 < spec.worlds.size() && spec.worlds[k + 1].from == world.until;
        const double until = base.axis.day_of(world.until);
        if (!next_follows && until < base.axis.horizon_days()) epochs.emplace_back(until, first);
    }
    for (auto& [start, epoch] : epochs) {
        epoch.reason_labels = labels;
        changes->epoch_starts.push_back(start);
        changes->epochs.push_back(std::make_shared<const ResolvedScenario>(std::move(epoch)));
    }
    first.reason_labels = labels;

    resolve_variant_establishment(base, spec, *changes);
    resolve_variant_costs(base, first, spec, added, *changes);
    compare_with_baseline(base, *changes);
    first.changes = std::move(changes);
    return first;
}

ResolvedScenario baseline_beside_variants(std::shared_ptr<const ResolvedScenario> baseline) {
    ResolvedScenario run = *baseline;
    auto changes = std::make_shared<VariantChanges>();
    changes->name = "baseline";
    changes->baseline = baseline;
    changes->groups.resize(baseline->groups.size());
    changes->epoch_starts = {-sim::kNever};
    changes->epochs = {baseline};
    run.changes = std::move(changes);
    return run;
}

ResolvedScenario variant_from_overrides(std::shared_ptr<const ResolvedScenario> baseline,
                                        const std::vector<ParameterOverride>& overrides,
                                        const std::string& name) {
    VariantSpec spec;
    spec.name = name;
    for (std::size_t i = 0; i < overrides.size(); ++i) {
        InterventionSpec change;
        change.name = "set_" + std::to_string(i + 1);
        change.parameter = overrides[i].path.text();
        change.set = overrides[i].value;
        spec.interventions.push_back(std::move(change));
    }
    // Problems are reported at each override, as --set's are.
    DiagnosticList diagnostics;
    schema::Reporter reporter(diagnostics, baseline->scenario.source_path);
    schema::OverrideOrigins origins("");
    reporter.attach(&origins);
    std::vector<InterventionPlace> places;
    for (const ParameterOverride& o : overrides) {
        const int line = origins.reserve(o.origin, o.path, 1);
        places.push_back({schema::Position{line, 1}, o.path.text()});
    }
    spec.worlds = variant_worlds(baseline->scenario, spec, places, reporter);
    if (!diagnostics.empty()) diagnostics.throw_all();
    return resolve_variant(std::move(baseline), spec);
}

}  // namespace wfsim::models
