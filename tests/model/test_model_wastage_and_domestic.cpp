// Wastage (the chance of leaving within a year, with first-year wastage) converted exactly to the
// hazard, and domestic recruitment switched off explicitly.
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/model_test_support.hpp"
#include "tests/scenario/scenario_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

// 20,000 staff aged 30-40, none hired: who is in post after the first twelve months (365 days).
models::GroupSpec closed_group(double wastage) {
    auto g = plain_group("staff", 20000);
    g.age_min = 30;
    g.age_max = 40;
    g.leaving.hazard_per_year.reset();
    g.leaving.wastage = wastage;
    g.recruitment.domestic = false;
    return g;
}

// Mean and SE of the headcount at the end of the first twelve months; its analytic value is
// 20,000 p with p each person's chance of staying, and the count is Binomial(20,000, p).
void check_stayers(const models::GroupSpec& g, double p) {
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const auto e = estimate(collect(resolved, 8, 31, [](const auto& r, const auto& layout) {
        return value(r, layout, models::kHeadcount, 11, 0);
    }));
    const double sd = std::sqrt(20000 * p * (1 - p) / 8);
    INFO("in post after a year: " << e.mean << " against " << 20000 * p << " +- " << sd);
    CHECK(std::abs(e.mean - 20000 * p) < 4 * sd);
}

}  // namespace

TEST_CASE("wastage: the chance of leaving within a year, converted exactly",
          "[model][leaving][validity]") {
    // Staff past their first year, wastage 20%: the hazard is -ln(0.8) a year, so each stays the
    // 365 days of the first twelve months with 0.8^(365 / 365.25).
    auto g = closed_group(0.2);
    g.tenure_bands = {{"5_plus", 5, 40, 1.0}};
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    CHECK(resolved.groups[0].leave_base_per_day * models::kDaysPerYear ==
          Approx(-std::log(0.8)).epsilon(1e-12));
    check_stayers(g, std::pow(0.8, 365.0 / models::kDaysPerYear));
}

TEST_CASE("wastage: first-year wastage is the chance of leaving in the first year of service",
          "[model][leaving][validity]") {
    // Wastage 20%, first-year wastage 35%: hazards b = -ln(0.8) after the first year of service,
    // b f = -ln(0.65) in it. Everyone starts in their first year, service u uniform on [0, 1):
    // over t = 365 / 365.25 years they stay with
    //   (1 - t) e^(-b f t) + e^(-b t) (1 - e^(-b (f - 1) t)) / (b (f - 1)),
    // (those with u < 1 - t spend all of it in the first year, the rest pass their anniversary).
    auto g = closed_group(0.2);
    g.leaving.first_year_wastage = 0.35;
    g.tenure_bands = {{"under_1", 0, 1, 1.0}};
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const double b = -std::log(0.8), f = std::log(0.65) / std::log(0.8);
    CHECK(resolved.groups[0].first_year_multiplier == Approx(f).epsilon(1e-12));
    const double t = 365.0 / models::kDaysPerYear;
    const double p = (1 - t) * std::exp(-b * f * t) +
                     std::exp(-b * t) * -std::expm1(-b * (f - 1) * t) / (b * (f - 1));
    check_stayers(g, p);
}

TEST_CASE("wastage: declared with its rules", "[scenario][validity]") {
    const std::string head =
        "schema_version: 1\nname: Test\nstart: 2022-04-01\nyears: 1\ngroups:\n  nursing:\n"
        "    sector: nhs\n    headcount: 100\n";
    const auto s = models::load_scenario_text(
        head + "    leaving: {wastage: 10%, first_year_wastage: 25%}\n", "test.yaml");
    CHECK(*s.groups[0].leaving.wastage == Approx(0.1));
    CHECK(*s.groups[0].leaving.first_year_wastage == Approx(0.25));
    auto d = scenario_test::only_diagnostic(head + "    leaving: {turnover: 10%, wastage: 10%}\n");
    CHECK(d.path == "groups.nursing.leaving.wastage");
    CHECK(d.message.find("alternatives") != std::string::npos);
    d = scenario_test::only_diagnostic(head +
                                       "    leaving: {turnover: 10%, first_year_wastage: 20%}\n");
    CHECK(d.path == "groups.nursing.leaving.first_year_wastage");
    d = scenario_test::only_diagnostic(
        head + "    leaving: {wastage: 10%, first_year_wastage: 20%, first_year_multiplier: 2}\n");
    CHECK(d.path.find("first_year_") != std::string::npos);
    d = scenario_test::only_diagnostic(head + "    leaving: {wastage: 1}\n");
    CHECK(d.path == "groups.nursing.leaving.wastage");
}

TEST_CASE("domestic recruitment off: no hires, exactly as hires_per_year 0",
          "[model][recruitment][validity]") {
    // A group quoting 12% turnover and 10% vacancy with domestic: false hires nobody, and its
    // runs are those of hires_per_year: 0, bit for bit (the same rates, the same draws).
    auto off = quoted_group("ward", 500, 0.12, 0.10);
    off.recruitment.domestic = false;
    auto zero = quoted_group("ward", 500, 0.12, 0.10);
    zero.recruitment.hires_per_year = 0.0;
    const auto a = models::resolve_scenario(one_group_scenario(off, 24));
    const auto b = models::resolve_scenario(one_group_scenario(zero, 24));
    models::WorkforceModel ma(a), mb(b);
    for (int rep = 0; rep < 3; ++rep) {
        const auto ra = ma.run(5, rep), rb = mb.run(5, rep);
        CHECK(sum_of(*ra, ma.layout(), "joiners", 0, 0, 24) == 0);
        CHECK(sum_of(*ra, ma.layout(), "leavers", 0, 0, 24) > 50);
        for (const std::string metric : {"headcount_days", "leavers", "wte_days"})
            CHECK(sum_of(*ra, ma.layout(), metric, 0, 0, 24) ==
                  sum_of(*rb, mb.layout(), metric, 0, 0, 24));
    }
    const std::string head =
        "schema_version: 1\nname: Test\nstart: 2022-04-01\nyears: 1\ngroups:\n  nursing:\n"
        "    sector: nhs\n    headcount: 100\n    leaving: {turnover: 10%}\n";
    const auto s =
        models::load_scenario_text(head + "    recruitment: {domestic: false}\n", "test.yaml");
    CHECK_FALSE(s.groups[0].recruitment.domestic);
    const auto d = scenario_test::only_diagnostic(
        head + "    recruitment: {domestic: false, hires_per_year: 5}\n");
    CHECK(d.path == "groups.nursing.recruitment.hires_per_year");
}
