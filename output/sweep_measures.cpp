#include "output/sweep_measures.hpp"

#include <cmath>

namespace wfsim::output {
namespace {

using sweeps::Estimate;

void add(std::vector<MeasureTable>& tables, std::size_t outputs, std::size_t factors,
         const std::string& name, const std::string& long_name, bool interval,
         const auto& estimate_of) {
    MeasureTable t{name, long_name, {}, {}, {}, interval};
    for (std::size_t o = 0; o < outputs; ++o)
        for (std::size_t f = 0; f < factors; ++f) {
            const Estimate e = estimate_of(o, f);
            t.value.push_back(e.value);
            t.low.push_back(e.low);
            t.high.push_back(e.high);
        }
    tables.push_back(std::move(t));
}

}  // namespace

std::vector<MeasureTable> measure_tables(const models::DesignRun& d, std::size_t k) {
    const auto& a = d.analysis;
    const std::size_t m = a.size();
    std::vector<MeasureTable> t;
    const auto plain = [](double v) { return Estimate{v, NAN, NAN}; };
    add(t, m, k, "influence", "the design's measure of influence (attribute influence_measure)",
        true, [&](std::size_t o, std::size_t f) { return a[o].influence[f]; });
    switch (d.plan.design.kind) {
        case sweeps::DesignKind::Sobol:
            add(t, m, k, "first_order", "first-order Sobol index S_i (Saltelli 2010)", true,
                [&](std::size_t o, std::size_t f) { return a[o].sobol->first[f]; });
            add(t, m, k, "total_order", "total-order Sobol index ST_i (Jansen 1999)", true,
                [&](std::size_t o, std::size_t f) { return a[o].sobol->total[f]; });
            break;
        case sweeps::DesignKind::Morris:
            add(t, m, k, "mu", "mean elementary effect, per unit of the factor's range", false,
                [&](std::size_t o, std::size_t f) { return plain(a[o].morris->mu[f]); });
            add(t, m, k, "mu_star", "mean absolute elementary effect", true,
                [&](std::size_t o, std::size_t f) { return a[o].morris->mu_star[f]; });
            add(t, m, k, "sigma", "standard deviation of the elementary effects", false,
                [&](std::size_t o, std::size_t f) { return plain(a[o].morris->sigma[f]); });
            break;
        case sweeps::DesignKind::OneAtATime:
            add(t, m, k, "low_end", "the output with the factor at the low end of its range", false,
                [&](std::size_t o, std::size_t f) { return plain(a[o].oat->low[f]); });
            add(t, m, k, "high_end", "the output with the factor at the high end of its range",
                false, [&](std::size_t o, std::size_t f) { return plain(a[o].oat->high[f]); });
            add(t, m, k, "low_effect", "low end minus the baseline (paired)", true,
                [&](std::size_t o, std::size_t f) { return a[o].oat->low_effect[f]; });
            add(t, m, k, "high_effect", "high end minus the baseline (paired)", true,
                [&](std::size_t o, std::size_t f) { return a[o].oat->high_effect[f]; });
            add(t, m, k, "swing", "high end minus low end (paired)", true,
                [&](std::size_t o, std::size_t f) { return a[o].oat->swing[f]; });
            break;
        case sweeps::DesignKind::Factorial:
            add(t, m, k, "main_effect_share",
                "variance of the factor's level means over the variance of all points", true,
                [&](std::size_t o, std::size_t f) { return a[o].factorial->main_effect_share[f]; });
            break;
        case sweeps::DesignKind::LatinHypercube:
        case sweeps::DesignKind::External:
            add(t, m, k, "src", "standardised regression coefficient b_j sd(x_j) / sd(y)", true,
                [&](std::size_t o, std::size_t f) { return a[o].regression->src[f]; });
            break;
    }
    return t;
}

}  // namespace wfsim::output
