// Measures of the designs whose points are fixed (one at a time, factorial): only the
// replications are random, and every point has the same ones (common random numbers), so the
// bootstrap resamples replication indices once for all points, keeping the pairing.
#include <cmath>

#include "models/sweeps/bootstrap_streams.hpp"
#include "models/sweeps/sensitivity.hpp"
#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {
namespace {

// The statistic of every point over the replications `pick`.
std::vector<double> point_outputs(const ReplicationValues& values, const Statistic& statistic,
                                  const std::vector<std::size_t>* pick) {
    std::vector<double> y;
    y.reserve(values.size());
    std::vector<double> chosen;
    for (const auto& reps : values) {
        if (!pick) {
            y.push_back(reduce(statistic, reps));
            continue;
        }
        chosen.clear();
        for (std::size_t r : *pick) chosen.push_back(reps[r]);
        y.push_back(reduce(statistic, chosen));
    }
    return y;
}

std::size_t replications_of(const ReplicationValues& values) {
    return values.empty() ? 0 : values.front().size();
}

// Calls measure(point outputs) -> vector of measures once on all replications and once per
// bootstrap resample; returns each measure with its interval.
template <class Measure>
std::vector<Estimate> paired_bootstrap(const ReplicationValues& values, const Statistic& statistic,
                                       const BootstrapSettings& settings, Measure measure) {
    const std::vector<double> point = measure(point_outputs(values, statistic, nullptr));
    std::vector<std::vector<double>> replicates(point.size());
    const std::size_t n = replications_of(values);
    SweepRandom random(settings.seed, streams::kReplications);
    std::vector<std::size_t> pick(n);
    for (int b = 0; b < settings.resamples && n > 1; ++b) {
        for (auto& r : pick) r = random.below(n);
        const std::vector<double> again = measure(point_outputs(values, statistic, &pick));
        for (std::size_t i = 0; i < again.size(); ++i) replicates[i].push_back(again[i]);
    }
    std::vector<Estimate> out;
    for (std::size_t i = 0; i < point.size(); ++i)
        out.push_back(percentile_estimate(point[i], std::move(replicates[i]), settings.confidence));
    return out;
}

}  // namespace

OneAtATimeEffects one_at_a_time_effects(const Design& design, const ReplicationValues& values,
                                        const Statistic& statistic,
                                        const BootstrapSettings& settings) {
    const std::size_t k = design.factors;
    // Points: the baseline, then low and high of each factor (one_at_a_time_design).
    std::vector<std::size_t> low(k), high(k);
    std::size_t baseline = 0;
    for (std::size_t p = 0; p < design.points(); ++p) {
        if (design.block[p] < 0)
            baseline = p;
        else
            (design.row[p] == 0 ? low : high)[static_cast<std::size_t>(design.block[p])] = p;
    }
    // Measures in order: low effects, high effects, swings.
    const auto measure = [&](const std::vector<double>& y) {
        std::vector<double> m;
        for (std::size_t f = 0; f < k; ++f) m.push_back(y[low[f]] - y[baseline]);
        for (std::size_t f = 0; f < k; ++f) m.push_back(y[high[f]] - y[baseline]);
        for (std::size_t f = 0; f < k; ++f) m.push_back(y[high[f]] - y[low[f]]);
        return m;
    };
    const std::vector<Estimate> all = paired_bootstrap(values, statistic, settings, measure);
    const std::vector<double> y = point_outputs(values, statistic, nullptr);
    OneAtATimeEffects out;
    out.baseline = y[baseline];
    for (std::size_t f = 0; f < k; ++f) {
        out.low.push_back(y[low[f]]);
        out.high.push_back(y[high[f]]);
        out.low_effect.push_back(all[f]);
        out.high_effect.push_back(all[k + f]);
        out.swing.push_back(all[2 * k + f]);
    }
    return out;
}

FactorialEffects factorial_effects(const Design& design, const std::vector<int>& levels,
                                   const ReplicationValues& values, const Statistic& statistic,
                                   const BootstrapSettings& settings) {
    const std::size_t k = design.factors;
    // The level of each factor at each point, from its coordinate l / (L - 1).
    std::vector<std::vector<int>> level_of(design.points(), std::vector<int>(k, 0));
    for (std::size_t p = 0; p < design.points(); ++p)
        for (std::size_t f = 0; f < k; ++f)
            if (levels[f] > 1)
                level_of[p][f] = static_cast<int>(std::lround(design.at(p, f) * (levels[f] - 1)));

    const auto level_means = [&](const std::vector<double>& y) {
        std::vector<std::vector<double>> m(k);
        for (std::size_t f = 0; f < k; ++f) {
            std::vector<double> sum(static_cast<std::size_t>(levels[f]), 0.0);
            std::vector<double> count(sum.size(), 0.0);
            for (std::size_t p = 0; p < y.size(); ++p) {
                sum[static_cast<std::size_t>(level_of[p][f])] += y[p];
                count[static_cast<std::size_t>(level_of[p][f])] += 1.0;
            }
            for (std::size_t l = 0; l < sum.size(); ++l) m[f].push_back(sum[l] / count[l]);
        }
        return m;
    };
    const auto measure = [&](const std::vector<double>& y) {
        double sum = 0.0;
        for (double v : y) sum += v;
        const double mean = sum / static_cast<double>(y.size());
        double total = 0.0;
        for (double v : y) total += (v - mean) * (v - mean);
        total /= static_cast<double>(y.size());
        std::vector<double> share;
        for (const auto& level : level_means(y)) {
            double between = 0.0;
            for (double m : level) between += (m - mean) * (m - mean);
            between /= static_cast<double>(level.size());
            share.push_back(total > 0.0 ? between / total : kNoValue);
        }
        return share;
    };
    FactorialEffects out;
    out.main_effect_share = paired_bootstrap(values, statistic, settings, measure);
    out.level_means = level_means(point_outputs(values, statistic, nullptr));
    return out;
}

}  // namespace wfsim::sweeps
