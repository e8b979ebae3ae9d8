#pragma once
// Sickness absence as an alternating renewal process: spells start only while at work, at an
// onset rate per day, and last a drawn duration; leaving cuts a spell short. A run starts in
// equilibrium: a share of staff already absent, with the time left of a spell under way.
#include <vector>

#include "models/calibration.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class AbsenceFlow {
  public:
    explicit AbsenceFlow(const std::vector<GroupRates>& groups) {
        for (const GroupRates& g : groups) {
            onset_per_day_.push_back(g.absence_onset_per_day);
            spell_.push_back(g.spell_days);
            share_absent_.push_back(g.expected_absence_share);
            leave_per_day_.push_back(g.expected_turnover / kDaysPerYear);
        }
    }

    template <class Engine>
    double next_onset(int g, double now, Engine& eng) const {
        const double rate = onset_per_day_[g];
        return rate > 0.0 ? now + sim::standard_exponential(eng) / rate : sim::kNever;
    }

    template <class Engine>
    double spell_end(int g, double now, Engine& eng) const {
        return now + spell_[g].sample(eng);
    }

    struct StartState {
        bool absent;
        double next_change;  // the end of the spell under way, or the next onset
    };
    template <class Engine>
    StartState equilibrium_start(int g, double now, Engine& eng) const {
        if (onset_per_day_[g] > 0.0 && sim::uniform01(eng) < share_absent_[g])
            return {true, now + spell_[g].sample_residual(eng, leave_per_day_[g])};
        return {false, next_onset(g, now, eng)};
    }

  private:
    std::vector<double> onset_per_day_;
    std::vector<DurationDistribution> spell_;
    std::vector<double> share_absent_;
    std::vector<double> leave_per_day_;  // mean leaving hazard: shapes the spells under way
};

}  // namespace wfsim::models
