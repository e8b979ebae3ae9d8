#pragma once
// What `wfsim validate` says of each group's drift: its age profile and rates now, in five and in
// ten years, projected at the scenario's own hire ages and retirement (age_drift.hpp).
#include <ostream>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {

inline constexpr int kDriftYears = 10;
// A change over kDriftYears worth a note: the baseline is then not stationary at these hire ages.
inline constexpr double kNotableTurnoverDrift = 0.005;  // half a point of turnover
inline constexpr double kNotableOldShareDrift = 0.05;   // five points of the share aged 55+

void print_age_drift(std::ostream& out, const ResolvedScenario& resolved);

}  // namespace wfsim::models
