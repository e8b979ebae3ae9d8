#pragma once
// Designs: which points of the factor space a sweep evaluates, in the unit cube. Each point has
// a coordinate per factor: a level in [0, 1] for grid designs, a probability in (0, 1) for
// sampling designs (factor_distribution.hpp maps either to a value), or NaN where the factor
// keeps the scenario's own value (the baseline of a one-at-a-time design). Each point also
// says what it is for the analysis: its block and its row within the block.
//
//  design         points                       block                  row
//  one at a time  1 + 2k                       factor (-1: baseline)  0 low end, 1 high end
//  factorial      prod of the levels           0                      point
//  Latin hypercube n                           0                      point
//  Morris         r (k + 1)                    trajectory             step (0 = start)
//  Sobol          N (k + 2), row-major: for    0 A, 1..k AB_i         sample row
//                 each row A, AB_1..AB_k, B    (A with column i from
//                                              B), k + 1 B
//  external       as given                     0                      point
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace wfsim::sweeps {

enum class DesignKind { OneAtATime, Factorial, LatinHypercube, Morris, Sobol, External };

const char* design_kind_name(DesignKind kind);  // "oat", "factorial", "lhs", "morris", ...

struct Design {
    DesignKind kind = DesignKind::External;
    std::size_t factors = 0;
    std::vector<double> unit;  // [point][factor]
    std::vector<int> block;    // [point]
    std::vector<int> row;      // [point]

    std::size_t points() const { return block.size(); }
    double at(std::size_t point, std::size_t factor) const {
        return unit[point * factors + factor];
    }
    // Levels (one at a time, factorial, Morris) rather than probabilities (Latin hypercube,
    // Sobol): decides how a coordinate becomes a value.
    bool grid() const {
        return kind == DesignKind::OneAtATime || kind == DesignKind::Factorial ||
               kind == DesignKind::Morris;
    }
    void add_point(const std::vector<double>& coordinates, int block_of, int row_of);
};

// The baseline, then each factor at its low end (level 0) and high end (level 1), the others
// at the baseline.
Design one_at_a_time_design(std::size_t factors);

// Every combination of the levels (levels[f] >= 1 for factor f; level l of L at l / (L - 1), or
// 0.5 when L = 1), the last factor varying fastest. std::invalid_argument above `max_points`.
Design factorial_design(const std::vector<int>& levels, std::size_t max_points = 1'000'000);

// n points, each factor's n values one in each of the n strata [j/n, (j+1)/n), in an order
// drawn at random; within its stratum at random, or at its centre when `centred`.
Design latin_hypercube_design(std::size_t n, std::size_t factors, std::uint64_t seed,
                              bool centred = false);

// r trajectories of k + 1 points on the grid of `levels` levels (even, >= 2) of [0, 1] (Morris
// 1991; Saltelli et al. 2008, ch. 3): a random start on the levels below 1 - delta, then each
// factor in a random order moves once by delta = levels / (2 (levels - 1)), up or down at random.
Design morris_design(std::size_t trajectories, std::size_t factors, int levels, std::uint64_t seed);
double morris_delta(int levels);

// Saltelli's scheme (Saltelli 2002; Saltelli et al. 2010) on N points of the 2k-dimensional
// Sobol sequence, digitally shifted by `seed`: A its first k columns, B the last k, AB_i A with
// column i from B. N (k + 2) points.
Design sobol_design(std::size_t n, std::size_t factors, std::uint64_t seed);

}  // namespace wfsim::sweeps
