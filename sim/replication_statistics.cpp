#include "sim/replication_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace wfsim::sim {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Mean and MCSE from the defined values, summed in the given order.
void moments(std::span<const double> values, double& mean_out, double& mcse_out) {
    double sum = 0.0;
    std::int64_t n = 0;
    for (double v : values) {
        if (std::isnan(v)) continue;
        sum += v;
        ++n;
    }
    mean_out = n > 0 ? sum / static_cast<double>(n) : kNaN;
    if (n < 2) {
        mcse_out = kNaN;
        return;
    }
    double squares = 0.0;  // two passes: no cancellation when the spread is small
    for (double v : values) {
        if (std::isnan(v)) continue;
        squares += (v - mean_out) * (v - mean_out);
    }
    const double sd = std::sqrt(squares / static_cast<double>(n - 1));
    mcse_out = sd / std::sqrt(static_cast<double>(n));
}

void sorted_defined(std::span<const double> values, std::vector<double>& out) {
    out.clear();
    for (double v : values)
        if (!std::isnan(v)) out.push_back(v);
    std::sort(out.begin(), out.end());
}

}  // namespace

std::int64_t count_defined(std::span<const double> values) {
    return std::count_if(values.begin(), values.end(), [](double v) { return !std::isnan(v); });
}

double mean(std::span<const double> values) {
    double m = 0.0, e = 0.0;
    moments(values, m, e);
    return m;
}

double monte_carlo_standard_error(std::span<const double> values) {
    double m = 0.0, e = 0.0;
    moments(values, m, e);
    return e;
}

double quantile_of_sorted(std::span<const double> sorted, double p) {
    if (!(p >= 0.0 && p <= 1.0)) throw std::invalid_argument("quantile probability outside [0, 1]");
    if (sorted.empty()) return kNaN;
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= sorted.size()) return sorted[lo];
    const double fraction = h - static_cast<double>(lo);
    return sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo]);
}

double quantile(std::span<const double> values, double p) {
    std::vector<double> sorted;
    sorted_defined(values, sorted);
    return quantile_of_sorted(sorted, p);
}

ColumnSummary summarise(std::span<const double> values, std::vector<double>& scratch) {
    ColumnSummary s{};
    moments(values, s.mean, s.mcse);
    sorted_defined(values, scratch);
    s.n = static_cast<std::int64_t>(scratch.size());
    s.p5 = quantile_of_sorted(scratch, 0.05);
    s.p10 = quantile_of_sorted(scratch, 0.10);
    s.p50 = quantile_of_sorted(scratch, 0.50);
    s.p90 = quantile_of_sorted(scratch, 0.90);
    s.p95 = quantile_of_sorted(scratch, 0.95);
    return s;
}

}  // namespace wfsim::sim
