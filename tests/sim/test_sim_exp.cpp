// sim::exp against std::exp: where the C library is glibc 2.28 or later, whose exp is the same
// algorithm, the two agree bit for bit (with FMA or without: sim::exp is then std::exp), so that
// drawing spells through sim::exp changes no result. Elsewhere they agree within an ulp.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "sim/exp.hpp"
#include "sim/random_stream.hpp"
#include "sim/variates.hpp"

namespace {

bool same_bits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 28))
constexpr bool kGlibcExp = true;
#else
constexpr bool kGlibcExp = false;
#endif

void check_agrees(double x) {
    const double ours = wfsim::sim::exp(x), libm = std::exp(x);
    if (kGlibcExp || std::isnan(libm)) {
        CHECK((same_bits(ours, libm) || (std::isnan(ours) && std::isnan(libm))));
    } else {
        CHECK(std::abs(ours - libm) <= std::abs(libm) * std::numeric_limits<double>::epsilon());
    }
}

}  // namespace

TEST_CASE("exp: the same value as std::exp over the range of lognormal spells", "[sim][exp]") {
    // Arguments as spells draw them (mu + sigma Z for mu in [-2, 7], sigma up to 2.5), and
    // uniform over [-700, 700], which crosses every table entry and both ends of the fast path.
    std::uint32_t counter = 0;
    wfsim::sim::KeyedStream s(wfsim::sim::entity_key(wfsim::sim::replication_key(11, 0), 5), 0,
                              counter);
    long differ = 0;
    for (int i = 0; i < 2000000; ++i) {
        const double mu = -2.0 + 9.0 * wfsim::sim::uniform01(s);
        const double sigma = 2.5 * wfsim::sim::uniform01(s);
        const double x = i % 2 ? mu + sigma * wfsim::sim::standard_normal(s)
                               : -700.0 + 1400.0 * wfsim::sim::uniform01(s);
        const double ours = wfsim::sim::exp(x), libm = std::exp(x);
        if (kGlibcExp)
            differ += !same_bits(ours, libm);
        else
            differ += std::abs(ours - libm) > std::abs(libm) * 2.3e-16;
    }
    CHECK(differ == 0);
}

TEST_CASE("exp: the edges of the fast path and the special cases", "[sim][exp]") {
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> xs{0.0,      -0.0,      0x1p-54, -0x1p-54, 0x1.fffffffffffffp-55,
                           0x1p-60,  1e-300,    1.0,     -1.0,     0.5,
                           511.9999, -511.9999, 512.0,   -512.0,   709.7,
                           709.79,   710.0,     -708.4,  -745.0,   -746.0,
                           -1e6,     1e6,       inf,     -inf,     std::nan("")};
    for (double x : xs) {
        INFO("x = " << x);
        check_agrees(x);
    }
    CHECK(wfsim::sim::exp(0.0) == 1.0);
    CHECK(wfsim::sim::exp(-inf) == 0.0);
    CHECK(wfsim::sim::exp(inf) == inf);
    CHECK(std::isnan(wfsim::sim::exp(std::nan(""))));
}
