#include "models/outcomes/proportion_intervals.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wfsim::models::outcomes {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

Proportion wilson_interval(std::int64_t events, std::int64_t trials, double z) {
    Proportion out{events, trials, kNaN, kNaN, kNaN};
    if (trials <= 0) return out;
    const double n = static_cast<double>(trials);
    const double p = static_cast<double>(events) / n;
    const double z2 = z * z;
    const double scale = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / scale;
    const double half = z / scale * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    out.estimate = p;
    // At 0 and n events one end is exactly 0 or 1; rounding must not push it outside.
    out.low = events == 0 ? 0.0 : std::max(0.0, centre - half);
    out.high = events == trials ? 1.0 : std::min(1.0, centre + half);
    return out;
}

Difference paired_difference_interval(const PairedCounts& c, double z) {
    const std::int64_t pairs = c.pairs();
    Difference out{pairs, kNaN, kNaN, kNaN};
    if (pairs <= 0) return out;
    const double n = static_cast<double>(pairs);
    const std::int64_t first = c.both + c.first_only, second = c.both + c.second_only;
    const Proportion w1 = wilson_interval(first, pairs, z);
    const Proportion w2 = wilson_interval(second, pairs, z);
    const double p1 = w1.estimate, p2 = w2.estimate;

    double phi = 0.0;
    const double margins = static_cast<double>(first) * static_cast<double>(pairs - first) *
                           static_cast<double>(second) * static_cast<double>(pairs - second);
    if (margins > 0.0) {
        const double a = static_cast<double>(c.both) * static_cast<double>(c.neither) -
                         static_cast<double>(c.first_only) * static_cast<double>(c.second_only);
        if (a > n / 2.0) {
            phi = (a - n / 2.0) / std::sqrt(margins);
        } else if (a < 0.0) {
            phi = a / std::sqrt(margins);
        }
    }
    const auto root = [](double x) { return std::sqrt(std::max(0.0, x)); };
    const double d1 = p1 - w1.low, e2 = w2.high - p2;  // towards a lower difference
    const double d2 = p2 - w2.low, e1 = w1.high - p1;  // towards a higher difference
    // One rounding, from the discordant pairs: the change in an event and in its complement
    // are then exact negatives (p1 - p2 rounds each term first and need not be).
    out.estimate = static_cast<double>(c.first_only - c.second_only) / n;
    out.low = std::max(-1.0, out.estimate - root(d1 * d1 - 2.0 * phi * d1 * e2 + e2 * e2));
    out.high = std::min(1.0, out.estimate + root(d2 * d2 - 2.0 * phi * d2 * e1 + e1 * e1));
    return out;
}

std::int64_t replications_to_exclude(double estimate, double boundary, double z) {
    if (!(boundary > 0.0 && boundary < 1.0) || std::isnan(estimate)) return -1;
    const double gap = estimate - boundary;
    if (gap == 0.0) return -1;
    const double n = z * z * boundary * (1.0 - boundary) / (gap * gap);
    constexpr double kMost = 1e15;  // beyond any run; keeps the conversion defined
    if (!(n < kMost)) return static_cast<std::int64_t>(kMost);
    return static_cast<std::int64_t>(std::floor(n)) + 1;
}

}  // namespace wfsim::models::outcomes
