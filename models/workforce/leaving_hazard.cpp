#include "models/workforce/leaving_hazard.hpp"

#include <algorithm>

namespace wfsim::models {

LeavingHazard::LeavingHazard(const std::vector<GroupRates>& groups, const VariantChanges* changes)
    : groups_(&groups), changes_(changes) {
    for (const GroupRates& g : groups)
        first_year_only_.push_back(g.leave_age_multipliers.empty() &&
                                   g.retirement_per_day.empty() && g.timelines.leaving.constant());
}

LeavingHazard::Rates LeavingHazard::rates_of(const GroupRates& r, double t, const PersonClock& p) {
    double leaving = r.leave_base_per_day * p.multiplier;
    double until = sim::kNever;
    const double first_year_end = p.start_day + kDaysPerYear;
    if (t < first_year_end) {
        leaving *= r.first_year_multiplier;
        until = first_year_end;
    }
    const double age = (t - p.birth_day) / kDaysPerYear;
    if (!r.leave_age_multipliers.empty()) {
        const BandValue v = band_value_at(r.leave_age_multipliers, age);
        leaving *= v.value;
        until = std::min(until, p.birth_day + v.until * kDaysPerYear);
    }
    if (!r.timelines.leaving.constant()) {
        const Timeline::Piece shock = r.timelines.leaving.at(t);
        leaving *= shock.value;
        until = std::min(until, shock.until);
    }
    double retirement = 0.0;
    if (!r.retirement_per_day.empty()) {
        const Timeline::Piece shift = r.pension_shift_years.at(t);
        const BandValue v = band_value_at(r.retirement_per_day, age - shift.value, 0.0);
        retirement = v.value;
        until =
            std::min({until, shift.until, p.birth_day + (v.until + shift.value) * kDaysPerYear});
        if (!r.timelines.retirement.constant()) {
            const Timeline::Piece shock = r.timelines.retirement.at(t);
            retirement *= shock.value;
            until = std::min(until, shock.until);
        }
    }
    return {leaving, retirement, until};
}

LeavingHazard::Rates LeavingHazard::variant_at(int g, double t, const PersonClock& p) const {
    if (!differs(g)) return at(g, t, p);
    Rates r = rates_of(changes_->at(t).groups[g], t, p);
    r.until = std::min(r.until, changes_->next_change(t));
    return r;
}

double LeavingHazard::leave_time(int g, double now, const PersonClock& p, double budget,
                                 double limit, double scale) const {
    // The walk stops at the age limit, so the hazard's time is the same whenever it comes first.
    const double age_limit = p.birth_day + (*groups_)[g].age_limit_days;
    if (age_limit >= limit) return hazard_time(g, now, p, budget, limit, scale);
    const double t = hazard_time(g, now, p, budget, age_limit, scale);
    return t == sim::kNever ? std::max(now, age_limit) : t;
}

double LeavingHazard::hazard_time(int g, double now, const PersonClock& p, double budget,
                                  double limit, double scale) const {
    if (first_year_only_[g]) {
        const GroupRates& r = (*groups_)[g];
        const double base = r.leave_base_per_day * p.multiplier * scale;
        const double first_year_rate = base * r.first_year_multiplier;
        const double first_year_end = p.start_day + kDaysPerYear;
        return sim::invert_cumulative_hazard(now, budget, limit, [&](double t) {
            return t < first_year_end ? sim::HazardPiece{first_year_rate, first_year_end}
                                      : sim::HazardPiece{base, sim::kNever};
        });
    }
    return sim::invert_cumulative_hazard(now, budget, limit, [&](double t) {
        const Rates r = at(g, t, p);
        return sim::HazardPiece{(r.leaving + r.retirement) * scale, r.until};
    });
}

double LeavingHazard::extra_leave_time(int g, double now, const PersonClock& p, double budget,
                                       double limit, double scale) const {
    // Nobody is at work past the maximum working age, in any variant.
    limit = std::min(limit, p.birth_day + (*groups_)[g].age_limit_days);
    return sim::invert_cumulative_hazard(now, budget, limit, [&](double t) {
        const Rates b = at(g, t, p);
        const Rates v = variant_at(g, t, p);
        const double excess =
            std::max(0.0, v.leaving - b.leaving) + std::max(0.0, v.retirement - b.retirement);
        return sim::HazardPiece{excess * scale, std::min(b.until, v.until)};
    });
}

}  // namespace wfsim::models
