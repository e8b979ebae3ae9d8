#pragma once
// A sweep's designs made concrete: for each design given, its points in the unit cube
// (models/sweeps/design.hpp), the factor values at each point, and the overrides that give them.
// Everything here follows from the sweep file and the seed alone.
#include <cstdint>
#include <string>
#include <vector>

#include "models/sweep_file/factor_overrides.hpp"
#include "models/sweep_file/sweep_spec.hpp"
#include "models/sweeps/design.hpp"

namespace wfsim::models {

struct PlannedDesign {
    sweeps::Design design;
    std::vector<int> levels;     // factorial: levels of each factor
    std::vector<double> values;  // [point][factor]; NaN: the scenario's own value
    std::string name() const { return sweeps::design_kind_name(design.kind); }
    // Separates this design's random numbers (its seed, and its points' own seeds when common
    // random numbers are off) from the other designs': the same whichever designs run with it.
    std::uint64_t key() const { return static_cast<std::uint64_t>(design.kind) + 1; }
};

// The design of `kind` for the sweep's factors, drawn from `seed`.
PlannedDesign plan_design(sweeps::DesignKind kind, const SweepSpec& spec, std::uint64_t seed);

// A design given as a matrix of factor values (a design file): one point per row.
PlannedDesign external_design(std::vector<double> values, std::size_t factors);

// The value of a factor at a design coordinate: a grid level or a probability (see
// factor_distribution.hpp); NaN stays NaN.
double factor_value(const sweeps::FactorDistribution& distribution, double coordinate, bool grid);

}  // namespace wfsim::models
