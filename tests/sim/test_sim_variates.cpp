// Variates over keyed streams: exponential, normal, lognormal and Poisson moments, with fixed seeds
// and tolerances of 4 standard errors of the statistic named in each check. The standard error of
// a sample variance is sqrt((mu4 - sigma^4) / n), mu4 being the fourth central moment.
#include <boost/random/normal_distribution.hpp>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "sim/random_stream.hpp"
#include "sim/variates.hpp"

using namespace wfsim::sim;

namespace {

struct Moments {
    double n = 0, mean = 0, m2 = 0;  // Welford
    void add(double x) {
        n += 1;
        const double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
    }
    double variance() const { return m2 / (n - 1); }
};

const std::uint64_t kReplication = replication_key(7, 0);

// An engine that returns a fixed word, to probe the ends of the uniform map.
struct FixedEngine {
    using result_type = std::uint64_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type{0}; }
    result_type value;
    result_type operator()() { return value; }
};

}  // namespace

TEST_CASE("variates: standard_exponential has mean 1 and variance 1", "[sim][variates]") {
    // Exp(1): mean 1 (SE 1/sqrt(n)); variance 1 with mu4 = 9, so SE sqrt(8/n).
    const int n = 1000000;
    std::uint32_t counter = 0;
    KeyedStream s(entity_key(kReplication, 1), 0, counter);
    Moments m;
    double smallest = 1.0;
    long above_3 = 0;
    for (int i = 0; i < n; ++i) {
        const double x = standard_exponential(s);
        smallest = std::min(smallest, x);
        above_3 += x > 3.0;
        m.add(x);
    }
    CHECK(smallest >= 0.0);
    CHECK(std::abs(m.mean - 1.0) < 4.0 / std::sqrt(n));
    CHECK(std::abs(m.variance() - 1.0) < 4.0 * std::sqrt(8.0 / n));
    // The tail: P(X > 3) = e^-3, SE sqrt(p (1 - p) / n).
    const double p = std::exp(-3.0);
    CHECK(std::abs(above_3 / double(n) - p) < 4.0 * std::sqrt(p * (1 - p) / n));
}

TEST_CASE("variates: standard_normal has mean 0 and variance 1", "[sim][variates]") {
    // N(0,1): mean SE 1/sqrt(n); variance SE sqrt(2/n) (mu4 = 3).
    const int n = 1000000;
    std::uint32_t counter = 0;
    KeyedStream s(entity_key(kReplication, 2), 0, counter);
    Moments m;
    long below_minus_2 = 0;
    for (int i = 0; i < n; ++i) {
        const double x = standard_normal(s);
        below_minus_2 += x < -2.0;
        m.add(x);
    }
    CHECK(std::abs(m.mean) < 4.0 / std::sqrt(n));
    CHECK(std::abs(m.variance() - 1.0) < 4.0 * std::sqrt(2.0 / n));
    const double p = 0.5 * std::erfc(2.0 / std::sqrt(2.0));  // Phi(-2)
    CHECK(std::abs(below_minus_2 / double(n) - p) < 4.0 * std::sqrt(p * (1 - p) / n));
}

TEST_CASE("variates: standard_normal draws exactly what Boost's normal_distribution draws",
          "[sim][variates]") {
    // The inline path must give the same value from the same words, bit for bit, and leave the
    // stream where Boost leaves it, through the box, the wedges and the tail alike.
    std::uint32_t ours_counter = 0, boost_counter = 0;
    KeyedStream ours(entity_key(kReplication, 3), 0, ours_counter);
    KeyedStream theirs(entity_key(kReplication, 3), 0, boost_counter);
    boost::random::normal_distribution<double> normal(0.0, 1.0);
    const double tail_start = boost::random::detail::normal_table<double>::table_x[1];
    long differ = 0, beyond_tail = 0;
    const int n = 2000000;
    for (int i = 0; i < n; ++i) {
        const double a = standard_normal(ours);
        const double b = normal(theirs);
        differ += std::memcmp(&a, &b, sizeof a) != 0;
        beyond_tail += std::abs(a) > tail_start;
    }
    CHECK(differ == 0);
    CHECK(ours_counter == boost_counter);
    CHECK(ours_counter > static_cast<std::uint32_t>(n));  // the wedges drew a second word
    CHECK(beyond_tail > 0);                               // the tail was reached
}

TEST_CASE("variates: LogNormalParams::from_mean_sd reproduces the mean and sd", "[sim][variates]") {
    struct Case {
        double mean, sd;
    };
    // Time to hire (90, 30) and absence spell length (8, 10) of the reference workload.
    for (const Case c : {Case{90.0, 30.0}, Case{8.0, 10.0}, Case{1.0, 0.1}}) {
        DYNAMIC_SECTION("mean " << c.mean << ", sd " << c.sd) {
            const auto p = LogNormalParams::from_mean_sd(c.mean, c.sd);
            // The parameters themselves: E = exp(mu + s^2/2), Var = (exp(s^2) - 1) E^2.
            const double s2 = p.sigma * p.sigma;
            CHECK(std::exp(p.mu + 0.5 * s2) == Approx(c.mean).epsilon(1e-12));
            CHECK(std::sqrt(std::expm1(s2)) * c.mean == Approx(c.sd).epsilon(1e-12));

            // Raw moments E X^k = exp(k mu + k^2 s^2 / 2) give the fourth central moment.
            auto raw = [&](double k) { return std::exp(k * p.mu + 0.5 * k * k * s2); };
            const double m = c.mean, var = c.sd * c.sd;
            const double mu4 = raw(4) - 4 * m * raw(3) + 6 * m * m * raw(2) - 3 * m * m * m * m;
            const int n = 1000000;
            std::uint32_t counter = 0;
            KeyedStream s(entity_key(kReplication, 3), 0, counter);
            Moments mo;
            for (int i = 0; i < n; ++i) mo.add(p.sample(s));
            CHECK(std::abs(mo.mean - c.mean) < 4.0 * c.sd / std::sqrt(n));
            CHECK(std::abs(mo.variance() - var) < 4.0 * std::sqrt((mu4 - var * var) / n));
        }
    }
}

TEST_CASE("variates: poisson has mean and variance equal to its mean", "[sim][variates]") {
    // Poisson(l): mean l, SE sqrt(l/n); variance l, mu4 = l (1 + 3 l), so SE sqrt((l + 2 l^2)/n).
    // 2000 exercises the split into halves above 500.
    struct Case {
        double mean;
        int n;
    };
    for (const Case c :
         {Case{3.0, 400000}, Case{40.0, 200000}, Case{500.0, 20000}, Case{2000.0, 20000}}) {
        DYNAMIC_SECTION("mean " << c.mean) {
            std::uint32_t counter = 0;
            KeyedStream s(entity_key(kReplication, 4), static_cast<unsigned>(c.mean), counter);
            Moments m;
            long zeros = 0;
            for (int i = 0; i < c.n; ++i) {
                const long k = poisson(s, c.mean);
                REQUIRE(k >= 0);
                zeros += k == 0;
                m.add(static_cast<double>(k));
            }
            const double l = c.mean;
            CHECK(std::abs(m.mean - l) < 4.0 * std::sqrt(l / c.n));
            CHECK(std::abs(m.variance() - l) < 4.0 * std::sqrt((l + 2 * l * l) / c.n));
            if (l == 3.0) {
                const double p0 = std::exp(-3.0);
                CHECK(std::abs(zeros / double(c.n) - p0) < 4.0 * std::sqrt(p0 * (1 - p0) / c.n));
            }
        }
    }
}

TEST_CASE("variates: poisson of a mean of zero or less is zero", "[sim][variates]") {
    std::uint32_t counter = 0;
    KeyedStream s(entity_key(kReplication, 5), 0, counter);
    CHECK(poisson(s, 0.0) == 0);
    CHECK(poisson(s, -2.5) == 0);
}

TEST_CASE("variates: poisson of the largest uniform is a plausible upper-tail count",
          "[sim][variates]") {
    // By inversion, the largest uniform (1 - 2^-53) maps to the Poisson quantile at 1 - 1.1e-16:
    // about 25 for a mean of 3.5 and about 700 for 500. The running sum of the probabilities
    // can round to just below that uniform, and the search then runs on to its cap of 100000.
    FixedEngine top{~std::uint64_t{0}};
    for (const double mean : {3.5, 40.5, 500.0}) {
        INFO("mean " << mean);
        CHECK(poisson(top, mean) < mean + 20 * std::sqrt(mean) + 20);
    }
}
