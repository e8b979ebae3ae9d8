#pragma once
// Targets and risks bound to a run: each target's metric found among the metrics the run records
// (additive, or a rate derived from them), its unit on the unit axis and its period on the month
// or financial-year axis, as a list of checks that must all hold in a replication. Risks name
// their targets by index. Texts for tables (period, condition, adverse event) are made here so
// that every output says the same.
#include <limits>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::models::outcomes {

// One period of a target and its condition; a replication meets the target when every check
// holds.
struct TargetCheck {
    int period = 0;            // on the month axis, or the financial-year axis
    std::string period_label;  // "2023/24", "2024-03"
    double at_least = -std::numeric_limits<double>::infinity();
    double at_most = std::numeric_limits<double>::infinity();
};

enum class PeriodKind { Year, Month, Years, Trajectory };

struct TargetDefinition {
    std::string name, description, metric, unit;
    std::string units;  // the metric's CF-style units ("1" for a ratio)
    bool monthly = false;
    bool derived = false;  // a derived rate, else an additive metric
    int metric_index = 0;  // among the layout's additive metrics, or among its derived rates
    int unit_index = 0;
    PeriodKind kind = PeriodKind::Year;
    std::vector<TargetCheck> checks;

    std::string period_text() const;     // "2023/24", "every year 2022/23 to 2026/27", ...
    std::string condition_text() const;  // "at most 12%", "8% to 12%", "at most 12%, 11%, ..."
};

enum class AdverseEvent { Missed, AnyMissed, AllMissed, NotModelled };

struct RiskDefinition {
    RiskSpec spec;  // as written, with `id` filled in from the name when not given
    AdverseEvent event = AdverseEvent::NotModelled;
    std::vector<int> targets;  // indices of the targets the event is made of

    std::string event_text(const std::vector<TargetDefinition>& all) const;  // "any missed: a, b"
    std::string consequence_text(const std::vector<TargetDefinition>& all) const;  // "4", ...
};

struct OutcomeDefinitions {
    std::vector<TargetDefinition> targets;
    std::vector<RiskDefinition> risks;
    LikelihoodBands bands;
    bool empty() const { return targets.empty() && risks.empty(); }
};

// A target that cannot be bound to the run, at its key path ("targets.x.metric").
struct OutcomeProblem {
    std::string key_path;
    std::string message;
};
class OutcomeDefinitionError : public std::runtime_error {
  public:
    explicit OutcomeDefinitionError(std::vector<OutcomeProblem> problems);
    const std::vector<OutcomeProblem>& problems() const { return problems_; }

  private:
    std::vector<OutcomeProblem> problems_;
};

// The scenario's targets and risks bound to the run laid out by `layout` and `axis`; throws
// OutcomeDefinitionError naming every metric the run does not record (with the closest it
// does) and every 12-month figure asked for in the run's first 11 months. Units and periods were
// checked when the scenario was read.
OutcomeDefinitions define_outcomes(const Scenario& scenario, const ResultLayout& layout,
                                   const sim::TimeAxis& axis);

// What `wfsim validate` prints: each target as bound to the run, and each risk's adverse event,
// consequence and ratings (definition_report.cpp).
void print_outcome_definitions(std::ostream& out, const OutcomeDefinitions& definitions);

// A threshold in a metric's units: a percentage for a ratio or a rate a year (units "1" or
// "year-1": "12%"), else the number ("5000").
std::string threshold_text(double value, const std::string& units);

}  // namespace wfsim::models::outcomes
