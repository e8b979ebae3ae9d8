// Leaving in full: retirement by age against a life-table calculation, the quoted turnover
// split (never added to) by retirement and ill-health leaving, destinations and reasons, and
// retire-and-return. Tolerances are four standard errors of the stated sampling distribution.
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::Band;
using models::kDaysPerYear;

namespace {

models::GroupSpec closed_group(double headcount) {
    auto g = plain_group("staff", headcount);
    g.recruitment.hires_per_year = 0.0;  // nobody refills: the cohort only shrinks
    return g;
}

}  // namespace

TEST_CASE("retirement by age follows the life table, pension rule included", "[model][flows]") {
    // Ages uniform on [55, 60); retirement 0.2 a year at 60-64 and 0.6 from 65; from the start
    // of the third year the schedule moves 2 years older. Survival of someone aged a at the
    // start: S(t) = exp(-integral of r(a + s - shift(s)) ds). Headcount at t is a sum of
    // independent Bernoulli(S_i(t)): mean N E[S], variance N E[S (1 - S)].
    const double n = 20000;
    auto g = closed_group(n);
    g.age_bands = {{"55_59", 55, 60, 1.0}};
    models::RetirementSpec retirement;
    retirement.hazard_by_age = {{"60_64", 60, 65, 0.2}, {"65_plus", 65, 120, 0.6}};
    retirement.pension_changes.push_back({"rule", sim::Date::from_ymd(2024, 4, 1), 2.0});
    g.leaving.retirement = retirement;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 120));
    const double shift_day = resolved.axis.day_of(sim::Date::from_ymd(2024, 4, 1));
    // 65_plus is [65, 120), as the YAML form gives it.
    auto hazard = [](double age) { return age >= 65 ? 0.6 : age >= 60 ? 0.2 : 0.0; };

    models::WorkforceModel model(resolved);
    const auto r = model.run(3, 0);
    const auto& layout = model.layout();
    for (int m : {11, 35, 59, 119}) {
        const double t_end = resolved.axis.month_start_day(m + 1);
        double mean = 0.0, var = 0.0;
        const int ages = 500;
        for (int i = 0; i < ages; ++i) {
            const double a0 = 55.0 + 5.0 * (i + 0.5) / ages;
            double cumulative = 0.0;
            for (double t = 0.0; t < t_end; t += 1.0) {
                const double mid = t + 0.5;
                const double shift = mid >= shift_day ? 2.0 : 0.0;
                cumulative += hazard(a0 + mid / kDaysPerYear - shift) / kDaysPerYear;
            }
            const double s = std::exp(-cumulative);
            mean += s / ages;
            var += s * (1 - s) / ages;
        }
        const double headcount = value(*r, layout, models::kHeadcount, m, 0);
        INFO("month " << m << ": " << headcount << " against " << n * mean);
        CHECK(std::abs(headcount - n * mean) < 4 * std::sqrt(n * var));
    }
    // Every leaver here retired.
    CHECK(sum_of(*r, layout, "leavers_retirement", 0, 0, 120) ==
          sum_of(*r, layout, "leavers", 0, 0, 120));
}

TEST_CASE("retirement and ill-health leaving split the quoted turnover, never add to it",
          "[model][flows]") {
    auto g = plain_group("staff", 8000);
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.15;
    g.leaving.first_year_multiplier = 1.5;
    g.vacancy_rate = 0.1;
    g.age_bands = {{"a", 18, 35, 0.35}, {"b", 35, 55, 0.4}, {"c", 55, 67, 0.25}};
    g.leaving.age_multipliers = {{"under_25", 18, 25, 1.6}};
    models::RetirementSpec retirement;
    retirement.hazard_by_age = {{"60_64", 60, 65, 0.15}, {"65_plus", 65, 120, 0.5}};
    g.leaving.retirement = retirement;
    g.absence.rate = 0.055;
    g.absence.spell_days =
        models::DurationDistribution::mixture({models::DurationDistribution::lognormal(4, 3),
                                               models::DurationDistribution::lognormal(40, 30)},
                                              {0.8, 0.2});
    g.absence.long_term_leaving = 0.1;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 12));
    const auto& rates = resolved.groups[0];
    REQUIRE(rates.expected_retirement_rate > 0.01);
    REQUIRE(rates.expected_ill_health_rate > 0.001);
    CHECK(rates.expected_first_year_turnover == Approx(0.15));
    std::vector<double> turnover, retired, ill;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 12; ++rep) {
        const auto r = model.run(17, rep);
        const auto& layout = model.layout();
        const double mean_headcount = sum_of(*r, layout, "headcount_days", 0, 0, 12) / 365.0;
        turnover.push_back(sum_of(*r, layout, "leavers", 0, 0, 12) / mean_headcount);
        retired.push_back(sum_of(*r, layout, "leavers_retirement", 0, 0, 12) / mean_headcount);
        ill.push_back(sum_of(*r, layout, "leavers_ill_health", 0, 0, 12) / mean_headcount);
    }
    const auto t = estimate(turnover), ret = estimate(retired), ih = estimate(ill);
    INFO("turnover " << t.mean << " +- " << t.se);
    CHECK(std::abs(t.mean - 0.15) < 4 * t.se);
    INFO("retirement " << ret.mean << " +- " << ret.se << " against "
                       << rates.expected_retirement_rate);
    CHECK(std::abs(ret.mean - rates.expected_retirement_rate) < 4 * ret.se);
    INFO("ill health " << ih.mean << " +- " << ih.se << " against "
                       << rates.expected_ill_health_rate);
    CHECK(std::abs(ih.mean - rates.expected_ill_health_rate) < 4 * ih.se);
}

TEST_CASE("destinations: moves keep the person and balance exactly", "[model][flows]") {
    models::Scenario s = one_group_scenario(plain_group("nurses", 6000), 24);
    s.groups[0].leaving.hazard_per_year = 0.2;
    s.groups[0].leaving.moves_within_group = 0.25;
    s.groups[0].leaving.to_groups = {{"carers", 0.15}};
    s.groups[0].leaving.reasons = {{"pay", 0.3}, {"relocation", 0.7}};
    auto carers = plain_group("carers", 3000);
    carers.sector = "social_care";
    carers.leaving.hazard_per_year = 0.0;
    s.groups.push_back(carers);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto r = model.run(5, 0);
    const auto& layout = model.layout();
    for (int m = 0; m < 24; ++m) {
        // Within the group a move is a leaver and a joiner; between groups, the destination's
        // transfer joiners are exactly the source's leavers to other groups.
        CHECK(sum_of(*r, layout, "leavers_moves_within_group", 0, m, m + 1) ==
              sum_of(*r, layout, "joiners_transfer", 0, m, m + 1));
        CHECK(sum_of(*r, layout, "leavers_to_other_groups", 0, m, m + 1) ==
              sum_of(*r, layout, "joiners_transfer", 1, m, m + 1));
    }
    // Shares of leavers (a multinomial split): 25% within the group, 15% to carers, 60% out,
    // and the labels split those leaving the system 30:70.
    const double leavers = sum_of(*r, layout, "leavers", 0, 0, 24);
    const double out = sum_of(*r, layout, "leavers_out_of_system", 0, 0, 24);
    for (const auto& [name, share] :
         std::vector<std::pair<std::string, double>>{{"leavers_moves_within_group", 0.25},
                                                     {"leavers_to_other_groups", 0.15},
                                                     {"leavers_out_of_system", 0.60}}) {
        INFO(name);
        CHECK(std::abs(sum_of(*r, layout, name, 0, 0, 24) - share * leavers) <
              4 * std::sqrt(leavers * share * (1 - share)));
    }
    CHECK(sum_of(*r, layout, "leavers_reason_pay", 0, 0, 24) +
              sum_of(*r, layout, "leavers_reason_relocation", 0, 0, 24) ==
          out);
    CHECK(std::abs(sum_of(*r, layout, "leavers_reason_pay", 0, 0, 24) - 0.3 * out) <
          4 * std::sqrt(out * 0.3 * 0.7));
}

TEST_CASE("retire and return: a share come back after the gap, at a reduced WTE",
          "[model][flows]") {
    auto g = closed_group(20000);
    g.age_bands = {{"60_64", 60, 65, 1.0}};
    models::RetirementSpec retirement;
    retirement.hazard_by_age = {{"60_64", 60, 65, 0.3}, {"65_plus", 65, 120, 0.3}};
    retirement.return_probability = 0.4;
    retirement.return_gap_days = models::DurationDistribution::fixed(31);
    retirement.return_wte_factor = 0.5;
    retirement.return_stay_days = models::DurationDistribution::fixed(200);
    g.leaving.retirement = retirement;
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 24));
    models::WorkforceModel model(resolved);
    const auto r = model.run(8, 0);
    const auto& layout = model.layout();
    // Retirees of the first 12 months who return come back within 31 days: by the end of month
    // 13 all of them have. Each retiree returns with probability 0.4 (at most once).
    const double first_retirements = sum_of(*r, layout, "leavers_retirement", 0, 0, 12);
    const double returned = sum_of(*r, layout, "joiners_retire_return", 0, 0, 14);
    const double retired_by_13 = sum_of(*r, layout, "leavers_retirement", 0, 0, 13);
    // Returners who retire again are in retired_by_13 but cannot return: bound both ways.
    CHECK(returned >= 0.4 * first_retirements - 4 * std::sqrt(first_retirements * 0.24));
    CHECK(returned <= 0.4 * retired_by_13 + 4 * std::sqrt(retired_by_13 * 0.24));
    // Returners work half their WTE: WTE per head falls below 1 as they return.
    CHECK(value(*r, layout, models::kWte, 13, 0) < value(*r, layout, models::kHeadcount, 13, 0));
    // Their stays end after 200 days.
    CHECK(sum_of(*r, layout, "leavers_end_of_stay", 0, 0, 24) > 0);
}

TEST_CASE("an age effect on leaving holds until the band ends, exactly", "[model][flows]") {
    // Ages uniform on [20, 25); base hazard 0.1 a year, times 3 under 25. Someone aged a0 at
    // the start has survived t years with probability exp(-(0.3 min(t, 25 - a0) + 0.1 (t - (25 -
    // a0))+)); headcount is a sum of independent Bernoulli draws, as in the life-table test.
    const double n = 20000;
    auto g = closed_group(n);
    g.age_bands = {{"20_24", 20, 25, 1.0}};
    g.leaving.hazard_per_year = 0.1;
    g.leaving.age_multipliers = {{"under_25", 18, 25, 3.0}};
    const auto resolved = models::resolve_scenario(one_group_scenario(g, 96));
    models::WorkforceModel model(resolved);
    const auto r = model.run(11, 0);
    const auto& layout = model.layout();
    for (int m : {5, 23, 59, 95}) {
        const double t = resolved.axis.month_start_day(m + 1) / kDaysPerYear;
        double mean = 0.0, var = 0.0;
        const int ages = 1000;
        for (int i = 0; i < ages; ++i) {
            const double young = std::min(t, 5.0 * (ages - i - 0.5) / ages);  // years left under 25
            const double s = std::exp(-(0.3 * young + 0.1 * (t - young)));
            mean += s / ages;
            var += s * (1 - s) / ages;
        }
        const double headcount = value(*r, layout, models::kHeadcount, m, 0);
        INFO("month " << m << ": " << headcount << " against " << n * mean);
        CHECK(std::abs(headcount - n * mean) < 4 * std::sqrt(n * var));
    }
}
