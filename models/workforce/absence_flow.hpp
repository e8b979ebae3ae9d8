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
#include <vector>

#include "models/calibration/calibration.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/piecewise_integral.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class AbsenceFlow {
  public:
    AbsenceFlow(const std::vector<GroupRates>& groups, const sim::TimeAxis& axis);

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

    template <class Engine>
    double spell_length(int g, Engine& eng) const {
        return hot_[g].spell->sample(eng);
    }
    // Whether a spell of this length ends in leaving (long-term, and the draw says so).
    template <class Engine>
    bool ends_in_leaving(int g, double days, Engine& eng) const {
        const Hot& h = hot_[g];
        return h.long_term_leaving > 0.0 && days > h.long_term_days &&
               sim::uniform01(eng) < h.long_term_leaving;
    }
    // Whether the onset rate depends on nothing but the group (no birth date needed).
    bool flat(int g) const { return hot_[g].flat; }

    struct StartState {
        bool absent;
        double next_change;    // the end of the spell under way, or the next onset
        bool ends_in_leaving;  // the spell under way is long-term and ends in leaving
    };
    template <class Engine>
    StartState equilibrium_start(int g, double birth_day, Engine& eng, double scale = 1.0) const {
        const GroupRates& r = groups_[g];
        const std::size_t band = start_band(r, birth_day);
        const double share =
            r.start_absence_share.empty() ? r.expected_absence_share : r.start_absence_share[band];
        if (r.absence_onset_per_day > 0.0 && sim::uniform01(eng) < share) {
            const auto spell = spell_under_way(r, band, eng);
            return {true, spell.remaining, ends_in_leaving(g, spell.length, eng)};
        }
        return {false, next_onset(g, 0.0, birth_day, eng, scale), false};
    }

  private:
    // The time at which the onset hazard from `now` integrates to `budget`: one search of the
    // group's seasonal and shock profile per age band crossed.
    double invert_onset(int g, double now, double birth_day, double budget, double scale) const;

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

    const std::vector<GroupRates>& groups_;
    double horizon_;
    // What every absence event reads, per group, packed together.
    struct Hot {
        double onset_per_day;
        double long_term_leaving;
        double long_term_days;
        const DurationDistribution* spell;
        bool flat;  // a constant rate: no seasonality, age multipliers or shocks
    };
    std::vector<Hot> hot_;
    // Per group, the onset multiplier over the run that does not depend on the person
    // (seasonality x shocks), with its running integral.
    std::vector<sim::PiecewiseIntegral> profiles_;
};

}  // namespace wfsim::models
