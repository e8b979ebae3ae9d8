#include "models/sweep_run/sweep_plan.hpp"

#include <cmath>
#include <stdexcept>

#include "sim/random_stream.hpp"

namespace wfsim::models {

double factor_value(const sweeps::FactorDistribution& distribution, double coordinate, bool grid) {
    if (std::isnan(coordinate)) return coordinate;
    return grid ? distribution.grid_value(coordinate) : distribution.quantile(coordinate);
}

PlannedDesign plan_design(sweeps::DesignKind kind, const SweepSpec& spec, std::uint64_t seed) {
    using sweeps::DesignKind;
    const std::size_t k = spec.factors.size();
    PlannedDesign plan;
    const std::uint64_t design_seed = sim::hash_combine(seed, static_cast<std::uint64_t>(kind) + 1);
    switch (kind) {
        case DesignKind::OneAtATime:
            plan.design = sweeps::one_at_a_time_design(k);
            break;
        case DesignKind::Factorial:
            for (const FactorSpec& f : spec.factors)
                plan.levels.push_back(f.values.empty() ? spec.designs.factorial->levels
                                                       : static_cast<int>(f.values.size()));
            plan.design = sweeps::factorial_design(plan.levels);
            break;
        case DesignKind::LatinHypercube:
            plan.design =
                sweeps::latin_hypercube_design(static_cast<std::size_t>(spec.designs.lhs->samples),
                                               k, design_seed, spec.designs.lhs->centred);
            break;
        case DesignKind::Morris:
            plan.design =
                sweeps::morris_design(static_cast<std::size_t>(spec.designs.morris->trajectories),
                                      k, spec.designs.morris->levels, design_seed);
            break;
        case DesignKind::Sobol:
            plan.design = sweeps::sobol_design(
                static_cast<std::size_t>(spec.designs.sobol->samples), k, design_seed);
            break;
        case DesignKind::External:
            throw std::logic_error("an external design comes from a design file");
    }
    std::vector<sweeps::FactorDistribution> distributions;
    for (const FactorSpec& f : spec.factors) distributions.push_back(f.distribution());
    plan.values.resize(plan.design.unit.size());
    for (std::size_t p = 0; p < plan.design.points(); ++p)
        for (std::size_t f = 0; f < k; ++f)
            plan.values[p * k + f] =
                factor_value(distributions[f], plan.design.at(p, f), plan.design.grid());
    return plan;
}

PlannedDesign external_design(std::vector<double> values, std::size_t factors) {
    PlannedDesign plan;
    plan.design.kind = sweeps::DesignKind::External;
    plan.design.factors = factors;
    const std::size_t points = factors ? values.size() / factors : 0;
    plan.design.unit.assign(values.size(), std::nan(""));
    for (std::size_t p = 0; p < points; ++p) {
        plan.design.block.push_back(0);
        plan.design.row.push_back(static_cast<int>(p));
    }
    plan.values = std::move(values);
    return plan;
}

}  // namespace wfsim::models
