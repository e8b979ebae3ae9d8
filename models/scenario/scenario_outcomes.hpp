#pragma once
// What a scenario says about outcomes, as written: targets (a condition on a metric of a unit
// over a period), risks (an adverse event made of missed targets, with the owner's consequence
// and the register's ratings) and the probability bands that turn a simulated probability into
// a likelihood score. models/outcomes/ binds them to a run and evaluates them.
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/scenario_group.hpp"  // FinancialYearValue
#include "sim/civil_date.hpp"

namespace wfsim::models {

// Financial years first..last (by the year each starts), both inclusive; no `last`: to the last
// whole financial year of the run.
struct FinancialYearRange {
    int first = 0;
    std::optional<int> last;
};

// A condition on one metric of one reporting unit. The period is one of: a financial year
// (`year`), a month (`month`), every financial year of a range (`years`, met only when met in
// each year of the replication), or a trajectory (`at_least_by_year` / `at_most_by_year`, one
// threshold per year, met only when every year meets its own).
struct TargetSpec {
    std::string name;
    std::string description;
    std::string metric;
    std::string unit = "total";      // a group, a sector or "total"
    std::optional<int> year;         // a financial year, by the year it starts
    std::optional<sim::Date> month;  // the first day of a month
    std::optional<FinancialYearRange> years;
    std::optional<double> at_least, at_most;
    std::vector<FinancialYearValue> at_least_by_year, at_most_by_year;
};

// A consequence score that applies from a size of shortfall upwards.
struct ShortfallConsequence {
    double from = 0.0;  // in the metric's units: 0.02 is two percentage points of a rate
    int consequence = 0;
};

// A risk of the register. Modelled: its adverse event is a target missed (`missed`), any of
// several (`any_missed`) or all of several (`all_missed`). Not modelled: `not_modelled` says why.
struct RiskSpec {
    std::string name;
    std::string id;  // as the register numbers it; empty: the name
    std::string title;
    std::string description;
    std::string missed;
    std::vector<std::string> any_missed, all_missed;
    std::string not_modelled;  // the reason; empty when modelled
    std::optional<int> consequence;
    std::vector<ShortfallConsequence> consequence_by_shortfall;  // ascending `from`
    int rating = 0;                                              // the register's current rating
    int target_rating = 0;                                       // the rating the owner must reach

    bool modelled() const { return not_modelled.empty(); }
};

// The probabilities a likelihood score covers. A probability on a boundary takes the lower
// score: a band holds (from, to], the first one [0, to].
struct ProbabilityBand {
    double from = 0.0;
    double to = 0.0;
};

// Defaults: the probability row of the likelihood scores of the National Patient Safety Agency's
// "A risk matrix for risk managers" (2008), documented in docs/model.md.
struct LikelihoodBands {
    ProbabilityBand rare{0.0, 0.001};
    ProbabilityBand unlikely{0.001, 0.01};
    ProbabilityBand possible{0.01, 0.10};
    ProbabilityBand likely{0.10, 0.50};
    ProbabilityBand almost_certain{0.50, 1.0};
};

}  // namespace wfsim::models
