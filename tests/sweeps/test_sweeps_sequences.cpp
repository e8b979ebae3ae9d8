// The Sobol sequence and the designs: exact properties.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "models/sweeps/design.hpp"
#include "models/sweeps/sobol_sequence.hpp"

using namespace wfsim::sweeps;

TEST_CASE("Sobol sequence: the first points of Joe and Kuo's three-dimensional sequence") {
    // Printed by Joe and Kuo's reference generator (sobol.cc) for new-joe-kuo-6.21201, which
    // starts at the second point; the first is the origin.
    const double expected[8][3] = {{0, 0, 0},
                                   {0.5, 0.5, 0.5},
                                   {0.75, 0.25, 0.25},
                                   {0.25, 0.75, 0.75},
                                   {0.375, 0.375, 0.625},
                                   {0.875, 0.875, 0.125},
                                   {0.625, 0.125, 0.875},
                                   {0.125, 0.625, 0.375}};
    const std::vector<double> p = sobol_points(8, 3);
    for (int i = 0; i < 8; ++i)
        for (int d = 0; d < 3; ++d) CHECK(p[i * 3 + d] == expected[i][d]);
}

TEST_CASE("Sobol sequence: every coordinate of 2^m points falls once in each interval 2^-m") {
    for (const bool shifted : {false, true}) {
        const int m = 10, n = 1 << m, d = kSobolMaxDimensions;
        const std::vector<double> p =
            shifted ? sobol_points(n, d, std::uint64_t{42}) : sobol_points(n, d);
        for (int k = 0; k < d; ++k) {
            std::vector<int> count(n, 0);
            for (int i = 0; i < n; ++i) ++count[static_cast<int>(p[i * d + k] * n)];
            INFO("dimension " << k + 1 << (shifted ? ", shifted" : ""));
            REQUIRE(std::all_of(count.begin(), count.end(), [](int c) { return c == 1; }));
        }
    }
}

TEST_CASE("Sobol sequence: the first two dimensions form a (0, m, 2)-net, shifted or not") {
    // Every elementary interval [a 2^-i, (a+1) 2^-i) x [b 2^-j, (b+1) 2^-j) with i + j = m
    // holds exactly one of the first 2^m points.
    const int m = 8, n = 1 << m;
    for (const bool shifted : {false, true}) {
        const std::vector<double> p =
            shifted ? sobol_points(n, 2, std::uint64_t{7}) : sobol_points(n, 2);
        for (int i = 0; i <= m; ++i) {
            const int j = m - i;
            std::set<std::pair<int, int>> boxes;
            for (int q = 0; q < n; ++q)
                boxes.emplace(static_cast<int>(std::ldexp(p[2 * q], i)),
                              static_cast<int>(std::ldexp(p[2 * q + 1], j)));
            CHECK(boxes.size() == static_cast<std::size_t>(n));
        }
    }
}

TEST_CASE("Sobol sequence: a digital shift keeps every coordinate strictly inside (0, 1)") {
    const std::vector<double> p = sobol_points(4096, 16, std::uint64_t{3});
    CHECK(std::all_of(p.begin(), p.end(), [](double v) { return v > 0.0 && v < 1.0; }));
    CHECK(sobol_points(4, 16, std::uint64_t{3}) != sobol_points(4, 16, std::uint64_t{4}));
    CHECK_THROWS(SobolSequence(kSobolMaxDimensions + 1));
}

TEST_CASE("Latin hypercube: each factor has exactly one point in each of the n strata") {
    for (const bool centred : {false, true}) {
        const std::size_t n = 97, k = 6;
        const Design d = latin_hypercube_design(n, k, 11, centred);
        REQUIRE(d.points() == n);
        for (std::size_t f = 0; f < k; ++f) {
            std::vector<int> count(n, 0);
            for (std::size_t i = 0; i < n; ++i) {
                const double u = d.at(i, f);
                REQUIRE(u > 0.0);
                REQUIRE(u < 1.0);
                ++count[static_cast<std::size_t>(u * n)];
                if (centred) CHECK(u * n - std::floor(u * n) == Approx(0.5));
            }
            CHECK(std::all_of(count.begin(), count.end(), [](int c) { return c == 1; }));
        }
        // The strata are paired at random: the columns are not in the same order.
        std::vector<double> first, second;
        for (std::size_t i = 0; i < n; ++i) {
            first.push_back(d.at(i, 0));
            second.push_back(d.at(i, 1));
        }
        CHECK(first != second);
    }
}

TEST_CASE("Morris design: each trajectory moves every factor once by delta on the grid") {
    const std::size_t r = 50, k = 7;
    const int levels = 4;
    const double delta = morris_delta(levels);
    CHECK(delta == Approx(2.0 / 3.0));
    const Design d = morris_design(r, k, levels, 5);
    REQUIRE(d.points() == r * (k + 1));
    for (std::size_t t = 0; t < r; ++t) {
        std::vector<int> moved(k, 0);
        for (std::size_t s = 0; s <= k; ++s) {
            const std::size_t p = t * (k + 1) + s;
            CHECK(d.block[p] == static_cast<int>(t));
            CHECK(d.row[p] == static_cast<int>(s));
            for (std::size_t f = 0; f < k; ++f) {
                const double level = d.at(p, f) * (levels - 1);
                CHECK(level == std::round(level));  // exactly on the grid
                CHECK(d.at(p, f) >= 0.0);
                CHECK(d.at(p, f) <= 1.0);
            }
            if (s == 0) continue;
            int changed = 0;
            for (std::size_t f = 0; f < k; ++f) {
                const double step = d.at(p, f) - d.at(p - 1, f);
                if (step == 0.0) continue;
                ++changed;
                ++moved[f];
                CHECK(std::fabs(step) == Approx(delta));
            }
            CHECK(changed == 1);
        }
        CHECK(std::all_of(moved.begin(), moved.end(), [](int c) { return c == 1; }));
    }
    CHECK_THROWS(morris_design(2, 3, 3, 1));
}

TEST_CASE("Factorial design: every combination of levels exactly once") {
    const Design d = factorial_design({3, 2, 4});
    REQUIRE(d.points() == 24);
    std::set<std::vector<double>> seen;
    for (std::size_t p = 0; p < d.points(); ++p) seen.insert({d.at(p, 0), d.at(p, 1), d.at(p, 2)});
    CHECK(seen.size() == 24);
    CHECK(d.at(1, 2) == Approx(1.0 / 3.0));  // the last factor varies fastest
    CHECK(d.at(23, 0) == 1.0);
    CHECK(factorial_design({1}).at(0, 0) == 0.5);
    CHECK_THROWS(factorial_design({1000, 1000, 1000}));
}

TEST_CASE("One-at-a-time design: the baseline, then each factor at its low and high end") {
    const Design d = one_at_a_time_design(3);
    REQUIRE(d.points() == 7);
    for (std::size_t f = 0; f < 3; ++f) CHECK(std::isnan(d.at(0, f)));
    CHECK(d.block[0] == -1);
    CHECK(d.at(3, 1) == 0.0);
    CHECK(d.at(4, 1) == 1.0);
    CHECK(std::isnan(d.at(4, 0)));
    CHECK(d.block[4] == 1);
    CHECK(d.row[4] == 1);
}

TEST_CASE("Sobol design: rows of A, AB_1..AB_k and B from one shifted sequence") {
    const std::size_t n = 16, k = 3;
    const Design d = sobol_design(n, k, 9);
    REQUIRE(d.points() == n * (k + 2));
    const std::vector<double> base = sobol_points(n, 2 * k, std::uint64_t{9});
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t a = i * (k + 2);
        for (std::size_t f = 0; f < k; ++f) {
            CHECK(d.at(a, f) == base[i * 2 * k + f]);
            CHECK(d.at(a + k + 1, f) == base[i * 2 * k + k + f]);
            for (std::size_t g = 0; g < k; ++g)
                CHECK(d.at(a + 1 + f, g) == (g == f ? d.at(a + k + 1, g) : d.at(a, g)));
        }
        CHECK(d.block[a] == 0);
        CHECK(d.block[a + k + 1] == static_cast<int>(k + 1));
        CHECK(d.row[a + 2] == static_cast<int>(i));
    }
}
