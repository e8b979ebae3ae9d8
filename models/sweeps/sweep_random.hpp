#pragma once
// A small deterministic generator for designs and bootstrap resampling: SplitMix64 (the engine's
// mix function), seeded by a hash of the sweep's seed and what the numbers are for, so that a
// design or an interval depends only on that seed.
#include <cstdint>
#include <limits>

#include "sim/random_stream.hpp"

namespace wfsim::sweeps {

class SweepRandom {
  public:
    using result_type = std::uint64_t;

    // `purpose` separates the streams of one seed (design, bootstrap, ...).
    SweepRandom(std::uint64_t seed, std::uint64_t purpose)
        : state_(sim::hash_combine(sim::mix64(seed ^ 0x7377656570ULL), purpose)) {}

    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
    result_type operator()() {
        state_ += sim::kGoldenGamma;
        return sim::mix64(state_);
    }

    // Uniform on [0, 1).
    double uniform() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }
    // Uniform on {0, ..., n - 1} (Lemire's multiply-shift; the bias is below 2^-64 n).
    std::uint64_t below(std::uint64_t n) {
        __extension__ using Wide = unsigned __int128;
        return static_cast<std::uint64_t>((static_cast<Wide>((*this)()) * n) >> 64);
    }

  private:
    std::uint64_t state_;
};

}  // namespace wfsim::sweeps
