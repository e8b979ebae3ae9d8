// Hazards in a variant: the baseline's shocks cut at the variant's changes, and the quoted
// figures an intervention changes, each solved again with everything else held at the baseline's
// and applied as a multiplier of the baseline's calibrated rate on the intervention's piece of
// the run. Hiring is never solved again for a changed turnover: vacancies respond.
#include <algorithm>
#include <set>

#include "models/scenario/schema/parameter_path.hpp"
#include "models/variants/variant_parts.hpp"

namespace wfsim::models::variant_parts {
namespace {

// The world in force on `day`, or nullptr where the baseline's values hold.
const VariantWorld* world_at(const VariantSpec& spec, sim::Date day) {
    for (const VariantWorld& w : spec.worlds)
        if (w.from <= day && day < w.until) return &w;
    return nullptr;
}

double ratio_or_fail(double changed, double baseline, const std::string& what,
                     const std::string& path) {
    if (baseline > 0.0) return changed / baseline;
    if (changed == 0.0) return 1.0;
    throw CalibrationError(path, "the baseline's " + what +
                                     " is zero, so a change cannot be a multiple of it; give the "
                                     "baseline a rate above zero");
}

}  // namespace

std::vector<ShockSpec> split_shocks(const Scenario& baseline, const VariantSpec& spec) {
    std::vector<ShockSpec> out;
    for (std::size_t j = 0; j < baseline.shocks.size(); ++j) {
        const ShockSpec& shock = baseline.shocks[j];
        std::set<sim::Date> cuts{shock.from, shock.to};
        for (const VariantWorld& w : spec.worlds) {
            for (sim::Date d : {w.from, w.until})
                if (shock.from < d && d < shock.to) cuts.insert(d);
        }
        for (auto cut = cuts.begin(); std::next(cut) != cuts.end(); ++cut) {
            const VariantWorld* w = world_at(spec, *cut);
            ShockSpec piece = w ? w->scenario->shocks[j] : shock;
            piece.name = shock.name;
            piece.from = *cut;
            piece.to = *std::next(cut);
            out.push_back(std::move(piece));
        }
    }
    for (const InterventionSpec& i : spec.interventions) {
        if (!i.shock) continue;
        ShockSpec added = *i.shock;
        added.name = i.name;
        out.push_back(std::move(added));
    }
    return out;
}

void apply_quoted_figures(const ResolvedScenario& baseline, const VariantSpec& spec,
                          ResolvedScenario& variant, VariantChanges& changes) {
    const sim::TimeAxis& axis = baseline.axis;
    for (const VariantWorld& world : spec.worlds) {
        const double from = axis.day_of(world.from), until = axis.day_of(world.until);
        for (const std::string& changed : world.changed) {
            const auto segments = split_path(changed);
            const std::string key = group_key(segments);
            if (key.empty()) continue;
            const int g = group_index(baseline, segments[1]);
            const GroupRates& b = baseline.groups[g];
            const GroupSpec& w = world.scenario->groups[g];
            GroupTimelines& t = variant.groups[g].timelines;
            const auto culprits = changes_of(spec, world, changed);
            const std::string path =
                culprits.empty() ? changed : intervention_path(spec, culprits.back());
            if (key == "leaving.turnover" && w.leaving.turnover) {
                const double base = base_hazard_for_turnover(b, *w.leaving.turnover, axis, path);
                t.leaving.apply(from, until,
                                ratio_or_fail(base, b.leave_base_per_day * kDaysPerYear,
                                              "base leaving hazard", path));
            } else if (key == "leaving.hazard_per_year" && w.leaving.hazard_per_year) {
                t.leaving.apply(
                    from, until,
                    ratio_or_fail(*w.leaving.hazard_per_year, b.leave_base_per_day * kDaysPerYear,
                                  "base leaving hazard", path));
            } else if (key == "vacancy_rate" && w.vacancy_rate) {
                if (b.poisson_inflow || !(b.search_mean_days > 0.0))
                    throw CalibrationError(
                        path, "the baseline fills " + b.name +
                                  "'s vacancies without waiting for a candidate, so a vacancy "
                                  "rate cannot be reached by changing that wait; change "
                                  "recruitment.time_to_hire_days instead");
                if (!(b.expected_turnover > 0.0))
                    throw CalibrationError(path, "nobody leaves " + b.name +
                                                     " in the baseline, so no vacancy rate is an "
                                                     "equilibrium to reach");
                const double search = search_days_for_vacancy_rate(b, *w.vacancy_rate, path);
                if (!(search > 0.0))
                    throw CalibrationError(path, "a vacancy rate of " +
                                                     percent_text(*w.vacancy_rate) +
                                                     " is what the time to hire alone gives: no "
                                                     "wait for a candidate is left to shorten");
                t.recruitment.apply(from, until, b.search_mean_days / search);
            } else if (key == "absence.rate" && w.absence.rate) {
                const double onset = onset_rate_for_absence_rate(b, *w.absence.rate);
                t.absence_onset.apply(
                    from, until,
                    ratio_or_fail(onset, b.absence_onset_per_day, "absence onset rate", path));
            } else if (key == "absence.onsets_per_year" && w.absence.onsets_per_year) {
                t.absence_onset.apply(
                    from, until,
                    ratio_or_fail(*w.absence.onsets_per_year / kDaysPerYear,
                                  b.absence_onset_per_day, "absence onset rate", path));
            } else if (key == "recruitment.hires_per_year") {
                if (b.inflow_follows_headcount)
                    throw CalibrationError(
                        path, "the baseline's hires into " + b.name +
                                  " follow its headcount (hires_share_of_headcount); a fixed "
                                  "stream of hires cannot replace that from a date");
                if (!b.poisson_inflow || !w.recruitment.hires_per_year)
                    throw CalibrationError(
                        path, "the baseline refills " + b.name +
                                  "'s vacancies; a fixed stream of hires cannot replace that "
                                  "from a date");
                changes.groups[g].inflow_ratio.apply(
                    from, until,
                    ratio_or_fail(*w.recruitment.hires_per_year / kDaysPerYear, b.hires_per_day,
                                  "rate of hires", path));
            }
        }
    }
}

}  // namespace wfsim::models::variant_parts
