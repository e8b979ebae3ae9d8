#pragma once
// The hazard of leaving along one person's own path: the group's base, times the first-year
// multiplier until their first anniversary of service, the age multiplier of their age band,
// their route's multiplier (international recruits) and any shock on the group; plus retirement
// by age (shifted by dated pension rules). All of it is known ahead, so one Exp(1) budget drawn
// at joining gives the exact leave time (sim/hazard_inversion.hpp), and at the event the parts
// of the hazard there say whether it is a retirement.
//
// In a variant, the hazard is the baseline's where nothing differs; where it differs, the run
// keeps the baseline's clock and couples the variant to it (docs/model.md, "Variants"): a second
// clock at the part of the variant's hazard above the baseline's adds events, and an event of the
// baseline's clock is kept with the ratio of the two where the variant's is lower.
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/variants/variant_changes.hpp"
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
    // `groups`: the baseline's rates; `changes`: the variant's, or nullptr.
    LeavingHazard(const std::vector<GroupRates>& groups, const VariantChanges* changes);

    struct Rates {
        double leaving;     // per day, all but retirement
        double retirement;  // per day
        double until;       // both hold from the query time up to here
    };
    // The baseline's hazard, and the variant's (the values in force at t, which hold to `until`).
    Rates at(int g, double t, const PersonClock& p) const { return rates_of((*groups_)[g], t, p); }
    Rates variant_at(int g, double t, const PersonClock& p) const;
    // Whether group g's hazard in the variant differs from the baseline's, or rises above it.
    bool differs(int g) const { return changes_ && changes_->groups[g].leaving; }
    bool rises(int g) const { return changes_ && changes_->groups[g].leaving_rises; }

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
        return t >= p.birth_day + (*groups_)[g].age_limit_days;
    }

    // The variant's second clock: the first time after `now` at which the part of its hazard
    // above the baseline's (scale x the excess of leaving plus that of retirement) integrates to
    // `budget`, or kNever before `limit` (or the maximum working age).
    double extra_leave_time(int g, double now, const PersonClock& p, double budget, double limit,
                            double scale) const;

  private:
    static Rates rates_of(const GroupRates& r, double t, const PersonClock& p);
    double hazard_time(int g, double now, const PersonClock& p, double budget, double limit,
                       double scale) const;

    const std::vector<GroupRates>* groups_;
    const VariantChanges* changes_;
    std::vector<std::uint8_t> first_year_only_;  // 1: no age, retirement or shock effects
};

}  // namespace wfsim::models
