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

namespace {

// Puts the order statistics of the given ranks (ascending, distinct, within [first, last)) in
// place in [first, last): the middle rank by selection, which leaves the smaller ranks before it
// and the larger after, then each side within its own part. A rank at either end of its part is
// the part's minimum or maximum, found in one pass. The values at those ranks are what a sort
// would put there (equal values are equal doubles), so the quantiles are bit-identical to
// quantile_of_sorted on the sorted column.
void place_ranks(std::vector<double>::iterator base, std::size_t first, std::size_t last,
                 const std::size_t* ranks, std::size_t count) {
    while (count > 0) {
        const std::size_t mid = count / 2, k = ranks[mid];
        if (k == first)
            std::iter_swap(base + first, std::min_element(base + first, base + last));
        else if (k + 1 == last)
            std::iter_swap(base + k, std::max_element(base + first, base + last));
        else
            std::nth_element(base + first, base + k, base + last);
        place_ranks(base, first, k, ranks, mid);
        ranks += mid + 1;
        count -= mid + 1;
        first = k + 1;
    }
}

}  // namespace

// The quantiles need only the order statistics at floor(h) and floor(h) + 1 for each p, found by
// selection in O(n) instead of a sort's O(n log n): the median's first, then the lower ranks in
// the part below it and the upper in the part above (place_ranks), so that no selection runs over
// more of the column than its ranks need.
ColumnSummary summarise(std::span<const double> values, std::vector<double>& scratch) {
    ColumnSummary s{};
    moments(values, s.mean, s.mcse);
    scratch.clear();
    for (double v : values)
        if (!std::isnan(v)) scratch.push_back(v);
    const std::size_t n = scratch.size();
    s.n = static_cast<std::int64_t>(n);
    constexpr double kProbabilities[5] = {0.05, 0.10, 0.50, 0.90, 0.95};
    double* quantiles[5] = {&s.p5, &s.p10, &s.p50, &s.p90, &s.p95};
    if (n == 0) {
        for (double* q : quantiles) *q = kNaN;
        return s;
    }
    std::size_t ranks[10], count = 0;
    for (double p : kProbabilities) {
        const auto lo = static_cast<std::size_t>(std::floor(static_cast<double>(n - 1) * p));
        for (std::size_t k = lo; k <= lo + 1 && k < n; ++k)
            if (count == 0 || ranks[count - 1] < k) ranks[count++] = k;
    }
    place_ranks(scratch.begin(), 0, n, ranks, count);
    for (int i = 0; i < 5; ++i) {
        const double h = static_cast<double>(n - 1) * kProbabilities[i];
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const double low = scratch[lo];
        if (lo + 1 >= n) {
            *quantiles[i] = low;
            continue;
        }
        const double fraction = h - static_cast<double>(lo);
        *quantiles[i] = low + fraction * (scratch[lo + 1] - low);
    }
    return s;
}

}  // namespace wfsim::sim
