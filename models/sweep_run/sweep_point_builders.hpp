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

#include "models/sweep_file/factor_overrides.hpp"
#include "models/sweep_run/workforce_evaluator.hpp"

namespace wfsim::models {

// The scenario text (as read from `path`) with the overrides applied, calibrated afresh. The
// text is parsed again for each point (about a millisecond); the calibration is redone whole.
PointScenarioBuilder recalibrating_builder(std::string scenario_text, std::string path);

// Each point a variant of the calibrated `baseline` whose changes (the overrides) apply from the
// first day (variant_from_overrides). An override of `defaults.` changes the groups that take
// that value from defaults, as the scenario read with it would have them.
PointScenarioBuilder baseline_builder(std::shared_ptr<const ResolvedScenario> baseline);

// The builder `calibration` ("baseline" or "each_point") names.
PointScenarioBuilder point_builder(const std::string& calibration,
                                   std::shared_ptr<const ResolvedScenario> baseline,
                                   std::string scenario_text, std::string path);

// How the factors' range checks read a point (FactorOverrides::check_ranges): as the builder
// `calibration` names does, but only as far as the problems located at an override
// (ScenarioError, thrown). `each_point` reads the text with the overrides; `baseline` also
// refuses a parameter that cannot change once a run has started and a value the scenario in
// force would not allow. A quoted figure the calibration cannot reach is not such a problem:
// that point fails when it runs, as any point the calibration cannot reach does.
PointReader point_reader(const std::string& calibration,
                         std::shared_ptr<const ResolvedScenario> baseline,
                         std::string scenario_text, std::string path);

}  // namespace wfsim::models
