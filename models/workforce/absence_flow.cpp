#include "models/workforce/absence_flow.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace wfsim::models {
namespace {

// The onset multiplier of group r that does not depend on the person, over the run: the
// seasonal factor of each month times the shock timeline.
sim::PiecewiseIntegral group_profile(const GroupRates& r, const sim::TimeAxis& axis) {
    const double horizon = axis.horizon_days();
    const int first_calendar_month = axis.start().ymd().month - 1;  // 0 = January
    const Timeline& shocks = r.timelines.absence_onset;
    std::vector<double> starts{0.0};
    if (r.seasonal)
        for (int m = 1; m < axis.months(); ++m) starts.push_back(axis.month_start_day(m));
    for (double change : shocks.change_times())
        if (change > 0.0 && change < horizon) starts.push_back(change);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::vector<double> values;
    for (double s : starts) {
        double v = shocks.constant() ? 1.0 : shocks.value_at(s);
        if (r.seasonal)
            v *=
                r.seasonality[(first_calendar_month + axis.month_of_day(static_cast<int>(s))) % 12];
        values.push_back(v);
    }
    return {std::move(starts), std::move(values), horizon};
}

// The same for a variant: its shocks (and re-solved onset rates) and, month by month, the
// seasonality of the epoch in force.
sim::PiecewiseIntegral variant_profile(int g, const VariantChanges& changes,
                                       const sim::TimeAxis& axis) {
    const double horizon = axis.horizon_days();
    const int first_calendar_month = axis.start().ymd().month - 1;
    const Timeline& shocks = changes.epochs.front()->groups[g].timelines.absence_onset;
    bool seasonal = false;
    for (const auto& epoch : changes.epochs) seasonal |= epoch->groups[g].seasonal;
    std::vector<double> starts{0.0};
    if (seasonal)
        for (int m = 1; m < axis.months(); ++m) starts.push_back(axis.month_start_day(m));
    for (double change : shocks.change_times())
        if (change > 0.0 && change < horizon) starts.push_back(change);
    for (double start : changes.epoch_starts)
        if (start > 0.0 && start < horizon) starts.push_back(start);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::vector<double> values;
    for (double s : starts) {
        const GroupRates& r = changes.at(s).groups[g];
        double v = shocks.value_at(s);
        if (r.seasonal)
            v *=
                r.seasonality[(first_calendar_month + axis.month_of_day(static_cast<int>(s))) % 12];
        values.push_back(v);
    }
    return {std::move(starts), std::move(values), horizon};
}

bool same_bands(const std::vector<Band>& a, const std::vector<Band>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].from != b[i].from || a[i].to != b[i].to || a[i].share != b[i].share) return false;
    return true;
}

// max(0, variant - baseline) over the run, piece by piece.
sim::PiecewiseIntegral excess_profile(const sim::PiecewiseIntegral& baseline,
                                      const sim::PiecewiseIntegral& variant,
                                      const sim::TimeAxis& axis) {
    const double horizon = axis.horizon_days();
    std::vector<double> starts{0.0}, values;
    for (double t = 0.0; t < horizon;) {
        t = std::min(baseline.piece_end(t), variant.piece_end(t));
        if (t < horizon) starts.push_back(t);
    }
    for (double s : starts)
        values.push_back(std::max(0.0, variant.value_at(s) - baseline.value_at(s)));
    return {std::move(starts), std::move(values), horizon};
}

double age_multiplier(const GroupRates& r, double t, double birth_day, double& until) {
    if (r.absence_age_multipliers.empty()) return 1.0;
    const BandValue v = band_value_at(r.absence_age_multipliers, (t - birth_day) / kDaysPerYear);
    until = std::min(until, birth_day + v.until * kDaysPerYear);
    return v.value;
}

}  // namespace

AbsenceFlow::AbsenceFlow(const std::vector<GroupRates>& groups, const sim::TimeAxis& axis,
                         const VariantChanges* changes)
    : groups_(&groups), changes_(changes), horizon_(axis.horizon_days()) {
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const GroupRates& r = groups[g];
        hot_.push_back({r.absence_onset_per_day, r.long_term_leaving, r.long_term_days,
                        DurationSampler(r.spell_days),
                        !r.seasonal && r.absence_age_multipliers.empty() &&
                            r.timelines.absence_onset.constant()});
        profiles_.push_back(group_profile(r, axis));
        const bool differs = changes && changes->groups[g].absence;
        variant_profiles_.push_back(differs ? variant_profile(static_cast<int>(g), *changes, axis)
                                            : profiles_.back());
        // Where every epoch keeps the baseline's age multipliers (the usual case), the second
        // clock's rate is the base x the age multiplier x the excess of the two profiles: one
        // table, searched as the baseline's onsets are.
        bool same_ages = differs;
        if (differs)
            for (const auto& epoch : changes->epochs)
                same_ages &=
                    same_bands(epoch->groups[g].absence_age_multipliers, r.absence_age_multipliers);
        excess_profiles_.push_back(
            same_ages ? excess_profile(profiles_.back(), variant_profiles_.back(), axis)
                      : std::optional<sim::PiecewiseIntegral>());
    }
}

double AbsenceFlow::baseline_rate(int g, double t, double birth_day) const {
    const GroupRates& r = (*groups_)[g];
    double until = sim::kNever;
    const double t0 = std::max(t, 0.0);
    return r.absence_onset_per_day * profiles_[g].value_at(t0) *
           age_multiplier(r, t0, birth_day, until);
}

double AbsenceFlow::variant_rate(int g, double t, double birth_day) const {
    if (!differs(g)) return baseline_rate(g, t, birth_day);
    double until = sim::kNever;
    const double t0 = std::max(t, 0.0);
    return (*groups_)[g].absence_onset_per_day * variant_profiles_[g].value_at(t0) *
           age_multiplier(changes_->at(t0).groups[g], t0, birth_day, until);
}

double AbsenceFlow::extra_onset(int g, double now, double birth_day, double budget,
                                double scale) const {
    const double base = (*groups_)[g].absence_onset_per_day * scale;
    if (excess_profiles_[g])
        return invert_through(*excess_profiles_[g], (*groups_)[g].absence_age_multipliers, base,
                              now, birth_day, budget);
    return sim::invert_cumulative_hazard(std::max(now, 0.0), budget, horizon_, [&](double t) {
        double until = std::min({profiles_[g].piece_end(t), variant_profiles_[g].piece_end(t),
                                 changes_->next_change(t)});
        const double b =
            profiles_[g].value_at(t) * age_multiplier((*groups_)[g], t, birth_day, until);
        const double v = variant_profiles_[g].value_at(t) *
                         age_multiplier(changes_->at(t).groups[g], t, birth_day, until);
        return sim::HazardPiece{base * std::max(0.0, v - b), until};
    });
}

double AbsenceFlow::invert_onset(int g, double now, double birth_day, double budget,
                                 double scale) const {
    const GroupRates& r = (*groups_)[g];
    return invert_through(profiles_[g], r.absence_age_multipliers, r.absence_onset_per_day * scale,
                          now, birth_day, budget);
}

double AbsenceFlow::invert_through(const sim::PiecewiseIntegral& profile,
                                   const std::vector<Band>& age_multipliers, double base,
                                   double now, double birth_day, double budget) const {
    double t = std::max(now, 0.0);  // nothing happens before the run
    double at_t = profile.integral_to(t);
    while (t < horizon_) {
        // Within an age band the rate is base x age multiplier x the group's profile.
        double rate = base;
        double end = horizon_;
        if (!age_multipliers.empty()) {
            const BandValue v = band_value_at(age_multipliers, (t - birth_day) / kDaysPerYear);
            rate *= v.value;
            end = std::min(end, birth_day + v.until * kDaysPerYear);
        }
        // An end that rounds to t (a band edge computed in floating point) must still move on.
        if (!(end > t)) end = std::nextafter(t, horizon_);
        const double at_end = profile.integral_to(end);
        if (rate > 0.0) {
            const double level = at_t + budget / rate;
            // Rounding in the running integral must not put a tiny budget's onset before now.
            if (level < at_end) return std::max(now, profile.time_reaching(level));
            budget -= rate * (at_end - at_t);
        }
        t = end;
        at_t = at_end;
    }
    return sim::kNever;
}

}  // namespace wfsim::models
