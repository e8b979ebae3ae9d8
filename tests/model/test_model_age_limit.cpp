// Nobody works past the maximum working age (leaving.max_working_age, 75 by default): staff
// reaching it leave then, counted as retiring, with or without a retirement key, and the quoted
// turnover includes those leavers.
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/model_test_support.hpp"
#include "tests/scenario/scenario_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

TEST_CASE("age limit: a group aged 60-66 without retirement has left by 75",
          "[model][leaving][validity]") {
    // 2,000 staff aged uniformly 60-66, a constant hazard b = 0.01 a year, no hires. In post at
    // t years: each survives the hazard with e^(-b t) and is under 75 with
    // P(age + t < 75) = (75 - 60 - t) / 6 for 9 <= t <= 15. At the end of month 143 (t = 12
    // years) each of the 2,000 is in post independently with p = 0.5 e^(-0.12), so the count is
    // Binomial(2,000, p): mean 887, sd 22; over R replications the mean is within
    // 4 sqrt(2,000 p (1 - p) / R). By 15 years nobody is left. Without the limit 1,774 would
    // still be in post at 12 years, and two thirds of the group 40 years on.
    auto g = plain_group("senior", 2000);
    g.age_min = 60;
    g.age_max = 66;
    g.leaving.hazard_per_year = 0.01;
    g.recruitment.hires_per_year = 0.0;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 15 * 12 + 1));
    const auto& axis = resolved.axis;
    const int month12 = axis.month_of_day(12 * models::kDaysPerYear) - 1;
    const double t = axis.month_start_day(month12 + 1) / models::kDaysPerYear;  // its end
    const double p = (75.0 - 60.0 - t) / 6.0 * std::exp(-0.01 * t);
    const int replications = 20;
    std::vector<double> at12;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < replications; ++rep) {
        const auto r = model.run(75, rep);
        const auto& layout = model.layout();
        at12.push_back(value(*r, layout, models::kHeadcount, month12, 0));
        CHECK(value(*r, layout, models::kHeadcount, 15 * 12, 0) == 0);
        // Everyone left: by the hazard (out of the system) or at the limit (retiring).
        const int months = 15 * 12 + 1;
        CHECK(sum_of(*r, layout, "leavers_retirement", 0, 0, months) +
                  sum_of(*r, layout, "leavers_out_of_system", 0, 0, months) ==
              2000);
        CHECK(sum_of(*r, layout, "leavers_retirement", 0, 0, months) > 1500);
    }
    const auto e = estimate(at12);
    const double sd = std::sqrt(2000 * p * (1 - p) / replications);
    INFO("in post at " << t << " years: " << e.mean << " against " << 2000 * p << " +- " << sd);
    CHECK(std::abs(e.mean - 2000 * p) < 4 * sd);
}

TEST_CASE("age limit: the quoted turnover includes those reaching it",
          "[model][leaving][validity]") {
    // Ages uniform on [18, 75): the density at 75 is 1/57 a year, so 1.75% of staff reach the
    // limit in the first year, part of the quoted 15% (the rest is the base hazard). First-year
    // turnover and the share leaving at the limit, within 4 SE across replications.
    auto g = plain_group("everyone", 20000);
    g.age_max = 75;
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.15;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    REQUIRE(resolved.groups[0].expected_age_limit_rate == Approx(1.0 / 57.0));
    CHECK(resolved.groups[0].expected_first_year_turnover == Approx(0.15));
    std::vector<double> turnover, at_limit;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 30; ++rep) {
        const auto r = model.run(57, rep);
        const auto& layout = model.layout();
        const double heads = sum_of(*r, layout, "headcount_days", 0, 0, 12) / 365.0;
        turnover.push_back(sum_of(*r, layout, "leavers", 0, 0, 12) / heads);
        at_limit.push_back(sum_of(*r, layout, "leavers_retirement", 0, 0, 12) / heads);
    }
    const auto e = estimate(turnover), a = estimate(at_limit);
    INFO("turnover " << e.mean << " +- " << e.se << ", at the limit " << a.mean << " +- " << a.se);
    CHECK(std::abs(e.mean - 0.15) < 4 * e.se);
    // Those reaching 75 within the year who have not left before: a little under 1/57.
    CHECK(a.mean < 1.0 / 57.0);
    CHECK(a.mean > 0.9 / 57.0);
}

TEST_CASE("age limit: an age profile past it is refused", "[scenario][validity]") {
    const auto d = scenario_test::only_diagnostic(R"(schema_version: 1
name: t
start: 2024-04-01
years: 1
groups:
  g:
    sector: nhs
    headcount: 10
    age_max: 80
    leaving: {turnover: 10%, max_working_age: 75}
)");
    scenario_test::check_at(d, 9, 14, "groups.g.age_max");
    CHECK(d.message.find("max_working_age 75") != std::string::npos);
}
