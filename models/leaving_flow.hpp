#pragma once
// Leaving: a hazard per group, raised by a multiplier during the first year of service. Each
// person draws one Exp(1) budget when they join; the leave time is where the cumulative hazard
// along their own path (tenure crossing one year) reaches it, so the time is exact under the
// hazard change and no further draw is needed.
#include <vector>

#include "models/calibration.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class LeavingFlow {
  public:
    explicit LeavingFlow(const std::vector<GroupRates>& groups) {
        for (const GroupRates& g : groups) {
            base_per_day_.push_back(g.leave_base_per_day);
            first_year_multiplier_.push_back(g.first_year_multiplier);
        }
    }

    // The leave time of someone of group g who joined the system at start_day, seen at `now`.
    template <class Engine>
    double draw_leave_time(int g, double now, double start_day, double limit, Engine& eng) const {
        return leave_time(g, now, start_day, sim::standard_exponential(eng), limit);
    }

    double leave_time(int g, double now, double start_day, double budget, double limit) const {
        const double base = base_per_day_[g];
        const double first_year_rate = base * first_year_multiplier_[g];
        const double first_year_end = start_day + kDaysPerYear;
        return sim::invert_cumulative_hazard(now, budget, limit, [&](double t) {
            return t < first_year_end ? sim::HazardPiece{first_year_rate, first_year_end}
                                      : sim::HazardPiece{base, sim::kNever};
        });
    }

  private:
    std::vector<double> base_per_day_;
    std::vector<double> first_year_multiplier_;
};

}  // namespace wfsim::models
