#pragma once
// The declarations of the sweep file format (schema_version 1): every key, once. Reading,
// checking and the reference (docs/sweeps.md) are walks over them.
#include "models/scenario/schema/object_schema.hpp"
#include "models/sweep_file/sweep_spec.hpp"

namespace wfsim::models::schema {

inline constexpr int kSweepSchemaVersion = 1;

const ObjectSchema<SweepSpec>& sweep_schema();

}  // namespace wfsim::models::schema
