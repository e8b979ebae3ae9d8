#include "models/sweeps/factor_distribution.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace wfsim::sweeps {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string number_text(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", v);
    return buffer;
}

std::string call_text(const char* name, const std::vector<double>& args) {
    std::string text = std::string(name) + "(";
    for (std::size_t i = 0; i < args.size(); ++i) text += (i ? ", " : "") + number_text(args[i]);
    return text + ")";
}

// The quantile of the normal(0, 1) cut to [a, b], at p: computed in the lower tail, where the
// distribution function has its precision (an interval in the upper tail is mirrored).
double truncated_standard_quantile(double a, double b, double p) {
    if (a > 0.0) return -truncated_standard_quantile(-b, -a, 1.0 - p);
    const double fa = normal_cdf(a), fb = normal_cdf(b);
    const double x = normal_quantile(fa + p * (fb - fa));
    return std::clamp(x, a, b);
}

}  // namespace

double normal_cdf(double x) {
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normal_quantile(double p) {
    if (!(p > 0.0)) return p == 0.0 ? -kInf : std::numeric_limits<double>::quiet_NaN();
    if (!(p < 1.0)) return p == 1.0 ? kInf : std::numeric_limits<double>::quiet_NaN();
    // Acklam (2003): rational approximations in a central region and in the tails.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - low) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // One Halley step on the error of the distribution function: full double precision.
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2.0 * M_PI) * std::exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
}

FactorDistribution FactorDistribution::uniform(double min, double max) {
    FactorDistribution f;
    f.kind_ = DistributionKind::Uniform;
    f.parameters_ = {min, max};
    return f;
}

FactorDistribution FactorDistribution::log_uniform(double min, double max) {
    FactorDistribution f;
    f.kind_ = DistributionKind::LogUniform;
    f.parameters_ = {min, max};
    return f;
}

FactorDistribution FactorDistribution::triangular(double min, double mode, double max) {
    FactorDistribution f;
    f.kind_ = DistributionKind::Triangular;
    f.parameters_ = {min, mode, max};
    return f;
}

FactorDistribution FactorDistribution::normal(double mean, double sd) {
    FactorDistribution f;
    f.kind_ = DistributionKind::Normal;
    f.parameters_ = {mean, sd};
    return f;
}

FactorDistribution FactorDistribution::truncated_normal(double mean, double sd, double min,
                                                        double max) {
    FactorDistribution f;
    f.kind_ = DistributionKind::TruncatedNormal;
    f.parameters_ = {mean, sd, min, max};
    return f;
}

FactorDistribution FactorDistribution::lognormal(double mean, double sd) {
    FactorDistribution f;
    f.kind_ = DistributionKind::LogNormal;
    f.parameters_ = {mean, sd};
    if (mean > 0.0 && sd > 0.0) {
        const double s2 = std::log1p((sd * sd) / (mean * mean));
        f.mu_ = std::log(mean) - 0.5 * s2;
        f.sigma_ = std::sqrt(s2);
    }
    return f;
}

FactorDistribution FactorDistribution::values(std::vector<double> values) {
    FactorDistribution f;
    f.kind_ = DistributionKind::Values;
    f.values_ = std::move(values);
    return f;
}

std::string FactorDistribution::problem() const {
    const auto& p = parameters_;
    const auto finite = [](double v) { return std::isfinite(v); };
    if (!std::all_of(p.begin(), p.end(), finite) ||
        !std::all_of(values_.begin(), values_.end(), finite))
        return "every parameter must be a finite number";
    switch (kind_) {
        case DistributionKind::Uniform:
            return p[0] < p[1] ? "" : "min must be below max";
        case DistributionKind::LogUniform:
            if (!(p[0] > 0.0)) return "min must be above 0 (the logarithm is uniform)";
            return p[0] < p[1] ? "" : "min must be below max";
        case DistributionKind::Triangular:
            if (!(p[0] < p[2])) return "min must be below max";
            return p[0] <= p[1] && p[1] <= p[2] ? "" : "mode must lie within [min, max]";
        case DistributionKind::Normal:
            return p[1] > 0.0 ? "" : "sd must be above 0";
        case DistributionKind::TruncatedNormal:
            if (!(p[1] > 0.0)) return "sd must be above 0";
            return p[2] < p[3] ? "" : "min must be below max";
        case DistributionKind::LogNormal:
            if (!(p[0] > 0.0)) return "mean must be above 0";
            return p[1] > 0.0 ? "" : "sd must be above 0";
        case DistributionKind::Values:
            if (values_.size() < 2) return "give at least two values";
            for (std::size_t i = 0; i < values_.size(); ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (values_[i] == values_[j])
                        return "the value " + number_text(values_[i]) + " is given twice";
            return "";
    }
    return "";
}

bool FactorDistribution::bounded() const {
    return kind_ != DistributionKind::Normal && kind_ != DistributionKind::LogNormal;
}

double FactorDistribution::lower() const {
    switch (kind_) {
        case DistributionKind::Normal:
            return -kInf;
        case DistributionKind::LogNormal:
            return 0.0;
        case DistributionKind::TruncatedNormal:
            return parameters_[2];
        case DistributionKind::Values:
            return *std::min_element(values_.begin(), values_.end());
        default:
            return parameters_.front();
    }
}

double FactorDistribution::upper() const {
    switch (kind_) {
        case DistributionKind::Normal:
        case DistributionKind::LogNormal:
            return kInf;
        case DistributionKind::TruncatedNormal:
            return parameters_[3];
        case DistributionKind::Values:
            return *std::max_element(values_.begin(), values_.end());
        default:
            return parameters_.back();
    }
}

double FactorDistribution::quantile(double p) const {
    const auto& q = parameters_;
    switch (kind_) {
        case DistributionKind::Uniform:
            return q[0] + p * (q[1] - q[0]);
        case DistributionKind::LogUniform:
            return std::exp(std::log(q[0]) + p * (std::log(q[1]) - std::log(q[0])));
        case DistributionKind::Triangular: {
            const double a = q[0], c = q[1], b = q[2];
            const double split = (c - a) / (b - a);
            if (p <= split) return a + std::sqrt(p * (b - a) * (c - a));
            return b - std::sqrt((1.0 - p) * (b - a) * (b - c));
        }
        case DistributionKind::Normal:
            return q[0] + q[1] * normal_quantile(p);
        case DistributionKind::TruncatedNormal:
            return q[0] + q[1] * truncated_standard_quantile((q[2] - q[0]) / q[1],
                                                             (q[3] - q[0]) / q[1], p);
        case DistributionKind::LogNormal:
            return std::exp(mu_ + sigma_ * normal_quantile(p));
        case DistributionKind::Values: {
            const std::size_t n = values_.size();
            const auto i = static_cast<std::size_t>(std::floor(p * static_cast<double>(n)));
            return values_[std::min(i, n - 1)];
        }
    }
    return 0.0;
}

double FactorDistribution::cdf(double x) const {
    const auto& q = parameters_;
    switch (kind_) {
        case DistributionKind::Uniform:
            return std::clamp((x - q[0]) / (q[1] - q[0]), 0.0, 1.0);
        case DistributionKind::LogUniform:
            if (x <= q[0]) return 0.0;
            return std::clamp(std::log(x / q[0]) / std::log(q[1] / q[0]), 0.0, 1.0);
        case DistributionKind::Triangular: {
            const double a = q[0], c = q[1], b = q[2];
            if (x <= a) return 0.0;
            if (x >= b) return 1.0;
            if (x <= c) return (x - a) * (x - a) / ((b - a) * (c - a));
            return 1.0 - (b - x) * (b - x) / ((b - a) * (b - c));
        }
        case DistributionKind::Normal:
            return normal_cdf((x - q[0]) / q[1]);
        case DistributionKind::TruncatedNormal: {
            if (x <= q[2]) return 0.0;
            if (x >= q[3]) return 1.0;
            const double fa = normal_cdf((q[2] - q[0]) / q[1]);
            const double fb = normal_cdf((q[3] - q[0]) / q[1]);
            return (normal_cdf((x - q[0]) / q[1]) - fa) / (fb - fa);
        }
        case DistributionKind::LogNormal:
            return x <= 0.0 ? 0.0 : normal_cdf((std::log(x) - mu_) / sigma_);
        case DistributionKind::Values: {
            const auto below =
                std::count_if(values_.begin(), values_.end(), [x](double v) { return v <= x; });
            return static_cast<double>(below) / static_cast<double>(values_.size());
        }
    }
    return 0.0;
}

double FactorDistribution::mean() const {
    const auto& q = parameters_;
    switch (kind_) {
        case DistributionKind::Uniform:
            return 0.5 * (q[0] + q[1]);
        case DistributionKind::LogUniform:
            return (q[1] - q[0]) / std::log(q[1] / q[0]);
        case DistributionKind::Triangular:
            return (q[0] + q[1] + q[2]) / 3.0;
        case DistributionKind::Normal:
        case DistributionKind::LogNormal:
            return q[0];
        case DistributionKind::TruncatedNormal: {
            const double a = (q[2] - q[0]) / q[1], b = (q[3] - q[0]) / q[1];
            const double density = std::exp(-0.5 * a * a) - std::exp(-0.5 * b * b);
            const double mass = normal_cdf(b) - normal_cdf(a);
            return q[0] + q[1] * density / (std::sqrt(2.0 * M_PI) * mass);
        }
        case DistributionKind::Values: {
            double sum = 0.0;
            for (double v : values_) sum += v;
            return sum / static_cast<double>(values_.size());
        }
    }
    return 0.0;
}

double FactorDistribution::grid_value(double u) const {
    if (kind_ == DistributionKind::Values) {
        const double last = static_cast<double>(values_.size() - 1);
        return values_[static_cast<std::size_t>(std::lround(std::clamp(u, 0.0, 1.0) * last))];
    }
    if (bounded()) return quantile(u);
    return quantile(kUnboundedGridTail + (1.0 - 2.0 * kUnboundedGridTail) * u);
}

std::string FactorDistribution::text() const {
    switch (kind_) {
        case DistributionKind::Uniform:
            return call_text("uniform", parameters_);
        case DistributionKind::LogUniform:
            return call_text("log_uniform", parameters_);
        case DistributionKind::Triangular:
            return call_text("triangular", parameters_);
        case DistributionKind::Normal:
            return call_text("normal", parameters_);
        case DistributionKind::TruncatedNormal:
            return call_text("truncated_normal", parameters_);
        case DistributionKind::LogNormal:
            return call_text("lognormal", parameters_);
        case DistributionKind::Values:
            return call_text("values", values_);
    }
    return "";
}

}  // namespace wfsim::sweeps
