#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using Catch::Matchers::Contains;
using models::DurationDistribution;

TEST_CASE("base hazard: turnover is the reciprocal of expected service", "[calibration]") {
    // Without a first-year effect the hazard is the turnover itself (leavers per mean headcount
    // is a hazard, not -ln(1 - turnover)).
    CHECK(models::solve_base_hazard(0.2, 1.0, 1.0, 0.0) == Approx(0.2).epsilon(1e-12));
    for (double f : {0.5, 1.5, 2.0, 4.0}) {
        const double b = models::solve_base_hazard(0.2, 1.0, f, 0.0);
        CHECK(1.0 / models::expected_service_years(f * b, b) == Approx(0.2).epsilon(1e-10));
        // A higher first-year hazard leaves a lower base hazard, and the reverse.
        CHECK((f > 1.0 ? b < 0.2 : b > 0.2));
    }
    // E[service] = (1 - e^{-fb}) / (fb) + e^{-fb} / b, checked at one point by hand.
    CHECK(models::expected_service_years(0.2, 0.1) ==
          Approx((1 - std::exp(-0.2)) / 0.2 + std::exp(-0.2) / 0.1));
}

TEST_CASE("steady-state first-year share", "[calibration]") {
    // With a constant hazard b, service is exponential and P(service < 1) weighted by time is
    // (1 - e^{-b}) / b * b = 1 - e^{-b}.
    CHECK(models::steady_state_first_year_share(0.3, 0.3) == Approx(1 - std::exp(-0.3)));
}

TEST_CASE("absence onset rate inverts the absence share", "[calibration]") {
    const auto spell = DurationDistribution::lognormal(10, 15);
    for (double leave : {0.0, 0.2 / 365.25, 1.0 / 365.25}) {
        const double a = models::onset_rate_for_share(0.057, spell, leave);
        CHECK(models::absence_share(a, spell, leave) == Approx(0.057).epsilon(1e-12));
    }
    // Without leaving: a = r / (d (1 - r)), DESIGN.md's conversion.
    CHECK(models::onset_rate_for_share(0.05, spell, 0.0) == Approx(0.05 / (10 * 0.95)));
    // With exponential spells the share is a d / (1 + a d + lambda d) exactly.
    const auto expo = DurationDistribution::exponential(10);
    const double a = 0.01, lambda = 0.002;
    CHECK(models::absence_share(a, expo, lambda) == Approx(a * 10 / (1 + a * 10 + lambda * 10)));
}

TEST_CASE("Laplace transforms of the duration distributions", "[calibration]") {
    CHECK(DurationDistribution::fixed(5).laplace(0.1) == Approx(std::exp(-0.5)));
    CHECK(DurationDistribution::exponential(5).laplace(0.1) == Approx(1 / 1.5));
    CHECK(DurationDistribution::uniform(2, 4).laplace(0.5) ==
          Approx((std::exp(-1.0) - std::exp(-2.0)) / (0.5 * 2)));
    // Lognormal with a tiny spread is nearly fixed; E[e^{-sD}] >= e^{-s E[D]} (Jensen).
    CHECK(DurationDistribution::lognormal(5, 0.001).laplace(0.1) ==
          Approx(std::exp(-0.5)).epsilon(1e-6));
    CHECK(DurationDistribution::lognormal(5, 10).laplace(0.1) > std::exp(-0.5));
    // Against the moment expansion for a small s: 1 - s E[D] + s^2 E[D^2] / 2 - s^3 E[D^3] / 6,
    // with lognormal moments E[D^k] = exp(k mu + k^2 sigma^2 / 2); the next term is ~5e-8.
    const double s = 1e-3, m = 8, sd = 10;
    const double s2 = std::log1p(sd * sd / (m * m)), mu = std::log(m) - s2 / 2;
    auto moment = [&](int k) { return std::exp(k * mu + k * k * s2 / 2); };
    CHECK(DurationDistribution::lognormal(m, sd).laplace(s) ==
          Approx(1 - s * moment(1) + s * s * moment(2) / 2 - s * s * s * moment(3) / 6)
              .epsilon(0)
              .margin(1e-7));
}

TEST_CASE("group size and establishment resolve from the figures given", "[calibration]") {
    auto g = plain_group("nurses", 1000);
    g.headcount.reset();
    g.wte = 890.0;
    g.wte_per_head = 0.89;
    g.vacancy_rate = 0.1;
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.1;
    const auto r = models::resolve_scenario(one_group_scenario(g, 12)).groups[0];
    CHECK(r.headcount == 1000);
    CHECK(r.wte == Approx(890.0));
    CHECK(r.establishment_wte == Approx(890.0 / 0.9));
    // Little's law: 0.1 / 0.9 = 0.1 * (search + 90) / 365, the turnover being leavers in the
    // first twelve months (365 days from 1 April 2022).
    CHECK(r.search_mean_days + 90.0 == Approx(365.0 * (0.1 / 0.9) / 0.1));
    CHECK(r.expected_vacancy_rate == Approx(0.1));
}

TEST_CASE("without a vacancy figure the establishment holds the equilibrium pipeline",
          "[calibration]") {
    auto g = plain_group("nurses", 1000);
    g.leaving.hazard_per_year = 0.2;
    const auto r = models::resolve_scenario(one_group_scenario(g, 12)).groups[0];
    const double x = 0.2 * 90.0 / 365.25;  // vacancies per post in post
    CHECK(r.establishment_wte == Approx(1000 * (1 + x)));
    g.establishment_wte = 1000;  // "all posts filled at the start"
    CHECK(models::resolve_scenario(one_group_scenario(g, 12)).groups[0].establishment_wte == 1000);
}

TEST_CASE("a vacancy rate below what the time to hire gives is refused", "[calibration]") {
    auto g = plain_group("nurses", 1000);
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = 0.2;
    g.vacancy_rate = 0.02;  // time to hire alone gives 0.2 * 90 / 365.25 = 4.7% of staff
    try {
        models::resolve_scenario(one_group_scenario(g, 12));
        FAIL("expected a CalibrationError");
    } catch (const models::CalibrationError& e) {
        CHECK(e.key_path == "groups.nurses.vacancy_rate");
        CHECK_THAT(e.what(), Contains("time_to_hire"));
    }
}

TEST_CASE("units are the groups, then the sectors in first appearance, then the total",
          "[calibration]") {
    auto s = one_group_scenario(plain_group("a", 10), 12);
    auto b = plain_group("b", 10);
    b.sector = "social_care";
    s.groups.push_back(b);
    s.groups.push_back(plain_group("c", 10));
    const auto units = models::resolve_scenario(s).units;
    CHECK(units.names == std::vector<std::string>{"a", "b", "c", "nhs", "social_care", "total"});
    CHECK(units.sector_of_group == std::vector<int>{3, 4, 3});
}
