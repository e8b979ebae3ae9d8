// Morris elementary effects: mu, mu* and sigma from trajectories.
#include <cmath>

#include "models/sweeps/bootstrap_streams.hpp"
#include "models/sweeps/sensitivity.hpp"
#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {

MorrisEffects morris_effects(const Design& design, std::span<const double> y,
                             const BootstrapSettings& settings) {
    const std::size_t k = design.factors;
    std::vector<std::vector<double>> effects(k);
    // Consecutive points of one trajectory differ in one factor; which one, and by how much,
    // is read from the coordinates (as the analysis of any design file must).
    for (std::size_t p = 1; p < design.points(); ++p) {
        if (design.block[p] != design.block[p - 1]) continue;
        for (std::size_t f = 0; f < k; ++f) {
            const double step = design.at(p, f) - design.at(p - 1, f);
            if (step == 0.0) continue;
            const double effect = (y[p] - y[p - 1]) / step;
            if (!std::isnan(effect)) effects[f].push_back(effect);
            break;
        }
    }
    MorrisEffects out;
    SweepRandom random(settings.seed, streams::kMorrisTrajectories);
    for (std::size_t f = 0; f < k; ++f) {
        const std::vector<double>& e = effects[f];
        const double n = static_cast<double>(e.size());
        double sum = 0.0, absolute = 0.0;
        for (double v : e) {
            sum += v;
            absolute += std::fabs(v);
        }
        const double mu = e.empty() ? kNoValue : sum / n;
        double squares = 0.0;
        for (double v : e) squares += (v - mu) * (v - mu);
        out.mu.push_back(mu);
        out.sigma.push_back(e.size() > 1 ? std::sqrt(squares / (n - 1.0)) : kNoValue);
        out.count.push_back(e.size());
        std::vector<double> replicates;
        for (int b = 0; b < settings.resamples && !e.empty(); ++b) {
            double resampled = 0.0;
            for (std::size_t i = 0; i < e.size(); ++i)
                resampled += std::fabs(e[random.below(e.size())]);
            replicates.push_back(resampled / n);
        }
        out.mu_star.push_back(percentile_estimate(e.empty() ? kNoValue : absolute / n,
                                                  std::move(replicates), settings.confidence));
    }
    return out;
}

}  // namespace wfsim::sweeps
