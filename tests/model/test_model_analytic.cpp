// Analytic validation of the workforce model: each case names the result it checks and uses a
// tolerance of four standard errors estimated from the replications themselves or from the
// exact sampling distribution.
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::kDaysPerYear;

TEST_CASE("pure attrition: E[N(t)] = N0 exp(-lambda t)", "[model][analytic]") {
    auto g = plain_group("staff", 20000);
    g.leaving.hazard_per_year = 0.3;
    g.recruitment.hires_per_year = 0.0;  // no inflow: nothing refills
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 60));
    models::WorkforceModel model(resolved);
    const auto r = model.run(7, 0);
    const auto& layout = model.layout();
    for (int m : {0, 11, 23, 59}) {
        const double t = resolved.axis.month_start_day(m + 1) / kDaysPerYear;
        const double p = std::exp(-0.3 * t);
        const double expected = 20000 * p;
        const double se = std::sqrt(20000 * p * (1 - p));  // binomial survivors
        INFO("month " << m);
        CHECK(std::abs(value(*r, layout, models::kHeadcount, m, 0) - expected) < 4 * se);
    }
}

TEST_CASE("immigration-death: steady state mean and variance r / lambda", "[model][analytic]") {
    // Poisson hires r a year, each staying Exp(lambda): N is Poisson(r / lambda) in steady state.
    // Starting from N0 = r / lambda people, N(t) = Binomial(N0, p) + Poisson(r/lambda (1 - p)),
    // p = exp(-lambda t), so the mean is r / lambda throughout and the variance tends to it.
    const double r = 500.0, lambda = 0.5, n0 = r / lambda;
    auto g = plain_group("staff", n0);
    g.leaving.hazard_per_year = lambda;
    g.recruitment.hires_per_year = r;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 120));
    const int month = 119;
    const auto xs = collect(resolved, 400, 11, [&](const auto& res, const auto& layout) {
        return value(res, layout, models::kHeadcount, month, 0);
    });
    const auto e = estimate(xs);
    const double t = resolved.axis.horizon_days() / kDaysPerYear;
    const double p = std::exp(-lambda * t);
    const double mean = n0;
    const double variance = n0 * p * (1 - p) + n0 * (1 - p);
    CHECK(std::abs(e.mean - mean) < 4 * std::sqrt(variance / xs.size()));
    // SE of a sample variance of n near-normal values: variance * sqrt(2 / (n - 1)).
    CHECK(std::abs(e.variance - variance) < 4 * variance * std::sqrt(2.0 / (xs.size() - 1)));
}

TEST_CASE("absence share a d / (1 + a d) without leaving", "[model][analytic]") {
    auto g = plain_group("staff", 5000);
    g.absence.onsets_per_year = 3.0;
    g.absence.spell_days = models::DurationDistribution::lognormal(12.0, 20.0);
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 36));
    const auto xs = collect(resolved, 12, 5, [](const auto& res, const auto& layout) {
        return total_over(res, layout, models::kAbsenceWteDays, 0, layout.months) /
               total_over(res, layout, models::kWteDays, 0, layout.months);
    });
    const double ad = 3.0 / kDaysPerYear * 12.0;
    const auto e = estimate(xs);
    INFO("share " << e.mean << " +- " << e.se << ", expected " << ad / (1 + ad));
    CHECK(std::abs(e.mean - ad / (1 + ad)) < 4 * e.se);
}

TEST_CASE("a quoted absence rate is reproduced with leaving cutting spells short",
          "[model][analytic]") {
    auto g = plain_group("staff", 5000);
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.25;
    g.absence.rate = 0.055;
    g.absence.spell_days = models::DurationDistribution::lognormal(20.0, 40.0);
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 24));
    const auto xs = collect(resolved, 12, 9, [](const auto& res, const auto& layout) {
        return total_over(res, layout, models::kAbsenceWteDays, 0, 12) /
               total_over(res, layout, models::kWteDays, 0, 12);
    });
    const auto e = estimate(xs);
    INFO("share " << e.mean << " +- " << e.se);
    CHECK(std::abs(e.mean - 0.055) < 4 * e.se);
}

TEST_CASE("quoted turnover with a first-year multiplier is reproduced in the first year",
          "[model][analytic]") {
    auto g = plain_group("staff", 20000);
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.15;
    g.leaving.first_year_multiplier = 2.5;
    g.recruitment.time_to_hire = models::DurationDistribution::lognormal(90, 30);
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 24));
    const auto xs = collect(resolved, 8, 3, [](const auto& res, const auto& layout) {
        const double leavers = total_over(res, layout, models::kLeavers, 0, 12);
        const double person_days = total_over(res, layout, models::kHeadcountDays, 0, 12);
        return leavers / (person_days / 365.0);  // 2022/23 has 365 days
    });
    const auto e = estimate(xs);
    INFO("turnover " << e.mean << " +- " << e.se);
    CHECK(std::abs(e.mean - 0.15) < 4 * e.se);
    // The multiplier matters: the base hazard is well below the quoted figure.
    CHECK(resolved.groups[0].leave_base_per_day * kDaysPerYear < 0.14);
}

TEST_CASE("a quoted vacancy rate is the equilibrium (Little's law)", "[model][analytic]") {
    auto g = plain_group("staff", 10000);
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.12;
    g.vacancy_rate = 0.10;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 36));
    REQUIRE(resolved.groups[0].search_mean_days > 0);
    // Both the first year (started in equilibrium) and the third (settled) sit at 10%.
    for (int from : {0, 24}) {
        const auto xs = collect(resolved, 10, 21, [&](const auto& res, const auto& layout) {
            const double est =
                total_over(res, layout, models::kEstablishmentWteDays, from, from + 12);
            return 1.0 - total_over(res, layout, models::kWteDays, from, from + 12) / est;
        });
        const auto e = estimate(xs);
        INFO("from month " << from << ": " << e.mean << " +- " << e.se);
        CHECK(std::abs(e.mean - 0.10) < 4 * e.se);
    }
}

TEST_CASE("reference workload in equilibrium: leavers per post-year and absence share",
          "[model][analytic]") {
    // One group of the reference workload, started in equilibrium (vacancies in the pipeline).
    models::Scenario s = one_group_scenario(plain_group("a", 6000), 120);
    s.groups[0].leaving.hazard_per_year = 0.12;
    s.groups[0].absence.onsets_per_year = 2.0;
    s.groups[0].absence.spell_days = models::DurationDistribution::lognormal(8, 10);
    const auto f = reference_figures(models::resolve_scenario(s), 10, 99);
    INFO("leavers/post-year " << f.leavers_per_post_year.mean << " +- "
                              << f.leavers_per_post_year.se);
    CHECK(std::abs(f.leavers_per_post_year.mean - f.expected_leavers_per_post_year) <
          4 * f.leavers_per_post_year.se);
    INFO("absence share " << f.absence_share.mean << " +- " << f.absence_share.se);
    CHECK(std::abs(f.absence_share.mean - f.expected_absence_share) < 4 * f.absence_share.se);
}
