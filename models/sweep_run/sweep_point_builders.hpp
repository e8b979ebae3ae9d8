#pragma once
// How a design point's overrides become the scenario it runs, as the sweep file's `calibration`
// says:
//  - `baseline`: the scenario is calibrated once; each point is a variant of that baseline whose
//    changes apply from the first day (models/variants/), so it keeps the baseline's calibrated
//    rates and its random numbers, and a changed mechanism shows in the outputs (turnover up,
//    vacancies up). A factor that is itself a quoted figure (a turnover, a vacancy or absence
//    rate) has its rate solved again for the new figure with everything else held at the
//    baseline's, as an intervention's is.
//  - `each_point`: the scenario text with the overrides applied, read and calibrated afresh, as
//    `wfsim run --set` does: every point reproduces its own quoted figures.
#include <memory>
#include <string>

#include "models/sweep_run/workforce_evaluator.hpp"

namespace wfsim::models {

// The scenario text (as read from `path`) with the overrides applied, calibrated afresh. The
// text is parsed again for each point (about a millisecond); the calibration is redone whole.
PointScenarioBuilder recalibrating_builder(std::string scenario_text, std::string path);

// The builder `calibration` ("baseline" or "each_point") names; empty when this build cannot
// make it (`baseline` needs variants resolved against the calibrated baseline, not yet here).
PointScenarioBuilder point_builder(const std::string& calibration,
                                   std::shared_ptr<const ResolvedScenario> baseline,
                                   std::string scenario_text, std::string path);

}  // namespace wfsim::models
