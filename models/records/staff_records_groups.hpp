#pragma once
// Which scenario group a value of the staff group column stands for: a value mapped in
// staff_records.groups, else a group of the same name. Values that stand for none are counted,
// each reported once with the rows it was on and the closest known value.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "models/scenario/scenario.hpp"

namespace wfsim::models::staff_groups {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
        return std::hash<std::string_view>{}(text);
    }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

class GroupLookup {
  public:
    // Throws ScenarioError (naming `scenario_file`) when a mapped value names no group.
    GroupLookup(const Scenario& scenario, const std::string& scenario_file);

    std::optional<int> find(std::string_view value) const {
        const auto it = index_.find(value);
        if (it == index_.end()) return std::nullopt;
        return it->second;
    }
    // Why `value` is not known, and what it may have meant; `rows` is how many rows it was on.
    std::string unknown_value_message(std::string_view value, std::size_t rows) const;

  private:
    StringMap<int> index_;
    std::vector<std::string> known_;  // mapped values, then group names, in order
    std::vector<std::string> group_names_;
};

}  // namespace wfsim::models::staff_groups
