#include "models/records/staff_records_groups.hpp"

#include "models/records/staff_records_values.hpp"
#include "models/scenario/diagnostic.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::staff_groups {
namespace {

std::string listed(const std::vector<std::string>& names, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < limit; ++i)
        out += (i > 0 ? ", " : "") + names[i];
    if (names.size() > limit) out += ", ...";
    return out;
}

}  // namespace

GroupLookup::GroupLookup(const Scenario& scenario, const std::string& scenario_file) {
    StringMap<int> by_name;
    for (std::size_t i = 0; i < scenario.groups.size(); ++i) {
        by_name.emplace(scenario.groups[i].name, static_cast<int>(i));
        group_names_.push_back(scenario.groups[i].name);
    }
    if (scenario.staff_records) {
        for (const auto& [value, group] : scenario.staff_records->group_names) {
            const auto it = by_name.find(group);
            if (it == by_name.end()) {
                throw ScenarioError({Diagnostic{scenario_file, 0, 0, "staff_records.groups",
                                                "'" + value + "' is mapped to '" + group +
                                                    "', which is not a group of the "
                                                    "scenario"}});
            }
            if (index_.emplace(value, it->second).second) known_.push_back(value);
        }
    }
    for (std::size_t i = 0; i < scenario.groups.size(); ++i)
        if (index_.emplace(scenario.groups[i].name, static_cast<int>(i)).second)
            known_.push_back(scenario.groups[i].name);
}

std::string GroupLookup::unknown_value_message(std::string_view value, std::size_t rows) const {
    std::string message = staff_values::shown(value) +
                          " is neither a group of the scenario nor a value mapped to one in "
                          "staff_records.groups (" +
                          (rows == 1 ? std::string("1 row") : std::to_string(rows) + " rows") +
                          (rows > 1 ? ", the first here)" : ")");
    std::vector<schema::KeyCandidate> candidates;
    for (const auto& known : known_) candidates.push_back({known, {staff_values::lower(known)}});
    if (auto suggestion = schema::closest_key(staff_values::lower(value), candidates))
        return message + "; did you mean '" + *suggestion + "'?";
    return message + "; map it to one of the groups (" + listed(group_names_, 12) +
           ") in staff_records.groups";
}

}  // namespace wfsim::models::staff_groups
