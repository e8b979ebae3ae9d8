#pragma once
// The steps of resolving a variant (variant_resolution.cpp puts them together), by concern:
// quoted figures solved again and shocks split at the changes (variant_rates.cpp), values in
// force (variant_values.cpp), the establishment (variant_establishment.cpp) and costs
// (variant_costs.cpp).
#include <memory>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/variants/variant_changes.hpp"

namespace wfsim::models::variant_parts {

// A concrete key path split at its dots: {"groups", "nurses", "leaving", "turnover"}.
std::vector<std::string> split_path(const std::string& path);
int group_index(const ResolvedScenario& r, const std::string& name);
// "groups.nurses.leaving.turnover" -> "leaving.turnover" for a group path, "" otherwise.
std::string group_key(const std::vector<std::string>& segments);
// The key path of intervention i of a variant, for messages.
std::string intervention_path(const VariantSpec& spec, std::size_t i);
// The interventions of `world` whose parameter path holds `key_path`, in the order written.
std::vector<std::size_t> changes_of(const VariantSpec& spec, const VariantWorld& world,
                                    const std::string& key_path);

// The baseline's shocks cut where the variant's worlds start and end, each piece with the values
// of the world in force there, then the shocks the variant adds.
std::vector<ShockSpec> split_shocks(const Scenario& baseline, const VariantSpec& spec);

// Multiplies the variant's timelines (and inflow ratios) on each world's piece by the ratio of
// the re-solved quoted figure to the baseline's: turnover (or the base hazard), vacancy rate (the
// wait for a candidate), absence rate (or the onset rate), Poisson hires.
void apply_quoted_figures(const ResolvedScenario& baseline, const VariantSpec& spec,
                          ResolvedScenario& variant, VariantChanges& changes);

// The values in force while `world` holds, written into `snapshot` (the variant's rates before
// any change): each parameter in world.changed that is read when it is used. Leaver reasons new
// to the variant are added to `reason_labels`, the variant's one list.
void apply_values_in_force(const VariantWorld& world, const ResolvedScenario& baseline,
                           ResolvedScenario& snapshot, std::vector<std::string>& reason_labels);

// Each group's establishment over the run where a world changes it (its growth rules, the
// population it follows, or establishment_wte itself).
void resolve_variant_establishment(const ResolvedScenario& baseline, const VariantSpec& spec,
                                   VariantChanges& changes);

// The variant's costs, and one-off changes to training programmes' source pools.
void resolve_variant_costs(const ResolvedScenario& baseline, const ResolvedScenario& variant,
                           const VariantSpec& spec, const std::vector<int>& added_programme,
                           VariantChanges& changes);

// What differs from the baseline, group by group, and whether it can rise above it.
void compare_with_baseline(const ResolvedScenario& baseline, VariantChanges& changes);

}  // namespace wfsim::models::variant_parts
