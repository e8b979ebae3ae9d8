// Morris elementary effects on functions whose effects are known exactly.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/sweeps/design.hpp"
#include "models/sweeps/sensitivity.hpp"

using namespace wfsim::sweeps;

TEST_CASE("Morris: a linear function has elementary effects equal to its coefficients") {
    // y = 3 x1 - 2 x2 + 0 x3 + 0.5 x4 on the unit levels: every elementary effect of factor i
    // is exactly b_i, so mu = b_i, mu* = |b_i|, sigma = 0, and the interval of mu* is a point.
    const double b[4] = {3.0, -2.0, 0.0, 0.5};
    const Design d = morris_design(20, 4, 4, 7);
    std::vector<double> y;
    for (std::size_t p = 0; p < d.points(); ++p) {
        double v = 0.0;
        for (std::size_t f = 0; f < 4; ++f) v += b[f] * d.at(p, f);
        y.push_back(v);
    }
    const MorrisEffects m = morris_effects(d, y, {200, 0.95, 1});
    for (std::size_t f = 0; f < 4; ++f) {
        CHECK(m.count[f] == 20);
        CHECK(m.mu[f] == Approx(b[f]).margin(1e-12));
        CHECK(m.mu_star[f].value == Approx(std::fabs(b[f])).margin(1e-12));
        CHECK(m.sigma[f] == Approx(0.0).margin(1e-12));
        CHECK(m.mu_star[f].low == Approx(std::fabs(b[f])).margin(1e-12));
        CHECK(m.mu_star[f].high == Approx(std::fabs(b[f])).margin(1e-12));
    }
}

TEST_CASE("Morris: an interaction x1 x2 gives mu near E[x2] and a sigma from its spread") {
    // With 4 levels (delta = 2/3) the value of x2 when x1 moves is uniform on {0, 1/3, 2/3, 1}
    // (its start or its end, each up or down): the effects of x1 are those values, mean 1/2,
    // variance 5/36. r = 400: SE(mu) = sqrt(5/36 / 400); SE(sigma^2) from the fourth central
    // moment, sqrt((mu4 - sigma^4 (r - 3) / (r - 1)) / r), mu4 = ((1/6)^4 + (1/2)^4) / 2.
    const std::size_t r = 400;
    const Design d = morris_design(r, 3, 4, 13);
    std::vector<double> y;
    for (std::size_t p = 0; p < d.points(); ++p) y.push_back(d.at(p, 0) * d.at(p, 1));
    const MorrisEffects m = morris_effects(d, y, {200, 0.95, 1});
    const double variance = 5.0 / 36.0;
    const double mu4 = (std::pow(1.0 / 6, 4) + std::pow(0.5, 4)) / 2.0;
    const double n = static_cast<double>(r);
    CHECK(std::fabs(m.mu[0] - 0.5) <= 4.0 * std::sqrt(variance / n));
    const double se_variance = std::sqrt((mu4 - variance * variance * (n - 3) / (n - 1)) / n);
    CHECK(std::fabs(m.sigma[0] * m.sigma[0] - variance) <= 4.0 * se_variance);
    // x3 does nothing: every effect is exactly 0.
    CHECK(m.mu_star[2].value == 0.0);
    CHECK(m.sigma[2] == 0.0);
    CHECK(m.mu_star[2].high == 0.0);
    // Influence ranking by mu*: x1 and x2 (symmetric) above x3.
    CHECK(m.mu_star[0].value > m.mu_star[2].value);
    CHECK(m.mu_star[1].value > m.mu_star[2].value);
}
