#pragma once
// The declarations of the system-wide parts of a scenario: supply programmes
// (international_schema.cpp, training_schema.cpp, domestic_cohort_schema.cpp), shocks, reservists
// and feedback (shock_schema.cpp). system_keys.cpp adds them and the population projection to the
// top level, with the checks that need the whole scenario.
#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {

const ObjectSchema<InternationalProgramme>& international_schema();
const ObjectSchema<TrainingProgramme>& training_schema();
const ObjectSchema<GraduateCohort>& graduate_schema();
const ObjectSchema<DomesticCohort>& domestic_cohort_schema();
const ObjectSchema<ShockSpec>& shock_schema();
const ObjectSchema<ReservistPool>& reservist_schema();
const ObjectSchema<FeedbackSpec>& feedback_schema();

// The check that a dated window is not empty: `to` (when given) after `from` (when given).
template <class T>
void check_window(const T& item, CheckContext& c) {
    if (item.from && item.to && !(*item.from < *item.to))
        c.error("to", "to (" + item.to->iso() + ") must be after from (" + item.from->iso() + ")");
}

}  // namespace wfsim::models::schema
