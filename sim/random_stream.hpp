#pragma once
// Random numbers keyed by entity, so that a replication depends only on (scenario, seed, index)
// and a variant that changes one person's history leaves everyone else's draws alone.
//
// Draw c of flow f of an entity with key k is mix64(k + (f * 2^40 + c + 1) * gamma): a SplitMix64
// sequence positioned by the key. Flows of one entity are disjoint stretches of that sequence
// (2^40 draws each); keys are hashes of (seed, replication, identity), so the sequences of
// different entities start at unrelated points of the 2^64 cycle. Each draw costs one 64-bit
// mix (about 1.5 ns); nothing per entity is stored but the key and a draw counter per flow.
#include <cstdint>
#include <limits>

namespace wfsim::sim {

inline constexpr std::uint64_t kGoldenGamma = 0x9e3779b97f4a7c15ULL;

// The SplitMix64 output function (Stafford's Mix13): a bijection with full avalanche.
constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Order-sensitive hash of a sequence of 64-bit words; used to derive keys, never per draw.
constexpr std::uint64_t hash_combine(std::uint64_t h, std::uint64_t v) {
    return mix64(h ^ mix64(v + kGoldenGamma));
}

constexpr std::uint64_t replication_key(std::uint64_t seed, std::uint64_t replication) {
    return hash_combine(mix64(seed ^ 0x5766736d5f726570ULL), replication);
}

constexpr std::uint64_t entity_key(std::uint64_t replication_key, std::uint64_t identity) {
    return hash_combine(replication_key, identity);
}

// The key of draws tied to one draw of an entity's flow but kept apart from its sequence: a
// variant's second clock, or its decision to keep an event, for the event whose draws began at
// `counter`. The entity's own sequence (and so every later draw of it) stays the same in every
// variant; each (counter, purpose) has unrelated draws of its own.
constexpr std::uint64_t side_key(std::uint64_t key, unsigned flow, std::uint32_t counter,
                                 unsigned purpose) {
    return hash_combine(hash_combine(key ^ 0x736964655f6b6579ULL, (flow << 8) | purpose), counter);
}

// A UniformRandomBitGenerator over one flow of one entity; advances the entity's draw counter,
// which the caller owns (it lives in the entity's record).
class KeyedStream {
  public:
    using result_type = std::uint64_t;

    KeyedStream(std::uint64_t key, unsigned flow, std::uint32_t& counter)
        : base_(key + (static_cast<std::uint64_t>(flow) << 40) * kGoldenGamma), counter_(counter) {}

    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

    result_type operator()() {
        ++counter_;
        return mix64(base_ + static_cast<std::uint64_t>(counter_) * kGoldenGamma);
    }

  private:
    std::uint64_t base_;
    std::uint32_t& counter_;
};

}  // namespace wfsim::sim
