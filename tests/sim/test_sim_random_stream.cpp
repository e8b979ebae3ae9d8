// Keyed random streams: the documented draw formula, reproducibility, disjoint flows and keys, the
// draw counter, and statistical checks with fixed seeds. Statistical tolerances are 4 standard
// errors of the statistic named in each check.
#include <algorithm>
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <random>
#include <set>
#include <vector>

#include "sim/random_stream.hpp"
#include "sim/variates.hpp"

using namespace wfsim::sim;

namespace {

// Pearson correlation of two equally long samples.
double correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) mx += x[i], my += y[i];
    mx /= n;
    my /= n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

// An engine that returns a fixed word, to probe the ends of the uniform maps.
struct FixedEngine {
    using result_type = std::uint64_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type{0}; }
    result_type value;
    result_type operator()() { return value; }
};

const std::uint64_t kReplication = replication_key(20240611, 3);

}  // namespace

TEST_CASE("random: mix64 is the SplitMix64 output function", "[sim][random]") {
    // SplitMix64 seeded with 0 outputs mix64(k * gamma) for k = 1, 2, 3: its published first
    // three outputs.
    CHECK(mix64(1 * kGoldenGamma) == 0xe220a8397b1dcdafULL);
    CHECK(mix64(2 * kGoldenGamma) == 0x6e789e6aa1b965f4ULL);
    CHECK(mix64(3 * kGoldenGamma) == 0x06c45d188009454fULL);
    static_assert(std::uniform_random_bit_generator<KeyedStream>);
}

TEST_CASE("random: mix64 flips half the output bits when one input bit flips", "[sim][random]") {
    // Strict avalanche: for each input bit, the number of output bits that change is
    // Binomial(64, 1/2), mean 32 and sd 4, so its mean over n inputs has SE 4 / sqrt(n).
    const int n = 20000;
    std::uint32_t counter = 0;
    KeyedStream inputs(kReplication, 9, counter);
    std::vector<double> flipped(64, 0.0);
    for (int i = 0; i < n; ++i) {
        const std::uint64_t x =
            i % 2 ? inputs() : static_cast<std::uint64_t>(i);  // also small ints
        const std::uint64_t y = mix64(x);
        for (int b = 0; b < 64; ++b)
            flipped[b] += std::popcount(y ^ mix64(x ^ (std::uint64_t{1} << b)));
    }
    const double se = 4.0 / std::sqrt(static_cast<double>(n));
    for (int b = 0; b < 64; ++b) {
        INFO("input bit " << b);
        CHECK(std::abs(flipped[b] / n - 32.0) < 4 * se);
    }
}

TEST_CASE("random: draw c of flow f follows the documented formula", "[sim][random]") {
    // mix64(k + (f * 2^40 + c + 1) * gamma) for the c-th draw (from 0).
    for (std::uint64_t key :
         {std::uint64_t{0}, std::uint64_t{12345}, kReplication, ~std::uint64_t{0}}) {
        for (unsigned flow : {0u, 1u, 7u, 200u}) {
            std::uint32_t counter = 0;
            KeyedStream s(key, flow, counter);
            for (std::uint64_t c = 0; c < 5; ++c) {
                const std::uint64_t expected =
                    mix64(key + ((std::uint64_t{flow} << 40) + c + 1) * kGoldenGamma);
                CHECK(s() == expected);
            }
        }
    }
}

TEST_CASE("random: the same key, flow and counter give the same draws", "[sim][random]") {
    const std::uint64_t key = entity_key(kReplication, 42);
    std::uint32_t c1 = 0, c2 = 0;
    KeyedStream a(key, 3, c1), b(key, 3, c2);
    std::vector<std::uint64_t> first;
    for (int i = 0; i < 1000; ++i) first.push_back(a());
    for (int i = 0; i < 1000; ++i) CHECK(b() == first[i]);

    // The counter lives with the caller: a new stream over a saved counter resumes the sequence.
    std::uint32_t saved = 0;
    {
        KeyedStream s(key, 3, saved);
        for (int i = 0; i < 400; ++i) s();
    }
    KeyedStream resumed(key, 3, saved);
    for (int i = 400; i < 1000; ++i) CHECK(resumed() == first[i]);
}

TEST_CASE("random: the counter advances exactly once per draw", "[sim][random]") {
    std::uint32_t counter = 0;
    KeyedStream s(entity_key(kReplication, 1), 0, counter);
    CHECK(counter == 0);  // constructing draws nothing
    for (std::uint32_t i = 1; i <= 100; ++i) {
        s();
        CHECK(counter == i);
    }
    // Through the variates too: uniform01 and uniform01_open_low take one word each.
    uniform01(s);
    CHECK(counter == 101);
    uniform01_open_low(s);
    CHECK(counter == 102);
    // Two streams of different flows over one entity's separate counters do not interfere.
    std::uint32_t other = 0;
    KeyedStream t(entity_key(kReplication, 1), 1, other);
    t();
    CHECK(counter == 102);
    CHECK(other == 1);
}

TEST_CASE("random: flows of one key and different keys give different sequences", "[sim][random]") {
    const int draws = 2000;
    std::set<std::uint64_t> seen;
    std::size_t total = 0;
    auto add_sequence = [&](std::uint64_t key, unsigned flow) {
        std::uint32_t counter = 0;
        KeyedStream s(key, flow, counter);
        for (int i = 0; i < draws; ++i) seen.insert(s()), ++total;
    };
    // Flows 0-7 of neighbouring identities, and keys one apart (the worst case for an additive
    // key): no 64-bit value repeats anywhere.
    for (std::uint64_t id = 0; id < 8; ++id)
        for (unsigned flow = 0; flow < 8; ++flow) add_sequence(entity_key(kReplication, id), flow);
    add_sequence(1000, 0);
    add_sequence(1001, 0);
    add_sequence(1000 + kGoldenGamma, 0);     // even a key shifted by one step of the sequence
    CHECK(seen.size() + draws - 1 == total);  // the shifted key overlaps the first by design
}

TEST_CASE("random: keys of different seeds, replications and identities are distinct",
          "[sim][random]") {
    std::set<std::uint64_t> keys;
    for (std::uint64_t seed = 0; seed < 20; ++seed)
        for (std::uint64_t rep = 0; rep < 50; ++rep) keys.insert(replication_key(seed, rep));
    CHECK(keys.size() == 20 * 50);
    std::vector<std::uint64_t> ids;
    for (std::uint64_t id = 0; id < 100000; ++id) ids.push_back(entity_key(kReplication, id));
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    // Order matters in hash_combine: (a, b) and (b, a) differ.
    CHECK(hash_combine(hash_combine(0, 1), 2) != hash_combine(hash_combine(0, 2), 1));
}

TEST_CASE("random: uniform01 lies in [0, 1) and uniform01_open_low in (0, 1]", "[sim][random]") {
    FixedEngine lo{0}, hi{~std::uint64_t{0}};
    CHECK(uniform01(lo) == 0.0);
    CHECK(uniform01(hi) < 1.0);
    CHECK(uniform01(hi) == 1.0 - 0x1.0p-53);
    CHECK(uniform01_open_low(lo) > 0.0);
    CHECK(uniform01_open_low(lo) == 0x1.0p-53);
    CHECK(uniform01_open_low(hi) == 1.0);

    std::uint32_t counter = 0;
    KeyedStream s(entity_key(kReplication, 5), 0, counter);
    double lowest = 1.0, highest = 0.0;
    for (int i = 0; i < 1000000; ++i) {
        const double u = uniform01(s);
        lowest = std::min(lowest, u);
        highest = std::max(highest, u);
    }
    CHECK(lowest >= 0.0);
    CHECK(highest < 1.0);
    CHECK(lowest < 1e-5);  // the sample reaches both ends
    CHECK(highest > 1 - 1e-5);
}

TEST_CASE("random: uniform draws have mean 1/2 and fill 64 bins evenly", "[sim][random]") {
    // One long stream, and the first draws of many entities (how the models consume them).
    const int n = 640000;
    std::uint32_t counter = 0;
    KeyedStream s(entity_key(kReplication, 77), 2, counter);
    std::vector<double> one_stream(n), across_keys(n);
    for (int i = 0; i < n; ++i) one_stream[i] = uniform01(s);
    for (int i = 0; i < n; ++i) {
        std::uint32_t c = 0;
        KeyedStream e(entity_key(kReplication, static_cast<std::uint64_t>(i)), 0, c);
        across_keys[i] = uniform01(e);
    }
    for (const auto* sample : {&one_stream, &across_keys}) {
        INFO((sample == &one_stream ? "one stream" : "first draw of each key"));
        // Mean of U(0,1) is 1/2 with SE 1/sqrt(12 n).
        double sum = 0;
        for (double u : *sample) sum += u;
        CHECK(std::abs(sum / n - 0.5) < 4.0 / std::sqrt(12.0 * n));
        // Pearson's chi-square over 64 equal bins: chi2(63), mean 63, sd sqrt(126).
        std::vector<double> bins(64, 0.0);
        for (double u : *sample) bins[static_cast<int>(u * 64)] += 1;
        const double expected = n / 64.0;
        double chi2 = 0;
        for (double o : bins) chi2 += (o - expected) * (o - expected) / expected;
        CHECK(std::abs(chi2 - 63.0) < 4.0 * std::sqrt(126.0));
    }
}

TEST_CASE("random: consecutive draws and neighbouring keys are uncorrelated", "[sim][random]") {
    // The sample correlation of independent pairs is ~0 with SE 1/sqrt(n).
    const int n = 400000;
    const double tolerance = 4.0 / std::sqrt(static_cast<double>(n));
    SECTION("lag 1 within one stream") {
        std::uint32_t counter = 0;
        KeyedStream s(entity_key(kReplication, 8), 0, counter);
        std::vector<double> x(n), y(n);
        double prev = uniform01(s);
        for (int i = 0; i < n; ++i) {
            x[i] = prev;
            y[i] = prev = uniform01(s);
        }
        CHECK(std::abs(correlation(x, y)) < tolerance);
    }
    SECTION("the same draw index of neighbouring keys, and of two flows of one key") {
        for (std::uint32_t index : {0u, 1u, 17u}) {
            INFO("draw index " << index);
            std::vector<double> u(n + 1), other_flow(n + 1);
            for (int i = 0; i <= n; ++i) {
                const std::uint64_t key = entity_key(kReplication, static_cast<std::uint64_t>(i));
                std::uint32_t c0 = index, c1 = index;
                KeyedStream f0(key, 0, c0), f1(key, 1, c1);
                u[i] = uniform01(f0);
                other_flow[i] = uniform01(f1);
            }
            std::vector<double> x(u.begin(), u.end() - 1), y(u.begin() + 1, u.end());
            CHECK(std::abs(correlation(x, y)) < tolerance);
            CHECK(std::abs(correlation(u, other_flow)) < 4.0 / std::sqrt(n + 1.0));
        }
    }
    SECTION("raw keys one apart") {
        // Keys are hashes in use, but even adjacent raw keys must not give related streams.
        std::vector<double> x(n), y(n);
        for (int i = 0; i < n; ++i) {
            std::uint32_t c0 = 0, c1 = 0;
            KeyedStream a(static_cast<std::uint64_t>(2 * i), 0, c0);
            KeyedStream b(static_cast<std::uint64_t>(2 * i + 1), 0, c1);
            x[i] = uniform01(a);
            y[i] = uniform01(b);
        }
        CHECK(std::abs(correlation(x, y)) < tolerance);
    }
}

TEST_CASE("random: a KeyedStream drives standard library distributions", "[sim][random]") {
    std::uint32_t counter = 0;
    KeyedStream s(entity_key(kReplication, 11), 4, counter);
    std::uniform_int_distribution<int> die(1, 6);
    std::vector<int> counts(7, 0);
    const int n = 60000;
    for (int i = 0; i < n; ++i) ++counts[die(s)];
    CHECK(counts[0] == 0);
    // Each face has probability 1/6: count SE sqrt(n p (1 - p)).
    const double se = std::sqrt(n * (1.0 / 6) * (5.0 / 6));
    for (int f = 1; f <= 6; ++f) CHECK(std::abs(counts[f] - n / 6.0) < 4 * se);
}
