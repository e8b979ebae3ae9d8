#pragma once
// A variant resolved against its calibrated baseline: never re-calibrated from scratch. The
// starting workforce is the baseline's; from each intervention's date the run reads the rates in
// force then (variant_changes.hpp). A quoted figure changed by an intervention (turnover, vacancy
// rate, absence rate) has its calibrated rate solved again for the new figure with everything
// else held at the baseline's, and applied as a dated multiplier of the baseline's rate; every
// other parameter takes its new value from its date. docs/model.md, "Variants", says what each
// kind of change means.
#include <memory>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/scenario/schema/parameter_override.hpp"
#include "models/variants/variant_changes.hpp"

namespace wfsim::models {

// The variant named `spec` (one of baseline->scenario.variants, its worlds built when the
// scenario was read). CalibrationError, naming the intervention, when a re-solved figure cannot
// be reached.
ResolvedScenario resolve_variant(std::shared_ptr<const ResolvedScenario> baseline,
                                 const VariantSpec& spec);

// A variant whose changes are `overrides` (the --set form, PATH=VALUE) applied from the first day
// of the run: how a sweep runs a design point on the baseline's calibration and random numbers.
// Each parameter must be one that can change from a date (its declaration says); a re-solved
// quoted figure is solved again for its new value, as an intervention's would be. ScenarioError
// (located at each override, with did-you-mean) when an override cannot be applied;
// CalibrationError when a re-solved figure cannot be reached.
ResolvedScenario variant_from_overrides(std::shared_ptr<const ResolvedScenario> baseline,
                                        const std::vector<ParameterOverride>& overrides,
                                        const std::string& name);

// Warnings, each at the intervention's date as written, for the interventions of `spec` that
// start at or after the end of the run (variant_timing.cpp).
std::vector<Diagnostic> late_interventions(const ResolvedScenario& baseline,
                                           const VariantSpec& spec);

// The baseline as it runs beside variants: the same results, recorded in the shared layout.
ResolvedScenario baseline_beside_variants(std::shared_ptr<const ResolvedScenario> baseline);

// Gives runs that are to be compared one metric layout: the union of what each records (a
// variant adding an international programme adds its metrics to every run, at zero where there
// is none). Every run must pair with the same baseline.
void share_layout(const std::vector<ResolvedScenario*>& runs);

}  // namespace wfsim::models
