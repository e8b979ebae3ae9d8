// AbsenceFlow::next_onset against an independent inversion of the same onset hazard: the rate
// built day by day from first principles (the calendar month of each day's date, the person's
// age band, the shock in force) and walked one day (or age-band edge) at a time. Covers a run
// that does not start in January, seasonality, age multipliers with a zero band, shocks with a
// zero multiplier, the thinning scale, and budgets that run past the horizon.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <vector>

#include "models/workforce/absence_flow.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/variates.hpp"

using namespace wfsim;
using namespace wfsim::models;

namespace {

GroupRates onset_group() {
    GroupRates g;
    g.absence_onset_per_day = 0.012;
    g.seasonal = true;
    g.seasonality = {1.3, 1.2, 1.05, 0.95, 0.9, 0.85, 0.85, 0.8, 0.95, 1.05, 1.15, 1.25};
    g.absence_age_multipliers = {
        {"young", 18.0, 30.0, 1.4}, {"none", 30.0, 31.5, 0.0}, {"older", 50.0, 67.0, 1.2}};
    g.timelines.absence_onset.apply(400.0, 800.0, 2.5);    // a winter wave
    g.timelines.absence_onset.apply(1000.0, 1100.0, 0.0);  // onsets stop altogether
    g.spell_days = DurationDistribution::fixed(5.0);
    return g;
}

}  // namespace

TEST_CASE("onsets invert the seasonal, age and shock rate exactly", "[model][absence]") {
    const sim::TimeAxis axis(sim::Date::from_ymd(2022, 5, 1), 60);  // May to April
    const std::vector<GroupRates> groups{onset_group()};
    const GroupRates& g = groups[0];
    const AbsenceFlow flow(groups, axis);
    const double horizon = axis.horizon_days();

    // The rate at time t of someone born on birth_day, from the date of day floor(t); it holds
    // to the next midnight or the next age-band edge, whichever comes first.
    auto reference_piece = [&](double t, double birth_day, double scale) {
        const int day = static_cast<int>(std::floor(t));
        const int calendar_month = (axis.start() + day).ymd().month;  // 1 = January
        const BandValue age =
            band_value_at(g.absence_age_multipliers, (t - birth_day) / kDaysPerYear);
        const double rate = g.absence_onset_per_day * scale * g.seasonality[calendar_month - 1] *
                            age.value * g.timelines.absence_onset.value_at(t);
        const double until = std::min(day + 1.0, birth_day + age.until * kDaysPerYear);
        return sim::HazardPiece{rate, until};
    };

    std::mt19937_64 draws(20261123);
    int never = 0, checked = 0;
    for (int i = 0; i < 400; ++i) {
        // Ages 17 to 60 at the start (crossing 18, 30, 31.5 and 50 during the run), any time.
        const double birth_day = -(17.0 + 43.0 * sim::uniform01(draws)) * kDaysPerYear +
                                 std::floor(10 * sim::uniform01(draws));
        const double now = std::floor(horizon * sim::uniform01(draws)) + 0.25 * (i % 4);
        const double scale = i % 3 == 0 ? 1.5 : 1.0;
        std::mt19937_64 engine(1000 + i), same(1000 + i);
        const double onset = flow.next_onset(0, now, birth_day, engine, scale);
        const double budget = sim::standard_exponential(same);
        const double expected = sim::invert_cumulative_hazard(
            now, budget, horizon, [&](double t) { return reference_piece(t, birth_day, scale); });
        INFO("case " << i << ": now " << now << ", birth " << birth_day << ", budget " << budget);
        if (expected == sim::kNever) {
            CHECK(onset == sim::kNever);
            ++never;
        } else {
            CHECK(onset >= now);
            CHECK(onset == Approx(expected).margin(1e-7));
            ++checked;
        }
    }
    // Both outcomes occur, so both branches were exercised.
    CHECK(never >= 10);
    CHECK(checked > 200);
}
