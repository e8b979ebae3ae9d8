#include "models/sweep_run/sweep_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "sim/random_stream.hpp"

namespace wfsim::models {
namespace {

using sweeps::Estimate;

// |x| of an estimate, its interval folded: [0, max] when the interval holds 0.
Estimate absolute(const Estimate& e) {
    Estimate a{std::fabs(e.value), std::fabs(e.low), std::fabs(e.high)};
    if (a.low > a.high) std::swap(a.low, a.high);
    if (e.low <= 0.0 && e.high >= 0.0) a.low = 0.0;
    return a;
}

std::vector<std::size_t> rank(const std::vector<Estimate>& influence) {
    std::vector<std::size_t> order(influence.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double x = influence[a].value, y = influence[b].value;
        if (std::isnan(y)) return !std::isnan(x);
        if (std::isnan(x)) return false;
        return x > y;
    });
    return order;
}

}  // namespace

std::vector<OutputAnalysis> analyse_design(
    const PlannedDesign& plan, const std::vector<std::vector<double>>& replication_values,
    std::size_t replications, const std::vector<sweeps::Statistic>& statistics,
    const sweeps::BootstrapSettings& bootstrap) {
    using sweeps::DesignKind;
    const sweeps::Design& design = plan.design;
    const std::size_t points = design.points(), k = design.factors, outputs = statistics.size();
    std::vector<OutputAnalysis> result(outputs);
    for (std::size_t o = 0; o < outputs; ++o) {
        OutputAnalysis& a = result[o];
        // The replications of every point for this output (NaN where the point has not run).
        sweeps::ReplicationValues reps(points, std::vector<double>(replications, sweeps::kNoValue));
        for (std::size_t p = 0; p < points; ++p)
            if (!replication_values[p].empty())
                for (std::size_t r = 0; r < replications; ++r)
                    reps[p][r] = replication_values[p][r * outputs + o];
        sweeps::BootstrapSettings settings = bootstrap;
        settings.seed = sim::hash_combine(bootstrap.seed, o);
        for (std::size_t p = 0; p < points; ++p) {
            a.value.push_back(sweeps::reduce(statistics[o], reps[p]));
            a.mcse.push_back(sweeps::reduce_standard_error(statistics[o], reps[p], 200,
                                                           sim::hash_combine(settings.seed, p)));
        }
        switch (design.kind) {
            case DesignKind::Sobol:
                a.sobol = sweeps::sobol_indices(design, a.value, settings);
                a.measure = "ST";
                a.influence = a.sobol->total;
                break;
            case DesignKind::Morris:
                a.morris = sweeps::morris_effects(design, a.value, settings);
                a.measure = "mu*";
                a.influence = a.morris->mu_star;
                break;
            case DesignKind::OneAtATime:
                a.oat = sweeps::one_at_a_time_effects(design, reps, statistics[o], settings);
                a.measure = "|swing|";
                for (const Estimate& e : a.oat->swing) a.influence.push_back(absolute(e));
                break;
            case DesignKind::Factorial:
                a.factorial =
                    sweeps::factorial_effects(design, plan.levels, reps, statistics[o], settings);
                a.measure = "main-effect share";
                a.influence = a.factorial->main_effect_share;
                break;
            case DesignKind::LatinHypercube:
            case DesignKind::External:
                a.regression = sweeps::regression_effects(plan.values, k, a.value, settings);
                a.measure = "|SRC|";
                for (const Estimate& e : a.regression->src) a.influence.push_back(absolute(e));
                break;
        }
        a.ranking = rank(a.influence);
    }
    return result;
}

}  // namespace wfsim::models
