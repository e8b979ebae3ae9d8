// A quoted turnover is leavers in a year as users count them, whatever the year's length: the
// run's first twelve months reproduce it in a leap year (2023/24, 366 days) and in a common one.
#include <catch2/catch.hpp>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

// Pure attrition at a quoted turnover of 90% (no hires): the hazard is constant, so leavers /
// mean headcount over the first twelve months is the hazard times their length in years.
models::ResolvedScenario attrition(int start_year) {
    auto g = plain_group("staff", 10000);
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.9;
    g.recruitment.hires_per_year = 0.0;
    auto s = one_group_scenario(g, 12);
    s.start = sim::Date::from_ymd(start_year, 4, 1);
    return models::resolve_scenario(s);
}

}  // namespace

TEST_CASE("turnover: the first twelve months reproduce the quoted figure in a leap year too",
          "[model][leaving][validity]") {
    for (const int year : {2023, 2024}) {
        const auto resolved = attrition(year);
        const double days = resolved.axis.start().add_years(1) - resolved.axis.start();
        INFO("start " << resolved.axis.start().iso() << ", " << days << " days");
        CHECK(days == (year == 2023 ? 366 : 365));
        // The hazard a day times the days of the year is the quoted figure.
        CHECK(resolved.groups[0].leave_base_per_day * days == Approx(0.9).epsilon(1e-12));
        CHECK(resolved.groups[0].expected_first_year_turnover == Approx(0.9).epsilon(1e-12));
        // Simulated end to end: leavers / mean headcount over the year, within 4 standard
        // errors (about 0.9 / sqrt(5,900 leavers) = 0.0117 per replication, 0.00096 over 150).
        // The error guarded against (hazards per 365.25 days: 0.9 x 366 / 365.25 - 0.9 = 0.0018)
        // is below that; the exact check above is the one that catches it.
        std::vector<double> turnover;
        models::WorkforceModel model(resolved);
        for (int rep = 0; rep < 150; ++rep) {
            const auto r = model.run(366, rep);
            const auto& layout = model.layout();
            const double mean_headcount = sum_of(*r, layout, "headcount_days", 0, 0, 12) / days;
            turnover.push_back(sum_of(*r, layout, "leavers", 0, 0, 12) / mean_headcount);
        }
        const auto e = estimate(turnover);
        INFO("turnover " << e.mean << " +- " << e.se);
        CHECK(std::abs(e.mean - 0.9) < 4 * e.se);
    }
}
