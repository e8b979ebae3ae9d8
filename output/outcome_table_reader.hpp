#pragma once
// Reads back the targets and risks tables of a result file (output/outcome_tables.hpp) by their
// documented paths: for the terminal tables, reports and tests.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output {

struct TargetRow {
    std::string name, description, metric, unit, units, period, condition;
};

struct TargetResult {
    double probability, low, high;
    double change, change_low, change_high;  // NaN for the baseline
    double shortfall_mean, shortfall_p50, shortfall_p90, shortfall_max;
    std::int64_t replications, met, missed, undefined, change_replications;
};

struct RiskRow {
    std::string name, id, title, description, not_modelled_reason, adverse_event, consequence;
    bool modelled;
    std::int64_t register_rating, target_rating;
};

struct RiskResult {
    double probability, low, high;        // the adverse event
    double rated, rated_low, rated_high;  // the probability the likelihood comes from
    double change, change_low, change_high;
    std::int64_t likelihood, consequence, rating, replications_to_settle;
    std::string grade;
    int reached;  // 1, 0, or -1 when not modelled
    bool straddles;
};

struct OutcomeTables {
    std::vector<std::string> variants;
    std::vector<TargetRow> targets;
    std::vector<RiskRow> risks;
    std::string bands_source;
    std::vector<std::vector<TargetResult>> target_results;  // [variant][target]
    std::vector<std::vector<RiskResult>> risk_results;      // [variant][risk]
};

// nullopt when the file holds neither targets nor risks.
std::optional<OutcomeTables> read_outcome_tables(const ResultReader& reader);

}  // namespace wfsim::output
