#pragma once
// Where a group's age profile and its rates head under the scenario's own hire ages, retirement
// and age limit, before anyone reads the drift of a run as a result. A deterministic projection
// of the expected numbers (cohorts by month of age and, in the first year of service, by month of
// service), not a simulation: it costs a few milliseconds a group.
//
// What it holds fixed, so that only the age profile moves: the calibrated hazards (no dated
// shocks), the establishment and the flows by other routes at their rates at the start; the
// group keeps its headcount (leavers replaced at once by joiners: international recruits,
// trainees and movers from other groups at their own ages, newly qualified and other hires at
// theirs), or with a Poisson inflow takes its hires a year. Returners' stays are counted at their
// equilibrium rate; retirees coming back are not followed. Pension changes move the retirement
// ages as they do in a run.
#include <vector>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {

// The group `years` years from the start, and the year ending then.
struct DriftPoint {
    double years = 0.0;
    double headcount = 1.0;      // relative to the start
    double share_55_plus = 0.0;  // of the headcount
    double mean_age = 0.0;
    // Absence at this age profile (the absence age multipliers), share of WTE-days available.
    double absence_rate = 0.0;
    // In the year ending here (none at 0): leavers per mean headcount, every way out counted,
    // and of it retirement and the age limit.
    double turnover = 0.0;
    double retirement = 0.0;
};

// Points at 0, 1, ..., years. The figures are the projection's own: its first year reproduces
// the calibration's expected first-year turnover up to the projection's approximations (whole
// months of age and service, joiners arriving at once), so reports anchor on the calibrated
// figures and add the projected change.
std::vector<DriftPoint> project_age_drift(const ResolvedScenario& resolved, int group, int years);

}  // namespace wfsim::models
