#pragma once
// The hazard of leaving along one person's own path: the group's base, times the first-year
// multiplier until their first anniversary of service, the age multiplier of their age band,
// their route's multiplier (international recruits) and any shock on the group; plus retirement
// by age (shifted by dated pension rules). All of it is known ahead, so one Exp(1) budget drawn
// at joining gives the exact leave time (sim/hazard_inversion.hpp), and at the event the parts
// of the hazard there say whether it is a retirement.
#include <vector>

#include "models/calibration/calibration.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

// The dates on a person's path that the hazard depends on.
struct PersonClock {
    double birth_day;
    double start_day;         // service starts
    double multiplier = 1.0;  // route effect
};

class LeavingHazard {
  public:
    explicit LeavingHazard(const std::vector<GroupRates>& groups);

    struct Rates {
        double leaving;     // per day, all but retirement
        double retirement;  // per day
        double until;       // both hold from the query time up to here
    };
    Rates at(int g, double t, const PersonClock& p) const;

    // The time the person leaves, seen from `now` with an Exp(1) budget, or kNever before
    // `limit`: when the hazard fires, or at the maximum working age if that comes first.
    // `scale` multiplies the whole hazard (an upper bound for thinning).
    double leave_time(int g, double now, const PersonClock& p, double budget, double limit,
                      double scale = 1.0) const;

    template <class Engine>
    double draw_leave_time(int g, double now, const PersonClock& p, double limit, Engine& eng,
                           double scale = 1.0) const {
        return leave_time(g, now, p, sim::standard_exponential(eng), limit, scale);
    }

    // Whether someone leaving at `t` has reached the group's maximum working age.
    bool at_age_limit(int g, double t, const PersonClock& p) const {
        return t >= p.birth_day + groups_[g].age_limit_days;
    }

  private:
    double hazard_time(int g, double now, const PersonClock& p, double budget, double limit,
                       double scale) const;

    const std::vector<GroupRates>& groups_;
    std::vector<std::uint8_t> first_year_only_;  // 1: no age, retirement or shock effects
};

}  // namespace wfsim::models
