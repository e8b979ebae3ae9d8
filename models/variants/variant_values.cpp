// Values in force: the parameters read when they are used (a time to hire, where leavers go, the
// age profile of hires, a programme's volumes), and the profiles of hazards (first-year and age
// multipliers, retirement by age, seasonality), written into an epoch's rates from the world in
// force. Quoted figures are not values in force: variant_rates.cpp solves them again.
#include <algorithm>

#include "models/variants/variant_parts.hpp"

namespace wfsim::models::variant_parts {
namespace {

// What a dated change of a group's key writes into the group's rates in force.
void group_value(const std::string& key, const GroupSpec& w, const ResolvedScenario& snapshot_all,
                 GroupRates& r, std::vector<std::string>& reason_labels) {
    const LeavingSpec& leaving = w.leaving;
    if (key == "pay_cost_per_wte_year") {
        r.has_pay = w.pay_cost_per_wte_year.has_value();
        r.pay_per_wte_day = w.pay_cost_per_wte_year.value_or(0.0) / kDaysPerYear;
    } else if (key == "leaving.first_year_multiplier") {
        r.first_year_multiplier = leaving.first_year_multiplier;
    } else if (key == "leaving.age_multipliers") {
        r.leave_age_multipliers = leaving.age_multipliers;
    } else if (key.rfind("leaving.retirement.", 0) == 0) {
        const RetirementSpec none;
        const RetirementSpec& retirement = leaving.retirement ? *leaving.retirement : none;
        r.retirement_per_day.clear();
        for (Band b : retirement.hazard_by_age) {
            b.share /= kDaysPerYear;
            r.retirement_per_day.push_back(b);
        }
        r.return_probability = retirement.return_probability;
        r.return_gap_days = retirement.return_gap_days;
        r.return_wte_factor = retirement.return_wte_factor;
        r.return_stay_days = retirement.return_stay_days;
    } else if (key == "leaving.to_groups") {
        r.to_groups.clear();
        r.to_group_shares.clear();
        for (const GroupShare& d : leaving.to_groups) {
            r.to_groups.push_back(group_index(snapshot_all, d.group));
            r.to_group_shares.push_back(d.share);
        }
    } else if (key == "leaving.reasons") {
        r.reason_metric.clear();
        r.reason_shares.clear();
        for (const LabelShare& reason : leaving.reasons) {
            r.reason_metric.push_back(
                reason_label_index(reason_labels, reason.label,
                                   "groups." + r.name + ".leaving.reasons." + reason.label));
            r.reason_shares.push_back(reason.share);
        }
    } else if (key == "leaving.moves_within_group") {
        r.moves_within_group = leaving.moves_within_group;
    } else if (key == "recruitment.time_to_hire_days") {
        r.time_to_hire = w.recruitment.time_to_hire;
    } else if (key == "recruitment.hire_age_bands") {
        r.hire_age_bands =
            w.recruitment.hire_age_bands.empty() ? r.age_bands : w.recruitment.hire_age_bands;
    } else if (key == "recruitment.hire_wte") {
        r.set_hire_wte(w.recruitment.hire_wte);
    } else if (key.rfind("recruitment.labour_pool.", 0) == 0) {
        const auto& pool = w.recruitment.labour_pool;
        r.pool_limited = pool.has_value();
        r.experienced_per_month =
            pool ? pool->experienced_per_year.value_or(sim::kNever) / 12.0 : 0.0;
        r.newly_qualified_per_year = pool ? pool->newly_qualified_per_year : 0.0;
        r.newly_qualified_month = pool ? pool->newly_qualified_month : 9;
        r.newly_qualified_age_bands = pool && !pool->newly_qualified_age_bands.empty()
                                          ? pool->newly_qualified_age_bands
                                          : r.hire_age_bands;
    } else if (key == "absence.spell_days") {
        r.spell_days = w.absence.spell_days;
    } else if (key == "absence.seasonality") {
        r.seasonal = w.absence.seasonality.size() == 12;
        r.seasonality.fill(1.0);
        if (r.seasonal) {
            double mean = 0.0;
            for (double v : w.absence.seasonality) mean += v / 12.0;
            for (int m = 0; m < 12; ++m) r.seasonality[m] = w.absence.seasonality[m] / mean;
        }
    } else if (key == "absence.age_multipliers") {
        r.absence_age_multipliers = w.absence.age_multipliers;
    } else if (key == "absence.long_term_days") {
        r.long_term_days = w.absence.long_term_days;
    } else if (key == "absence.long_term_leaving") {
        r.long_term_leaving = w.absence.long_term_leaving;
    } else if (key.rfind("temporary_cover.", 0) == 0) {
        r.temporary_cover = w.temporary_cover;
    }
    // Quoted figures (variant_rates.cpp) and the establishment (variant_establishment.cpp) are
    // not values in force.
}

}  // namespace

void apply_values_in_force(const VariantWorld& world, const ResolvedScenario& baseline,
                           ResolvedScenario& snapshot, std::vector<std::string>& reason_labels) {
    const Scenario& w = *world.scenario;
    bool programmes = false;
    for (const std::string& changed : world.changed) {
        const auto segments = split_path(changed);
        const std::string key = group_key(segments);
        if (!key.empty()) {
            const int g = group_index(baseline, segments[1]);
            group_value(key, w.groups[g], snapshot, snapshot.groups[g], reason_labels);
            continue;
        }
        const std::string& top = segments.front();
        if (top == "feedback") snapshot.feedback = w.feedback;
        programmes |= top == "international" || top == "training" || top == "graduates" ||
                      top == "domestic_cohorts" || top == "reservists";
    }
    if (!programmes) return;
    // The programmes of the world, resolved against the groups in force (their hire ages and WTE
    // are the defaults of a programme's), on a scratch copy whose shocks are not used.
    ResolvedScenario scratch = snapshot;
    scratch.international.clear();
    scratch.training.clear();
    scratch.graduates.clear();
    scratch.domestic_cohorts.clear();
    scratch.reservists.clear();
    for (GroupRates& g : scratch.groups) g.timelines = GroupTimelines();
    resolve_programmes(w, scratch);
    // Programmes the variant adds come after the baseline's and keep their own values.
    std::copy(scratch.international.begin(), scratch.international.end(),
              snapshot.international.begin());
    std::copy(scratch.training.begin(), scratch.training.end(), snapshot.training.begin());
    std::copy(scratch.graduates.begin(), scratch.graduates.end(), snapshot.graduates.begin());
    std::copy(scratch.domestic_cohorts.begin(), scratch.domestic_cohorts.end(),
              snapshot.domestic_cohorts.begin());
    for (std::size_t p = 0; p < scratch.reservists.size(); ++p)
        snapshot.reservists[p].wte = scratch.reservists[p].wte;
}

}  // namespace wfsim::models::variant_parts
