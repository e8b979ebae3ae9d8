#pragma once
// A target in one replication (met or missed, and by how much), and across replications (the
// probability of meeting it with its Wilson interval, and how far the misses fall short). Pure
// functions of the replication's values.
#include <cstdint>
#include <span>

#include "models/outcomes/outcome_definitions.hpp"
#include "models/outcomes/proportion_intervals.hpp"

namespace wfsim::models::outcomes {

// Whether a replication met a target. Undefined: a value the target needs is undefined (a rate
// whose denominator is 0); such a replication does not meet the target.
enum class Met : std::int8_t { Undefined = -1, Missed = 0, Met = 1 };

struct TargetOutcome {
    Met met = Met::Met;
    // How far the replication fell short, in the metric's units: below at_least, at_least -
    // value; above at_most, value - at_most; over several years (a range or a trajectory) the
    // largest of the years. 0 when met, NaN when undefined.
    double shortfall = 0.0;
};

// `values`: the target metric's value in the period of each check, in check order.
TargetOutcome evaluate_target(const TargetDefinition& target, std::span<const double> values);

struct TargetSummary {
    Proportion met;  // events: replications that met the target; trials: all of them
    std::int64_t missed = 0, undefined = 0;
    // Over the replications that missed it (defined shortfalls only); NaN when there are none.
    // Quantiles by linear interpolation (R type 7), as the other summaries.
    double shortfall_mean = 0.0, shortfall_p50 = 0.0, shortfall_p90 = 0.0, shortfall_max = 0.0;
};

// From each replication's outcome, in replication order.
TargetSummary summarise_target(std::span<const Met> met, std::span<const double> shortfall);

}  // namespace wfsim::models::outcomes
