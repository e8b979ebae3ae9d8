#pragma once
// The runs of one `wfsim run`: the baseline and the variants asked for, resolved against it,
// sharing one metric layout. Replication i of each is computed on its own (by whichever worker
// takes it), so a variant's results do not depend on which others run beside it.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/scenario/schema/parameter_override.hpp"

namespace wfsim::cli {

struct VariantRuns {
    std::vector<std::string> names;              // "baseline" first, then the scenario's order
    std::vector<models::ResolvedScenario> runs;  // one per name
};

// `chosen` names the variants to run (empty: the baseline alone). nullopt after printing why: a
// name that is not a variant (the return code is then kUsage) or a variant whose re-solved figures
// cannot be reached (kBadScenario), in `code`.
std::optional<VariantRuns> resolve_variant_runs(
    std::shared_ptr<const models::ResolvedScenario> baseline,
    const std::vector<std::string>& chosen, const std::string& scenario_path,
    const std::vector<models::ParameterOverride>& overrides, int& code);

}  // namespace wfsim::cli
