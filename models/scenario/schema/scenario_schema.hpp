#pragma once
// The declarations of the scenario format (schema_version 1): every key, once. Parsing, checks,
// the resolved YAML and the reference are walks over these.
#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {

inline constexpr int kSchemaVersion = 1;

const ObjectSchema<Scenario>& scenario_schema();
const ObjectSchema<GroupSpec>& group_schema();
// Adds the system-wide keys (system_keys.cpp): population, programmes, shocks, reservists,
// feedback, and the checks across groups and programmes.
void add_system_keys(ObjectSchema<Scenario>& schema);

}  // namespace wfsim::models::schema
