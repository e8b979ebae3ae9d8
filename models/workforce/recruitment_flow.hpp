#pragma once
// Recruitment: a vacant post waits for a candidate (exponential, with the mean solved so that a
// quoted vacancy rate is the equilibrium, and scaled by shocks on recruitment), then the
// candidate starts after the time to hire. Groups with a fixed hiring rate instead receive a
// Poisson stream of hires whatever their vacancies.
#include <cstdint>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/workforce/person_store.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class RecruitmentFlow {
  public:
    explicit RecruitmentFlow(const std::vector<GroupRates>& groups, double horizon)
        : groups_(groups), horizon_(horizon) {}

    bool refills_vacancies(int g) const { return !groups_[g].poisson_inflow; }

    struct Step {
        PersonState state;
        double until;
    };

    // A post falls vacant at `now`.
    template <class Engine>
    Step open_vacancy(int g, double now, Engine& eng) const {
        if (groups_[g].search_mean_days > 0.0)
            return {PersonState::Searching, now + search_time(g, now, eng)};
        // No search time: the candidate is found at once, but with a labour pool it must still
        // come from the pool (or the vacancy waits for it).
        if (groups_[g].pool_limited) return {PersonState::Searching, now};
        return {PersonState::Pipeline, now + groups_[g].time_to_hire.sample(eng)};
    }

    // A candidate accepts at `now` and starts after the time to hire.
    template <class Engine>
    double start_after_offer(int g, double now, Engine& eng) const {
        return now + groups_[g].time_to_hire.sample(eng);
    }

    // A vacancy found under way at the start of a run in equilibrium: still searching with
    // probability search / (search + time to hire), otherwise part-way through the time to hire.
    template <class Engine>
    Step equilibrium_vacancy(int g, Engine& eng) const {
        const GroupRates& r = groups_[g];
        const double search = r.search_mean_days;
        const double hire = r.time_to_hire.mean;
        if (search > 0.0 && sim::uniform01(eng) * (search + hire) < search)
            return {PersonState::Searching, search_time(g, 0.0, eng)};
        return {PersonState::Pipeline, r.time_to_hire.sample_residual(eng)};
    }

    template <class Engine>
    double next_inflow(int g, double now, Engine& eng) const {
        const double rate = groups_[g].hires_per_day;
        return rate > 0.0 ? now + sim::standard_exponential(eng) / rate : sim::kNever;
    }

  private:
    // The wait for a candidate from `now`: exponential, through any shock on recruitment.
    template <class Engine>
    double search_time(int g, double now, Engine& eng) const {
        const GroupRates& r = groups_[g];
        const double budget = sim::standard_exponential(eng);
        const double rate = 1.0 / r.search_mean_days;
        if (r.timelines.recruitment.constant()) return budget / rate;
        const double t = sim::invert_cumulative_hazard(now, budget, horizon_, [&](double at) {
            const Timeline::Piece shock = r.timelines.recruitment.at(at);
            return sim::HazardPiece{rate * shock.value, shock.until};
        });
        return t - now;
    }

    const std::vector<GroupRates>& groups_;
    double horizon_;
};

}  // namespace wfsim::models
