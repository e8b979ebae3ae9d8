#pragma once
// Collects, replication by replication and variant by variant, whether each target was met (and
// by how much it was missed) and the consequence of each risk's adverse event; results() then
// summarises each variant and compares it with the baseline (the first variant) on the
// replications both hold: the same replication indices, on common random numbers. What is kept
// is a few bytes per replication and target, never the replications' values.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "models/outcomes/outcome_definitions.hpp"
#include "models/outcomes/proportion_intervals.hpp"
#include "models/outcomes/risk_evaluation.hpp"
#include "models/outcomes/target_evaluation.hpp"

namespace wfsim::models::outcomes {

struct VariantOutcomes {
    std::string name;
    std::vector<std::int64_t> replications;     // the indices recorded, ascending
    std::vector<Met> target_met;                // [replication][target]
    std::vector<double> target_shortfall;       // [replication][target]
    std::vector<std::int8_t> risk_consequence;  // [replication][risk], 0: no adverse event
    std::vector<TargetSummary> targets;
    std::vector<RiskSummary> risks;
    // The change from the baseline, on the replications both hold (paired); empty for the
    // baseline itself. Targets: P(met); risks: P(adverse event).
    std::vector<Difference> target_change;
    std::vector<Difference> risk_change;
};

struct OutcomeResults {
    OutcomeDefinitions definitions;
    std::vector<VariantOutcomes> variants;  // the baseline first
};

// The paired counts of two outcomes over the replication indices both hold (each list ascending,
// each outcome given by `first` and `second` at the same position as its index).
PairedCounts paired_counts(const std::vector<std::int64_t>& first_replications,
                           const std::vector<bool>& first,
                           const std::vector<std::int64_t>& second_replications,
                           const std::vector<bool>& second);

// Summaries and paired changes of recorded outcomes (what OutcomeRecorder::results() does).
void summarise_outcomes(OutcomeResults& results);

class OutcomeRecorder {
  public:
    OutcomeRecorder(OutcomeDefinitions definitions, const ResultLayout& layout,
                    const sim::TimeAxis& axis, const std::vector<std::string>& variants);

    // Replications of a variant arrive in ascending index order (they may skip after a stop).
    void record(std::size_t variant, std::size_t replication, const ReplicationResult& result);

    OutcomeResults results() const;
    bool empty() const { return results_.definitions.empty(); }

  private:
    const ResultLayout& layout_;
    const sim::TimeAxis& axis_;
    OutcomeResults results_;
};

}  // namespace wfsim::models::outcomes
