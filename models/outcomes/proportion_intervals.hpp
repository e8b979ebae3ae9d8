#pragma once
// Intervals for probabilities estimated from replications: the Wilson score interval for one
// probability, Newcombe's hybrid score interval for the difference of two probabilities
// estimated on the same replications (paired: a variant and the baseline on common random
// numbers), and how many replications would move a Wilson interval off a boundary.
#include <cstdint>

namespace wfsim::models::outcomes {

// The 0.975 quantile of the standard normal distribution: two-sided 95% intervals.
inline constexpr double kZ95 = 1.959963984540054;

// A probability estimated as events / trials, with its interval. All NaN when trials is 0.
struct Proportion {
    std::int64_t events = 0;
    std::int64_t trials = 0;
    double estimate = 0.0;
    double low = 0.0;
    double high = 0.0;
};

// Wilson (1927) score interval: the probabilities b with (estimate - b)^2 <= z^2 b (1 - b) / n,
// that is centre (p + z^2 / 2n) / (1 + z^2 / n), half-width
// z / (1 + z^2 / n) sqrt(p (1 - p) / n + z^2 / 4n^2). It stays inside [0, 1] and keeps its
// coverage near 0 and 1, where the simulated probabilities of targets and risks often are.
Proportion wilson_interval(std::int64_t events, std::int64_t trials, double z = kZ95);

// The replications of a paired comparison, by outcome of the first (a variant) and the second
// (the baseline) in the same replication.
struct PairedCounts {
    std::int64_t both = 0;         // event in both
    std::int64_t first_only = 0;   // in the first, not the second
    std::int64_t second_only = 0;  // in the second, not the first
    std::int64_t neither = 0;
    std::int64_t pairs() const { return both + first_only + second_only + neither; }
};

// The difference P(first) - P(second) with Newcombe's (1998, Statistics in Medicine 17:2635,
// method 10) hybrid score interval for paired data: the Wilson intervals (l1, u1), (l2, u2) of
// the two probabilities combined as
//   low  = D - sqrt((p1 - l1)^2 - 2 phi (p1 - l1)(u2 - p2) + (u2 - p2)^2),
//   high = D + sqrt((p2 - l2)^2 - 2 phi (p2 - l2)(u1 - p1) + (u1 - p1)^2),
// where phi estimates the correlation of the two outcomes, with Newcombe's continuity adjustment
// (A = both x neither - first_only x second_only; phi = (A - n/2) / sqrt(product of the four
// margins) when A > n/2, 0 when 0 <= A <= n/2, A / sqrt(...) when A < 0; 0 when a margin is 0).
struct Difference {
    std::int64_t pairs = 0;
    double estimate = 0.0;
    double low = 0.0;
    double high = 0.0;
};
Difference paired_difference_interval(const PairedCounts& counts, double z = kZ95);

// The fewest replications at which the Wilson interval around `estimate` (if the estimate stayed
// where it is) would no longer contain `boundary` in (0, 1): by the definition above, the
// smallest n with n > z^2 b (1 - b) / (estimate - b)^2. -1 when the estimate is the boundary
// (no number of replications settles it).
std::int64_t replications_to_exclude(double estimate, double boundary, double z = kZ95);

}  // namespace wfsim::models::outcomes
