#pragma once
// Recruitment: a vacant post waits for a candidate (exponential, with the mean solved so that a
// quoted vacancy rate is the equilibrium), then the candidate starts after the time to hire.
// Groups with a fixed hiring rate instead receive a Poisson stream of hires whatever their
// vacancies.
#include <cstdint>
#include <vector>

#include "models/calibration.hpp"
#include "models/person_store.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class RecruitmentFlow {
  public:
    explicit RecruitmentFlow(const std::vector<GroupRates>& groups) {
        for (const GroupRates& g : groups) {
            refills_.push_back(!g.poisson_inflow);
            search_mean_days_.push_back(g.search_mean_days);
            time_to_hire_.push_back(g.time_to_hire);
            hires_per_day_.push_back(g.hires_per_day);
        }
    }

    bool refills_vacancies(int g) const { return refills_[g]; }

    struct Step {
        PersonState state;
        double until;
    };

    // A post falls vacant at `now`.
    template <class Engine>
    Step open_vacancy(int g, double now, Engine& eng) const {
        if (search_mean_days_[g] > 0.0)
            return {PersonState::Searching,
                    now + search_mean_days_[g] * sim::standard_exponential(eng)};
        return {PersonState::Pipeline, now + time_to_hire_[g].sample(eng)};
    }

    // A candidate accepts at `now` and starts after the time to hire.
    template <class Engine>
    double start_after_offer(int g, double now, Engine& eng) const {
        return now + time_to_hire_[g].sample(eng);
    }

    // A vacancy found under way at the start of a run in equilibrium: still searching with
    // probability search / (search + time to hire), otherwise part-way through the time to hire.
    template <class Engine>
    Step equilibrium_vacancy(int g, double now, Engine& eng) const {
        const double search = search_mean_days_[g];
        const double hire = time_to_hire_[g].mean;
        if (search > 0.0 && sim::uniform01(eng) * (search + hire) < search)
            return {PersonState::Searching, now + search * sim::standard_exponential(eng)};
        return {PersonState::Pipeline, now + time_to_hire_[g].sample_residual(eng)};
    }

    template <class Engine>
    double next_inflow(int g, double now, Engine& eng) const {
        const double rate = hires_per_day_[g];
        return rate > 0.0 ? now + sim::standard_exponential(eng) / rate : sim::kNever;
    }

  private:
    std::vector<std::uint8_t> refills_;  // 1: leavers' posts are refilled
    std::vector<double> search_mean_days_;
    std::vector<DurationDistribution> time_to_hire_;
    std::vector<double> hires_per_day_;
};

}  // namespace wfsim::models
