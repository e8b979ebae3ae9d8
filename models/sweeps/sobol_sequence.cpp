#include "models/sweeps/sobol_sequence.hpp"

#include <stdexcept>
#include <string>

#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {
namespace {

// s, a, m_1 ... m_s for dimensions 2, 3, ...
constexpr std::uint32_t kJoeKuo[] = {
#include "models/sweeps/joe_kuo_directions.inc"
};

constexpr int kBits = 32;

}  // namespace

SobolSequence::SobolSequence(int dimensions) : dimensions_(dimensions) {
    if (dimensions < 1 || dimensions > kSobolMaxDimensions)
        throw std::invalid_argument("the Sobol sequence has 1 to " +
                                    std::to_string(kSobolMaxDimensions) + " dimensions, not " +
                                    std::to_string(dimensions));
    directions_.assign(static_cast<std::size_t>(dimensions) * kBits, 0);
    // Dimension 1: every m_j = 1 (the van der Corput sequence). Bit j (1-based) of a direction
    // number V_j = m_j / 2^j sits at 2^(32 - j).
    for (int j = 1; j <= kBits; ++j) directions_[j - 1] = std::uint32_t{1} << (kBits - j);
    std::size_t at = 0;
    for (int d = 1; d < dimensions; ++d) {
        const int s = static_cast<int>(kJoeKuo[at]);
        const std::uint32_t a = kJoeKuo[at + 1];
        const std::uint32_t* m = &kJoeKuo[at + 2];
        at += 2 + static_cast<std::size_t>(s);
        std::uint32_t* v = &directions_[static_cast<std::size_t>(d) * kBits];  // v[j - 1] = V_j
        for (int j = 1; j <= kBits && j <= s; ++j) v[j - 1] = m[j - 1] << (kBits - j);
        // The recurrence of the primitive polynomial x^s + a_1 x^(s-1) + ... + a_(s-1) x + 1.
        for (int j = s + 1; j <= kBits; ++j) {
            std::uint32_t value = v[j - s - 1] ^ (v[j - s - 1] >> s);
            for (int k = 1; k < s; ++k)
                if ((a >> (s - 1 - k)) & 1u) value ^= v[j - k - 1];
            v[j - 1] = value;
        }
    }
}

void SobolSequence::point_bits(std::uint64_t index, std::uint32_t* out) const {
    const std::uint64_t gray = index ^ (index >> 1);
    for (int d = 0; d < dimensions_; ++d) {
        const std::uint32_t* v = &directions_[static_cast<std::size_t>(d) * kBits];
        std::uint32_t x = 0;
        for (int j = 0; j < kBits; ++j)
            if ((gray >> j) & 1u) x ^= v[j];
        out[d] = x;
    }
}

std::vector<double> sobol_points(std::size_t n, int d, std::optional<std::uint64_t> shift_seed) {
    if (n > kSobolMaxPoints)
        throw std::invalid_argument("at most 2^31 points of the Sobol sequence");
    const SobolSequence sequence(d);
    std::vector<std::uint32_t> shift(static_cast<std::size_t>(d), 0);
    if (shift_seed) {
        SweepRandom random(*shift_seed, 0x736f626f6cULL);
        for (auto& word : shift) word = static_cast<std::uint32_t>(random() >> 32) | 1u;
    }
    std::vector<double> points(n * static_cast<std::size_t>(d));
    // Gray-code order: point i follows from point i - 1 by one XOR per dimension, with the
    // direction number of the lowest zero bit of i - 1.
    std::vector<std::uint32_t> bits(static_cast<std::size_t>(d), 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) {
            const int bit = __builtin_ctzll(~static_cast<std::uint64_t>(i - 1));
            for (int k = 0; k < d; ++k) bits[k] ^= sequence.direction(k, bit);
        }
        for (int k = 0; k < d; ++k)
            points[i * d + k] = static_cast<double>(bits[k] ^ shift[k]) * 0x1.0p-32;
    }
    return points;
}

}  // namespace wfsim::sweeps
