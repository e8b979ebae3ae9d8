#pragma once
// A risk in one replication (did its adverse event happen, and with what consequence) and across
// replications: the probability of the event, the likelihood score it falls in, the rating
// (likelihood x consequence) and its grade, whether the target rating is reached, and whether the
// interval of the probability leaves the rating unsettled (and how many replications would
// settle it).
#include <cstdint>
#include <span>

#include "models/outcomes/outcome_definitions.hpp"
#include "models/outcomes/proportion_intervals.hpp"
#include "models/outcomes/risk_matrix.hpp"
#include "models/outcomes/target_evaluation.hpp"

namespace wfsim::models::outcomes {

// The consequence score of the risk's adverse event in one replication, 0 when it did not happen.
// `targets` holds the replication's outcome of every target of the definitions. A target whose
// value was undefined counts as missed; with consequences by shortfall, its (unknown) shortfall
// takes the highest score.
int risk_consequence(const RiskDefinition& risk, std::span<const TargetOutcome> targets);

struct RiskSummary {
    bool modelled = false;
    Proportion event;  // the adverse event, whatever its consequence
    // The rating: at each consequence score c the risk can have (one, unless scored by
    // shortfall), the likelihood of an event of consequence c or worse; the risk is rated where
    // likelihood x consequence is largest (the higher consequence on a tie).
    Proportion rated;  // the probability the likelihood comes from
    int likelihood = 0, consequence = 0, rating = 0;
    Grade grade = Grade::None;
    bool reached = false;  // rating <= the register's target rating
    // The ratings the ends of the 95% intervals give differ: more replications are needed to
    // know the rating. replications_to_settle: the fewest that would settle it if the estimates
    // stayed where they are (0 when settled; -1 when an estimate sits on a band boundary).
    bool straddles = false;
    std::int64_t replications_to_settle = 0;
};

// From each replication's consequence (risk_consequence), in replication order. A risk not
// modelled gives a summary with modelled = false and nothing else set.
RiskSummary summarise_risk(const RiskDefinition& risk, std::span<const std::int8_t> consequence,
                           const LikelihoodBands& bands);

}  // namespace wfsim::models::outcomes
