#pragma once
// The parameter sets of a scenario's `uncertainty`, each a scenario of its own: the scenario as
// if written with the set's values, read and calibrated afresh, as `wfsim run --set` would. The
// uncertain parameters are facts about the world we do not know exactly, and the quoted figures
// are facts we do know, so each set is calibrated to reproduce them (docs/model.md, "Two-level
// uncertainty"); a sweep's `calibration: baseline` answers the other question, "what if this
// changed?".
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/scenario/schema/parameter_override.hpp"

namespace wfsim::models {

struct ParameterSets {
    std::vector<double> values;  // [set][factor], as draw_parameter_sets gives them
    std::vector<std::shared_ptr<const ResolvedScenario>> scenarios;  // per set
};

// Draws `count` sets of `resolved.scenario.uncertainty` from `seed` and resolves each on
// `threads` threads. `run_overrides` are the run's own --set overrides (applied first, as the
// scenario `resolved` was read with them). Throws ScenarioError, located at the factor, when the
// ends of a factor's range are values its parameter does not allow; PointError naming the set
// and its values when
// one cannot be read or calibrated, or reports other metrics than `resolved` (a route switched
// on or off).
ParameterSets resolve_parameter_sets(const ResolvedScenario& resolved,
                                     const std::vector<ParameterOverride>& run_overrides,
                                     std::size_t count, std::uint64_t seed, unsigned threads);

}  // namespace wfsim::models
