#pragma once
// The starting workforce from a CSV extract of staff records (the scenario's `staff_records`):
// one person per row, with staff group, date of birth or age, contracted WTE and start date.
// docs/scenario.md ("Starting from staff records") gives the rules a file must follow.
#include <cstdint>
#include <optional>
#include <vector>

#include "models/scenario/diagnostic.hpp"  // ScenarioError
#include "models/scenario/scenario.hpp"

namespace wfsim::models {

struct StaffRecord {
    int group = 0;                    // index into Scenario::groups
    std::int32_t birth_day = 0;       // days relative to the scenario start (negative: before it)
    float wte = 0.0f;                 // contracted WTE, in (0, 1.5]
    std::optional<double> start_day;  // days relative to the scenario start; none: not known
};

// The people of `scenario.staff_records.file` (relative to the directory of
// `scenario.source_path`, absolute paths as they are), in file order. Every problem of the file
// is reported at once, each with its file, line and column heading, as one ScenarioError; also
// when the scenario has no staff_records.
std::vector<StaffRecord> read_staff_records(const Scenario& scenario);
// The file read_staff_records reads (its path resolved against the scenario file's directory).
std::string staff_records_path(const Scenario& scenario);

}  // namespace wfsim::models
