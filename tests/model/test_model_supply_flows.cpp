// Supply into a group: international recruitment (volumes, drop-out, pipeline delay, caps and
// dated policy changes, cost, recruits' leaving), the domestic labour pool, the WTE and ages of
// hires, and the establishment over time. Each test names the exact or analytic result it checks;
// tolerances are four standard errors of the stated sampling distribution.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/metrics/derived_metrics.hpp"
#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::kDaysPerYear;

namespace {

using Result = models::ReplicationResult;
using Layout = models::ResultLayout;

double at(const Result& r, const Layout& layout, const std::string& name, int month, int unit = 0) {
    return sum_of(r, layout, name, unit, month, month + 1);
}

// Four standard deviations of a Binomial(n, p) count.
double four_sd(double n, double p) {
    return 4.0 * std::sqrt(n * p * (1.0 - p));
}

// A group nobody leaves, with every post filled: only the flows under test move it.
models::GroupSpec still_group(const std::string& name, double headcount) {
    return plain_group(name, headcount);
}

models::InternationalProgramme programme(const std::string& group, double per_year) {
    models::InternationalProgramme p;
    p.name = "overseas";
    p.group = group;
    p.per_year = per_year;
    return p;
}

// Lognormal CDF with the mean and sd of DurationDistribution::lognormal.
double lognormal_cdf(double x, double mean, double sd) {
    const double s2 = std::log1p(sd * sd / (mean * mean));
    const double mu = std::log(mean) - 0.5 * s2;
    return 0.5 * std::erfc(-(std::log(x) - mu) / std::sqrt(2.0 * s2));
}

}  // namespace

TEST_CASE(
    "international: a fixed pipeline delivers planned x (1 - drop-out) exactly pipeline "
    "days later",
    "[model][supply]") {
    // 2,400 a year in April and October cohorts: exactly 1,200 offers each. A fixed pipeline of
    // 200 days puts every arrival of a cohort recruited on the 1st of month k in one month
    // (April 1 + 200 days = October 18; October 1 + 200 = April 19). The October 2021 cohort,
    // recruited before the run, is still in the pipeline at the start and arrives in month 0.
    // Arrivals of a cohort ~ Binomial(1200, 1 - 0.2).
    auto s = one_group_scenario(still_group("nurses", 1000), 24);
    auto p = programme("nurses", 2400);
    p.pipeline_days = models::DurationDistribution::fixed(200);
    p.dropout = 0.2;
    p.cost_per_recruit = 9500;
    s.international.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    models::WorkforceModel model(resolved);
    const auto r = model.run(41, 0);
    const auto& layout = model.layout();

    std::vector<int> arrival_months;
    for (int m : {0, 6, 12, 18}) {
        const int day = axis.month_start_day(m) + 200;
        if (day < axis.horizon_days()) arrival_months.push_back(axis.month_of_day(day));
    }
    arrival_months.insert(arrival_months.begin(), 0);  // the cohort recruited in October 2021
    REQUIRE(arrival_months == std::vector<int>{0, 6, 12, 18});
    double arrivals = 0.0;
    for (int m = 0; m < 24; ++m) {
        const bool recruiting = m % 6 == 0;
        INFO("month " << m);
        // Offers and their cost are exact: 1,200 per cohort, each costing 9,500.
        CHECK(at(*r, layout, "international_recruits", m) == (recruiting ? 1200.0 : 0.0));
        CHECK(at(*r, layout, "international_cost", m) ==
              at(*r, layout, "international_recruits", m) * 9500.0);
        const double joined = at(*r, layout, "joiners_international", m);
        arrivals += joined;
        if (std::find(arrival_months.begin(), arrival_months.end(), m) == arrival_months.end()) {
            CHECK(joined == 0.0);
        } else {
            CHECK(std::abs(joined - 1200 * 0.8) < four_sd(1200, 0.8));
        }
        // Nobody leaves and every post was filled: headcount is the start plus arrivals.
        CHECK(value(*r, layout, models::kHeadcount, m, 0) == 1000 + arrivals);
    }
    // Every joiner came by the international route.
    CHECK(sum_of(*r, layout, "joiners", 0, 0, 24) == arrivals);
}

TEST_CASE("international: a distributed pipeline spreads arrivals by its distribution",
          "[model][supply]") {
    // One April cohort of 20,000 (no cohorts before the run, no drop-out), pipeline lognormal
    // with mean 150 and sd 40 days: the arrivals in month m ~ Binomial(20000, F(end) - F(start))
    // with F the lognormal CDF at the month's bounds in days since recruitment.
    auto s = one_group_scenario(still_group("nurses", 100), 12);
    auto p = programme("nurses", 20000);
    p.recruit_months = {4};
    p.pipeline_days = models::DurationDistribution::lognormal(150, 40);
    p.from = s.start;
    s.international.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    models::WorkforceModel model(resolved);
    const auto r = model.run(42, 0);
    const auto& layout = model.layout();
    double total = 0.0;
    for (int m = 0; m < 12; ++m) {
        const double lo = axis.month_start_day(m), hi = axis.month_start_day(m + 1);
        // F(0) = 0: nobody arrives at the moment of recruitment.
        const double prob = lognormal_cdf(hi, 150, 40) - lognormal_cdf(lo, 150, 40);
        const double joined = at(*r, layout, "joiners_international", m);
        total += joined;
        INFO("month " << m << ": " << joined << " against " << 20000 * prob);
        CHECK(std::abs(joined - 20000 * prob) <= std::max(four_sd(20000, prob), 1e-9));
    }
    // Those still on their way at the end are the pipeline stock.
    CHECK(total + at(*r, layout, "international_pipeline", 11) == 20000);
}

TEST_CASE("international: caps, dated policy changes and fractional cohorts", "[model][supply]") {
    // Planned 801 a year, capped at 601: 300.5 per cohort, so each cohort is 300 or 301 (floor
    // plus a Bernoulli(0.5)). From April 2023 an ethical-recruitment cap of 100 a year and a
    // higher cost; from April 2024 a ban (cap 0). Recruits: exactly min(plan, cap) / 2 a cohort.
    auto s = one_group_scenario(still_group("nurses", 500), 36);
    auto p = programme("nurses", 801);
    p.cap_per_year = 601;
    p.cost_per_recruit = 8000;
    p.pipeline_days = models::DurationDistribution::fixed(60);
    models::InternationalPolicyChange ban;
    ban.name = "ban";
    ban.from = sim::Date::from_ymd(2024, 4, 1);
    ban.cap_per_year = 0;
    models::InternationalPolicyChange cap;
    cap.name = "ethical_cap";
    cap.from = sim::Date::from_ymd(2023, 4, 1);
    cap.cap_per_year = 100;
    cap.cost_per_recruit = 12000;
    p.changes = {ban, cap};  // given out of date order: applied by date
    s.international.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    std::vector<double> fractional;
    for (int rep = 0; rep < 25; ++rep) {
        const auto r = model.run(43, rep);
        const auto& layout = model.layout();
        for (int m = 0; m < 36; ++m) {
            const double recruits = at(*r, layout, "international_recruits", m);
            const double cost = at(*r, layout, "international_cost", m);
            INFO("replication " << rep << ", month " << m);
            if (m % 6 != 0) {
                CHECK(recruits == 0.0);
            } else if (m < 12) {
                CHECK((recruits == 300.0 || recruits == 301.0));
                CHECK(cost == recruits * 8000.0);
                fractional.push_back(recruits - 300.0);
            } else if (m < 24) {
                CHECK(recruits == 50.0);
                CHECK(cost == 50.0 * 12000.0);
            } else {
                CHECK(recruits == 0.0);
                CHECK(cost == 0.0);
            }
        }
        // Nobody arrives later than 60 days after the last cohort before the ban.
        CHECK(sum_of(*r, layout, "joiners_international", 0, 21, 36) == 0.0);
    }
    // The extra recruit of a cohort is a Bernoulli(0.5): mean 0.5 within 4 standard errors.
    const auto e = estimate(fractional);
    CHECK(std::abs(e.mean - 0.5) < 4.0 * std::sqrt(0.25 / fractional.size()));
}

TEST_CASE("international: recruits leave at leaving_multiplier times the group's hazard",
          "[model][supply]") {
    // A closed group of one (hazard 0.2 a year, first year x2) receives one cohort of 5,000
    // recruits, all arriving on day 31, with leaving_multiplier 1.5. A recruit's hazard is
    // 0.2 x 2 x 1.5 = 0.6 a year until their first anniversary and 0.3 after, so survival to
    // t years after arrival is exp(-0.6 t) for t <= 1 and exp(-0.6 - 0.3 (t - 1)) after.
    // Recruits still in post at a month end ~ Binomial(5000, S(t)); the one initial member adds
    // at most 1.
    auto g = still_group("nurses", 1);
    g.leaving.hazard_per_year = 0.2;
    g.leaving.first_year_multiplier = 2.0;
    g.recruitment.hires_per_year = 0.0;  // nobody refills: the cohort only shrinks
    auto s = one_group_scenario(g, 24);
    auto p = programme("nurses", 5000);
    p.recruit_months = {4};
    p.pipeline_days = models::DurationDistribution::fixed(31);
    p.leaving_multiplier = 1.5;
    p.from = s.start;
    p.to = sim::Date::from_ymd(2022, 5, 1);
    s.international.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    models::WorkforceModel model(resolved);
    const auto r = model.run(44, 0);
    const auto& layout = model.layout();
    REQUIRE(sum_of(*r, layout, "joiners_international", 0, 0, 24) == 5000);
    for (int m : {3, 6, 11, 12, 18, 23}) {
        const double t = (axis.month_start_day(m + 1) - 31.0) / kDaysPerYear;
        const double survival = t <= 1.0 ? std::exp(-0.6 * t) : std::exp(-0.6 - 0.3 * (t - 1.0));
        const double headcount = value(*r, layout, models::kHeadcount, m, 0);
        INFO("month " << m << ": " << headcount << " against " << 5000 * survival);
        CHECK(std::abs(headcount - 5000 * survival) < four_sd(5000, survival) + 1.0);
    }
}

TEST_CASE("international_joiner_share is joiners_international / joiners, monthly and yearly",
          "[model][supply]") {
    auto g = plain_group("nurses", 2000);
    g.leaving.hazard_per_year = 0.15;
    g.vacancy_rate = 0.1;
    auto s = one_group_scenario(g, 24);
    // Half the 300 leavers a year replaced from abroad (all of them would leave hiring nothing
    // to do, and the quoted vacancy rate could not be the equilibrium).
    auto p = programme("nurses", 150);
    p.pipeline_days = models::DurationDistribution::fixed(60);
    s.international.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto r = model.run(45, 0);
    const auto& layout = model.layout();
    const auto infos = models::derived_metric_infos(layout);
    int share = -1;
    for (std::size_t i = 0; i < infos.size(); ++i)
        if (infos[i].name == "international_joiner_share") share = static_cast<int>(i);
    REQUIRE(share >= 0);
    const int units = layout.units.size();
    const auto monthly = models::derive_monthly(layout, resolved.axis, r->values.data());
    const auto fy = models::financial_year_values(layout, resolved.axis, r->values.data());
    const auto yearly = models::derive_financial_years(layout, resolved.axis, fy.data());
    const int nfy = static_cast<int>(resolved.axis.financial_years().size());
    REQUIRE(nfy == 2);
    const int joiners = layout.metric_index("joiners");
    const int international = layout.metric_index("joiners_international");
    for (int u = 0; u < units; ++u) {
        for (int m = 0; m < 24; ++m) {
            INFO("unit " << u << ", month " << m);
            // Joiners are the sum of their routes (domestic and international here).
            const double all = value(*r, layout, joiners, m, u);
            CHECK(all == value(*r, layout, layout.metric_index("joiners_domestic"), m, u) +
                             value(*r, layout, international, m, u));
            REQUIRE(all > 0);
            CHECK(monthly[(static_cast<std::size_t>(share) * 24 + m) * units + u] ==
                  value(*r, layout, international, m, u) / all);
        }
        for (int f = 0; f < nfy; ++f) {
            const auto cell = [&](int metric) {
                return fy[(static_cast<std::size_t>(metric) * nfy + f) * units + u];
            };
            CHECK(yearly[(static_cast<std::size_t>(share) * nfy + f) * units + u] ==
                  cell(international) / cell(joiners));
            CHECK(cell(international) ==
                  sum_of(*r, layout, "joiners_international", u, 12 * f, 12 * f + 12));
        }
    }
    // 150 a year arrive (no drop-out): exactly 75 in each of the months after the cohorts.
    CHECK(sum_of(*r, layout, "joiners_international", 0, 0, 24) == 300);
}

TEST_CASE(
    "labour pool: offers in a financial year never exceed the pool; the newly qualified "
    "cohort arrives in its month",
    "[model][supply]") {
    // Leavers (hazard 0.4 a year from 3,000) far outnumber the pool: 120 experienced a year (10
    // at the start of each month), 40 newly qualified and 60 of 100 local graduates as a
    // September cohort. Vacancies queue for candidates, so each month's refill is taken at the
    // start of the month and those hires start exactly 30 days later (the fixed time to hire):
    // the domestic joiners of a month are exactly the refills of the months whose first day
    // + 30 falls in it. Offers of a financial year are at most (here exactly) the year's pool,
    // 120 + 40 + 60 = 220; the pool never carries over.
    auto g = plain_group("nurses", 3000);
    g.leaving.hazard_per_year = 0.4;
    g.vacancy_rate = 0.15;
    g.age_bands = {{"25_34", 25, 35, 1.0}};
    g.recruitment.time_to_hire = models::DurationDistribution::fixed(30);
    models::LabourPoolSpec pool;
    pool.experienced_per_year = 120;
    pool.newly_qualified_per_year = 40;
    pool.newly_qualified_month = 9;
    // Newly qualified hires alone are 55 or over, so the over-55 count identifies them.
    pool.newly_qualified_age_bands = {{"55_plus", 55, 67, 1.0}};
    g.recruitment.labour_pool = pool;
    auto s = one_group_scenario(g, 26);
    models::GraduateCohort graduates;
    graduates.name = "local_university";
    graduates.group = "nurses";
    graduates.per_year = 100;
    graduates.local_retention = 0.6;
    s.graduates.push_back(graduates);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto r = model.run(46, 0);
    const auto& layout = model.layout();
    // The pool binds: at every month end more vacancies wait than the next refill brings.
    for (int m = 0; m < 25; ++m)
        REQUIRE(at(*r, layout, "waiting_for_candidates", m) >= (m % 12 == 4 ? 110 : 10));
    // Month 0's pool is taken as vacancies find candidates during April (days 0-29), so those
    // hires start in May like those made on 1 May would; from May on, offers are at month starts.
    const auto& axis = resolved.axis;
    std::vector<double> expected(26, 0.0);
    for (int k = 0; k < 26; ++k) {
        const double refill = 10.0 + (k % 12 == 5 ? 100.0 : 0.0);
        const int day = axis.month_start_day(k) + 30;
        if (day < axis.horizon_days()) expected[axis.month_of_day(day)] += refill;
    }
    for (int m = 1; m < 26; ++m) {
        INFO("month " << m);
        CHECK(at(*r, layout, "joiners_domestic", m) == expected[m]);
    }
    // Nobody is 55 or over until the newly qualified start in October (month 6); then the 100
    // of them, less those who left in their first month (Poisson, mean < 100 x 0.4 x 31/365.25).
    for (int m = 0; m < 6; ++m) CHECK(value(*r, layout, models::kOver55, m, 0) == 0.0);
    const double nq = value(*r, layout, models::kOver55, 6, 0);
    const double left = 100 * 0.4 * 31 / kDaysPerYear;
    CHECK(nq <= 100.0);
    CHECK(nq >= 100.0 - left - 4 * std::sqrt(left));
    // With hires capped far below leavers, vacancies rise from the quoted 15%.
    const double vacancy_rate = value(*r, layout, models::kVacanciesWte, 25, 0) /
                                value(*r, layout, models::kEstablishmentWte, 25, 0);
    CHECK(vacancy_rate > 0.4);
}

TEST_CASE("labour pool: posts refilled without a search wait for the pool too", "[model][supply]") {
    // No vacancy rate, so a vacancy looks for no time before its candidate is found. With an
    // empty pool no one is hired at all: every leaver's post waits for a candidate.
    auto g = plain_group("nurses", 1000);
    g.leaving.hazard_per_year = 0.3;
    g.establishment_wte = 1000;
    g.recruitment.time_to_hire = models::DurationDistribution::fixed(30);
    models::LabourPoolSpec pool;
    pool.experienced_per_year = 0;
    g.recruitment.labour_pool = pool;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    models::WorkforceModel model(resolved);
    const auto r = model.run(47, 0);
    const auto& layout = model.layout();
    const double leavers = sum_of(*r, layout, "leavers", 0, 0, 12);
    REQUIRE(leavers > 100);
    CHECK(sum_of(*r, layout, "joiners", 0, 0, 12) == 0.0);
    CHECK(at(*r, layout, "waiting_for_candidates", 11) == leavers);
}

TEST_CASE("hires take their WTE from hire_wte and their ages from the hire age bands",
          "[model][supply]") {
    // 100 staff aged 35-44 and 2,000 WTE vacant, each vacancy part-way through a fixed 30-day
    // time to hire: every hire starts in April. Hire WTE {1.0: 50%, 0.6: 30%, 0.4: 20%}: mean
    // mu = 0.76, variance s2 = 0.0624 a hire. Posts are WTE: vacancies are advertised for hires
    // of their own WTE until what is left is less than a hire (rounded up with its chance), so
    // the WTE in post is 2,100 within 1, and the hires are a renewal count, mean 2000 / mu and
    // variance 2000 s2 / mu^3. Hire ages 30% 55 or over: those ~ Binomial(hires, 0.3).
    auto g = plain_group("staff", 100);
    g.age_bands = {{"35_44", 35, 45, 1.0}};
    g.establishment_wte = 2100;
    g.recruitment.time_to_hire = models::DurationDistribution::fixed(30);
    g.recruitment.hire_wte = {{1.0, 0.5}, {0.6, 0.3}, {0.4, 0.2}};
    g.recruitment.hire_age_bands = {{"25_34", 25, 35, 0.7}, {"55_plus", 55, 67, 0.3}};
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 2));
    models::WorkforceModel model(resolved);
    const auto r = model.run(48, 0);
    const auto& layout = model.layout();
    const double mu = 0.76, s2 = 0.0624;
    const double hires = at(*r, layout, "joiners", 0);
    CHECK(std::abs(hires - 2000 / mu) < 4 * std::sqrt(2000 * s2 / (mu * mu * mu)));
    REQUIRE(value(*r, layout, models::kHeadcount, 0, 0) == 100 + hires);
    const double hire_wte = value(*r, layout, models::kWte, 0, 0) - 100;
    CHECK(std::abs(hire_wte - 2000) < 1.0);
    // The mean WTE of the hires, against mu, within 4 standard errors.
    CHECK(std::abs(hire_wte / hires - mu) < 4 * std::sqrt(s2 / hires));
    CHECK(std::abs(value(*r, layout, models::kOver55, 0, 0) - 0.3 * hires) < four_sd(hires, 0.3));
    CHECK(value(*r, layout, models::kVacanciesWte, 0, 0) == Approx(2000 - hire_wte));
}

TEST_CASE("establishment: growth, growth by year and WTE by year each financial year",
          "[model][supply]") {
    // From 1,000 WTE on 1 April 2022: +2% a year, +5% in 2024/25, 1,200 WTE in 2026/27, then
    // +2% again. The establishment stock is exactly that value in every month of the year, its
    // WTE-days the value times the month's days; growth is recruited in hires of one head's WTE.
    auto g = plain_group("staff", 1000);
    g.establishment_wte = 1000;
    g.recruitment.time_to_hire = models::DurationDistribution::fixed(5000);  // none filled
    g.establishment.growth = 0.02;
    g.establishment.growth_by_year = {{2024, 0.05}};
    g.establishment.wte_by_year = {{2026, 1200.0}};
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 72));
    const auto& axis = resolved.axis;
    std::vector<double> expected = {1000.0};
    for (int year = 2023; year < 2028; ++year)
        expected.push_back(year == 2026 ? 1200.0 : expected.back() * (year == 2024 ? 1.05 : 1.02));
    models::WorkforceModel model(resolved);
    const auto r = model.run(49, 0);
    const auto& layout = model.layout();
    for (int m = 0; m < 72; ++m) {
        const double wte = expected[m / 12];
        INFO("month " << m);
        CHECK(value(*r, layout, models::kEstablishmentWte, m, 0) == Approx(wte).epsilon(1e-12));
        CHECK(value(*r, layout, models::kEstablishmentWteDays, m, 0) ==
              Approx(wte * axis.month_length_days(m)).epsilon(1e-12));
        // Growth is recruited in hires of one head's WTE (1), the part of one rounded up with
        // its chance: the posts advertised are the growth so far, rounded down or up.
        const double posts = value(*r, layout, models::kInRecruitment, m, 0);
        CHECK(posts >= std::floor(wte - 1000 - 1e-9));
        CHECK(posts <= std::ceil(wte - 1000 + 1e-9));
        CHECK(value(*r, layout, models::kVacanciesWte, m, 0) == Approx(wte - 1000));
    }
}

TEST_CASE("establishment follows the population index to the power of the elasticity",
          "[model][supply]") {
    // docs/model.md: each financial year the establishment changes by (1 + growth) times
    // (P(Y) / P(Y - 1))^elasticity, P linear between the years given and flat beyond, so over
    // the run it is base x (1 + growth)^k x (P(Y) / P(2022))^elasticity. P: 2022 100, 2024 110,
    // 2026 122: P(2023) = 105, P(2025) = 116, flat 122 from 2026.
    auto g = plain_group("carers", 800);
    g.establishment_wte = 800;
    g.recruitment.time_to_hire = models::DurationDistribution::fixed(5000);
    g.establishment.growth = 0.01;
    g.establishment.population_elasticity = 0.7;
    auto s = one_group_scenario(g, 60);
    s.population =
        models::PopulationProjection{"over-65s", {{2022, 100}, {2024, 110}, {2026, 122}}};
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto r = model.run(50, 0);
    const auto& layout = model.layout();
    const double population[] = {100, 105, 110, 116, 122};
    for (int m = 0; m < 60; ++m) {
        const int k = m / 12;
        const double expected =
            800.0 * std::pow(1.01, k) * std::pow(population[k] / population[0], 0.7);
        INFO("month " << m);
        CHECK(value(*r, layout, models::kEstablishmentWte, m, 0) ==
              Approx(expected).epsilon(1e-12));
    }
}
