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

}  // namespace

AbsenceFlow::AbsenceFlow(const std::vector<GroupRates>& groups, const sim::TimeAxis& axis)
    : groups_(groups), horizon_(axis.horizon_days()) {
    for (const GroupRates& g : groups) {
        hot_.push_back({g.absence_onset_per_day, g.long_term_leaving, g.long_term_days,
                        &g.spell_days,
                        !g.seasonal && g.absence_age_multipliers.empty() &&
                            g.timelines.absence_onset.constant()});
        profiles_.push_back(group_profile(g, axis));
    }
}

double AbsenceFlow::invert_onset(int g, double now, double birth_day, double budget,
                                 double scale) const {
    const GroupRates& r = groups_[g];
    const sim::PiecewiseIntegral& profile = profiles_[g];
    double t = std::max(now, 0.0);  // nothing happens before the run
    double at_t = profile.integral_to(t);
    while (t < horizon_) {
        // Within an age band the rate is base x age multiplier x the group's profile.
        double rate = r.absence_onset_per_day * scale;
        double end = horizon_;
        if (!r.absence_age_multipliers.empty()) {
            const BandValue v =
                band_value_at(r.absence_age_multipliers, (t - birth_day) / kDaysPerYear);
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
