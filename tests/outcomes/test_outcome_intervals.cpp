// The Wilson interval against its formula and published values, Newcombe's paired interval
// against a published worked example, and the replications that move an interval off a
// boundary.
#include <catch2/catch.hpp>

#include <cmath>

#include "models/outcomes/proportion_intervals.hpp"

using namespace wfsim::models::outcomes;

namespace {

// The Wilson interval as the roots in b of (p - b)^2 = z^2 b (1 - b) / n, a quadratic
// (1 + z^2/n) b^2 - (2p + z^2/n) b + p^2 = 0: an independent way to the same numbers.
std::pair<double, double> wilson_roots(double events, double n) {
    const double p = events / n, z2 = kZ95 * kZ95;
    const double a = 1.0 + z2 / n, b = -(2.0 * p + z2 / n), c = p * p;
    const double root = std::sqrt(b * b - 4.0 * a * c);
    return {(-b - root) / (2.0 * a), (-b + root) / (2.0 * a)};
}

}  // namespace

TEST_CASE("Wilson interval: the roots of its defining quadratic", "[outcomes]") {
    for (const auto& [k, n] : {std::pair{0, 1},
                               {1, 1},
                               {0, 50},
                               {3, 50},
                               {25, 50},
                               {49, 50},
                               {50, 50},
                               {7, 1000},
                               {999, 1000},
                               {123, 457}}) {
        INFO(k << " of " << n);
        const Proportion w = wilson_interval(k, n);
        const auto [lo, hi] = wilson_roots(k, n);
        CHECK(w.estimate == static_cast<double>(k) / n);
        CHECK(w.low == Approx(lo).margin(1e-12));
        CHECK(w.high == Approx(hi).margin(1e-12));
        CHECK(w.low >= 0.0);
        CHECK(w.high <= 1.0);
    }
    // The end at 0 or n events is exactly 0 or 1.
    CHECK(wilson_interval(0, 17).low == 0.0);
    CHECK(wilson_interval(17, 17).high == 1.0);
    const Proportion none = wilson_interval(0, 0);
    CHECK(std::isnan(none.estimate));
    CHECK(std::isnan(none.low));
}

TEST_CASE("Wilson interval: Newcombe's (1998) published examples", "[outcomes]") {
    // Newcombe RG, Two-sided confidence intervals for the single proportion: comparison of seven
    // methods, Statistics in Medicine 17:857-872 (1998), Table II, method 3 (score, no
    // continuity correction), to four decimals.
    struct Case {
        int k, n;
        double low, high;
    };
    for (const Case& c :
         {Case{81, 263, 0.2553, 0.3662}, Case{15, 148, 0.0624, 0.1605}, Case{0, 20, 0.0, 0.1611},
          Case{1, 29, 0.0061, 0.1718}, Case{29, 29, 0.8830, 1.0}}) {
        INFO(c.k << " of " << c.n);
        const Proportion w = wilson_interval(c.k, c.n);
        CHECK(w.low == Approx(c.low).margin(0.00005));
        CHECK(w.high == Approx(c.high).margin(0.00005));
    }
}

TEST_CASE("Newcombe's paired interval: a published worked example", "[outcomes]") {
    // Complete response before (second) and after (first) consolidation therapy, Cavo et al.
    // (2012): 59 both, 6 after only... as tabulated by Fagerland, Lydersen and Laake,
    // Recommended tests and confidence intervals for paired binomial proportions, Statistics in
    // Medicine 33:2850-2875 (2014), and their book (2017, chapter 8): Newcombe square-and-add
    // -0.0621 (95% CI -0.1186 to -0.0046).
    const Difference d =
        paired_difference_interval({.both = 59, .first_only = 6, .second_only = 16, .neither = 80});
    CHECK(d.pairs == 161);
    CHECK(d.estimate == Approx(-10.0 / 161.0));
    CHECK(d.low == Approx(-0.1186).margin(0.00005));
    CHECK(d.high == Approx(-0.0046).margin(0.00005));
}

TEST_CASE("Newcombe's paired interval: limits and special cases", "[outcomes]") {
    SECTION("identical outcomes: zero difference, an interval around it") {
        const Difference d = paired_difference_interval({.both = 30, .neither = 70});
        CHECK(d.estimate == 0.0);
        CHECK(d.low < 0.0);
        CHECK(d.high > 0.0);
        // Outcomes that always agree shrink the interval far below that of independent samples
        // (Newcombe's unpaired interval, phi = 0): here to a fifth of it.
        const Proportion w = wilson_interval(30, 100);
        const double unpaired = 2.0 * std::hypot(w.estimate - w.low, w.high - w.estimate);
        CHECK(d.high - d.low < 0.25 * unpaired);
    }
    SECTION("the interval never leaves [-1, 1] and holds the estimate") {
        for (const PairedCounts& c :
             {PairedCounts{0, 40, 0, 0}, PairedCounts{0, 0, 40, 0}, PairedCounts{5, 3, 1, 0},
              PairedCounts{0, 1, 0, 0}, PairedCounts{10, 0, 0, 0}}) {
            const Difference d = paired_difference_interval(c);
            CHECK(d.low >= -1.0);
            CHECK(d.high <= 1.0);
            CHECK(d.low <= d.estimate);
            CHECK(d.high >= d.estimate);
        }
    }
    SECTION("no pairs: undefined") {
        CHECK(std::isnan(paired_difference_interval({}).estimate));
    }
}

TEST_CASE("replications that move a Wilson interval off a boundary", "[outcomes]") {
    // No events: the upper end falls below 0.1% once n > z^2 (1 / 0.001 - 1) = 3837.6.
    CHECK(replications_to_exclude(0.0, 0.001) == 3838);
    CHECK(wilson_interval(0, 3838).high < 0.001);
    CHECK(wilson_interval(0, 3837).high >= 0.001);
    // 20% against a boundary at 10%: n > z^2 0.09 / 0.01 = 34.57.
    CHECK(replications_to_exclude(0.2, 0.1) == 35);
    CHECK(wilson_interval(7, 35).low > 0.1);
    CHECK(wilson_interval(6, 30).low <= 0.1);
    // From above and below alike; an estimate on the boundary never settles.
    CHECK(replications_to_exclude(0.4, 0.5) == replications_to_exclude(0.6, 0.5));
    CHECK(replications_to_exclude(0.5, 0.5) == -1);
}
