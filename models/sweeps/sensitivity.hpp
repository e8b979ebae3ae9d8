#pragma once
// Sensitivity measures of each design, from the output of every design point (one number per
// point: a statistic of its replications) or, where the design's points are fixed and only the
// replications vary, from the replications themselves. Every interval is a bootstrap percentile
// interval at BootstrapSettings::confidence, drawn from its seed.
//
//  design          measure                                           interval: resampling
//  Sobol           first order S_i (Saltelli et al. 2010), total     sample rows of A, B, AB
//                  order ST_i (Jansen 1999), over Var of A and B
//  Morris          mu, mu*, sigma of the elementary effects          trajectories (mu*)
//  one at a time   output at each end minus the baseline, swing      replications, paired
//                  (high end minus low end)                          across points
//  factorial       main-effect share: variance of the level means    replications, paired
//                  / variance over all points (exact ANOVA split)
//  Latin hyper-    standardised regression coefficients b_j sd(x_j)  points
//  cube, external  / sd(y), with R^2
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "models/sweeps/design.hpp"
#include "models/sweeps/statistic.hpp"

namespace wfsim::sweeps {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

struct Estimate {
    double value = kNoValue;
    double low = kNoValue, high = kNoValue;  // the interval
};

struct BootstrapSettings {
    int resamples = 1000;
    double confidence = 0.95;
    std::uint64_t seed = 1;
};

// The estimate `value` with the percentile interval of its bootstrap replicates (NaN ones
// skipped).
Estimate percentile_estimate(double value, std::vector<double> replicates, double confidence);

struct SobolIndices {
    std::vector<Estimate> first, total;  // per factor
    double variance = kNoValue;          // of the output over A and B
    std::size_t rows = 0;                // sample rows used: those with every output defined
};
// `y` per design point, in the design's order.
SobolIndices sobol_indices(const Design& design, std::span<const double> y,
                           const BootstrapSettings& settings);

struct MorrisEffects {
    std::vector<double> mu, sigma;   // per factor; sigma with the n - 1 denominator
    std::vector<Estimate> mu_star;   // mean absolute elementary effect
    std::vector<std::size_t> count;  // elementary effects defined
};
// Elementary effects (y(x + delta e_i) - y(x)) / delta in units of the factor's range (its
// levels run from 0 to 1), from consecutive points of each trajectory.
MorrisEffects morris_effects(const Design& design, std::span<const double> y,
                             const BootstrapSettings& settings);

// Per point, the values of its replications: [point][replication], every point the same
// replications (common random numbers), so that resampling them pairs the points.
using ReplicationValues = std::vector<std::vector<double>>;

struct OneAtATimeEffects {
    double baseline = kNoValue;
    std::vector<double> low, high;                  // the output at each end, per factor
    std::vector<Estimate> low_effect, high_effect;  // minus the baseline
    std::vector<Estimate> swing;                    // high end minus low end
};
OneAtATimeEffects one_at_a_time_effects(const Design& design, const ReplicationValues& values,
                                        const Statistic& statistic,
                                        const BootstrapSettings& settings);

struct FactorialEffects {
    std::vector<Estimate> main_effect_share;       // per factor
    std::vector<std::vector<double>> level_means;  // per factor, per level
};
FactorialEffects factorial_effects(const Design& design, const std::vector<int>& levels,
                                   const ReplicationValues& values, const Statistic& statistic,
                                   const BootstrapSettings& settings);

struct RegressionEffects {
    std::vector<Estimate> src;  // per factor
    Estimate r_squared;
};
// `x` [point][factor] in the factors' own units.
RegressionEffects regression_effects(const std::vector<double>& x, std::size_t factors,
                                     std::span<const double> y, const BootstrapSettings& settings);

// One-way random-effects analysis of variance of `y` [outer][inner]: each outer sample a
// parameter set, its inner values replications of individual chance. With M outer samples of n
// and the mean squares within (MSW) and between (MSB): chance = MSW, parameter =
// max(0, (MSB - MSW) / n) (unbiased before the truncation), total = parameter + chance.
struct VarianceDecomposition {
    double mean = kNoValue;
    double total = kNoValue, parameter = kNoValue, chance = kNoValue;
    Estimate parameter_share;  // parameter / total; interval resampling the outer samples
    std::size_t outer = 0, inner = 0;
};
VarianceDecomposition decompose_variance(std::span<const double> y, std::size_t outer,
                                         std::size_t inner, const BootstrapSettings& settings);

}  // namespace wfsim::sweeps
