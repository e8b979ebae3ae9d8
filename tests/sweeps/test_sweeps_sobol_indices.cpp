// Sobol indices from Saltelli sampling against functions whose indices are known analytically.
// Tolerances: 4 bootstrap standard errors, the standard error taken from the 95% percentile
// interval as its width / (2 x 1.96).
#include <catch2/catch.hpp>
#include <cmath>

#include "models/sweeps/design.hpp"
#include "models/sweeps/sensitivity.hpp"

using namespace wfsim::sweeps;

namespace {

std::vector<double> evaluate(const Design& d, double (*f)(const double*)) {
    std::vector<double> y;
    for (std::size_t p = 0; p < d.points(); ++p) y.push_back(f(&d.unit[p * d.factors]));
    return y;
}

double standard_error(const Estimate& e) {
    return (e.high - e.low) / (2.0 * 1.959964);
}

void check_within(const Estimate& e, double exact, const char* what, std::size_t factor) {
    INFO(what << " of factor " << factor + 1 << ": " << e.value << " [" << e.low << ", " << e.high
              << "], analytic " << exact);
    CHECK(std::fabs(e.value - exact) <= 4.0 * standard_error(e));
    CHECK(standard_error(e) < 0.03);  // the estimate is also informative
}

// Ishigami and Homma (1990), a = 7, b = 0.1, on [-pi, pi]^3 (here from the unit cube).
constexpr double kA = 7.0, kB = 0.1;
double ishigami(const double* u) {
    const double x1 = M_PI * (2 * u[0] - 1), x2 = M_PI * (2 * u[1] - 1), x3 = M_PI * (2 * u[2] - 1);
    return std::sin(x1) + kA * std::sin(x2) * std::sin(x2) + kB * std::pow(x3, 4) * std::sin(x1);
}

// Sobol's g-function with a = (0, 1, 4.5, 9, 99, 99, 99, 99).
constexpr double kG[8] = {0, 1, 4.5, 9, 99, 99, 99, 99};
double g_function(const double* u) {
    double y = 1.0;
    for (int i = 0; i < 8; ++i) y *= (std::fabs(4 * u[i] - 2) + kG[i]) / (1 + kG[i]);
    return y;
}

}  // namespace

TEST_CASE("Sobol indices: the Ishigami function (Saltelli 2010 first order, Jansen total)") {
    // V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V13 = b^2 pi^8 (1/18 - 1/50).
    const double pi4 = std::pow(M_PI, 4), pi8 = pi4 * pi4;
    const double v1 = 0.5 * std::pow(1 + kB * pi4 / 5, 2), v2 = kA * kA / 8;
    const double v13 = kB * kB * pi8 * (1.0 / 18 - 1.0 / 50);
    const double v = v1 + v2 + v13;
    const double first[3] = {v1 / v, v2 / v, 0.0};
    const double total[3] = {(v1 + v13) / v, v2 / v, v13 / v};
    CHECK(first[0] == Approx(0.3139).epsilon(1e-3));
    CHECK(total[2] == Approx(0.2437).epsilon(1e-3));

    const Design d = sobol_design(4096, 3, 1);
    const SobolIndices s = sobol_indices(d, evaluate(d, ishigami), {1000, 0.95, 2});
    CHECK(s.rows == 4096);
    CHECK(s.variance == Approx(v).epsilon(0.02));
    for (std::size_t f = 0; f < 3; ++f) {
        check_within(s.first[f], first[f], "S1", f);
        check_within(s.total[f], total[f], "ST", f);
    }
}

TEST_CASE("Sobol indices: Sobol's g-function, eight factors of falling importance") {
    // V_i = 1 / (3 (1 + a_i)^2); V = prod (1 + V_i) - 1; ST_i = V_i prod_{j != i} (1 + V_j) / V.
    double vi[8], product = 1.0;
    for (int i = 0; i < 8; ++i) {
        vi[i] = 1.0 / (3.0 * (1 + kG[i]) * (1 + kG[i]));
        product *= 1 + vi[i];
    }
    const double v = product - 1.0;
    const Design d = sobol_design(8192, 8, 3);
    const SobolIndices s = sobol_indices(d, evaluate(d, g_function), {1000, 0.95, 4});
    for (std::size_t f = 0; f < 8; ++f) {
        check_within(s.first[f], vi[f] / v, "S1", f);
        check_within(s.total[f], vi[f] * product / (1 + vi[f]) / v, "ST", f);
    }
    // The ranking follows a_i.
    CHECK(s.total[0].value > s.total[1].value);
    CHECK(s.total[1].value > s.total[2].value);
    CHECK(s.total[2].value > s.total[3].value);
}

TEST_CASE("Sobol indices: a factor the output ignores has exactly zero total order") {
    // AB_3 differs from A in factor 3 only, so f(A) = f(AB_3) at every row: the total-order
    // estimator and every bootstrap replicate are 0; the first order is 0 within its interval.
    const Design d = sobol_design(512, 3, 5);
    std::vector<double> y;
    for (std::size_t p = 0; p < d.points(); ++p) y.push_back(d.at(p, 0) + 2 * d.at(p, 1));
    const SobolIndices s = sobol_indices(d, y, {500, 0.95, 6});
    CHECK(s.total[2].value == 0.0);
    CHECK(s.total[2].low == 0.0);
    CHECK(s.total[2].high == 0.0);
    CHECK(s.first[2].low <= 0.0);
    CHECK(s.first[2].high >= 0.0);
    // Additive: S1 = ST = c_i^2 / sum c^2 (1/5 and 4/5).
    CHECK(s.total[1].value == Approx(0.8).margin(0.02));
    CHECK(s.first[0].value == Approx(0.2).margin(0.02));
}

TEST_CASE("Sobol indices: rows with an undefined output are left out, the rest are used") {
    const Design d = sobol_design(64, 2, 5);
    std::vector<double> y;
    for (std::size_t p = 0; p < d.points(); ++p) y.push_back(d.at(p, 0));
    y[5] = kNoValue;  // row 1 (points 4 to 7)
    const SobolIndices s = sobol_indices(d, y, {100, 0.95, 6});
    CHECK(s.rows == 63);
    CHECK(s.total[1].value == 0.0);
}
