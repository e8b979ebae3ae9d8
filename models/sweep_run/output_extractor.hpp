#pragma once
// The value of each sweep output in one replication. An output naming a metric of a unit in a
// financial year or month is bound to the run exactly as a target is (models/outcomes/), so its
// value is the one the result file and the targets see: derived from the replication's additive
// quantities, never averaged. An output naming a target is 1 in a replication that meets it and
// 0 in one that does not (an undefined value does not meet it), so that the mean over a point's
// replications is the probability of meeting it.
#include <vector>

#include "models/outcomes/outcome_definitions.hpp"
#include "models/sweep_file/sweep_spec.hpp"

namespace wfsim::models {

class OutputExtractor {
  public:
    // The outputs must have passed check_sweep_outputs() against this layout, axis and
    // scenario; throws outcomes::OutcomeDefinitionError otherwise.
    OutputExtractor(const std::vector<SweepOutputSpec>& outputs, const Scenario& scenario,
                    const ResultLayout& layout, const sim::TimeAxis& axis);

    std::size_t size() const { return definitions_.size(); }
    // Each output bound to the run (its metric's units, its periods).
    const std::vector<outcomes::TargetDefinition>& definitions() const { return definitions_; }
    std::vector<double> values(const ReplicationResult& result) const;

  private:
    const ResultLayout& layout_;
    const sim::TimeAxis& axis_;
    std::vector<outcomes::TargetDefinition> definitions_;
    std::vector<bool> indicator_;  // a target: met (1) or not (0)
};

}  // namespace wfsim::models
