#include "models/distribution.hpp"

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
    }
    return buf;
}

double DurationDistribution::laplace(double s) const {
    if (s <= 0.0) return 1.0;
    switch (kind) {
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
