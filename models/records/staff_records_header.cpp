#include "models/records/staff_records_header.hpp"

#include <algorithm>
#include <vector>

#include "models/records/staff_records_values.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::staff_header {
namespace {

using staff_values::shown;
using staff_values::trim;

std::string quoted_headings(const std::vector<std::string_view>& headings) {
    std::string out;
    for (std::size_t i = 0; i < headings.size() && i < 20; ++i)
        out += (i > 0 ? ", " : "") + shown(headings[i]);
    if (headings.size() > 20) out += ", ...";
    return out.empty() ? "no headings" : out;
}

// Suggests a heading that no other column uses.
std::string missing_column_message(const StaffRecordsSpec& spec, const std::vector<Role>& roles,
                                   const std::vector<std::string_view>& headings,
                                   const Columns& columns) {
    std::vector<schema::KeyCandidate> candidates;
    for (std::size_t i = 0; i < headings.size(); ++i) {
        if (std::find(columns.index.begin(), columns.index.end(), i) != columns.index.end())
            continue;
        candidates.push_back({std::string(headings[i]), {staff_values::lower(headings[i])}});
    }
    std::string message = "missing column";
    std::string keys;
    std::optional<std::string> suggestion;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const std::string& heading = spec.*kRoleInfo[roles[i]].heading;
        message += (i > 0 ? " or " : " ") + shown(heading);
        keys += (i > 0 ? ", staff_records.columns." : "staff_records.columns.") +
                std::string(kRoleInfo[roles[i]].key);
        if (!suggestion) suggestion = schema::closest_key(staff_values::lower(heading), candidates);
    }
    message += " (its heading is set by " + keys + "); the header has " + quoted_headings(headings);
    if (suggestion) message += "; did you mean '" + *suggestion + "'?";
    return message;
}

}  // namespace

std::optional<Columns> read_header(const csv::RecordReader& reader, const StaffRecordsSpec& spec,
                                   staff_errors::FileErrors& errors) {
    const auto& fields = reader.fields();
    std::vector<std::string_view> headings;
    for (const auto& field : fields) headings.push_back(trim(field.text));
    Columns columns;
    columns.count = fields.size();
    bool ok = true;
    for (int role = 0; role < kRoles; ++role) {
        const std::string& wanted = spec.*kRoleInfo[role].heading;
        for (std::size_t i = 0; i < headings.size(); ++i) {
            if (headings[i] != wanted) continue;
            auto& index = columns.index[role];
            if (index) {
                errors.file(fields[i].line, fields[i].column,
                            "the heading " + shown(wanted) + " appears twice (columns " +
                                std::to_string(*index + 1) + " and " + std::to_string(i + 1) +
                                "): which to read is unclear; rename or remove one");
                ok = false;
                break;
            }
            index = i;
        }
    }
    const int line = reader.line();
    if (std::none_of(columns.index.begin(), columns.index.end(),
                     [](const auto& index) { return index.has_value(); })) {
        errors.file(line, 1,
                    "the first row must be a header naming the columns: expected the headings " +
                        shown(spec.group_column) + ", " + shown(spec.date_of_birth_column) +
                        " or " + shown(spec.age_column) + ", " + shown(spec.wte_column) +
                        " (others can be named under staff_records.columns); the first row has " +
                        quoted_headings(headings));
        return std::nullopt;
    }
    for (const Role role : {kGroup, kWte}) {
        if (columns.index[role]) continue;
        errors.file(line, 1, missing_column_message(spec, {role}, headings, columns));
        ok = false;
    }
    if (!columns.index[kDateOfBirth] && !columns.index[kAge]) {
        errors.file(line, 1, missing_column_message(spec, {kDateOfBirth, kAge}, headings, columns));
        ok = false;
    }
    if (reader.record_problem()) {
        const auto& p = *reader.record_problem();
        errors.file(p.line, p.column, p.message);
        ok = false;
    }
    if (!ok) return std::nullopt;
    return columns;
}

}  // namespace wfsim::models::staff_header
