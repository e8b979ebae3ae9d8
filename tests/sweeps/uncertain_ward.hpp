#pragma once
// A scenario with uncertain parameters, for the tests of two-level uncertainty.
#include <string>

namespace wfsim::testing {

// One year of 200 nurses. Turnover and absence are uncertain; each set is calibrated to its own
// figures, so the first year's turnover has the expectation the set gives it, and so has its
// absence rate, while the vacancy rate is 10% in every set.
inline const std::string kUncertainWard = R"(schema_version: 1
name: uncertain ward
start: 2024-04-01
years: 1
groups:
  nurses:
    sector: nhs
    headcount: 200
    vacancy_rate: 10%
    leaving: {turnover: 12%}
    absence: {rate: 5%}
uncertainty:
  turnover:
    path: groups.nurses.leaving.turnover
    uniform: {min: 6%, max: 24%}
  absence:
    path: groups.*.absence.rate
    change: multiply
    triangular: {min: 0.5, mode: 1, max: 1.5}
)";

}  // namespace wfsim::testing
