// Targets evaluated on real replications against exact binomial probabilities (pure attrition:
// the staff left after t years are Binomial(N0, exp(-lambda t))), "every year of a range"
// against a hand count of the joint event, shortfall quantiles on a constructed case, the
// binding of targets to a run, and paired changes between variants.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "models/metrics/metrics_recorder.hpp"
#include "models/outcomes/outcome_recorder.hpp"
#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::models::outcomes;
using wfsim::testing::one_group_scenario;
using wfsim::testing::plain_group;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// P(Binomial(n, p) >= k), summed exactly.
double binomial_at_least(int n, double p, int k) {
    double total = 0.0;
    for (int j = k; j <= n; ++j)
        total += std::exp(std::lgamma(n + 1.0) - std::lgamma(j + 1.0) - std::lgamma(n - j + 1.0) +
                          j * std::log(p) + (n - j) * std::log1p(-p));
    return total;
}

models::TargetSpec at_least(const std::string& name, const std::string& metric, double value) {
    models::TargetSpec t;
    t.name = name;
    t.metric = metric;
    t.unit = "staff";
    t.at_least = value;
    return t;
}

// Twenty staff leaving at 0.3 a year with no one replacing them, for three years.
models::ResolvedScenario attrition(double hazard) {
    auto g = plain_group("staff", 20);
    g.leaving.hazard_per_year = hazard;
    g.recruitment.hires_per_year = 0.0;
    return models::resolve_scenario(one_group_scenario(g, 36));
}

}  // namespace

TEST_CASE("the probability of a target against exact binomial probabilities",
          "[outcomes][analytic]") {
    auto resolved = attrition(0.3);
    auto one_year = at_least("one_year", "headcount", 16);
    one_year.year = 2022;
    auto every_year = at_least("every_year", "headcount", 10);
    every_year.years = models::FinancialYearRange{2022, 2024};
    resolved.scenario.targets = {one_year, every_year};

    models::WorkforceModel model(resolved);
    const auto& layout = model.layout();
    OutcomeRecorder recorder(define_outcomes(resolved.scenario, layout, resolved.axis), layout,
                             resolved.axis, {"baseline"});
    const int n = 4000;
    int hand_counted_joint = 0;
    std::vector<int> met_in_year(3, 0);
    for (int r = 0; r < n; ++r) {
        const auto result = model.run(11, r);
        recorder.record(0, r, *result);
        // Headcount is a stock: a financial year's value is March's, months 11, 23 and 35.
        bool all = true;
        for (int y = 0; y < 3; ++y) {
            const bool met =
                wfsim::testing::value(*result, layout, models::kHeadcount, 12 * y + 11, 0) >= 10;
            met_in_year[y] += met;
            all = all && met;
        }
        hand_counted_joint += all;
    }
    const OutcomeResults results = recorder.results();
    const VariantOutcomes& base = results.variants.front();
    REQUIRE(base.targets.size() == 2);

    const auto survival = [&](int months) {
        return std::exp(-0.3 * resolved.axis.month_start_day(months) / models::kDaysPerYear);
    };
    SECTION("one financial year: P(Binomial(20, s) >= 16)") {
        const double p = binomial_at_least(20, survival(12), 16);
        const Proportion& got = base.targets[0].met;
        CHECK(got.trials == n);
        CHECK(std::abs(got.estimate - p) < 4.0 * std::sqrt(p * (1 - p) / n));
        const Proportion wilson = wilson_interval(got.events, n);
        CHECK(got.low == wilson.low);
        CHECK(got.high == wilson.high);
        CHECK(base.targets[0].missed == n - got.events);
        CHECK(base.targets[0].undefined == 0);
    }
    SECTION("every year of a range: one joint event per replication") {
        const Proportion& got = base.targets[1].met;
        CHECK(got.events == hand_counted_joint);
        // No one joins, so headcount never rises: at least 10 in every year is at least 10 at
        // the end of the last, P(Binomial(20, s(36 months)) >= 10) ...
        const double p = binomial_at_least(20, survival(36), 10);
        const double se = std::sqrt(p * (1 - p) / n);
        CHECK(std::abs(got.estimate - p) < 4.0 * se);
        // ... and not the product of the yearly probabilities, which is far below it.
        double product = 1.0;
        for (int months : {12, 24, 36}) product *= binomial_at_least(20, survival(months), 10);
        CHECK(p - product > 6.0 * se);
        CHECK(met_in_year[2] == hand_counted_joint);
    }
}

TEST_CASE("a target in one replication: met, missed by how much, or undefined", "[outcomes]") {
    TargetDefinition between;
    between.checks = {{0, "2022/23", 0.08, 0.12}};
    CHECK(evaluate_target(between, std::vector{0.10}).met == Met::Met);
    CHECK(evaluate_target(between, std::vector{0.12}).met == Met::Met);  // "at most" includes it
    CHECK(evaluate_target(between, std::vector{0.08}).met == Met::Met);
    const TargetOutcome above = evaluate_target(between, std::vector{0.15});
    CHECK(above.met == Met::Missed);
    CHECK(above.shortfall == Approx(0.03));
    CHECK(evaluate_target(between, std::vector{0.05}).shortfall == Approx(0.03));
    CHECK(evaluate_target(between, std::vector{kNaN}).met == Met::Undefined);

    TargetDefinition trajectory;
    trajectory.kind = PeriodKind::Trajectory;
    const double inf = std::numeric_limits<double>::infinity();
    trajectory.checks = {
        {0, "2020/21", -inf, 0.12}, {1, "2021/22", -inf, 0.11}, {2, "2022/23", -inf, 0.10}};
    CHECK(evaluate_target(trajectory, std::vector{0.12, 0.11, 0.10}).met == Met::Met);
    // The largest shortfall of the years: 0.115 - 0.10 in the last.
    const TargetOutcome late = evaluate_target(trajectory, std::vector{0.12, 0.111, 0.115});
    CHECK(late.met == Met::Missed);
    CHECK(late.shortfall == Approx(0.015));
    CHECK(evaluate_target(trajectory, std::vector{0.0, kNaN, 0.0}).met == Met::Undefined);
}

TEST_CASE("shortfall quantiles over the replications that miss", "[outcomes]") {
    // Five met, four missed by 1, 2, 3 and 4 points (in a scrambled order), one undefined.
    const std::vector<Met> met = {Met::Met,    Met::Missed, Met::Met,       Met::Missed, Met::Met,
                                  Met::Missed, Met::Met,    Met::Undefined, Met::Missed, Met::Met};
    const std::vector<double> shortfall = {0, 0.03, 0, 0.01, 0, 0.04, 0, kNaN, 0.02, 0};
    const TargetSummary s = summarise_target(met, shortfall);
    CHECK(s.met.events == 5);
    CHECK(s.met.trials == 10);
    CHECK(s.missed == 4);
    CHECK(s.undefined == 1);
    CHECK(s.shortfall_mean == Approx(0.025));
    CHECK(s.shortfall_p50 == Approx(0.025));  // halfway between 0.02 and 0.03
    CHECK(s.shortfall_p90 == Approx(0.037));  // h = 3 x 0.9 = 2.7: 0.03 + 0.7 x 0.01
    CHECK(s.shortfall_max == Approx(0.04));
    const TargetSummary none = summarise_target(std::vector{Met::Met}, std::vector{0.0});
    CHECK(std::isnan(none.shortfall_p50));
}

TEST_CASE("binding targets to the metrics, units and periods of the run", "[outcomes]") {
    auto resolved = attrition(0.1);
    models::WorkforceModel model(resolved);
    const auto& layout = model.layout();
    const auto bind = [&](models::TargetSpec t) {
        resolved.scenario.targets = {std::move(t)};
        return define_outcomes(resolved.scenario, layout, resolved.axis);
    };
    const auto problem = [&](models::TargetSpec t) -> OutcomeProblem {
        try {
            bind(std::move(t));
        } catch (const OutcomeDefinitionError& e) {
            REQUIRE(e.problems().size() == 1);
            return e.problems().front();
        }
        FAIL("the target was accepted");
        return {};
    };
    SECTION("an additive metric and a derived rate") {
        auto t = at_least("t", "wte", 10);
        t.year = 2023;
        const auto defs = bind(t);
        REQUIRE(defs.targets.size() == 1);
        CHECK_FALSE(defs.targets[0].derived);
        CHECK(defs.targets[0].checks[0].period == 1);
        CHECK(defs.targets[0].units == "WTE");
        auto rate = at_least("r", "turnover", 0.05);
        rate.at_most = 0.12;
        rate.years = models::FinancialYearRange{2022, std::nullopt};
        const auto rates = bind(rate);
        CHECK(rates.targets[0].derived);
        CHECK(rates.targets[0].checks.size() == 3);  // to the last whole year of the run
        CHECK(rates.targets[0].period_text() == "every year 2022/23 to 2024/25");
        CHECK(rates.targets[0].condition_text() == "between 5% and 12%");
        // A trajectory between limits reads as the other conditions do, a pair for each year.
        models::TargetSpec band;
        band.name = "band";
        band.metric = "turnover";
        band.at_least_by_year = {{2022, 0.08}, {2023, 0.07}};
        band.at_most_by_year = {{2022, 0.12}, {2023, 0.11}};
        const auto bands = bind(band);
        CHECK(bands.targets[0].period_text() == "trajectory 2022/23 to 2023/24");
        CHECK(bands.targets[0].condition_text() == "between 8% and 12%, 7% and 11%");
        band.at_least_by_year.pop_back();
        band.at_most_by_year.pop_back();
        CHECK(bind(band).targets[0].condition_text() == "between 8% and 12%");
    }
    SECTION("an unknown metric, with the closest one suggested") {
        auto t = at_least("t", "vacancy_rte", 0.1);
        t.year = 2022;
        const OutcomeProblem p = problem(t);
        CHECK(p.key_path == "targets.t.metric");
        CHECK_THAT(p.message, Catch::Contains("did you mean 'vacancy_rate'"));
    }
    SECTION("a route's metric in a run without the route") {
        auto t = at_least("t", "international_recruits", 10);
        t.year = 2022;
        CHECK_THAT(problem(t).message, Catch::Contains("exist only when the scenario uses"));
    }
    SECTION("a 12-month figure in the first 11 months") {
        auto t = at_least("t", "turnover", 0.1);
        t.month = sim::Date::from_ymd(2023, 1, 1);
        const OutcomeProblem p = problem(t);
        CHECK(p.key_path == "targets.t.month");
        CHECK_THAT(p.message, Catch::Contains("from 2023-03"));
        t.month = sim::Date::from_ymd(2023, 3, 1);
        CHECK(bind(t).targets[0].checks[0].period == 11);
    }
}

TEST_CASE("paired changes from the baseline on the replications both hold", "[outcomes]") {
    // Replication 2 is missing from the second list (an interrupted run): it is left out.
    const PairedCounts c = paired_counts({0, 1, 2, 3, 4}, {true, true, false, false, true},
                                         {0, 1, 3, 4}, {true, false, true, false});
    CHECK(c.both == 1);         // replication 0
    CHECK(c.first_only == 2);   // 1 and 4
    CHECK(c.second_only == 1);  // 3
    CHECK(c.neither == 0);

    // Two variants of the attrition run, recorded on the same replication indices.
    auto resolved = attrition(0.3);
    auto target = at_least("t", "headcount", 16);
    target.year = 2022;
    resolved.scenario.targets = {target};
    auto slower = attrition(0.2);
    models::WorkforceModel base_model(resolved), slower_model(slower);
    const auto& layout = base_model.layout();
    OutcomeRecorder recorder(define_outcomes(resolved.scenario, layout, resolved.axis), layout,
                             resolved.axis, {"baseline", "slower"});
    for (int r = 0; r < 400; ++r) {
        recorder.record(0, r, *base_model.run(3, r));
        recorder.record(1, r, *slower_model.run(3, r));
    }
    const OutcomeResults results = recorder.results();
    REQUIRE(results.variants[1].target_change.size() == 1);
    const Difference& d = results.variants[1].target_change[0];
    CHECK(results.variants[0].target_change.empty());
    CHECK(d.pairs == 400);
    CHECK(d.estimate == Approx(results.variants[1].targets[0].met.estimate -
                               results.variants[0].targets[0].met.estimate));
    CHECK(d.low < d.estimate);
    CHECK(d.high > d.estimate);
}
