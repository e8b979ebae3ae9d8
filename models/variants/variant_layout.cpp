// What a variant changes compared with its baseline, group by group (so that a run follows the
// baseline's own code and draws wherever nothing differs), and the one metric layout that runs
// compared with each other share.
#include <algorithm>
#include <cmath>

#include "models/variants/variant_parts.hpp"
#include "models/variants/variant_resolution.hpp"

namespace wfsim::models {
namespace variant_parts {
namespace {

struct Difference {
    bool differs = false;
    bool rises = false;
    void add(bool d, bool r) {
        differs |= d;
        rises |= r;
    }
};

// Two timelines of multipliers compared at every change point of either.
Difference compare_timelines(const Timeline& variant, const Timeline& baseline) {
    std::vector<double> points{-sim::kNever};
    for (const Timeline* t : {&variant, &baseline})
        points.insert(points.end(), t->change_times().begin(), t->change_times().end());
    Difference d;
    for (double t : points) {
        const double v = variant.value_at(t), b = baseline.value_at(t);
        d.add(v != b, v > b);
    }
    return d;
}

// Profiles of values by band: a different structure may rise anywhere.
Difference compare_bands(const std::vector<Band>& variant, const std::vector<Band>& baseline) {
    Difference d;
    if (variant.size() != baseline.size()) {
        d.add(true, true);
        return d;
    }
    for (std::size_t i = 0; i < variant.size(); ++i) {
        const bool same_edges =
            variant[i].from == baseline[i].from && variant[i].to == baseline[i].to;
        d.add(!same_edges || variant[i].share != baseline[i].share,
              !same_edges || variant[i].share > baseline[i].share);
    }
    return d;
}

}  // namespace

void compare_with_baseline(const ResolvedScenario& baseline, VariantChanges& changes) {
    for (std::size_t g = 0; g < baseline.groups.size(); ++g) {
        const GroupRates& b = baseline.groups[g];
        Difference leaving, absence, search;
        for (const auto& epoch : changes.epochs) {
            const GroupRates& v = epoch->groups[g];
            leaving.add(v.first_year_multiplier != b.first_year_multiplier,
                        v.first_year_multiplier > b.first_year_multiplier);
            const Difference ages = compare_bands(v.leave_age_multipliers, b.leave_age_multipliers);
            const Difference retirement = compare_bands(v.retirement_per_day, b.retirement_per_day);
            leaving.add(ages.differs || retirement.differs, ages.rises || retirement.rises);
            const Difference leave_t = compare_timelines(v.timelines.leaving, b.timelines.leaving);
            const Difference retire_t =
                compare_timelines(v.timelines.retirement, b.timelines.retirement);
            leaving.add(leave_t.differs || retire_t.differs, leave_t.rises || retire_t.rises);

            const Difference onset =
                compare_timelines(v.timelines.absence_onset, b.timelines.absence_onset);
            absence.add(onset.differs, onset.rises);
            const Difference onset_ages =
                compare_bands(v.absence_age_multipliers, b.absence_age_multipliers);
            absence.add(onset_ages.differs, onset_ages.rises);
            for (int m = 0; m < 12; ++m)
                absence.add(v.seasonality[m] != b.seasonality[m] || v.seasonal != b.seasonal,
                            v.seasonality[m] > b.seasonality[m] || v.seasonal != b.seasonal);

            const Difference wait =
                compare_timelines(v.timelines.recruitment, b.timelines.recruitment);
            search.add(wait.differs, wait.rises);
        }
        VariantChanges::Group& out = changes.groups[g];
        out.leaving = leaving.differs;
        out.leaving_rises = leaving.rises;
        out.absence = absence.differs;
        out.absence_rises = absence.rises;
        out.search = search.differs;
        out.search_rises = search.rises;
        const Difference inflow = compare_timelines(out.inflow_ratio, Timeline{1.0});
        out.inflow = inflow.differs;
        out.inflow_rises = inflow.rises;
    }
}

}  // namespace variant_parts

namespace {

// `basis` takes on what `r` records: routes, ways out, reasons, programmes, pools, cover, pay.
void add_to_basis(const ResolvedScenario& r, ResolvedScenario& basis) {
    for (std::size_t g = 0; g < basis.groups.size(); ++g) {
        GroupRates& to = basis.groups[g];
        const GroupRates& from = r.groups[g];
        if (to.retirement_per_day.empty()) to.retirement_per_day = from.retirement_per_day;
        to.return_probability = std::max(to.return_probability, from.return_probability);
        to.long_term_leaving = std::max(to.long_term_leaving, from.long_term_leaving);
        to.moves_within_group = std::max(to.moves_within_group, from.moves_within_group);
        if (to.to_groups.empty()) to.to_groups = from.to_groups;
        to.temporary_cover.bank_fill =
            std::max(to.temporary_cover.bank_fill, from.temporary_cover.bank_fill);
        to.temporary_cover.agency_fill =
            std::max(to.temporary_cover.agency_fill, from.temporary_cover.agency_fill);
        if (to.timelines.unavailable.constant())
            to.timelines.unavailable = from.timelines.unavailable;
        to.pool_limited |= from.pool_limited;
        to.has_pay |= from.has_pay;
    }
    for (const std::string& label : r.reason_labels)
        if (std::find(basis.reason_labels.begin(), basis.reason_labels.end(), label) ==
            basis.reason_labels.end())
            basis.reason_labels.push_back(label);
    auto names = [](const auto& programmes) {
        std::vector<std::string> out;
        for (const auto& p : programmes) out.push_back(p.name);
        return out;
    };
    const auto international = names(basis.international);
    for (const auto& p : r.international)
        if (std::find(international.begin(), international.end(), p.name) == international.end())
            basis.international.push_back(p);
    const auto training = names(basis.training);
    for (const auto& p : r.training)
        if (std::find(training.begin(), training.end(), p.name) == training.end())
            basis.training.push_back(p);
    const auto cohorts = names(basis.domestic_cohorts);
    for (const auto& c : r.domestic_cohorts)
        if (std::find(cohorts.begin(), cohorts.end(), c.name) == cohorts.end())
            basis.domestic_cohorts.push_back(c);
    const auto reservists = names(basis.reservists);
    for (const auto& p : r.reservists)
        if (std::find(reservists.begin(), reservists.end(), p.name) == reservists.end())
            basis.reservists.push_back(p);
}

}  // namespace

void share_layout(const std::vector<ResolvedScenario*>& runs) {
    if (runs.empty()) return;
    const ResolvedScenario& front = runs.front()->changes && runs.front()->changes->baseline
                                        ? *runs.front()->changes->baseline
                                        : *runs.front();
    auto basis = std::make_shared<ResolvedScenario>(front);
    basis->changes = nullptr;
    auto basis_changes = std::make_shared<VariantChanges>();
    for (ResolvedScenario* run : runs) {
        add_to_basis(*run, *basis);
        if (!run->changes) continue;
        for (const auto& epoch : run->changes->epochs) add_to_basis(*epoch, *basis);
        basis_changes->costs.insert(basis_changes->costs.end(), run->changes->costs.begin(),
                                    run->changes->costs.end());
        basis_changes->priced |= run->changes->priced;
    }
    basis->changes = basis_changes;
    for (ResolvedScenario* run : runs) {
        auto changes = std::make_shared<VariantChanges>(
            run->changes ? *run->changes
                         : *baseline_beside_variants(std::make_shared<const ResolvedScenario>(*run))
                                .changes);
        changes->layout_basis = basis;
        run->changes = std::move(changes);
    }
}

}  // namespace wfsim::models
