// Sickness absence in full: a winter peak against the periodic renewal equation solved here on a
// fine grid, a quoted rate reproduced with seasonality, mixed spell lengths and age multipliers,
// spells that start only at work, and long-term spells ending in leaving (ill-health leavers).
// Expected values are computed in this file from the definitions in docs/model.md, not by the
// model's calibration. Tolerances are four standard errors of the stated sampling distribution.
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::DurationDistribution;
using models::kDaysPerYear;

namespace {

// A winter peak, January first (its mean is 1.05: the model normalises it to 1).
const std::vector<double> kWinterPeak = {1.6,  1.5,  1.25, 1.0,  0.9,  0.75,
                                         0.65, 0.65, 0.85, 1.05, 1.25, 1.15};

double seasonal_factor(const std::vector<double>& profile, int calendar_month) {
    double mean = 0.0;
    for (double v : profile) mean += v / 12.0;
    return profile[calendar_month - 1] / mean;
}

// Spell survival functions written out from their definitions.
double uniform_survival(double x, double lo, double hi) {
    return x < lo ? 1.0 : x >= hi ? 0.0 : (hi - x) / (hi - lo);
}
// E[exp(-s D)] of the same distributions.
double uniform_laplace(double s, double lo, double hi) {
    return s <= 0.0 ? 1.0 : (std::exp(-s * lo) - std::exp(-s * hi)) / (s * (hi - lo));
}
double exponential_laplace(double s, double mean) {
    return 1.0 / (1.0 + s * mean);
}

// The share of in-post time absent, solved from the renewal equation of docs/model.md
//     A(t) = integral over u >= 0 of a(t - u) (1 - A(t - u)) S(u) exp(-lambda u) du
// forward in time on a grid of `h` days (trapezoid rule, implicit in the newest point), from
// three years before the run so that the start no longer matters: the onset profile repeats by
// calendar month, so this is the periodic steady state on the run's real calendar. Returns the
// mean of A over each month of the run and, in `onsets` if given, the mean of a(t) (1 - A(t)),
// the spells starting a day per head in post.
std::vector<double> renewal_monthly_shares(const sim::TimeAxis& axis,
                                           const std::function<double(int day)>& onset_per_day,
                                           const std::function<double(double)>& survival,
                                           double leave_per_day,
                                           std::vector<double>* onsets_by_month = nullptr,
                                           double h = 0.25) {
    std::vector<double> kernel;  // S(u) exp(-lambda u) at u = k h
    for (int k = 0;; ++k) {
        const double u = k * h;
        const double v = survival(u) * std::exp(-leave_per_day * u);
        if (v < 1e-13 && u > 1.0) break;
        kernel.push_back(v);
    }
    const int warmup_days = 3 * 366;
    const int steps_per_day = static_cast<int>(std::lround(1.0 / h));
    const int n = (warmup_days + axis.horizon_days()) * steps_per_day + 1;
    std::vector<double> a(n), absent(n, 0.0), onsets(n, 0.0);  // onsets: a (1 - A)
    for (int i = 0; i < n; ++i) {
        const double t = -warmup_days + i * h;
        a[i] = onset_per_day(static_cast<int>(std::floor(t + 1e-9)));
        double rest = 0.0;
        for (std::size_t k = 1; k < kernel.size() && k <= static_cast<std::size_t>(i); ++k)
            rest += onsets[i - k] * kernel[k];
        absent[i] = (0.5 * h * a[i] + h * rest) / (1.0 + 0.5 * h * a[i]);
        onsets[i] = a[i] * (1.0 - absent[i]);
    }
    std::vector<double> monthly;
    for (int m = 0; m < axis.months(); ++m) {
        const int from = (warmup_days + axis.month_start_day(m)) * steps_per_day;
        const int to = (warmup_days + axis.month_start_day(m + 1)) * steps_per_day;
        double sum = 0.5 * (absent[from] + absent[to]);
        double started = 0.5 * (onsets[from] + onsets[to]);
        for (int i = from + 1; i < to; ++i) {
            sum += absent[i];
            started += onsets[i];
        }
        monthly.push_back(sum / (to - from));
        if (onsets_by_month) onsets_by_month->push_back(started / (to - from));
    }
    return monthly;
}

// The onset rate per day at work on `day` of the run: base x the calendar month's factor.
std::function<double(int)> seasonal_onset(const sim::TimeAxis& axis, double base,
                                          const std::vector<double>& profile) {
    return [&axis, base, profile](int day) {
        return base * seasonal_factor(profile, (axis.start() + day).ymd().month);
    };
}

// Absence share (absence WTE-days / WTE-days available) of group 0 in months [from, to).
double absence_share_over(const models::ReplicationResult& r, const models::ResultLayout& layout,
                          int from, int to) {
    return sum_of(r, layout, "absence_wte_days", 0, from, to) /
           sum_of(r, layout, "wte_days", 0, from, to);
}

}  // namespace

TEST_CASE("seasonal onsets: monthly absence follows the periodic renewal equation",
          "[model][absence]") {
    // Onsets 4 a year at work, times a winter-peaked monthly profile; spells uniform on [2, 20)
    // days; nobody leaves. The expected share of each month is the periodic solution of the
    // renewal equation, solved here. Months 1-24 cover each calendar month twice; the start
    // itself is the subject of the next test case.
    const int months = 25;
    auto g = plain_group("staff", 4000);
    g.absence.onsets_per_year = 4.0;
    g.absence.spell_days = DurationDistribution::uniform(2.0, 20.0);
    g.absence.seasonality = kWinterPeak;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, months));
    const auto& axis = resolved.axis;
    const auto expected = renewal_monthly_shares(
        axis, seasonal_onset(axis, 4.0 / kDaysPerYear, kWinterPeak),
        [](double u) { return uniform_survival(u, 2.0, 20.0); }, 0.0);

    // Replications give, per calendar month, the share over its two occurrences (months 1-24).
    const int replications = 24;
    std::vector<std::vector<double>> by_calendar_month(12);
    std::vector<double> winter_minus_summer;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < replications; ++rep) {
        const auto r = model.run(31, rep);
        const auto& layout = model.layout();
        std::vector<double> share(12);
        for (int m = 1; m < months; ++m) {
            const int calendar = axis.month_date(m).ymd().month;
            share[calendar - 1] += 0.5 * absence_share_over(*r, layout, m, m + 1);
        }
        for (int c = 0; c < 12; ++c) by_calendar_month[c].push_back(share[c]);
        // December to February against June to August.
        winter_minus_summer.push_back((share[11] + share[0] + share[1]) / 3.0 -
                                      (share[5] + share[6] + share[7]) / 3.0);
    }
    std::vector<double> expected_by_calendar(12, 0.0);
    for (int m = 1; m < months; ++m)
        expected_by_calendar[axis.month_date(m).ymd().month - 1] += 0.5 * expected[m];
    for (int c = 0; c < 12; ++c) {
        const auto e = estimate(by_calendar_month[c]);
        INFO("calendar month " << c + 1 << ": " << e.mean << " +- " << e.se << " against "
                               << expected_by_calendar[c]);
        CHECK(std::abs(e.mean - expected_by_calendar[c]) < 4 * e.se);
    }
    // Winter above summer, as the profile says, by the amount the renewal equation gives.
    const double expected_gap =
        (expected_by_calendar[11] + expected_by_calendar[0] + expected_by_calendar[1] -
         expected_by_calendar[5] - expected_by_calendar[6] - expected_by_calendar[7]) /
        3.0;
    REQUIRE(expected_gap > 0.01);
    const auto gap = estimate(winter_minus_summer);
    INFO("winter - summer " << gap.mean << " +- " << gap.se << " against " << expected_gap);
    CHECK(gap.mean > 4 * gap.se);
    CHECK(std::abs(gap.mean - expected_gap) < 4 * gap.se);
}

TEST_CASE("a run starting in January starts at January's share of the periodic steady state",
          "[model][absence]") {
    // The same process as above, plus onset multipliers 0.5 (ages 20-30) and 1.5 (40-50; nobody
    // crosses 35 in the run), started on 1 January, in the winter peak. Equilibrium at the start
    // means each multiplier's periodic steady state on that date, so the first months' shares
    // are the renewal equation's (per multiplier, half the staff each), with no dip at the start.
    auto g = plain_group("staff", 8000);
    g.age_bands = {{"20_29", 20, 30, 0.5}, {"40_49", 40, 50, 0.5}};
    g.absence.onsets_per_year = 4.0;
    g.absence.spell_days = DurationDistribution::uniform(2.0, 20.0);
    g.absence.seasonality = kWinterPeak;
    g.absence.age_multipliers = {{"under_35", 18, 35, 0.5}, {"35_plus", 35, 67, 1.5}};
    auto s = one_group_scenario(g, 3);
    s.start = sim::Date::from_ymd(2023, 1, 1);
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    const auto survival = [](double u) { return uniform_survival(u, 2.0, 20.0); };
    const auto young = renewal_monthly_shares(
        axis, seasonal_onset(axis, 0.5 * 4.0 / kDaysPerYear, kWinterPeak), survival, 0.0);
    const auto old = renewal_monthly_shares(
        axis, seasonal_onset(axis, 1.5 * 4.0 / kDaysPerYear, kWinterPeak), survival, 0.0);
    std::vector<std::vector<double>> shares(3);
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 48; ++rep) {
        const auto r = model.run(37, rep);
        for (int m = 0; m < 3; ++m)
            shares[m].push_back(absence_share_over(*r, model.layout(), m, m + 1));
    }
    for (int m = 0; m < 3; ++m) {
        const double expected = 0.5 * (young[m] + old[m]);
        const auto e = estimate(shares[m]);
        INFO("month " << m << ": " << e.mean << " +- " << e.se << " against " << expected);
        CHECK(std::abs(e.mean - expected) < 4 * e.se);
    }
}

namespace {

// Months 0-2 of a group with 30-150 day spells under the winter peak profile, started on
// `start`, against the periodic solution of the renewal equation (4 SE).
void check_first_months_with_long_spells(sim::Date start, double leave_per_year,
                                         std::uint64_t seed) {
    auto g = plain_group("staff", 20000);
    g.leaving.hazard_per_year = leave_per_year;
    g.absence.onsets_per_year = 1.0;
    g.absence.spell_days = DurationDistribution::uniform(30.0, 150.0);
    g.absence.seasonality = kWinterPeak;
    auto s = one_group_scenario(g, 3);
    s.start = start;
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    const auto expected = renewal_monthly_shares(
        axis, seasonal_onset(axis, 1.0 / kDaysPerYear, kWinterPeak),
        [](double u) { return uniform_survival(u, 30.0, 150.0); }, leave_per_year / kDaysPerYear);
    std::vector<std::vector<double>> shares(3);
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 48; ++rep) {
        const auto r = model.run(seed, rep);
        for (int m = 0; m < 3; ++m)
            shares[m].push_back(absence_share_over(*r, model.layout(), m, m + 1));
    }
    for (int m = 0; m < 3; ++m) {
        const auto e = estimate(shares[m]);
        INFO("month " << m << ": " << e.mean << " +- " << e.se << " against " << expected[m]);
        CHECK(std::abs(e.mean - expected[m]) < 4 * e.se);
    }
}

}  // namespace

TEST_CASE("long spells under way at the start began in the months before it", "[model][absence]") {
    // Spells of 30-150 days, so that those under way at the start began over the previous five
    // months, whose onset rates differ (the winter peak profile). In the periodic steady state
    // the elapsed time of a spell under way has density proportional to the onsets that many
    // days before the start times the chance of lasting that long (and of not leaving
    // meanwhile); drawing it as if onsets were constant gives the wrong remaining lengths, and
    // the first months' shares drift from the renewal equation's.
    SECTION("1 January, nobody leaves") {
        check_first_months_with_long_spells(sim::Date::from_ymd(2023, 1, 1), 0.0, 41);
    }
    SECTION("1 October, leaving at 0.3 a year cutting spells short") {
        check_first_months_with_long_spells(sim::Date::from_ymd(2022, 10, 1), 0.3, 43);
    }
}

TEST_CASE("a quoted absence rate with a winter peak: the annual mean reproduces the rate",
          "[model][absence]") {
    // Quoted 5% with the winter profile, spells mixing short (uniform 1-7 days, 85%) and long
    // (uniform 29-60 days, 15%), leaving at 0.12 a year cutting spells short; a spell over
    // 28 days ends in leaving with probability 0.4. Over a financial year (a whole seasonal
    // cycle) the share of WTE-days lost is the quoted rate, and the base onset rate the model runs
    // on gives 5% in the renewal equation solved here. Ill-health leavers a year per head are
    // the spells starting, the year's mean of a(t) (1 - A(t)), times the chance a spell is over
    // 28 days and runs to its end before any other way out,
    // 0.15 E[exp(-lambda D) | D uniform on 29-60], times 0.4.
    auto g = plain_group("staff", 5000);
    g.leaving.hazard_per_year = 0.12;
    g.absence.rate = 0.05;
    g.absence.spell_days = DurationDistribution::mixture(
        {DurationDistribution::uniform(1.0, 7.0), DurationDistribution::uniform(29.0, 60.0)},
        {0.85, 0.15});
    g.absence.seasonality = kWinterPeak;
    g.absence.long_term_days = 28.0;
    g.absence.long_term_leaving = 0.4;
    const int months = 22;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, months));
    const auto& axis = resolved.axis;
    const double lambda = 0.12 / kDaysPerYear;
    const auto survival = [](double u) {
        return 0.85 * uniform_survival(u, 1.0, 7.0) + 0.15 * uniform_survival(u, 29.0, 60.0);
    };
    std::vector<double> onsets;
    const auto expected = renewal_monthly_shares(
        axis, seasonal_onset(axis, resolved.groups[0].absence_onset_per_day, kWinterPeak), survival,
        lambda, &onsets);
    // Day-weighted means over the first financial year of the run.
    double lost = 0.0, started = 0.0, days = 0.0;
    for (int m = 0; m < 12; ++m) {
        lost += expected[m] * axis.month_length_days(m);
        started += onsets[m] * axis.month_length_days(m);
        days += axis.month_length_days(m);
    }
    INFO("renewal equation: share " << lost / days);
    CHECK(std::abs(lost / days - 0.05) < 2e-4);
    const double long_completes = 0.15 * uniform_laplace(lambda, 29.0, 60.0);
    const double ill_health = started / days * kDaysPerYear * long_completes * 0.4;
    INFO("expected ill-health rate " << resolved.groups[0].expected_ill_health_rate << " against "
                                     << ill_health);
    CHECK(resolved.groups[0].expected_ill_health_rate == Approx(ill_health).epsilon(1e-3));

    std::vector<double> share, ill, january_minus_july;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 16; ++rep) {
        const auto r = model.run(47, rep);
        const auto& layout = model.layout();
        share.push_back(absence_share_over(*r, layout, 0, 12));
        const double mean_headcount = sum_of(*r, layout, "headcount_days", 0, 0, 12) / 365.0;
        ill.push_back(sum_of(*r, layout, "leavers_ill_health", 0, 0, 12) / mean_headcount);
        // January 2024 against July 2023.
        january_minus_july.push_back(absence_share_over(*r, layout, 21, 22) -
                                     absence_share_over(*r, layout, 15, 16));
    }
    const auto e = estimate(share), ih = estimate(ill), d = estimate(january_minus_july);
    INFO("annual share " << e.mean << " +- " << e.se);
    CHECK(std::abs(e.mean - 0.05) < 4 * e.se);
    INFO("ill health " << ih.mean << " +- " << ih.se << " against " << ill_health);
    CHECK(std::abs(ih.mean - ill_health) < 4 * ih.se);
    // Winter above summer in the simulation too, by what the renewal equation gives.
    INFO("January - July " << d.mean << " +- " << d.se << " against "
                           << expected[21] - expected[15]);
    CHECK(d.mean > 4 * d.se);
    CHECK(std::abs(d.mean - (expected[21] - expected[15])) < 4 * d.se);
}

namespace {

// Mixed spells: 75% uniform on [2, 10) days, 25% exponential with mean 60 days.
DurationDistribution mixed_spells() {
    return DurationDistribution::mixture(
        {DurationDistribution::uniform(2.0, 10.0), DurationDistribution::exponential(60.0)},
        {0.75, 0.25});
}
double mixed_laplace(double s) {
    return 0.75 * uniform_laplace(s, 2.0, 10.0) + 0.25 * exponential_laplace(s, 60.0);
}
// g = E[min(D, T)], T ~ Exp(lambda): (1 - E[exp(-lambda D)]) / lambda, or E[D] at lambda = 0.
double mixed_effective_days(double lambda) {
    return lambda > 0.0 ? (1.0 - mixed_laplace(lambda)) / lambda : 0.75 * 6.0 + 0.25 * 60.0;
}

}  // namespace

TEST_CASE("spells start only at work: share a m g / (1 + a m g) in each age band",
          "[model][absence]") {
    // An alternating renewal process per person: at work for Exp(a m) days, absent for D. Its
    // share absent is a m E[D] / (1 + a m E[D]); were spells to start while absent as well, the
    // share would be far higher (a m E[D] = 0.73 in the older band). Ages 20-30 (multiplier 0.5)
    // and 40-50 (1.5), so nobody crosses a multiplier band in the two years; nobody leaves.
    auto g = plain_group("staff", 6000);
    g.age_bands = {{"20_29", 20, 30, 0.5}, {"40_49", 40, 50, 0.5}};
    g.absence.onsets_per_year = 8.0;
    g.absence.spell_days = mixed_spells();
    g.absence.age_multipliers = {{"under_35", 18, 35, 0.5}, {"35_plus", 35, 67, 1.5}};
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 24));
    const double ad = 8.0 / kDaysPerYear * mixed_effective_days(0.0);
    const double expected = 0.5 * (0.5 * ad / (1 + 0.5 * ad)) + 0.5 * (1.5 * ad / (1 + 1.5 * ad));
    const auto xs = collect(resolved, 12, 13, [](const auto& r, const auto& layout) {
        return absence_share_over(r, layout, 0, 24);
    });
    const auto e = estimate(xs);
    INFO("share " << e.mean << " +- " << e.se << " against " << expected);
    CHECK(std::abs(e.mean - expected) < 4 * e.se);
}

TEST_CASE(
    "mixed spells and age multipliers: the quoted rate, and long-term spells ending in "
    "leaving at the expected ill-health rate",
    "[model][absence]") {
    // Quoted 5.5%, mixed spells, onset multipliers 0.6 / 1 / 2 by age, other leaving 0.1 a
    // year; a spell over 28 days ends in leaving with probability 0.3. Computed here:
    //  - the base onset a solving sum_b w_b s(a m_b) = 5.5%, s(x) = x g / (1 + x g),
    //    g = (1 - E[exp(-lambda D)]) / lambda (leaving cuts spells short);
    //  - ill-health leavers a year per head: onsets at work, sum_b w_b a m_b (1 - s(a m_b)),
    //    times E[1{D > 28} exp(-lambda D)] (long, and run to its end before any other way
    //    out) = 0.25 (1/60) / (1/60 + lambda) exp(-(1/60 + lambda) 28), times 0.3.
    auto g = plain_group("staff", 10000);
    g.leaving.hazard_per_year = 0.1;
    g.age_bands = {{"a", 18, 35, 0.4}, {"b", 35, 55, 0.4}, {"c", 55, 67, 0.2}};
    g.absence.rate = 0.055;
    g.absence.spell_days = mixed_spells();
    g.absence.age_multipliers = {{"under_35", 18, 35, 0.6}, {"55_plus", 55, 67, 2.0}};
    g.absence.long_term_days = 28.0;
    g.absence.long_term_leaving = 0.3;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const auto& rates = resolved.groups[0];

    const double lambda = 0.1 / kDaysPerYear;
    const double eff = mixed_effective_days(lambda);
    const std::vector<std::pair<double, double>> bands = {{0.4, 0.6}, {0.4, 1.0}, {0.2, 2.0}};
    auto share_at = [&](double a) {
        double s = 0.0;
        for (const auto& [w, m] : bands) s += w * a * m * eff / (1 + a * m * eff);
        return s;
    };
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 200; ++i) (share_at(0.5 * (lo + hi)) < 0.055 ? lo : hi) = 0.5 * (lo + hi);
    const double a = 0.5 * (lo + hi);
    double onsets_per_day = 0.0;  // per head in post
    for (const auto& [w, m] : bands) {
        const double s = a * m * eff / (1 + a * m * eff);
        onsets_per_day += w * a * m * (1 - s);
    }
    const double long_completes =
        0.25 * (1.0 / 60.0) / (1.0 / 60.0 + lambda) * std::exp(-(1.0 / 60.0 + lambda) * 28.0);
    const double ill_health = onsets_per_day * kDaysPerYear * long_completes * 0.3;
    INFO("onset " << rates.absence_onset_per_day << " against " << a);
    CHECK(rates.absence_onset_per_day == Approx(a).epsilon(1e-9));
    INFO("expected ill-health rate " << rates.expected_ill_health_rate << " against "
                                     << ill_health);
    CHECK(rates.expected_ill_health_rate == Approx(ill_health).epsilon(1e-6));

    std::vector<double> share, ill, other;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 12; ++rep) {
        const auto r = model.run(23, rep);
        const auto& layout = model.layout();
        const double mean_headcount = sum_of(*r, layout, "headcount_days", 0, 0, 12) / 365.0;
        share.push_back(absence_share_over(*r, layout, 0, 12));
        ill.push_back(sum_of(*r, layout, "leavers_ill_health", 0, 0, 12) / mean_headcount);
        other.push_back((sum_of(*r, layout, "leavers", 0, 0, 12) -
                         sum_of(*r, layout, "leavers_ill_health", 0, 0, 12)) /
                        mean_headcount);
    }
    const auto s = estimate(share), ih = estimate(ill), o = estimate(other);
    INFO("share " << s.mean << " +- " << s.se);
    CHECK(std::abs(s.mean - 0.055) < 4 * s.se);
    INFO("ill health " << ih.mean << " +- " << ih.se << " against " << ill_health);
    CHECK(std::abs(ih.mean - ill_health) < 4 * ih.se);
    // The other ways out run at the given hazard: ill health adds to it (hazard given, not
    // turnover).
    INFO("other leavers " << o.mean << " +- " << o.se);
    CHECK(std::abs(o.mean - 0.1) < 4 * o.se);
}
