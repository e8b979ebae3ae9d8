// One-at-a-time and factorial measures (paired over replications), regression coefficients of
// a sample, and the two-level variance decomposition.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/sweeps/design.hpp"
#include "models/sweeps/sensitivity.hpp"
#include "models/sweeps/sweep_random.hpp"

using namespace wfsim::sweeps;

namespace {

// Replication r of point p: f(point) + a noise common to every point in replication r (what
// common random numbers give when the noise does not depend on the factors).
ReplicationValues with_common_noise(const std::vector<double>& f, std::size_t replications) {
    SweepRandom random(1, 99);
    std::vector<double> noise;
    for (std::size_t r = 0; r < replications; ++r) noise.push_back(random.uniform() - 0.5);
    ReplicationValues values;
    for (double v : f) {
        values.emplace_back();
        for (double e : noise) values.back().push_back(v + e);
    }
    return values;
}

}  // namespace

TEST_CASE(
    "One at a time: effects at each end, and paired intervals that common noise cannot "
    "widen") {
    const Design d = one_at_a_time_design(2);
    // f = 10 + 2 x1 - 3 x2 with a factor absent meaning x = 0.5 (the baseline).
    std::vector<double> f;
    for (std::size_t p = 0; p < d.points(); ++p) {
        const double x1 = std::isnan(d.at(p, 0)) ? 0.5 : d.at(p, 0);
        const double x2 = std::isnan(d.at(p, 1)) ? 0.5 : d.at(p, 1);
        f.push_back(10 + 2 * x1 - 3 * x2);
    }
    const ReplicationValues values = with_common_noise(f, 50);
    const OneAtATimeEffects e = one_at_a_time_effects(d, values, Statistic::mean(), {300, 0.95, 3});
    CHECK(e.swing[0].value == Approx(2.0));
    CHECK(e.swing[1].value == Approx(-3.0));
    CHECK(e.low_effect[0].value == Approx(-1.0));
    CHECK(e.high_effect[1].value == Approx(-1.5));
    // The noise is the same at every point, so every paired difference is exact.
    CHECK(e.swing[1].low == Approx(-3.0));
    CHECK(e.swing[1].high == Approx(-3.0));
    CHECK(e.baseline != Approx(10.0 + 1.0 - 1.5));  // the mean carries the common noise
}

TEST_CASE("Factorial: main-effect shares are the exact ANOVA split of an additive function") {
    // y = x1 + 2 x2 on a 3 x 3 grid: level means of x1 are {0, 0.5, 1} + 1 (var 1/6), of x2
    // {0, 1, 2} + 0.5 (var 2/3); total variance 1/6 + 2/3: shares 0.2 and 0.8.
    const std::vector<int> levels{3, 3};
    const Design d = factorial_design(levels);
    std::vector<double> f;
    for (std::size_t p = 0; p < d.points(); ++p) f.push_back(d.at(p, 0) + 2 * d.at(p, 1));
    const FactorialEffects e =
        factorial_effects(d, levels, with_common_noise(f, 20), Statistic::mean(), {200, 0.95, 1});
    CHECK(e.main_effect_share[0].value == Approx(0.2));
    CHECK(e.main_effect_share[1].value == Approx(0.8));
    CHECK(e.main_effect_share[1].high == Approx(0.8));
    REQUIRE(e.level_means[1].size() == 3);
    CHECK(e.level_means[1][2] - e.level_means[1][0] == Approx(2.0));
}

TEST_CASE("Regression: standardised coefficients of an exactly linear output") {
    const Design d = latin_hypercube_design(200, 3, 4);
    std::vector<double> x = d.unit, y;
    for (std::size_t p = 0; p < d.points(); ++p) y.push_back(2 * d.at(p, 0) - d.at(p, 1));
    const RegressionEffects e = regression_effects(x, 3, y, {200, 0.95, 1});
    // SRC_j = b_j sd(x_j) / sd(y); each column of a Latin hypercube has the same spread, so
    // SRC = b / sqrt(sum b^2) up to the columns' tiny correlation.
    CHECK(e.r_squared.value == Approx(1.0));
    CHECK(e.src[0].value == Approx(2.0 / std::sqrt(5.0)).margin(0.02));
    CHECK(e.src[1].value == Approx(-1.0 / std::sqrt(5.0)).margin(0.02));
    CHECK(e.src[2].value == Approx(0.0).margin(1e-9));
}

TEST_CASE("Variance decomposition: the one-way random-effects estimators on constructed data") {
    // y[o][i] = m_o + d_i with d = (-1, 0, 1) in every outer sample: MSW = sum d^2 / (n - 1) = 1
    // exactly; MSB = n var(m) with var the n - 1 sample variance; parameter = var(m) - MSW / n.
    const std::vector<double> m{0.0, 2.0, 4.0, 10.0};
    std::vector<double> y;
    for (double mean : m)
        for (double d : {-1.0, 0.0, 1.0}) y.push_back(mean + d);
    const VarianceDecomposition v = decompose_variance(y, 4, 3, {200, 0.95, 1});
    const double var_m = (16.0 + 4.0 + 0.0 + 36.0) / 3.0;  // mean 4
    CHECK(v.mean == Approx(4.0));
    CHECK(v.chance == Approx(1.0));
    CHECK(v.parameter == Approx(var_m - 1.0 / 3.0));
    CHECK(v.total == Approx(var_m + 2.0 / 3.0));
    CHECK(v.parameter_share.value == Approx(v.parameter / v.total));
}

TEST_CASE("Variance decomposition: parameter and chance variances recovered within 4 SE") {
    // theta_o ~ N(0, 1), y = theta_o + N(0, 2^2); M = 400 outer samples of n = 10. The
    // estimator's standard errors (normal data): SE(MSW) = sigma_w^2 sqrt(2 / (M (n - 1))),
    // SE(MSB) = E[MSB] sqrt(2 / (M - 1)), parameter = (MSB - MSW) / n.
    const std::size_t outer = 400, inner = 10;
    SweepRandom random(5, 1);
    const auto normal = [&] {
        double u1 = random.uniform(), u2 = random.uniform();
        if (u1 == 0.0) u1 = 0x1.0p-53;
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    };
    std::vector<double> y;
    for (std::size_t o = 0; o < outer; ++o) {
        const double theta = normal();
        for (std::size_t i = 0; i < inner; ++i) y.push_back(theta + 2.0 * normal());
    }
    const VarianceDecomposition v = decompose_variance(y, outer, inner, {300, 0.95, 1});
    const double se_within = 4.0 * std::sqrt(2.0 / (outer * (inner - 1.0)));
    const double msb = inner * 1.0 + 4.0;
    const double se_parameter =
        std::sqrt(std::pow(msb * std::sqrt(2.0 / (outer - 1.0)), 2) + se_within * se_within) /
        inner;
    CHECK(std::fabs(v.chance - 4.0) <= 4 * se_within);
    CHECK(std::fabs(v.parameter - 1.0) <= 4 * se_parameter);
    CHECK(v.parameter_share.low < 0.2);
    CHECK(v.parameter_share.high > 0.2);
}
