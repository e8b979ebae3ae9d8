#pragma once
// Two-level uncertainty in a run: a scenario's `uncertainty` factors give M parameter sets (the
// outer samples), and replication r of the run belongs to parameter set r mod M, inside which
// individual chance plays out. Each key metric's variance across replications is then split
// into the part from the parameters and the part from chance (models/sweeps/, the one-way
// random-effects estimator; docs/model.md, "Two-level uncertainty").
//
// Parameter set m's values depend only on (seed, m): drawn independently (simple Monte Carlo,
// which the estimator assumes), each factor's value the quantile of a uniform draw. So the
// replications of `-n N` are the first N of `-n 2N` with the same number of sets.
#include <cstdint>
#include <string>
#include <vector>

#include "models/scenario/factor_spec.hpp"
#include "models/sweeps/sensitivity.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::models {

// [set][factor]
std::vector<double> draw_parameter_sets(const std::vector<FactorSpec>& factors, std::size_t sets,
                                        std::uint64_t seed);

// The key metrics whose variance is split, by financial year and unit.
const std::vector<std::string>& decomposed_metrics();

class UncertaintyRecorder {
  public:
    UncertaintyRecorder(const ResultLayout& layout, const sim::TimeAxis& axis, std::size_t sets);

    // Replications arrive in index order (they may skip after a stop).
    void record(std::size_t replication, const ReplicationResult& result);

    struct Table {
        std::string metric;
        std::vector<sweeps::VarianceDecomposition> cells;  // [fy][unit]
    };
    // Over the replications of whole rounds (each set the same number of times, at least two):
    // empty when there are fewer.
    std::vector<Table> decompose(const sweeps::BootstrapSettings& settings) const;
    std::size_t inner_per_set() const;

  private:
    const ResultLayout* layout_;  // pointers, so that a recorder can be assigned
    const sim::TimeAxis* axis_;
    std::size_t sets_;
    std::vector<int> derived_index_;  // of each decomposed metric among the derived rates, or -1
    std::vector<int> additive_index_;
    std::vector<std::size_t> replications_;
    std::vector<std::vector<double>> values_;  // per replication: [metric][fy][unit]
};

}  // namespace wfsim::models
