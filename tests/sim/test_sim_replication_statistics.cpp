// Mean, Monte Carlo standard error and type-7 quantiles against hand-computed values.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "sim/replication_statistics.hpp"

using namespace wfsim::sim;

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
}

TEST_CASE("mean and MCSE of one to ten", "[sim]") {
    const std::vector<double> x = {3, 1, 4, 10, 5, 9, 2, 6, 8, 7};
    CHECK(mean(x) == 5.5);
    // sample variance 82.5 / 9; mcse = sqrt(82.5 / 9) / sqrt(10)
    CHECK(monte_carlo_standard_error(x) == Approx(std::sqrt(82.5 / 9.0) / std::sqrt(10.0)));
    CHECK(count_defined(x) == 10);
}

TEST_CASE("quantiles interpolate linearly between order statistics (type 7)", "[sim]") {
    const std::vector<double> x = {3, 1, 4, 10, 5, 9, 2, 6, 8, 7};
    // numpy.percentile(range(1, 11), [0, 5, 10, 50, 90, 95, 100])
    CHECK(quantile(x, 0.0) == 1.0);
    CHECK(quantile(x, 0.05) == Approx(1.45));
    CHECK(quantile(x, 0.10) == Approx(1.9));
    CHECK(quantile(x, 0.50) == Approx(5.5));
    CHECK(quantile(x, 0.90) == Approx(9.1));
    CHECK(quantile(x, 0.95) == Approx(9.55));
    CHECK(quantile(x, 1.0) == 10.0);
    CHECK(quantile(std::vector<double>{2.0, 4.0}, 0.25) == Approx(2.5));
    CHECK_THROWS_AS(quantile(x, 1.5), std::invalid_argument);
}

TEST_CASE("NaN values are skipped, and none defined gives NaN", "[sim]") {
    const std::vector<double> x = {0.0, kNaN, 2.0, 3.0, 4.0};
    CHECK(count_defined(x) == 4);
    CHECK(mean(x) == 2.25);
    // deviations -2.25, -0.25, 0.75, 1.75: squares sum to 8.75
    CHECK(monte_carlo_standard_error(x) == Approx(std::sqrt(8.75 / 3.0) / 2.0));
    CHECK(quantile(x, 0.5) == Approx(2.5));
    CHECK(quantile(x, 0.05) == Approx(0.3));

    const std::vector<double> none = {kNaN, kNaN};
    CHECK(count_defined(none) == 0);
    CHECK(std::isnan(mean(none)));
    CHECK(std::isnan(monte_carlo_standard_error(none)));
    CHECK(std::isnan(quantile(none, 0.5)));
    CHECK(std::isnan(mean(std::vector<double>{})));
}

TEST_CASE("a single value has no standard error", "[sim]") {
    const std::vector<double> x = {kNaN, 7.0};
    CHECK(mean(x) == 7.0);
    CHECK(std::isnan(monte_carlo_standard_error(x)));
    CHECK(quantile(x, 0.05) == 7.0);
    CHECK(quantile(x, 0.95) == 7.0);
}

TEST_CASE("summarise gives every statistic at once", "[sim]") {
    std::vector<double> scratch;
    const std::vector<double> x = {110, 100, 140, 120, 130};
    const ColumnSummary s = summarise(x, scratch);
    CHECK(s.n == 5);
    CHECK(s.mean == 120.0);
    CHECK(s.mcse == Approx(std::sqrt(50.0)));  // sd sqrt(250), n 5
    CHECK(s.p5 == Approx(102.0));
    CHECK(s.p10 == Approx(104.0));
    CHECK(s.p50 == Approx(120.0));
    CHECK(s.p90 == Approx(136.0));
    CHECK(s.p95 == Approx(138.0));
    const ColumnSummary empty = summarise(std::vector<double>{kNaN}, scratch);
    CHECK(empty.n == 0);
    CHECK(std::isnan(empty.mean));
    CHECK(std::isnan(empty.p50));
}

TEST_CASE("summarise's quantiles by selection equal those of the sorted column exactly", "[sim]") {
    // Columns of every size from 1 to 60 and of 99 to 101, 999 to 1,001 and 2,000, with ties
    // and NaN, in scrambled order; and columns of few distinct values, where the ranks a
    // quantile needs fall at the ends of the parts the selections leave.
    std::vector<double> scratch;
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 40) / 16777216.0;
    };
    std::vector<std::size_t> sizes;
    for (std::size_t n = 1; n <= 60; ++n) sizes.push_back(n);
    for (std::size_t n : {99, 100, 101, 999, 1000, 1001, 2000}) sizes.push_back(n);
    for (const bool few_values : {false, true}) {
        for (std::size_t n : sizes) {
            std::vector<double> x;
            for (std::size_t i = 0; i < n; ++i) {
                const double u = next();
                if (few_values)
                    x.push_back(std::floor(4.0 * u) - 1.0);  // -1, 0, 1, 2
                else
                    x.push_back(u < 0.1 ? kNaN : u < 0.3 ? 0.5 : 100.0 * u);  // NaN, ties, spread
            }
            const ColumnSummary s = summarise(x, scratch);
            const double expected[5] = {quantile(x, 0.05), quantile(x, 0.10), quantile(x, 0.50),
                                        quantile(x, 0.90), quantile(x, 0.95)};
            const double got[5] = {s.p5, s.p10, s.p50, s.p90, s.p95};
            for (int i = 0; i < 5; ++i) {
                INFO("n " << n << ", quantile " << i);
                if (std::isnan(expected[i]))
                    CHECK(std::isnan(got[i]));
                else
                    CHECK(got[i] == expected[i]);  // bit for bit, not approximately
            }
            CHECK(s.n == count_defined(x));
        }
    }
}
