// Shocks, temporary cover, reservists and pressure feedback. A shock is a dated multiplier known
// from the start, so it applies exactly inside its window and nowhere else, and random numbers
// keyed by person make a run with the shock identical to one without it up to the window.
// Counting-process checks use the compensator: for events at intensity lambda(t) per person,
// the count over a period less the integral of lambda(t) N(t) is a martingale whose variance is
// that integral's expectation, so the tolerance is four times its square root.
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::DurationDistribution;
using models::kDaysPerYear;

namespace {

// Months 12, 13 and 14 of a run starting in April 2022: April to June 2023.
constexpr int kWindowFrom = 12, kWindowTo = 15;

models::ShockSpec window_shock(const std::string& name) {
    models::ShockSpec s;
    s.name = name;
    s.from = sim::Date::from_ymd(2023, 4, 1);
    s.to = sim::Date::from_ymd(2023, 7, 1);
    return s;
}

double in_window(int month, double factor) {
    return month >= kWindowFrom && month < kWindowTo ? factor : 1.0;
}

// Every metric of every unit is bit-identical in months [0, until) between two runs of the same
// seed and replication; returns the number of values compared.
int check_identical_before(const models::ResolvedScenario& a, const models::ResolvedScenario& b,
                           std::uint64_t seed, int until) {
    models::WorkforceModel ma(a), mb(b);
    const auto ra = ma.run(seed, 0);
    const auto rb = mb.run(seed, 0);
    const auto& la = ma.layout();
    const auto& lb = mb.layout();
    REQUIRE(la.units.size() == lb.units.size());
    int compared = 0;
    for (std::size_t metric = 0; metric < la.metrics.size(); ++metric) {
        const int other = lb.metric_index(la.metrics[metric].name);
        if (other < 0) continue;
        for (int m = 0; m < until; ++m)
            for (int u = 0; u < static_cast<int>(la.units.size()); ++u) {
                const double x = value(*ra, la, static_cast<int>(metric), m, u);
                const double y = value(*rb, lb, other, m, u);
                if (std::isnan(x) && std::isnan(y)) continue;
                INFO(la.metrics[metric].name << " month " << m << " unit " << u);
                REQUIRE(x == y);
                ++compared;
            }
    }
    return compared;
}

}  // namespace

TEST_CASE("a leaving shock of 3 in months 12-14: leavers per head-day 3x inside, 1x outside",
          "[model][shocks]") {
    // Hazard b = 0.2 a year, no first-year or age effect: E[leavers in month m | path] =
    // b x shock_m x head-days_m. Vacancies are refilled, so head-days stay near 20000 a day.
    auto g = plain_group("staff", 20000);
    g.leaving.hazard_per_year = 0.2;
    auto shocked = one_group_scenario(g, 24);
    auto shock = window_shock("wave");
    shock.leaving = 3.0;
    shocked.shocks.push_back(shock);
    const auto base = models::resolve_scenario(one_group_scenario(g, 24));
    const auto resolved = models::resolve_scenario(shocked);

    models::WorkforceModel model(resolved);
    const auto r = model.run(41, 0);
    const auto& layout = model.layout();
    const double b = 0.2 / kDaysPerYear;
    for (int m = 0; m < 24; ++m) {
        const double expected =
            b * in_window(m, 3.0) * sum_of(*r, layout, "headcount_days", 0, m, m + 1);
        const double leavers = sum_of(*r, layout, "leavers", 0, m, m + 1);
        INFO("month " << m << ": " << leavers << " leavers against " << expected);
        CHECK(std::abs(leavers - expected) < 4 * std::sqrt(expected));
    }
    // The same seed without the shock: identical up to the window, different inside it.
    CHECK(check_identical_before(resolved, base, 41, kWindowFrom) > 0);
    models::WorkforceModel plain(base);
    const auto p = plain.run(41, 0);
    CHECK(sum_of(*p, plain.layout(), "leavers", 0, kWindowFrom, kWindowFrom + 1) !=
          sum_of(*r, layout, "leavers", 0, kWindowFrom, kWindowFrom + 1));
}

TEST_CASE("an absence-onset shock of 2.5 in months 12-14 moves the share as the ODE says",
          "[model][shocks]") {
    // Exponential spells (mean d = 10 days) and onsets a = 3 a year at work, nobody leaving: the
    // share absent solves A' = a s(t) (1 - A) - A / d, piecewise constant in s, so each month's
    // mean has a closed form. The run starts at the equilibrium a d / (1 + a d).
    const double a = 3.0 / kDaysPerYear, d = 10.0;
    auto g = plain_group("staff", 3000);
    g.absence.onsets_per_year = 3.0;
    g.absence.spell_days = DurationDistribution::exponential(d);
    auto shocked = one_group_scenario(g, 20);
    auto shock = window_shock("flu");
    shock.absence_onset = 2.5;
    shocked.shocks.push_back(shock);
    const auto resolved = models::resolve_scenario(shocked);
    const auto& axis = resolved.axis;

    std::vector<double> expected;
    double level = a * d / (1 + a * d);
    for (int m = 0; m < 20; ++m) {
        const double rate = a * in_window(m, 2.5), len = axis.month_length_days(m);
        const double kappa = rate + 1.0 / d, target = rate / kappa;
        const double decay = std::exp(-kappa * len);
        expected.push_back(target + (level - target) * (1.0 - decay) / (kappa * len));
        level = target + (level - target) * decay;
    }
    const int replications = 24;
    std::vector<std::vector<double>> shares(20);
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < replications; ++rep) {
        const auto r = model.run(43, rep);
        for (int m = 0; m < 20; ++m)
            shares[m].push_back(sum_of(*r, model.layout(), "absence_wte_days", 0, m, m + 1) /
                                sum_of(*r, model.layout(), "wte_days", 0, m, m + 1));
    }
    for (int m = 0; m < 20; ++m) {
        const auto e = estimate(shares[m]);
        INFO("month " << m << ": " << e.mean << " +- " << e.se << " against " << expected[m]);
        CHECK(std::abs(e.mean - expected[m]) < 4 * e.se);
    }
    CHECK(check_identical_before(resolved, models::resolve_scenario(one_group_scenario(g, 20)), 43,
                                 kWindowFrom) > 0);
}

TEST_CASE("a recruitment shock of 3 in months 12-14 triples the rate vacancies find candidates",
          "[model][shocks]") {
    // A vacancy waits Exp(1 / w) for a candidate (w from Little's law for the quoted vacancy
    // rate), then starts 0.01 days later. With a whole-number establishment and one WTE per
    // head, establishment WTE-days less WTE-days is the integral of vacant posts (those in the
    // 0.01-day pipeline are negligible), so E[joiners_m | path] = shock_m / w x that integral.
    auto g = plain_group("staff", 30000);
    g.leaving.hazard_per_year = 0.2;
    g.vacancy_rate = 0.0318;
    g.establishment_wte = 31000;
    g.recruitment.time_to_hire = DurationDistribution::fixed(0.01);
    auto shocked = one_group_scenario(g, 24);
    auto shock = window_shock("campaign");
    shock.recruitment = 3.0;
    shocked.shocks.push_back(shock);
    const auto resolved = models::resolve_scenario(shocked);
    const double w = resolved.groups[0].search_mean_days;
    REQUIRE(w > 30.0);

    models::WorkforceModel model(resolved);
    const auto r = model.run(53, 0);
    const auto& layout = model.layout();
    for (int m = 0; m < 24; ++m) {
        const double vacant_days = sum_of(*r, layout, "establishment_wte_days", 0, m, m + 1) -
                                   sum_of(*r, layout, "wte_days", 0, m, m + 1);
        const double expected = in_window(m, 3.0) / w * vacant_days;
        const double joiners = sum_of(*r, layout, "joiners", 0, m, m + 1);
        INFO("month " << m << ": " << joiners << " joiners against " << expected);
        CHECK(std::abs(joiners - expected) < 4 * std::sqrt(expected));
    }
    CHECK(check_identical_before(resolved, models::resolve_scenario(one_group_scenario(g, 24)), 53,
                                 kWindowFrom) > 0);
}

TEST_CASE("programme volume shocks: international cohorts and training intakes scale exactly",
          "[model][shocks]") {
    // 1,200 international recruits a year in monthly cohorts of 100, doubled in the window;
    // a training intake of 120 in May, halved when May falls in the window (May 2023).
    auto g = plain_group("staff", 5000);
    g.leaving.hazard_per_year = 0.1;
    auto s = one_group_scenario(g, 24);
    models::InternationalProgramme intl;
    intl.name = "overseas";
    intl.group = "staff";
    intl.per_year = 1200;
    intl.recruit_months = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    intl.cost_per_recruit = 7000;
    s.international.push_back(intl);
    models::TrainingProgramme training;
    training.name = "degree";
    training.to_group = "staff";
    training.intake_per_year = 120;
    training.intake_month = 5;
    s.training.push_back(training);
    const auto base = models::resolve_scenario(s);
    auto shock = window_shock("drive");
    shock.international = 2.0;
    shock.training = 0.5;
    s.shocks.push_back(shock);
    const auto resolved = models::resolve_scenario(s);

    models::WorkforceModel model(resolved);
    const auto r = model.run(59, 0);
    const auto& layout = model.layout();
    for (int m = 0; m < 24; ++m) {
        INFO("month " << m);
        CHECK(sum_of(*r, layout, "international_recruits", 0, m, m + 1) ==
              100.0 * in_window(m, 2.0));
        CHECK(sum_of(*r, layout, "international_cost", 0, m, m + 1) ==
              7000.0 * 100.0 * in_window(m, 2.0));
        const bool may = resolved.axis.month_date(m).ymd().month == 5;
        CHECK(sum_of(*r, layout, "training_starts", 0, m, m + 1) ==
              (may ? 120.0 * in_window(m, 0.5) : 0.0));
    }
    CHECK(check_identical_before(resolved, base, 59, kWindowFrom) > 0);
}

namespace {

// The documented gap of a month: vacant WTE-days plus WTE-days lost to sickness and industrial
// action.
double cover_gap(const models::ReplicationResult& r, const models::ResultLayout& layout, int unit,
                 int m) {
    const double unavailable = sum_of(r, layout, "unavailable_wte_days", unit, m, m + 1);
    return std::max(0.0, sum_of(r, layout, "establishment_wte_days", unit, m, m + 1) -
                             sum_of(r, layout, "wte_days", unit, m, m + 1)) +
           sum_of(r, layout, "absence_wte_days", unit, m, m + 1) + std::max(0.0, unavailable);
}

}  // namespace

TEST_CASE(
    "temporary cover fills its fraction of the gap at its cost; reservists only in their "
    "shocks, bounded by the pool",
    "[model][cover]") {
    // Nurses (NHS) and carers (social care), each with bank and agency cover. A strike (10% of
    // staff unavailable, months 6-7) hits nurses only; a surge raises absence everywhere from
    // 16 April to 10 July 2023, and 40 reservists at 0.5 WTE are deployed to nurses during it.
    auto nurses = plain_group("nurses", 2000);
    nurses.leaving.hazard_per_year.reset();
    nurses.leaving.turnover = 0.12;
    nurses.vacancy_rate = 0.1;
    nurses.absence.rate = 0.05;
    nurses.temporary_cover = {0.3, 0.2, 180.0, 420.0};
    auto carers = plain_group("carers", 1500);
    carers.sector = "social_care";
    carers.leaving.hazard_per_year.reset();
    carers.leaving.turnover = 0.25;
    carers.vacancy_rate = 0.08;
    carers.absence.rate = 0.04;
    carers.temporary_cover = {0.5, 0.0, 120.0, 0.0};
    auto s = one_group_scenario(nurses, 20);
    s.groups.push_back(carers);
    models::ShockSpec strike;
    strike.name = "strike";
    strike.from = sim::Date::from_ymd(2022, 10, 1);
    strike.to = sim::Date::from_ymd(2022, 12, 1);
    strike.groups = {"nurses"};
    strike.unavailable = 0.1;
    models::ShockSpec surge;
    surge.name = "surge";
    surge.from = sim::Date::from_ymd(2023, 4, 16);
    surge.to = sim::Date::from_ymd(2023, 7, 10);
    surge.absence_onset = 1.5;
    s.shocks = {strike, surge};
    s.reservists.push_back({"returners", "nurses", 40, 0.5, {"surge"}});
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    const double surge_from = axis.day_of(surge.from), surge_to = axis.day_of(surge.to);

    models::WorkforceModel model(resolved);
    const auto r = model.run(61, 0);
    const auto& layout = model.layout();
    const auto& units = layout.units;
    REQUIRE(units.size() == 5);  // 2 groups, 2 sectors, total
    for (int m = 0; m < 20; ++m) {
        const double from = axis.month_start_day(m), to = axis.month_start_day(m + 1);
        const double len = to - from;
        for (int gi = 0; gi < 2; ++gi) {
            const auto& spec = s.groups[gi].temporary_cover;
            INFO("month " << m << " group " << gi);
            const double gap = cover_gap(*r, layout, gi, m);
            const double bank = sum_of(*r, layout, "bank_wte_days", gi, m, m + 1);
            const double agency = sum_of(*r, layout, "agency_wte_days", gi, m, m + 1);
            CHECK(bank == Approx(spec.bank_fill * gap).epsilon(1e-12));
            CHECK(agency == Approx(spec.agency_fill * gap).epsilon(1e-12).margin(1e-9));
            CHECK(sum_of(*r, layout, "temporary_cost", gi, m, m + 1) ==
                  Approx(bank * spec.bank_cost_per_wte_day + agency * spec.agency_cost_per_wte_day)
                      .epsilon(1e-12));
            // Industrial action: 10% of nurses' WTE-days in the strike months, none otherwise.
            const double striking = gi == 0 && (m == 6 || m == 7) ? 0.1 : 0.0;
            CHECK(sum_of(*r, layout, "unavailable_wte_days", gi, m, m + 1) ==
                  Approx(striking * sum_of(*r, layout, "wte_days", gi, m, m + 1))
                      .epsilon(1e-12)
                      .margin(1e-9));
            // Reservists: 20 WTE for the surge days in the month, at most what bank and agency
            // leave of the gap; nothing outside the surge (the strike included), none for carers.
            const double overlap =
                std::max(0.0, std::min(surge_to, to) - std::max(surge_from, from));
            const double pool = gi == 0 ? 20.0 * overlap : 0.0;
            const double reservists = sum_of(*r, layout, "reservist_wte_days", gi, m, m + 1);
            CHECK(reservists == Approx(std::min(pool, gap - bank - agency)).margin(1e-9));
            CHECK(reservists <= 20.0 * len);
            if (overlap == 0.0 || gi == 1) CHECK(reservists == 0.0);
            // Stocks: vacancies are establishment less WTE in post.
            CHECK(sum_of(*r, layout, "vacancies_wte", gi, m, m + 1) ==
                  Approx(sum_of(*r, layout, "establishment_wte", gi, m, m + 1) -
                         sum_of(*r, layout, "wte", gi, m, m + 1))
                      .margin(1e-9));
        }
        // Nurses' gap left after bank and agency is far above the pool: the pool binds.
        if (m >= 12 && m <= 15) {
            const double overlap =
                std::max(0.0, std::min(surge_to, to) - std::max(surge_from, from));
            CHECK(overlap > 0.0);
            CHECK(sum_of(*r, layout, "reservist_wte_days", 0, m, m + 1) ==
                  Approx(20.0 * overlap).epsilon(1e-12));
        }
        // Sectors and the total are sums of the groups, metric by metric.
        for (const auto& metric : layout.metrics) {
            INFO(metric.name << " month " << m);
            const double a = sum_of(*r, layout, metric.name, 0, m, m + 1);
            const double b = sum_of(*r, layout, metric.name, 1, m, m + 1);
            if (std::isnan(a)) continue;
            CHECK(sum_of(*r, layout, metric.name, units.sector_of_group[0], m, m + 1) == a);
            CHECK(sum_of(*r, layout, metric.name, units.sector_of_group[1], m, m + 1) == b);
            CHECK(sum_of(*r, layout, metric.name, units.total_unit(), m, m + 1) == a + b);
        }
    }
}

TEST_CASE("pressure feedback is off by default and changes nothing when it cannot act",
          "[model][shocks]") {
    auto g = plain_group("staff", 4000);
    g.leaving.hazard_per_year = 0.15;
    g.vacancy_rate = 0.2;
    g.absence.rate = 0.06;
    const auto plain = one_group_scenario(g, 12);
    CHECK_FALSE(plain.feedback.has_value());
    CHECK_FALSE(models::resolve_scenario(plain).feedback.has_value());
    // A feedback block whose multiplier may not exceed 1 is the run without one, value for
    // value (no thinning, no draw spent), although vacancy and absence are above thresholds.
    auto capped = plain;
    capped.feedback = models::FeedbackSpec{};
    capped.feedback->max_multiplier = 1.0;
    CHECK(check_identical_before(models::resolve_scenario(capped), models::resolve_scenario(plain),
                                 67, 12) > 0);
}

TEST_CASE("pressure feedback: leaving rises with last month's vacancy rate, up to the cap",
          "[model][shocks]") {
    // Nobody is hired, so vacancies grow as staff leave. Each month the leaving hazard is
    // b x min(cap, 1 + 0.05 x percentage points of vacancy above 10%), the vacancy rate being
    // last month's 1 - WTE-days / establishment WTE-days (1 in the first month). Group "low"
    // starts at 11% vacant (below the cap for most of the run), "high" at 33% (1 + 0.05 x 23 =
    // 2.15, capped at 1.6). E[leavers_m | path] = b x multiplier_m x head-days_m.
    auto low = plain_group("low", 20000);
    low.leaving.hazard_per_year = 0.15;
    low.recruitment.hires_per_year = 0.0;
    low.establishment_wte = 22500;
    auto high = low;
    high.name = "high";
    high.establishment_wte = 30000;
    auto s = one_group_scenario(low, 12);
    s.groups.push_back(high);
    models::FeedbackSpec f;
    f.vacancy_threshold = 0.10;
    f.leaving_per_vacancy_point = 0.05;
    f.absence_per_absence_point = 0.0;
    f.max_multiplier = 1.6;
    s.feedback = f;
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto r = model.run(71, 0);
    const auto& layout = model.layout();
    const double b = 0.15 / kDaysPerYear;
    bool below_cap = false, capped = false;
    for (int gi = 0; gi < 2; ++gi) {
        double multiplier = 1.0;
        for (int m = 0; m < 12; ++m) {
            const double expected =
                b * multiplier * sum_of(*r, layout, "headcount_days", gi, m, m + 1);
            const double leavers = sum_of(*r, layout, "leavers", gi, m, m + 1);
            INFO("group " << gi << " month " << m << ": multiplier " << multiplier << ", "
                          << leavers << " leavers against " << expected);
            CHECK(std::abs(leavers - expected) < 4 * std::sqrt(expected));
            const double vacancy =
                1.0 - sum_of(*r, layout, "wte_days", gi, m, m + 1) /
                          sum_of(*r, layout, "establishment_wte_days", gi, m, m + 1);
            const double uncapped = 1.0 + 0.05 * 100.0 * std::max(0.0, vacancy - 0.10);
            below_cap |= m > 0 && multiplier > 1.05 && multiplier < 1.6;
            capped |= uncapped > 1.6 + 0.2;
            multiplier = std::min(1.6, uncapped);
        }
    }
    CHECK(below_cap);
    CHECK(capped);
}
