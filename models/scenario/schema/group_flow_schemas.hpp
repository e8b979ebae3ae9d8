#pragma once
// The declarations of a group's flows, each in its own file (leaving_schema.cpp,
// recruitment_schema.cpp, absence_schema.cpp, establishment_schema.cpp); group_schema.cpp puts
// them together.
#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {

const ObjectSchema<LeavingSpec>& leaving_schema();
const ObjectSchema<RecruitmentSpec>& recruitment_schema();
const ObjectSchema<AbsenceSpec>& absence_schema();
const ObjectSchema<EstablishmentSpec>& establishment_schema();
const ObjectSchema<TemporaryCoverSpec>& temporary_cover_schema();

// Profiles of shares of people by age: under_N starts at the group's age_min, N_plus ends at its
// age_max (numbers of the group, or of the group a programme refers to).
inline BandAxis people_age_axis() {
    return BandAxis{"age", "age_min", 0.0, "age_max", 0.0};
}
// Profiles of values by age (multipliers, hazards): N_plus runs on to kOldestAge, since staff
// grow older than age_max during a run.
inline BandAxis value_age_axis() {
    return BandAxis{"age", "age_min", 0.0, "", kOldestAge};
}

}  // namespace wfsim::models::schema
