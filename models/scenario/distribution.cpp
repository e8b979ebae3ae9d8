#include "models/scenario/distribution.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace wfsim::models {

std::string DurationDistribution::describe() const {
    char buf[128];
    switch (kind) {
        case Kind::Fixed:
            std::snprintf(buf, sizeof buf, "fixed %.4g days", mean);
            break;
        case Kind::Exponential:
            std::snprintf(buf, sizeof buf, "exponential, mean %.4g days", mean);
            break;
        case Kind::LogNormal:
            std::snprintf(buf, sizeof buf, "lognormal, mean %.4g days, sd %.4g", mean, sd);
            break;
        case Kind::Uniform:
            std::snprintf(buf, sizeof buf, "uniform %.4g to %.4g days", min, max);
            break;
        case Kind::Mixture: {
            std::string text = "mixture of";
            for (std::size_t i = 0; i < components.size(); ++i) {
                std::snprintf(buf, sizeof buf, "%s %.3g%% ", i ? "," : "", 100.0 * weights[i]);
                text += buf + components[i].describe();
            }
            return text;
        }
    }
    return buf;
}

DurationDistribution DurationDistribution::mixture(std::vector<DurationDistribution> parts,
                                                   std::vector<double> weights) {
    DurationDistribution d;
    d.kind = Kind::Mixture;
    double total = 0.0;
    for (double w : weights) total += w;
    double mean = 0.0, second = 0.0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        weights[i] /= total;
        mean += weights[i] * parts[i].mean;
        second += weights[i] * (parts[i].sd * parts[i].sd + parts[i].mean * parts[i].mean);
    }
    d.mean = mean;
    d.sd = std::sqrt(std::max(0.0, second - mean * mean));
    for (std::size_t i = 0; i < parts.size(); ++i)
        d.length_weights.push_back(mean > 0 ? weights[i] * parts[i].mean / mean : weights[i]);
    d.components = std::move(parts);
    d.weights = std::move(weights);
    return d;
}

double DurationDistribution::probability_longer_than(double days) const {
    switch (kind) {
        case Kind::Fixed:
            return mean > days ? 1.0 : 0.0;
        case Kind::Exponential:
            return days <= 0 ? 1.0 : std::exp(-days / mean);
        case Kind::Uniform:
            if (days <= min) return 1.0;
            if (days >= max) return 0.0;
            return (max - days) / (max - min);
        case Kind::LogNormal:
            if (days <= 0) return 1.0;
            if (log_params.sigma == 0.0) return mean > days ? 1.0 : 0.0;
            return 0.5 * std::erfc((std::log(days) - log_params.mu) /
                                   (log_params.sigma * std::sqrt(2.0)));
        case Kind::Mixture: {
            double p = 0.0;
            for (std::size_t i = 0; i < components.size(); ++i)
                p += weights[i] * components[i].probability_longer_than(days);
            return p;
        }
    }
    return 0.0;
}

double DurationDistribution::laplace(double s) const {
    if (s <= 0.0) return 1.0;
    switch (kind) {
        case Kind::Mixture: {
            double l = 0.0;
            for (std::size_t i = 0; i < components.size(); ++i)
                l += weights[i] * components[i].laplace(s);
            return l;
        }
        case Kind::Fixed:
            return std::exp(-s * mean);
        case Kind::Exponential:
            return 1.0 / (1.0 + s * mean);
        case Kind::Uniform:
            if (max <= min) return std::exp(-s * min);
            return (std::exp(-s * min) - std::exp(-s * max)) / (s * (max - min));
        case Kind::LogNormal: {
            if (log_params.sigma == 0.0) return std::exp(-s * mean);
            // Simpson's rule over the standard normal on [-10, 10].
            const int n = 4000;
            const double a = -10.0, h = 20.0 / n;
            double sum = 0.0;
            for (int i = 0; i <= n; ++i) {
                const double z = a + i * h;
                const double f =
                    std::exp(-s * std::exp(log_params.mu + log_params.sigma * z) - 0.5 * z * z);
                sum += f * (i == 0 || i == n ? 1.0 : (i % 2 ? 4.0 : 2.0));
            }
            return sum * h / 3.0 / std::sqrt(2.0 * std::numbers::pi);
        }
    }
    return 1.0;
}

}  // namespace wfsim::models
