#pragma once
// How a design point's replications become one number: their mean, standard deviation, a
// quantile, or the share of them meeting a condition (the probability of meeting it).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace wfsim::sweeps {

struct Statistic {
    enum class Kind { Mean, StandardDeviation, Quantile, ProbabilityAtMost, ProbabilityAtLeast };
    Kind kind = Kind::Mean;
    double parameter = 0.0;  // the quantile's probability, or the threshold

    static Statistic mean() { return {Kind::Mean, 0.0}; }
    static Statistic sd() { return {Kind::StandardDeviation, 0.0}; }
    static Statistic quantile(double q) { return {Kind::Quantile, q}; }
    static Statistic at_most(double x) { return {Kind::ProbabilityAtMost, x}; }
    static Statistic at_least(double x) { return {Kind::ProbabilityAtLeast, x}; }

    // "mean", "sd", "p90", "quantile 0.975", "P(<= 0.1)".
    std::string text() const;
};

// The statistic of the values, skipping NaN (an undefined rate); NaN when no value is defined
// (or fewer than two, for the standard deviation). Quantiles interpolate linearly between
// order statistics (R type 7, numpy's default), as the run's summaries do.
double reduce(const Statistic& statistic, std::span<const double> values);

// Its Monte Carlo standard error: sd / sqrt(n) for the mean, sqrt(p (1 - p) / n) for a
// probability, and for the others the standard deviation of `resamples` bootstrap resamples
// drawn from `seed`. NaN with fewer than two defined values.
double reduce_standard_error(const Statistic& statistic, std::span<const double> values,
                             int resamples, std::uint64_t seed);

// Quantile of sorted values by linear interpolation (R type 7).
double sorted_quantile(const std::vector<double>& sorted, double q);

}  // namespace wfsim::sweeps
