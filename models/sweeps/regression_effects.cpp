// Standardised regression coefficients of a sample (Latin hypercube, a design file): the least
// squares fit y = b_0 + sum b_j x_j, and SRC_j = b_j sd(x_j) / sd(y). When the fit is good (R^2
// near 1), SRC_j^2 is factor j's share of the output variance; the coefficient of
// determination says how far to trust that.
#include <cmath>
#include <utility>

#include "models/sweeps/bootstrap_streams.hpp"
#include "models/sweeps/sensitivity.hpp"
#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {
namespace {

// Solves the symmetric system a x = b (n x n, row-major) by Gaussian elimination with partial
// pivoting; false when it is singular (a factor constant over the points, or two collinear).
bool solve(std::vector<double> a, std::vector<double>& b, std::size_t n) {
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < n; ++r)
            if (std::fabs(a[r * n + c]) > std::fabs(a[pivot * n + c])) pivot = r;
        if (!(std::fabs(a[pivot * n + c]) > 1e-12 * std::fabs(a[c * n + c]) + 1e-300)) return false;
        if (pivot != c) {
            for (std::size_t j = 0; j < n; ++j) std::swap(a[c * n + j], a[pivot * n + j]);
            std::swap(b[c], b[pivot]);
        }
        for (std::size_t r = c + 1; r < n; ++r) {
            const double factor = a[r * n + c] / a[c * n + c];
            for (std::size_t j = c; j < n; ++j) a[r * n + j] -= factor * a[c * n + j];
            b[r] -= factor * b[c];
        }
    }
    for (std::size_t c = n; c-- > 0;) {
        for (std::size_t j = c + 1; j < n; ++j) b[c] -= a[c * n + j] * b[j];
        b[c] /= a[c * n + c];
    }
    return true;
}

// SRC per factor, then R^2, over the points `pick` (with repeats for a resample).
std::vector<double> fit(const std::vector<double>& x, std::size_t k, std::span<const double> y,
                        const std::vector<std::size_t>& pick) {
    std::vector<double> result(k + 1, kNoValue);
    const double n = static_cast<double>(pick.size());
    if (pick.size() <= k + 1) return result;
    // Centre: the intercept drops out and the system is better conditioned.
    std::vector<double> mx(k, 0.0);
    double my = 0.0;
    for (std::size_t p : pick) {
        for (std::size_t j = 0; j < k; ++j) mx[j] += x[p * k + j] / n;
        my += y[p] / n;
    }
    std::vector<double> xtx(k * k, 0.0), xty(k, 0.0), sx(k, 0.0);
    double syy = 0.0;
    for (std::size_t p : pick) {
        const double dy = y[p] - my;
        syy += dy * dy;
        for (std::size_t i = 0; i < k; ++i) {
            const double di = x[p * k + i] - mx[i];
            xty[i] += di * dy;
            for (std::size_t j = 0; j <= i; ++j) xtx[i * k + j] += di * (x[p * k + j] - mx[j]);
        }
    }
    for (std::size_t i = 0; i < k; ++i) {
        sx[i] = xtx[i * k + i];
        for (std::size_t j = 0; j < i; ++j) xtx[j * k + i] = xtx[i * k + j];
    }
    std::vector<double> b = xty;
    if (!(syy > 0.0) || !solve(xtx, b, k)) return result;
    double explained = 0.0;
    for (std::size_t j = 0; j < k; ++j) {
        result[j] = b[j] * std::sqrt(sx[j] / syy);
        explained += b[j] * xty[j];
    }
    result[k] = explained / syy;
    return result;
}

}  // namespace

RegressionEffects regression_effects(const std::vector<double>& x, std::size_t factors,
                                     std::span<const double> y, const BootstrapSettings& settings) {
    std::vector<std::size_t> points;
    for (std::size_t p = 0; p < y.size(); ++p) {
        bool defined = !std::isnan(y[p]);
        for (std::size_t j = 0; j < factors; ++j)
            defined = defined && !std::isnan(x[p * factors + j]);
        if (defined) points.push_back(p);
    }
    const std::vector<double> estimate = fit(x, factors, y, points);
    std::vector<std::vector<double>> replicates(factors + 1);
    SweepRandom random(settings.seed, streams::kRegressionPoints);
    std::vector<std::size_t> pick(points.size());
    for (int b = 0; b < settings.resamples && !points.empty(); ++b) {
        for (auto& p : pick) p = points[random.below(points.size())];
        const std::vector<double> again = fit(x, factors, y, pick);
        for (std::size_t j = 0; j <= factors; ++j) replicates[j].push_back(again[j]);
    }
    RegressionEffects out;
    for (std::size_t j = 0; j < factors; ++j)
        out.src.push_back(
            percentile_estimate(estimate[j], std::move(replicates[j]), settings.confidence));
    out.r_squared =
        percentile_estimate(estimate[factors], std::move(replicates[factors]), settings.confidence);
    return out;
}

}  // namespace wfsim::sweeps
