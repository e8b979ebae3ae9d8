#pragma once
// The declarations of targets, risks and likelihood bands (outcome_schema.cpp,
// likelihood_bands_schema.cpp), and the checks of targets against the run
// (target_run_checks.cpp).
#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {

// Adds `targets`, `risks` and `likelihood_bands` to the top level, with the check of each
// target's unit and period against the scenario.
void add_outcome_keys(ObjectSchema<Scenario>& schema);

const ObjectSchema<LikelihoodBands>& likelihood_bands_schema();

// Each target's unit is a group, a sector or `total`; its years are whole financial years of the
// run and its month a month of the run.
void check_targets_in_run(const Scenario& scenario, CheckContext& context);

}  // namespace wfsim::models::schema
