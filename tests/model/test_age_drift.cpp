// The projection of where a group's age profile and rates head (models/projection/age_drift.hpp),
// which `wfsim validate` reports: exact where the answer is known, the calibrated first year at
// its start, and the simulation's own drift over ten years.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/projection/age_drift.hpp"
#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

TEST_CASE("age drift: a closed group aged 60-66 leaves by the hazard and at the age limit",
          "[model][drift][validity]") {
    // No hires, a constant hazard b = 0.01 a year, ages uniform on [60, 66), nobody past 75: in
    // post at t years e^(-b t) P(age + t < 75) = e^(-b t) (15 - t) / 6 for 9 <= t <= 15. Whole
    // months of age and service are exact here (the band edges are whole years).
    auto g = plain_group("senior", 2000);
    g.age_min = 60;
    g.age_max = 66;
    g.leaving.hazard_per_year = 0.01;
    g.recruitment.hires_per_year = 0.0;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const auto p = models::project_age_drift(resolved, 0, 15);
    CHECK(p[0].share_55_plus == Approx(1.0));
    CHECK(p[0].mean_age == Approx(63.0).epsilon(1e-12));
    CHECK(p[1].headcount == Approx(std::exp(-0.01)).epsilon(1e-12));
    CHECK(p[10].headcount == Approx(std::exp(-0.1) * 5.0 / 6.0).epsilon(1e-12));
    CHECK(p[12].headcount == Approx(std::exp(-0.12) * 3.0 / 6.0).epsilon(1e-12));
    CHECK(p[15].headcount == Approx(0.0).margin(1e-12));
    // The first year: only the hazard, so its turnover is b exactly (leavers per mean headcount
    // of e^(-b t): (1 - e^(-b)) / ((1 - e^(-b)) / b)); 65 to 75 mean age after 12 years.
    CHECK(p[1].turnover == Approx(0.01).epsilon(1e-4));
    CHECK(p[12].mean_age == Approx(73.5).epsilon(1e-9));
}

namespace {

// Staff aged 45-64 retiring from 60, hiring at 22-32: the profile gets younger and turnover falls
// as the retiring cohort goes and the young hires' (first-year) leaving replaces it.
models::GroupSpec ageing_group(double heads = 3000) {
    auto g = quoted_group("ward", heads, 0.10, 0.01);
    g.age_min = 45;
    g.age_max = 65;
    g.leaving.first_year_multiplier = 1.8;
    g.leaving.age_multipliers = {{"under_35", 18, 35, 1.5}};
    g.leaving.max_working_age = 67;
    models::RetirementSpec retirement;
    retirement.hazard_by_age = {{"60_plus", 60, 120, 0.25}};
    g.leaving.retirement = retirement;
    g.recruitment.hire_age_bands = {{"22_31", 22, 32, 1.0}};
    g.recruitment.time_to_hire = models::DurationDistribution::fixed(7.0);
    return g;
}

}  // namespace

TEST_CASE("age drift: the projection's first year is the calibrated first-year turnover",
          "[model][drift][validity]") {
    // Ages uniform on [18, 67) and hires at those ages, no retirement: only the tenure mix moves
    // in the first year (service capped by age, first-year and age multipliers), which the
    // calibration solves for so that the first twelve months give the quoted 10%. The projection
    // starts from the same mix and must find it too, up to its whole months of age and service.
    // (With retirement the calibration takes the retirement rate at the start, while the year's
    // own falls as the retiring cohort goes: the next test's group runs at 9.87% +- 0.05% in its
    // first year, the projection 9.84%.)
    auto g = ageing_group();
    g.age_min = 18;
    g.age_max = 67;
    g.leaving.retirement.reset();
    g.recruitment.hire_age_bands.clear();
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const auto p = models::project_age_drift(resolved, 0, 1);
    CHECK(resolved.groups[0].expected_first_year_turnover == Approx(0.10));
    CHECK(p[1].turnover == Approx(0.10).margin(0.0002));
    CHECK(p[0].share_55_plus == Approx(12.0 / 49.0));
    CHECK(p[0].mean_age == Approx(42.5).epsilon(1e-9));
}

TEST_CASE("age drift: the projected turnover in years 1, 5 and 10 is the simulation's",
          "[model][drift][validity]") {
    // The run's turnover (leavers per mean headcount) in each of ten years over 40 replications
    // of 20,000 staff (SE 0.03-0.05 points), and the share aged 55 or more at each year's end,
    // within 4 SE of the projection. Turnover rises in
    // year 3 (those aged 65 at the start reach 67) and then falls by two points as the hires
    // aged 22-31 replace the retiring: a projection that missed the hire ages, the retirement or
    // the age limit would be many SE away. Under 2 s.
    constexpr int kReplications = 40;
    constexpr double kHeads = 20000;
    const auto resolved = models::resolve_scenario(one_group_scenario(ageing_group(kHeads), 120));
    const auto p = models::project_age_drift(resolved, 0, 10);
    REQUIRE(p[3].turnover - p[10].turnover > 0.02);
    const auto& axis = resolved.axis;
    const std::vector<int> years{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    std::vector<std::vector<double>> turnover(years.size()), old(years.size());
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < kReplications; ++rep) {
        const auto r = model.run(909, rep);
        for (std::size_t i = 0; i < years.size(); ++i) {
            const int from = (years[i] - 1) * 12, to = years[i] * 12;
            const double days = axis.month_start_day(to) - axis.month_start_day(from);
            const double headcount =
                sum_of(*r, model.layout(), "headcount_days", 0, from, to) / days;
            turnover[i].push_back(sum_of(*r, model.layout(), "leavers", 0, from, to) / headcount);
            old[i].push_back(value(*r, model.layout(), models::kOver55, to - 1, 0) /
                             value(*r, model.layout(), models::kHeadcount, to - 1, 0));
        }
    }
    for (std::size_t i = 0; i < years.size(); ++i) {
        const auto e = estimate(turnover[i]);
        INFO("year " << years[i] << ": run " << e.mean << " +- " << e.se << ", projection "
                     << p[years[i]].turnover);
        CHECK(std::abs(e.mean - p[years[i]].turnover) < 4 * e.se);
        const auto o = estimate(old[i]);
        INFO("share aged 55+ at the end of year " << years[i] << ": run " << o.mean << " +- "
                                                  << o.se << ", projection "
                                                  << p[years[i]].share_55_plus);
        CHECK(std::abs(o.mean - p[years[i]].share_55_plus) < 4 * o.se);
    }
}
