#pragma once
// The Sobol low-discrepancy sequence in base 2 (Sobol 1967), with Joe and Kuo's direction
// numbers (new-joe-kuo-6.21201, joe_kuo_directions.inc) for up to 512 dimensions and 32 bits.
// Points are in Gray-code order (Antonov and Saleev 1979): point i is the XOR of the direction
// numbers picked by the bits of i ^ (i >> 1), the order every standard generator uses, so the
// first 2^m points are the same set as in natural order.
//
// A random digital shift (each coordinate XORed with a fixed random 32-bit word per dimension)
// keeps every net property of the sequence (each coordinate of 2^m points still falls once in
// each interval of width 2^-m) and moves the first point off the origin; the words have their
// lowest bit set, so no coordinate is ever exactly 0, where unbounded distributions have no
// quantile.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace wfsim::sweeps {

inline constexpr int kSobolMaxDimensions = 512;
inline constexpr std::uint64_t kSobolMaxPoints = std::uint64_t{1} << 31;

class SobolSequence {
  public:
    // std::invalid_argument for dimensions outside [1, kSobolMaxDimensions].
    explicit SobolSequence(int dimensions);

    int dimensions() const { return dimensions_; }
    // The 32-bit coordinates of point `index` (< kSobolMaxPoints), unshifted: point 0 is 0.
    void point_bits(std::uint64_t index, std::uint32_t* out) const;
    // V_(bit + 1) of dimension `dimension` (0-based), as a 32-bit fraction.
    std::uint32_t direction(int dimension, int bit) const {
        return directions_[static_cast<std::size_t>(dimension) * 32 + bit];
    }

  private:
    int dimensions_;
    std::vector<std::uint32_t> directions_;  // [dimension][bit], 32 per dimension
};

// `n` points (< kSobolMaxPoints) of the d-dimensional sequence in [0, 1), row-major [point][d],
// from point 0; with `shift_seed`, digitally shifted by words drawn from that seed.
std::vector<double> sobol_points(std::size_t n, int d,
                                 std::optional<std::uint64_t> shift_seed = std::nullopt);

}  // namespace wfsim::sweeps
