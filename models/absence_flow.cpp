#include "models/absence_flow.hpp"

#include <algorithm>
#include <cmath>

namespace wfsim::models {

AbsenceFlow::AbsenceFlow(const std::vector<GroupRates>& groups, const sim::TimeAxis& axis)
    : groups_(groups),
      axis_(axis),
      horizon_(axis.horizon_days()),
      first_calendar_month_(axis.start().ymd().month - 1) {
    for (const GroupRates& g : groups)
        hot_.push_back({g.absence_onset_per_day, g.long_term_leaving, g.long_term_days,
                        &g.spell_days,
                        !g.seasonal && g.absence_age_multipliers.empty() &&
                            g.timelines.absence_onset.constant()});
}

sim::HazardPiece AbsenceFlow::onset_rate_at(int g, double t, double birth_day) const {
    const GroupRates& r = groups_[g];
    double rate = r.absence_onset_per_day;
    double until = sim::kNever;
    if (r.seasonal) {
        const int day = static_cast<int>(t);
        if (day >= axis_.horizon_days()) return {rate, sim::kNever};  // beyond the run
        const int month = axis_.month_of_day(day);
        rate *= r.seasonality[(first_calendar_month_ + month) % 12];
        until = axis_.month_start_day(month + 1);
    }
    if (!r.absence_age_multipliers.empty()) {
        const BandValue v =
            band_value_at(r.absence_age_multipliers, (t - birth_day) / kDaysPerYear);
        rate *= v.value;
        until = std::min(until, birth_day + v.until * kDaysPerYear);
    }
    if (!r.timelines.absence_onset.constant()) {
        const Timeline::Piece shock = r.timelines.absence_onset.at(t);
        rate *= shock.value;
        until = std::min(until, shock.until);
    }
    return {rate, until};
}

}  // namespace wfsim::models
