// Cost of random numbers: ns per 64-bit draw for the keyed stream the models use (including its
// draw-counter increment) against plain generators, and ns per variate for the samplers in
// sim/variates.hpp against libstdc++'s distributions over the same keyed stream. Each figure is
// the median of several repetitions of a tight loop whose results are summed and written to a
// volatile, so nothing is optimised away.
//
//   random_benchmark [--draws N] [--reps R]
#include <algorithm>
#include <boost/random/mersenne_twister.hpp>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

#include "sim/random_stream.hpp"
#include "sim/variates.hpp"

namespace {

using wfsim::sim::KeyedStream;

volatile double g_sink_real;
volatile std::uint64_t g_sink_bits;

// SplitMix64 as a plain sequential generator: the same mix as KeyedStream, without a key or a
// counter held outside.
struct SplitMix64 {
    using result_type = std::uint64_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type{0}; }
    std::uint64_t state;
    result_type operator()() {
        state += wfsim::sim::kGoldenGamma;
        return wfsim::sim::mix64(state);
    }
};

// xoshiro256** (Blackman and Vigna), for scale: a fast generator that is not keyed.
struct Xoshiro256ss {
    using result_type = std::uint64_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type{0}; }
    std::uint64_t s[4];
    explicit Xoshiro256ss(std::uint64_t seed) {
        SplitMix64 sm{seed};
        for (auto& w : s) w = sm();
    }
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    result_type operator()() {
        const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
        const std::uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return result;
    }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

template <class F>
double seconds(F&& f) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

struct Row {
    const char* what;
    double median_ns, min_ns;
};

// make() builds a fresh engine for each repetition; the draw loop is all that is timed.
template <class Make>
Row time_bits(const char* what, long draws, int reps, Make&& make) {
    std::vector<double> ns;
    for (int r = 0; r < reps; ++r) {
        auto eng = make(r);
        std::uint64_t acc = 0;
        const double s = seconds([&] {
            for (long i = 0; i < draws; ++i) acc += eng();
        });
        g_sink_bits = acc;
        ns.push_back(s * 1e9 / static_cast<double>(draws));
    }
    return {what, median(ns), *std::min_element(ns.begin(), ns.end())};
}

// The keyed stream with its counter where a model keeps it, in a record in memory.
struct KeyedRecord {
    std::uint64_t key;
    std::uint32_t counter;
};

template <class Sample>
Row time_variate(const char* what, long draws, int reps, Sample&& sample) {
    std::vector<double> ns;
    for (int r = 0; r < reps; ++r) {
        KeyedRecord rec{wfsim::sim::entity_key(wfsim::sim::replication_key(99, r), 1), 0};
        KeyedStream eng(rec.key, 2, rec.counter);
        double acc = 0;
        const double s = seconds([&] {
            for (long i = 0; i < draws; ++i) acc += sample(eng);
        });
        g_sink_real = acc;
        ns.push_back(s * 1e9 / static_cast<double>(draws));
    }
    return {what, median(ns), *std::min_element(ns.begin(), ns.end())};
}

void print(const Row& row) {
    std::printf("  %-52s %9.2f %9.2f\n", row.what, row.median_ns, row.min_ns);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    long draws = 50000000;
    int reps = 7;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--draws"))
            draws = std::atol(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--reps"))
            reps = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: %s [--draws N] [--reps R]\n", argv[0]);
            return 64;
        }
    }
    if (argc % 2 == 0 || draws < 1 || reps < 1) {
        std::fprintf(stderr, "usage: %s [--draws N] [--reps R]\n", argv[0]);
        return 64;
    }
    const long variates = std::max(1L, draws / 5);
    std::printf("%ld draws (variates: %ld) per repetition, %d repetitions\n", draws, variates,
                reps);
    std::printf("  %-52s %9s %9s\n", "64-bit draw", "median ns", "min ns");

    std::vector<KeyedRecord> records(reps);
    print(time_bits("sim::KeyedStream (counter in a record)", draws, reps, [&](int r) {
        records[r] = {wfsim::sim::entity_key(wfsim::sim::replication_key(1, r), 7), 0};
        return KeyedStream(records[r].key, 3, records[r].counter);
    }));
    print(time_bits("splitmix64", draws, reps, [](int r) { return SplitMix64{std::uint64_t(r)}; }));
    print(time_bits("xoshiro256**", draws, reps, [](int r) { return Xoshiro256ss(r); }));
    print(time_bits("std::mt19937_64", draws, reps,
                    [](int r) { return std::mt19937_64(static_cast<std::uint64_t>(r)); }));
    print(time_bits("boost::random::mt19937_64", draws, reps, [](int r) {
        return boost::random::mt19937_64(static_cast<std::uint64_t>(r));
    }));
    // A new stream per draw, as when each event touches a different entity (the record is
    // cached here, so this is the cost of the stream, not of memory).
    print(time_bits("sim::KeyedStream, a new stream for every draw", draws, reps, [&](int r) {
        records[r] = {wfsim::sim::entity_key(wfsim::sim::replication_key(1, r), 7), 0};
        KeyedRecord* rec = &records[r];
        return [rec, id = std::uint64_t{0}]() mutable {
            KeyedStream s(rec->key + (id++ & 1023), 3, rec->counter);
            return s();
        };
    }));

    std::printf("  %-52s %9s %9s\n", "variate over sim::KeyedStream", "median ns", "min ns");
    print(time_variate("sim::uniform01", variates, reps,
                       [](KeyedStream& e) { return wfsim::sim::uniform01(e); }));
    print(time_variate("sim::standard_exponential (Boost ziggurat)", variates, reps,
                       [](KeyedStream& e) { return wfsim::sim::standard_exponential(e); }));
    print(time_variate("std::exponential_distribution", variates, reps, [](KeyedStream& e) {
        return std::exponential_distribution<double>(1.0)(e);
    }));
    print(time_variate("sim::standard_normal (Boost ziggurat)", variates, reps,
                       [](KeyedStream& e) { return wfsim::sim::standard_normal(e); }));
    // std::normal_distribution makes values in pairs and keeps the second: a distribution object
    // that lives across draws, as it would in a model, gets that benefit.
    std::normal_distribution<double> std_normal(0.0, 1.0);
    print(time_variate("std::normal_distribution (kept across draws)", variates, reps,
                       [&](KeyedStream& e) { return std_normal(e); }));
    print(
        time_variate("std::normal_distribution (new per draw)", variates, reps,
                     [](KeyedStream& e) { return std::normal_distribution<double>(0.0, 1.0)(e); }));
    const auto lognormal = wfsim::sim::LogNormalParams::from_mean_sd(8.0, 10.0);
    print(time_variate("sim::LogNormalParams::sample", variates, reps,
                       [&](KeyedStream& e) { return lognormal.sample(e); }));
    std::lognormal_distribution<double> std_lognormal(lognormal.mu, lognormal.sigma);
    print(time_variate("std::lognormal_distribution (kept across draws)", variates, reps,
                       [&](KeyedStream& e) { return std_lognormal(e); }));
    print(time_variate("sim::poisson, mean 3", variates, reps, [](KeyedStream& e) {
        return static_cast<double>(wfsim::sim::poisson(e, 3.0));
    }));
    return 0;
}
