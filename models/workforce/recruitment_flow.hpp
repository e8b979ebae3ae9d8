#pragma once
// Recruitment: a vacant post waits for a candidate (exponential, with the mean solved so that a
// quoted vacancy rate is the equilibrium, and scaled by shocks on recruitment), then the
// candidate starts after the time to hire. Groups with a fixed hiring rate instead receive a
// Poisson stream of hires whatever their vacancies. In a variant, the time to hire and the labour
// pool are those in force, and the wait for a candidate and the stream of hires couple to the
// baseline's as the leaving hazard does (leaving_hazard.hpp).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/variants/variant_changes.hpp"
#include "models/workforce/person_store.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class RecruitmentFlow {
  public:
    // `groups`: the baseline's rates; `changes`: a variant's, or nullptr.
    RecruitmentFlow(const std::vector<GroupRates>& groups, double horizon,
                    const VariantChanges* changes = nullptr)
        : groups_(&groups), horizon_(horizon), changes_(changes) {}

    bool refills_vacancies(int g) const { return !(*groups_)[g].poisson_inflow; }

    struct Step {
        PersonState state;
        double until;
    };

    // A post falls vacant at `now`.
    template <class Engine>
    Step open_vacancy(int g, double now, Engine& eng) const {
        if ((*groups_)[g].search_mean_days > 0.0)
            return {PersonState::Searching, search_until(g, now, eng)};
        // No search time: the candidate is found at once, but with a labour pool it must still
        // come from the pool (or the vacancy waits for it).
        if (in_force(g, now).pool_limited) return {PersonState::Searching, now};
        return {PersonState::Pipeline, now + in_force(g, now).time_to_hire.sample(eng)};
    }

    // A candidate accepts at `now` and starts after the time to hire in force then.
    template <class Engine>
    double start_after_offer(int g, double now, Engine& eng) const {
        return now + in_force(g, now).time_to_hire.sample(eng);
    }

    // A vacancy found under way at the start of a run in equilibrium: still searching with
    // probability search / (search + time to hire) (with domestic cohorts, the share their cycle
    // has on the start date), otherwise part-way through the time to hire.
    template <class Engine>
    Step equilibrium_vacancy(int g, Engine& eng) const {
        const GroupRates& r = (*groups_)[g];
        const double search = r.search_mean_days;
        const double hire = r.time_to_hire.mean;
        const auto searching = [&](double u) {
            return r.start_searching_share >= 0.0 ? u < r.start_searching_share
                                                  : u * (search + hire) < search;
        };
        if (search > 0.0 && searching(sim::uniform01(eng)))
            return {PersonState::Searching, search_until(g, 0.0, eng)};
        return {PersonState::Pipeline, r.time_to_hire.sample_residual(eng)};
    }

    // The end of a new wait for a candidate from `now` (after a variant turned one away).
    template <class Engine>
    double next_candidate(int g, double now, Engine& eng) const {
        return search_until(g, now, eng);
    }

    // A group's Poisson stream of hires: its rate at the start (a day), and its next hire from
    // `now` at `rate` (which follows the headcount month by month for some groups).
    double inflow_rate(int g) const { return (*groups_)[g].hires_per_day; }
    bool inflow_follows_headcount(int g) const { return (*groups_)[g].inflow_follows_headcount; }
    double hires_share_per_year(int g) const { return (*groups_)[g].hires_share_per_year; }
    template <class Engine>
    double next_inflow(double rate, double now, Engine& eng) const {
        return rate > 0.0 ? now + sim::standard_exponential(eng) / rate : sim::kNever;
    }

    // Variants: whether the wait for a candidate, or the stream of hires, differs from the
    // baseline's or rises above it; the variant's rate over the baseline's at t; and the second
    // clock at the part of the variant's rate above the baseline's.
    bool search_differs(int g) const { return changes_ && changes_->groups[g].search; }
    bool search_rises(int g) const { return changes_ && changes_->groups[g].search_rises; }
    double search_ratio(int g, double t) const {
        const double b = (*groups_)[g].timelines.recruitment.value_at(t);
        const double v = variant_recruitment(g).value_at(t);
        return b > 0.0 ? v / b : 1.0;
    }
    double extra_search_until(int g, double now, double budget) const {
        const double rate = 1.0 / (*groups_)[g].search_mean_days;
        const Timeline& b = (*groups_)[g].timelines.recruitment;
        const Timeline& v = variant_recruitment(g);
        return sim::invert_cumulative_hazard(now, budget, horizon_, [&](double at) {
            const Timeline::Piece pb = b.at(at), pv = v.at(at);
            return sim::HazardPiece{rate * std::max(0.0, pv.value - pb.value),
                                    std::min(pb.until, pv.until)};
        });
    }
    bool inflow_differs(int g) const { return changes_ && changes_->groups[g].inflow; }
    bool inflow_rises(int g) const { return changes_ && changes_->groups[g].inflow_rises; }
    double inflow_ratio(int g, double t) const {
        return changes_->groups[g].inflow_ratio.value_at(t);
    }
    double extra_inflow(int g, double now, double budget) const {
        const double rate = (*groups_)[g].hires_per_day;
        const Timeline& ratio = changes_->groups[g].inflow_ratio;
        return sim::invert_cumulative_hazard(now, budget, horizon_, [&](double at) {
            const Timeline::Piece p = ratio.at(at);
            return sim::HazardPiece{rate * std::max(0.0, p.value - 1.0), p.until};
        });
    }

  private:
    const GroupRates& in_force(int g, double t) const {
        return changes_ ? changes_->at(t).groups[g] : (*groups_)[g];
    }
    const Timeline& variant_recruitment(int g) const {
        return changes_->epochs.front()->groups[g].timelines.recruitment;
    }
    // The end of the wait for a candidate from `now`: exponential, through any shock on
    // recruitment (the baseline's: a variant's differences are its second clock and thinning).
    template <class Engine>
    double search_until(int g, double now, Engine& eng) const {
        const GroupRates& r = (*groups_)[g];
        const double budget = sim::standard_exponential(eng);
        const double rate = 1.0 / r.search_mean_days;
        if (r.timelines.recruitment.constant()) return now + budget / rate;
        return sim::invert_cumulative_hazard(now, budget, horizon_, [&](double at) {
            const Timeline::Piece shock = r.timelines.recruitment.at(at);
            return sim::HazardPiece{rate * shock.value, shock.until};
        });
    }

    const std::vector<GroupRates>* groups_;
    double horizon_;
    const VariantChanges* changes_;
};

}  // namespace wfsim::models
