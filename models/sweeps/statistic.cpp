#include "models/sweeps/statistic.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint64_t kReplicationBootstrapStream = 11;

std::vector<double> defined(std::span<const double> values) {
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v)) out.push_back(v);
    return out;
}

std::string number_text(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

}  // namespace

std::string Statistic::text() const {
    switch (kind) {
        case Kind::Mean:
            return "mean";
        case Kind::StandardDeviation:
            return "sd";
        case Kind::Quantile: {
            const double percent = parameter * 100.0;
            if (percent == std::round(percent))
                return std::string("p").append(std::to_string(static_cast<int>(percent)));
            return "quantile " + number_text(parameter);
        }
        case Kind::ProbabilityAtMost:
            return "P(<= " + number_text(parameter) + ")";
        case Kind::ProbabilityAtLeast:
            return "P(>= " + number_text(parameter) + ")";
    }
    return "";
}

double sorted_quantile(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return kNaN;
    const double h = (static_cast<double>(sorted.size()) - 1.0) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= sorted.size()) return sorted.back();
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

double reduce(const Statistic& statistic, std::span<const double> values) {
    std::vector<double> x = defined(values);
    if (x.empty()) return kNaN;
    const double n = static_cast<double>(x.size());
    switch (statistic.kind) {
        case Statistic::Kind::Mean: {
            double sum = 0.0;
            for (double v : x) sum += v;
            return sum / n;
        }
        case Statistic::Kind::StandardDeviation: {
            if (x.size() < 2) return kNaN;
            double sum = 0.0;
            for (double v : x) sum += v;
            const double mean = sum / n;
            double squares = 0.0;
            for (double v : x) squares += (v - mean) * (v - mean);
            return std::sqrt(squares / (n - 1.0));
        }
        case Statistic::Kind::Quantile:
            std::sort(x.begin(), x.end());
            return sorted_quantile(x, statistic.parameter);
        case Statistic::Kind::ProbabilityAtMost:
            return static_cast<double>(std::count_if(
                       x.begin(), x.end(), [&](double v) { return v <= statistic.parameter; })) /
                   n;
        case Statistic::Kind::ProbabilityAtLeast:
            return static_cast<double>(std::count_if(
                       x.begin(), x.end(), [&](double v) { return v >= statistic.parameter; })) /
                   n;
    }
    return kNaN;
}

double reduce_standard_error(const Statistic& statistic, std::span<const double> values,
                             int resamples, std::uint64_t seed) {
    const std::vector<double> x = defined(values);
    if (x.size() < 2) return kNaN;
    const double n = static_cast<double>(x.size());
    switch (statistic.kind) {
        case Statistic::Kind::Mean:
            return reduce(Statistic::sd(), x) / std::sqrt(n);
        case Statistic::Kind::ProbabilityAtMost:
        case Statistic::Kind::ProbabilityAtLeast: {
            const double p = reduce(statistic, x);
            return std::sqrt(p * (1.0 - p) / n);
        }
        default:
            break;
    }
    SweepRandom random(seed, kReplicationBootstrapStream);
    std::vector<double> estimates(static_cast<std::size_t>(resamples));
    std::vector<double> resample(x.size());
    for (auto& estimate : estimates) {
        for (auto& v : resample) v = x[random.below(x.size())];
        estimate = reduce(statistic, resample);
    }
    return reduce(Statistic::sd(), estimates);
}

}  // namespace wfsim::sweeps
