#pragma once
// The declarations of `staff_records` (the starting workforce from a CSV file of staff records)
// and the checks that tie it to the rest of the scenario, which the top level runs.
#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {

const ObjectSchema<StaffRecordsSpec>& staff_records_schema();

// Where each group's size comes from: with staff_records, from its records, so that no group
// gives headcount, wte or wte_per_head (itself or through `defaults`); without, from its own
// keys, so that each group gives headcount or wte.
inline constexpr const char* kGroupSizeRule =
    "With `staff_records`, each group's headcount, wte and wte_per_head come from its records: "
    "no group gives them, nor does `defaults`. Without it, each group gives headcount or wte.";
void check_group_sizes(const Scenario& scenario, CheckContext& c);

inline constexpr const char* kAsOfRule = "`staff_records.as_of` is not after `start`.";
void check_staff_records_as_of(const Scenario& scenario, CheckContext& c);

}  // namespace wfsim::models::schema
