// Domestic hires as a share of the current headcount (recruitment.hires_share_of_headcount): a
// Poisson inflow whose rate is the share times the headcount in post, set again at the start of
// each month. Checked against its exact expectation, against the compensator of each run, and
// for its declaration's rules.
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "models/calibration/resolution_report.hpp"
#include "models/scenario/schema/parameter_override.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/scenario/scenario_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::kDaysPerYear;

namespace {

const std::string kHead =
    "schema_version: 1\nname: Test\nstart: 2022-04-01\nyears: 2\ngroups:\n  nursing:\n"
    "    sector: nhs\n    headcount: 100\n    leaving: {turnover: 10%}\n";

}  // namespace

TEST_CASE("hires as a share of the headcount: joiners follow the stock month by month",
          "[model][recruitment][share]") {
    // 2,000 staff leaving at a hazard of 0.10 a year (nobody reaches the age limit in five
    // years), hires at 25% of the headcount a year. With the rate s H_m held over month m (H_m
    // the headcount at its start, d_m its length in years), exactly:
    //   E[J_m] = s E[H_m] d_m,
    //   E[H_m+1] = E[H_m] e^(-h d_m) + s E[H_m] (1 - e^(-h d_m)) / h
    // (a hire arriving uniformly in the month is still there at its end with that mean chance).
    // Over five years that is about 3,700 joiners, where a rate fixed at the start would give
    // 2,500: share x mean headcount x years, not share x starting headcount x years.
    auto g = plain_group("nurses", 2000);
    g.leaving.hazard_per_year = 0.10;
    g.recruitment.hires_share_of_headcount = 0.25;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 60));
    REQUIRE(resolved.groups[0].inflow_follows_headcount);
    CHECK(resolved.groups[0].hires_per_day * kDaysPerYear == Approx(500.0).epsilon(1e-12));
    const double h = resolved.groups[0].leave_base_per_day * kDaysPerYear, s = 0.25;
    REQUIRE(h == Approx(0.10).epsilon(1e-12));
    double heads = 2000.0, expected = 0.0, mean_heads = 0.0;
    for (int m = 0; m < 60; ++m) {
        const double d = (resolved.axis.month_start_day(m + 1) - resolved.axis.month_start_day(m)) /
                         kDaysPerYear;
        expected += s * heads * d;
        mean_heads += heads * d / 5.0;
        heads = heads * std::exp(-h * d) + s * heads * -std::expm1(-h * d) / h;
    }
    INFO("expected joiners " << expected << " at a mean headcount of about " << mean_heads);
    REQUIRE(expected > 3500.0);

    models::WorkforceModel model(resolved);
    const auto& l = model.layout();
    std::vector<double> joiners;
    double surprise = 0.0, compensator = 0.0;
    for (int rep = 0; rep < 12; ++rep) {
        const auto r = *model.run(23, rep);
        joiners.push_back(sum_of(r, l, "joiners_domestic", 0, 0, 60));
        CHECK(sum_of(r, l, "joiners", 0, 0, 60) == joiners.back());
        // The run's own compensator: s x the headcount at each month's start x its length. The
        // joiners less it are a martingale whose variance is its mean: sum of the compensators.
        double c = 0.0, start = 2000.0;
        for (int m = 0; m < 60; ++m) {
            const double d =
                (resolved.axis.month_start_day(m + 1) - resolved.axis.month_start_day(m)) /
                kDaysPerYear;
            c += s * start * d;
            start = value(r, l, models::kHeadcount, m, 0);
        }
        surprise += joiners.back() - c;
        compensator += c;
    }
    INFO("joiners less the compensator " << surprise << " against 4 x " << std::sqrt(compensator));
    CHECK(std::abs(surprise) < 4.0 * std::sqrt(compensator));
    const auto e = estimate(joiners);
    INFO("joiners " << e.mean << " +- " << e.se << " against " << expected);
    CHECK(std::abs(e.mean - expected) < 4.0 * e.se);
}

TEST_CASE("hires as a share of the headcount: declared once, with its rules",
          "[scenario][recruitment][share]") {
    const auto s = models::load_scenario_text(
        kHead + "    recruitment: {hires_share_of_headcount: 12%}\n", "test.yaml");
    CHECK(*s.groups[0].recruitment.hires_share_of_headcount == Approx(0.12));
    const auto set = models::load_scenario_text(
        kHead + "    recruitment: {hires_share_of_headcount: 12%}\n", "test.yaml",
        models::parse_parameter_overrides(
            {"groups.nursing.recruitment.hires_share_of_headcount=15%"}));
    CHECK(*set.groups[0].recruitment.hires_share_of_headcount == Approx(0.15));
    const auto resolved = models::resolve_scenario(set);
    CHECK(resolved.groups[0].hires_per_day * kDaysPerYear == Approx(15.0).epsilon(1e-12));
    std::ostringstream report;
    models::print_resolution(report, resolved);
    CHECK(report.str().find("15.00%") != std::string::npos);
    CHECK(report.str().find("share of the headcount") != std::string::npos);

    auto d = scenario_test::only_diagnostic(
        kHead + "    recruitment: {hires_per_year: 10, hires_share_of_headcount: 12%}\n");
    CHECK(d.path.find("groups.nursing.recruitment.hires_") == 0);
    CHECK(d.line == 10);
    d = scenario_test::only_diagnostic(
        kHead + "    recruitment: {domestic: false, hires_share_of_headcount: 12%}\n");
    CHECK(d.path == "groups.nursing.recruitment.hires_share_of_headcount");
    d = scenario_test::only_diagnostic(kHead +
                                       "    recruitment:\n      hires_share_of_headcount: 12%\n"
                                       "      labour_pool: {experienced_per_year: 10}\n");
    CHECK(d.path == "groups.nursing.recruitment.labour_pool");
    CHECK(d.line == 12);
    d = scenario_test::only_diagnostic(kHead +
                                       "    recruitment: {hires_share_of_headcount: 150%}\n");
    CHECK(d.path == "groups.nursing.recruitment.hires_share_of_headcount");
}

TEST_CASE("hires as a share of the headcount: a group that starts empty is refused, located",
          "[scenario][recruitment][share]") {
    const std::string text =
        "schema_version: 1\nname: Test\nstart: 2022-04-01\nyears: 2\ngroups:\n  associates:\n"
        "    sector: nhs\n    headcount: 0\n    establishment_wte: 50\n"
        "    leaving: {turnover: 10%}\n    recruitment: {hires_share_of_headcount: 12%}\n";
    const auto s = models::load_scenario_text(text, "test.yaml");
    try {
        models::resolve_scenario(s);
        FAIL("an empty group with hires as a share of its headcount was accepted");
    } catch (const models::CalibrationError& e) {
        const auto d = e.located(s);
        CHECK(d.path == "groups.associates.recruitment.hires_share_of_headcount");
        CHECK(d.line == 11);
        CHECK(d.message.find("no staff") != std::string::npos);
    }
}
