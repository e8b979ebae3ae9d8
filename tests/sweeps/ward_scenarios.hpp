#pragma once
// The small wards the tests of sweeps, reports, targets and two-level uncertainty run.
#include <string>

namespace wfsim::testing {

// 40 nurses, 2024/25 to 2026/27, with a vacancy rate of 10%, turnover 12% and absence 5%, named
// `name`; lines 1 to 11, for a test to add what it studies after them.
inline std::string small_ward(const std::string& name) {
    return "schema_version: 1\nname: " + name + R"(
start: 2024-04-01
years: 3
groups:
  nurses:
    sector: nhs
    headcount: 40
    vacancy_rate: 10%
    leaving: {turnover: 12%}
    absence: {rate: 5%}
)";
}

// The target a sweep studies: the vacancy rate at most 11% in 2025/26 (lines 12 to 16).
inline const std::string kVacancyTarget = R"(targets:
  vacancy:
    metric: vacancy_rate
    year: 2025/26
    at_most: 11%
)";

// The small ward with that target.
inline const std::string kWardWithTarget = small_ward("ward with a target") + kVacancyTarget;

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
