#pragma once
// Sickness absence as an alternating renewal process: spells start only while at work, at an
// onset rate per day that may vary by calendar month (seasonality), by age band and with shocks;
// they last a drawn duration (which may mix short- and long-term spells); leaving cuts a spell
// short. The onset time is exact under all these changes: one Exp(1) budget per spell, inverted
// through the piecewise rate. A run starts in equilibrium: a share of staff already absent, with
// the time left of a spell under way.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/variants/variant_changes.hpp"
#include "models/workforce/duration_sampler.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/piecewise_integral.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class AbsenceFlow {
  public:
    // `groups`: the baseline's rates; `changes`: a variant's, or nullptr. The onsets of the
    // baseline's clock are the baseline's; a variant whose onset rate differs couples to them as
    // the leaving hazard does (leaving_hazard.hpp).
    AbsenceFlow(const std::vector<GroupRates>& groups, const sim::TimeAxis& axis,
                const VariantChanges* changes = nullptr);

    // The next onset after `now` (at work), or kNever; `scale` multiplies the rate (an upper
    // bound for thinning).
    template <class Engine>
    double next_onset(int g, double now, double birth_day, Engine& eng, double scale = 1.0) const {
        const double budget = sim::standard_exponential(eng);
        const Hot& h = hot_[g];
        if (h.flat) {
            const double rate = h.onset_per_day * scale;
            return rate > 0.0 ? now + budget / rate : sim::kNever;
        }
        return invert_onset(g, now, birth_day, budget, scale);
    }

    // A spell starting at `now`: its length, and whether it ends in leaving (long-term, and the
    // draw says so), as in force then.
    template <class Engine>
    double spell_length(int g, double now, Engine& eng) const {
        if (changes_) return changes_->at(now).groups[g].spell_days.sample(eng);
        return hot_[g].spell.sample(eng);
    }
    template <class Engine>
    bool ends_in_leaving(int g, double now, double days, Engine& eng) const {
        if (changes_) {
            const GroupRates& r = changes_->at(now).groups[g];
            return r.long_term_leaving > 0.0 && days > r.long_term_days &&
                   sim::uniform01(eng) < r.long_term_leaving;
        }
        return ends_in_leaving(hot_[g], days, eng);
    }

    // Variants: whether group g's onset rate differs from the baseline's, or rises above it; the
    // two rates at t for someone born on birth_day; and the second clock's next onset, at the
    // part of the variant's rate above the baseline's.
    bool differs(int g) const { return changes_ && changes_->groups[g].absence; }
    bool rises(int g) const { return changes_ && changes_->groups[g].absence_rises; }
    double baseline_rate(int g, double t, double birth_day) const;
    double variant_rate(int g, double t, double birth_day) const;
    double extra_onset(int g, double now, double birth_day, double budget, double scale) const;
    // Whether the onset rate depends on nothing but the group (no birth date needed).
    bool flat(int g) const { return hot_[g].flat; }

    struct StartState {
        bool absent;
        double next_change;    // the end of the spell under way, or the next onset
        bool ends_in_leaving;  // the spell under way is long-term and ends in leaving
    };
    template <class Engine>
    StartState equilibrium_start(int g, double birth_day, Engine& eng, double scale = 1.0) const {
        const GroupRates& r = (*groups_)[g];
        const std::size_t band = start_band(r, birth_day);
        const double share =
            r.start_absence_share.empty() ? r.expected_absence_share : r.start_absence_share[band];
        if (r.absence_onset_per_day > 0.0 && sim::uniform01(eng) < share) {
            const auto spell = spell_under_way(r, band, eng);
            return {true, spell.remaining, ends_in_leaving(hot_[g], spell.length, eng)};
        }
        return {false, next_onset(g, 0.0, birth_day, eng, scale), false};
    }

  private:
    // What every absence event reads, per group, packed together.
    struct Hot {
        double onset_per_day;
        double long_term_leaving;
        double long_term_days;
        DurationSampler spell;  // flattened once: a draw per spell
        bool flat;              // a constant rate: no seasonality, age multipliers or shocks
    };
    template <class Engine>
    static bool ends_in_leaving(const Hot& h, double days, Engine& eng) {
        return h.long_term_leaving > 0.0 && days > h.long_term_days &&
               sim::uniform01(eng) < h.long_term_leaving;
    }
    // The time at which the onset hazard from `now` integrates to `budget`: one search of the
    // group's seasonal and shock profile per age band crossed.
    double invert_onset(int g, double now, double birth_day, double budget, double scale) const;
    // The same through any profile of the run, with `base` x the age multipliers.
    double invert_through(const sim::PiecewiseIntegral& profile,
                          const std::vector<Band>& age_multipliers, double base, double now,
                          double birth_day, double budget) const;

    // Which entry of start_absence_share applies to someone born on birth_day: the band of
    // their onset multiplier at the start, or the last entry for ages outside the bands.
    static std::size_t start_band(const GroupRates& r, double birth_day) {
        const double age = -birth_day / kDaysPerYear;
        const auto& bands = r.absence_age_multipliers;
        for (std::size_t i = 0; i < bands.size(); ++i)
            if (bands[i].from <= age && age < bands[i].to) return i;
        return bands.size();
    }

    // A spell under way at the start. Without seasonality its elapsed part has density
    // proportional to the chance of lasting that long (and of not leaving meanwhile); with it,
    // also to the onsets on the day it began, so the stationary draw is thinned by that day's
    // weight in the periodic steady state.
    template <class Engine>
    static DurationDistribution::UnderWay spell_under_way(const GroupRates& r, std::size_t band,
                                                          Engine& eng) {
        for (;;) {
            const auto spell = r.spell_days.sample_under_way(eng, r.other_leaving_per_day);
            if (r.start_onset_weights.empty()) return spell;  // no seasonality
            const std::vector<double>& weight = r.start_onset_weights[band];
            const int year = static_cast<int>(weight.size());
            // The day of the year the spell began (fmod first: a spell may be very long).
            double began = std::fmod(r.start_day_of_year - (spell.length - spell.remaining), year);
            if (began < 0.0) began += year;
            const int day = std::min(static_cast<int>(began), year - 1);
            if (sim::uniform01(eng) < weight[day]) return spell;
        }
    }

    const std::vector<GroupRates>* groups_;
    const VariantChanges* changes_;
    double horizon_;
    std::vector<Hot> hot_;
    // Per group, the onset multiplier over the run that does not depend on the person
    // (seasonality x shocks), with its running integral.
    std::vector<sim::PiecewiseIntegral> profiles_;
    // The same for a variant (its seasonality in force and its shocks), for groups that differ.
    std::vector<sim::PiecewiseIntegral> variant_profiles_;
    // Their excess over the baseline's, where the age multipliers are the baseline's throughout.
    std::vector<std::optional<sim::PiecewiseIntegral>> excess_profiles_;
};

}  // namespace wfsim::models
