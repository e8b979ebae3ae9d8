// The first year reproduces the quoted turnover whatever tenure mix the run starts with: service
// capped at age - age_min (a young group), or a given tenure profile, with a first-year multiplier
// that makes the mix matter. Leavers / mean headcount over the first twelve months, within 4
// standard errors across replications.
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

Estimate first_year_turnover(const models::ResolvedScenario& resolved, int replications) {
    std::vector<double> turnover;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < replications; ++rep) {
        const auto r = model.run(273, rep);
        const auto& layout = model.layout();
        const double days = resolved.axis.month_start_day(12);
        const double heads = sum_of(*r, layout, "headcount_days", 0, 0, 12) / days;
        turnover.push_back(sum_of(*r, layout, "leavers", 0, 0, 12) / heads);
    }
    return estimate(turnover);
}

models::GroupSpec social_care(double headcount) {
    auto g = quoted_group("care", headcount, 0.273, 0.091);
    g.sector = "social_care";
    g.leaving.first_year_multiplier = 2.0;
    return g;
}

}  // namespace

TEST_CASE("starting tenure: a group aged 18-20 reproduces its turnover in the first year",
          "[model][leaving][validity]") {
    // Nobody started before 18, so nobody has more than two years of service: about half are in
    // their first year at the start, against the steady state's 19%. At twice the hazard there,
    // a calibration that assumed the steady state gave 31.7% in the first year, not 27.3%.
    auto g = social_care(5000);
    g.age_min = 18;
    g.age_max = 20;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const auto& r = resolved.groups[0];
    CHECK(r.first_year_share == Approx(0.19).margin(0.01));  // the steady state, before the cap
    CHECK(r.first_year_share_mean > 0.3);                    // the first year's, with it
    CHECK(r.expected_first_year_turnover == Approx(0.273));
    // SE per replication about 0.273 / sqrt(1,300 leavers) = 0.0076, 0.0012 over 40.
    const auto e = first_year_turnover(resolved, 40);
    INFO("first-year turnover " << e.mean << " +- " << e.se);
    CHECK(std::abs(e.mean - 0.273) < 4 * e.se);
}

TEST_CASE("starting tenure: a given tenure profile reproduces the turnover in the first year",
          "[model][leaving][validity]") {
    // 40% in their first year at the start (uniform within it), the rest long-serving; ages
    // 30-60, so no cap. The first-year share falls during the year as they pass their
    // anniversary: the turnover at the start's share alone would overshoot by about 2 points.
    auto g = social_care(5000);
    g.age_min = 30;
    g.age_max = 60;
    g.tenure_bands = {{"under_1", 0, 1, 0.4}, {"1_4", 1, 5, 0.3}, {"5_plus", 5, 40, 0.3}};
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const auto& r = resolved.groups[0];
    CHECK(r.first_year_share == Approx(0.4));
    CHECK(r.first_year_share_mean < 0.35);
    const auto e = first_year_turnover(resolved, 40);
    INFO("first-year turnover " << e.mean << " +- " << e.se);
    CHECK(std::abs(e.mean - 0.273) < 4 * e.se);
}

TEST_CASE(
    "starting tenure: the mean first-year share is the steady state's when the run starts "
    "in it",
    "[calibration][validity]") {
    // q(t) = e^(-h1 t) P(u < 1 - t) + r (1 - e^(-h1 t)) / h1 is q* at every t when the start is
    // the steady state and joiners replace leavers at 1 / E[S].
    auto g = social_care(1000);
    g.age_bands = {{"30_plus", 30, 67, 1.0}};  // 12 years above age_min: nobody is capped
    auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    auto r = resolved.groups[0];
    REQUIRE(models::start_in_tenure_steady_state(r));
    const double h1 = r.service_hazard_first_year, h2 = r.service_hazard_after;
    const double rate = 1.0 / models::expected_service_years(h1, h2);
    CHECK(models::mean_first_year_share(r, h1, h2, rate) ==
          Approx(models::steady_state_first_year_share(h1, h2)).epsilon(1e-6));
}
