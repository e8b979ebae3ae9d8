#pragma once
// The sensitivity measures of one design for each output: each point's statistic over its
// replications (with its Monte Carlo standard error), the design's measures
// (models/sweeps/sensitivity.hpp) and the factors ranked by the measure of influence:
//
//  design          ranked by
//  Sobol           total-order index ST
//  Morris          mu* (mean absolute elementary effect)
//  one at a time   |swing|: |output at the high end - output at the low end|
//  factorial       main-effect share of the variance
//  Latin hypercube |standardised regression coefficient|
//  design file     |standardised regression coefficient|
//
// Points not yet run (an interrupted sweep) count as undefined: the estimators leave out what
// they touch.
#include <optional>
#include <string>
#include <vector>

#include "models/sweep_run/sweep_plan.hpp"
#include "models/sweeps/sensitivity.hpp"

namespace wfsim::models {

struct OutputAnalysis {
    std::vector<double> value, mcse;          // per point: the statistic and its Monte Carlo SE
    std::string measure;                      // what `influence` is: "ST", "mu*", "|swing|", ...
    std::vector<sweeps::Estimate> influence;  // per factor
    std::vector<std::size_t> ranking;         // factors, most influential first
    std::optional<sweeps::SobolIndices> sobol;
    std::optional<sweeps::MorrisEffects> morris;
    std::optional<sweeps::OneAtATimeEffects> oat;
    std::optional<sweeps::FactorialEffects> factorial;
    std::optional<sweeps::RegressionEffects> regression;
};

// `replication_values[p]`: point p's values [replication][output], empty when not run.
std::vector<OutputAnalysis> analyse_design(
    const PlannedDesign& plan, const std::vector<std::vector<double>>& replication_values,
    std::size_t replications, const std::vector<sweeps::Statistic>& statistics,
    const sweeps::BootstrapSettings& bootstrap);

}  // namespace wfsim::models
