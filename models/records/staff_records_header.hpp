#pragma once
// The header row of a staff records file: where each column the scenario reads is, by its
// heading (staff_records.columns), and what is wrong when one is missing or repeated.
#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "models/records/staff_records_csv.hpp"
#include "models/records/staff_records_errors.hpp"
#include "models/scenario/scenario.hpp"

namespace wfsim::models::staff_header {

enum Role { kGroup, kDateOfBirth, kAge, kWte, kStartDate, kRoles };

struct RoleInfo {
    std::string StaffRecordsSpec::*heading;
    const char* key;  // under staff_records.columns
};
inline constexpr std::array<RoleInfo, kRoles> kRoleInfo{{
    {&StaffRecordsSpec::group_column, "group"},
    {&StaffRecordsSpec::date_of_birth_column, "date_of_birth"},
    {&StaffRecordsSpec::age_column, "age"},
    {&StaffRecordsSpec::wte_column, "wte"},
    {&StaffRecordsSpec::start_date_column, "start_date"},
}};

// Where each column is in the file (absent: not in the header).
struct Columns {
    std::array<std::optional<std::size_t>, kRoles> index{};
    std::size_t count = 0;  // headings in the header
};

// The columns of the header `reader` has just read; none, after reporting why, when a column
// the rows need is missing or its heading is repeated.
std::optional<Columns> read_header(const csv::RecordReader& reader, const StaffRecordsSpec& spec,
                                   staff_errors::FileErrors& errors);

}  // namespace wfsim::models::staff_header
