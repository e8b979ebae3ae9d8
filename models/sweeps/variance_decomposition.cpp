// Two-level uncertainty: how much of an output's variance comes from the parameter sets (outer
// samples) and how much from individual chance (replications within one).
#include "models/sweeps/bootstrap_streams.hpp"
#include "models/sweeps/sensitivity.hpp"
#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {
namespace {

struct Components {
    double mean, parameter, chance;
};

// Over the outer samples `pick` (repeats allowed, for a resample).
Components components(std::span<const double> y, std::size_t inner,
                      const std::vector<std::size_t>& pick) {
    const double m = static_cast<double>(pick.size()), n = static_cast<double>(inner);
    std::vector<double> means;
    double grand = 0.0, within = 0.0;
    for (std::size_t o : pick) {
        double sum = 0.0;
        for (std::size_t i = 0; i < inner; ++i) sum += y[o * inner + i];
        const double mean = sum / n;
        for (std::size_t i = 0; i < inner; ++i)
            within += (y[o * inner + i] - mean) * (y[o * inner + i] - mean);
        means.push_back(mean);
        grand += mean / m;
    }
    double between = 0.0;
    for (double mean : means) between += (mean - grand) * (mean - grand);
    const double msw = within / (m * (n - 1.0));
    const double msb = n * between / (m - 1.0);
    const double parameter = (msb - msw) / n;
    return {grand, parameter > 0.0 ? parameter : 0.0, msw};
}

}  // namespace

VarianceDecomposition decompose_variance(std::span<const double> y, std::size_t outer,
                                         std::size_t inner, const BootstrapSettings& settings) {
    VarianceDecomposition out;
    out.outer = outer;
    out.inner = inner;
    if (outer < 2 || inner < 2) return out;
    std::vector<std::size_t> all(outer);
    for (std::size_t o = 0; o < outer; ++o) all[o] = o;
    const Components c = components(y, inner, all);
    out.mean = c.mean;
    out.parameter = c.parameter;
    out.chance = c.chance;
    out.total = c.parameter + c.chance;
    std::vector<double> shares;
    SweepRandom random(settings.seed, streams::kOuterSamples);
    std::vector<std::size_t> pick(outer);
    for (int b = 0; b < settings.resamples; ++b) {
        for (auto& o : pick) o = random.below(outer);
        const Components again = components(y, inner, pick);
        const double total = again.parameter + again.chance;
        shares.push_back(total > 0.0 ? again.parameter / total : kNoValue);
    }
    out.parameter_share =
        percentile_estimate(out.total > 0.0 ? out.parameter / out.total : kNoValue,
                            std::move(shares), settings.confidence);
    return out;
}

}  // namespace wfsim::sweeps
