#pragma once
// Variates over any 64-bit UniformRandomBitGenerator. Exponential and normal use Boost.Random's
// ziggurat samplers (4-5 ns a draw here, against 14-19 ns for libstdc++'s); the uniform is the
// top 53 bits of one draw.
#include <boost/random/exponential_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <cmath>
#include <cstdint>

namespace wfsim::sim {

// Uniform on [0, 1).
template <class Engine>
double uniform01(Engine& eng) {
    return static_cast<double>(eng() >> 11) * 0x1.0p-53;
}

// Uniform on (0, 1]: safe to take the logarithm of.
template <class Engine>
double uniform01_open_low(Engine& eng) {
    return (static_cast<double>(eng() >> 11) + 1.0) * 0x1.0p-53;
}

template <class Engine>
double standard_exponential(Engine& eng) {
    return boost::random::exponential_distribution<double>(1.0)(eng);
}

namespace detail {

// The rest of one iteration of Boost's normal ziggurat after its first test failed (the tail, or
// the wedge's test), then Boost's own sampler for the iterations that follow a rejection: what
// boost::random::detail::unit_normal_distribution does from there, so the draws are the same.
template <class Engine>
[[gnu::noinline]] double normal_outside_box(Engine& eng, int i, double x, int sign) {
    using Unit = boost::random::detail::unit_normal_distribution<double>;
    const double* const table_x = boost::random::detail::normal_table<double>::table_x;
    const double* const table_y = boost::random::detail::normal_table<double>::table_y;
    if (i == 0) return Unit().generate_tail(eng) * sign;
    const double y01 = boost::random::uniform_01<double>()(eng);
    const double y = table_y[i] + y01 * (table_y[i + 1] - table_y[i]);
    double y_above_ubound, y_above_lbound;
    if (table_x[i] >= 1) {  // convex
        y_above_ubound = (table_x[i] - table_x[i + 1]) * y01 - (table_x[i] - x);
        y_above_lbound = y - (table_y[i] + (table_x[i] - x) * table_y[i] * table_x[i]);
    } else {  // concave
        y_above_lbound = (table_x[i] - table_x[i + 1]) * y01 - (table_x[i] - x);
        y_above_ubound = y - (table_y[i] + (table_x[i] - x) * table_y[i] * table_x[i]);
    }
    if (y_above_ubound < 0 && (y_above_lbound < 0 || y < Unit::f(x))) return x * sign;
    return Unit()(eng);  // rejected: a new iteration, as Boost's loop starts one
}

}  // namespace detail

// Boost's normal ziggurat, its common case (97% of draws: inside the box of a layer) inline and
// the rest out of line: the same values from the same draws as boost::random::normal_distribution
// (its 8 bits of layer and sign and 53-bit fraction taken from one 64-bit draw as Boost takes
// them), without the call and its set-up of constants at every draw.
template <class Engine>
[[gnu::always_inline]] inline double standard_normal(Engine& eng) {
    static_assert(Engine::min() == 0 && Engine::max() == ~std::uint64_t{0},
                  "the inline path assumes a full 64-bit engine, as Boost's pair generation does");
    const std::uint64_t u = eng();
    const int bucket = static_cast<int>(u & 0xff);
    // Bit 11 is one of the 56 bits beyond the double's 53: Boost clears it, and so here.
    const double fraction = static_cast<double>((u & ~(std::uint64_t{1} << 11)) >> 8) * 0x1.0p-56;
    const int sign = (bucket & 1) * 2 - 1;
    const int i = bucket >> 1;
    const double* const table_x = boost::random::detail::normal_table<double>::table_x;
    const double x = fraction * table_x[i];
    // 0.0 + as normal_distribution(0, 1) adds its mean (a -0 comes out +0).
    if (x < table_x[i + 1]) return 0.0 + x * sign;
    return 0.0 + detail::normal_outside_box(eng, i, x, sign);
}

// Parameters of the lognormal with the given arithmetic mean and standard deviation.
struct LogNormalParams {
    double mu = 0.0;
    double sigma = 0.0;

    static LogNormalParams from_mean_sd(double mean, double sd) {
        const double s2 = std::log1p((sd * sd) / (mean * mean));
        return {std::log(mean) - 0.5 * s2, std::sqrt(s2)};
    }
    template <class Engine>
    double sample(Engine& eng) const {
        return std::exp(mu + sigma * standard_normal(eng));
    }
};

// Poisson with a small or moderate mean by inversion (exact, no tables): used for counts drawn
// once per period, never per event.
template <class Engine>
long poisson(Engine& eng, double mean) {
    if (mean <= 0.0) return 0;
    if (mean > 500.0) {
        // Split into halves to keep exp(-mean) representable; the sum of Poissons is Poisson.
        return poisson(eng, mean * 0.5) + poisson(eng, mean * 0.5);
    }
    const double u = uniform01(eng);
    double p = std::exp(-mean), cdf = p;
    long k = 0;
    while (u > cdf) {
        ++k;
        p *= mean / static_cast<double>(k);
        // Past the mode, once a term no longer moves the rounded sum, u lies in the tail that
        // rounding lost: the count is already in the far upper tail.
        if (k > mean && p < cdf * 1e-17) break;
        cdf += p;
    }
    return k;
}

}  // namespace wfsim::sim
