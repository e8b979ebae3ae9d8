// Newcombe's (1998) paired interval (method 10) for the change in a probability from the
// baseline: a small table worked by hand, outcomes that agree in every replication (a variant
// that changes nothing), and its exact coverage on the kind of paired outcomes common random
// numbers produce.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "models/outcomes/proportion_intervals.hpp"

using namespace wfsim::models::outcomes;

TEST_CASE("Newcombe's paired interval: a table worked by hand", "[outcomes]") {
    // 20 replications: 5 met the target in both, 3 only in the variant, 1 only in the baseline,
    // 11 in neither. By hand (Python, from the formulas in docs/model.md):
    //   variant 8/20 = 0.4, Wilson (0.2188065324, 0.6134184992);
    //   baseline 6/20 = 0.3, Wilson (0.1454772449, 0.5189728184);
    //   A = 5 x 11 - 3 x 1 = 52 > n/2 = 10, margins 8 x 12 x 6 x 14 = 8064,
    //   phi = (52 - 10) / sqrt(8064) = 0.4677071733;
    //   low  = 0.1 - sqrt(0.1811935^2 - 2 phi 0.1811935 x 0.2189728 + 0.2189728^2) = -0.1089647;
    //   high = 0.1 + sqrt(0.1545228^2 - 2 phi 0.1545228 x 0.2134185 + 0.2134185^2) = 0.2964093.
    const Difference d =
        paired_difference_interval({.both = 5, .first_only = 3, .second_only = 1, .neither = 11});
    CHECK(d.pairs == 20);
    CHECK(d.estimate == Approx(0.1).margin(1e-15));
    CHECK(d.low == Approx(-0.1089647164).margin(1e-9));
    CHECK(d.high == Approx(0.2964093424).margin(1e-9));
}

TEST_CASE("Newcombe's paired interval: outcomes that agree in every replication", "[outcomes]") {
    // A variant that changes nothing meets the target in exactly the replications the baseline
    // does. The change is exactly 0; the interval is not [0, 0]: no discordant pair in n leaves
    // room for a discordance of about 3/n, and an interval that collapsed whenever none was seen
    // would miss small true changes most of the time. With k events in both, p = k/n and Wilson
    // (l, u), phi = 1 - n / (2k(n - k)) and the interval is symmetric:
    //   +-sqrt((d - e)^2 + n d e / (k (n - k))), d = p - l, e = u - p.
    SECTION("30 of 100 in both") {
        const Difference d = paired_difference_interval({.both = 30, .neither = 70});
        const Proportion w = wilson_interval(30, 100);
        const double dd = w.estimate - w.low, e = w.high - w.estimate;
        const double half = std::sqrt((dd - e) * (dd - e) + 100.0 * dd * e / (30.0 * 70.0));
        CHECK(d.estimate == 0.0);
        CHECK(d.low == Approx(-half).margin(1e-15));
        CHECK(d.high == Approx(half).margin(1e-15));
        CHECK(half == Approx(0.0242672208).margin(1e-9));  // by hand, as above
    }
    SECTION("never met, in either: a margin of 0, so phi = 0 and the interval is +-u") {
        const Difference d = paired_difference_interval({.neither = 100});
        CHECK(d.estimate == 0.0);
        CHECK(d.low == -wilson_interval(0, 100).high);
        CHECK(d.high == wilson_interval(0, 100).high);
    }
    SECTION("the more replications agree, the narrower") {
        double previous = 1.0;
        for (std::int64_t n : {10, 100, 1000, 10000}) {
            const Difference d = paired_difference_interval({.both = n / 2, .neither = n / 2});
            CHECK(d.high - d.low < previous);
            CHECK(d.high == -d.low);
            previous = d.high - d.low;
        }
        CHECK(previous < 0.001);
    }
}

namespace {

// Cell probabilities of one replication: event in both, in the variant only, in the baseline
// only, in neither.
struct Cells {
    double both, first_only, second_only, neither;
};

// The exact coverage of the interval for n pairs: the probability, summed over every table of
// the multinomial(n; cells), that the interval holds the true difference first_only -
// second_only. No sampling: the figure is exact.
double exact_coverage(int n, const Cells& p) {
    const double truth = p.first_only - p.second_only;
    const auto log_power = [](int k, double q) { return k == 0 ? 0.0 : k * std::log(q); };
    double coverage = 0.0;
    for (int a = 0; a <= n; ++a)
        for (int b = 0; a + b <= n; ++b)
            for (int c = 0; a + b + c <= n; ++c) {
                const int d = n - a - b - c;
                if ((b > 0 && p.first_only == 0.0) || (c > 0 && p.second_only == 0.0)) continue;
                const double log_p = std::lgamma(n + 1.0) - std::lgamma(a + 1.0) -
                                     std::lgamma(b + 1.0) - std::lgamma(c + 1.0) -
                                     std::lgamma(d + 1.0) + log_power(a, p.both) +
                                     log_power(b, p.first_only) + log_power(c, p.second_only) +
                                     log_power(d, p.neither);
                const Difference i = paired_difference_interval({a, b, c, d});
                if (i.low <= truth && truth <= i.high) coverage += std::exp(log_p);
            }
    return coverage;
}

}  // namespace

TEST_CASE("Newcombe's paired interval: exact coverage on correlated outcomes", "[outcomes]") {
    // Common random numbers make a variant's outcome and the baseline's strongly correlated, and
    // an intervention that only helps makes the discordance one-sided. The interval is an
    // approximate 95% one; Newcombe designed it to hold its mean coverage near the nominal level.
    // Computed exactly (no tolerance for sampling), over these points each coverage is at least
    // 0.93 and their mean between 0.95 and 0.98. An interval that ignored the pairing (phi = 0,
    // the unpaired interval) covers over 0.99 at every one of them (too wide); one without
    // Newcombe's adjustment of phi falls to 0.88 at n = 50 on the third point; one with the sign of
    // phi reversed covers over 0.996.
    const Cells points[] = {{0.45, 0.15, 0.05, 0.35}, {0.85, 0.08, 0.02, 0.05},
                            {0.50, 0.10, 0.00, 0.40}, {0.05, 0.05, 0.00, 0.90},
                            {0.60, 0.05, 0.05, 0.30}, {0.20, 0.10, 0.10, 0.60},
                            {0.30, 0.20, 0.02, 0.48}, {0.30, 0.02, 0.02, 0.66}};
    for (int n : {50, 100}) {
        double sum = 0.0;
        for (const Cells& p : points) {
            const double coverage = exact_coverage(n, p);
            INFO("n " << n << ", cells " << p.both << " " << p.first_only << " " << p.second_only
                      << " " << p.neither << ": coverage " << coverage);
            CHECK(coverage >= 0.93);
            sum += coverage;
        }
        const double mean = sum / std::size(points);
        INFO("n " << n << ": mean coverage " << mean);
        CHECK(mean >= 0.95);
        CHECK(mean <= 0.98);
    }
}
