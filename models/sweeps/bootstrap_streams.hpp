#pragma once
// The purposes of the random streams a sweep's seed gives (sweep_random.hpp), one per use, so
// that adding one never moves another.
#include <cstdint>

namespace wfsim::sweeps::streams {

inline constexpr std::uint64_t kSobolRows = 21;
inline constexpr std::uint64_t kMorrisTrajectories = 22;
inline constexpr std::uint64_t kReplications = 23;
inline constexpr std::uint64_t kRegressionPoints = 24;
inline constexpr std::uint64_t kOuterSamples = 25;
// The parameter sets of a scenario's uncertainty (the outer samples themselves).
inline constexpr std::uint64_t kParameterSets = 26;

}  // namespace wfsim::sweeps::streams
