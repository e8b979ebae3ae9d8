#pragma once
// e^x for the draws made at every event (a lognormal spell is exp(mu + sigma Z)): the range
// check inline and a direct call, without libm's PLT, errno wrapper and ifunc dispatch, so about
// 26 instructions a call against 54. Bit for bit the value of glibc's exp (2.28 and later: the
// algorithm and table of Arm's optimized-routines, with a 2^(k/128) table and a degree-5
// polynomial) as glibc computes it on a CPU with fused multiply-add; without FMA, and for arguments
// outside [2^-54, 512), it is std::exp itself. So results do not change where glibc's exp was used
// before.
#include <cmath>
#include <cstdint>
#include <cstring>

namespace wfsim::sim {

namespace detail {
extern const bool kCpuHasFma;
// The part of the work done with the FMA instructions (exp.cpp), for |x| in [2^-54, 512).
double exp_with_fma(double x);
}  // namespace detail

inline double exp(double x) {
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    const std::uint32_t exponent = static_cast<std::uint32_t>(bits >> 52) & 0x7ff;
    // |x| in [2^-54, 512): exponent in [0x3c9, 0x408). Outside, libm's special cases.
    if (exponent - 0x3c9u < 0x3fu && detail::kCpuHasFma) return detail::exp_with_fma(x);
    return std::exp(x);
}

}  // namespace wfsim::sim
