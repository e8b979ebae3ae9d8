#include "models/scenario/yaml/closest_key.hpp"

#include <algorithm>

namespace wfsim::models::schema {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    // Optimal string alignment distance, three rows, reused across calls (no allocation once
    // they are long enough: a file of thousands of unknown keys compares each with every key).
    thread_local std::vector<std::size_t> before, previous, current;
    before.assign(b.size() + 1, 0);
    previous.resize(b.size() + 1);
    current.assign(b.size() + 1, 0);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    std::size_t previous_min = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t row_min = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] =
                std::min(std::min(previous[j], current[j - 1]) + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            row_min = std::min(row_min, current[j]);
        }
        // Every later cell comes from this row or the one before: none can be smaller.
        if (std::min(row_min, previous_min) > limit) return limit + 1;
        previous_min = row_min;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

std::optional<std::string> closest_key(std::string_view key,
                                       const std::vector<KeyCandidate>& candidates) {
    const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        for (const auto& spelling : candidate.compare) {
            // The distance is at least the difference in length: no need to compute it then.
            const std::size_t gap = key.size() > spelling.size() ? key.size() - spelling.size()
                                                                 : spelling.size() - key.size();
            if (gap >= best_distance) continue;
            const std::size_t d = edit_distance(key, spelling, best_distance - 1);
            if (d < best_distance) {
                best_distance = d;
                best = candidate.shown;
            }
        }
    }
    return best;
}

std::string did_you_mean_or_list(std::string_view name, const std::vector<std::string>& names,
                                 std::string_view intro) {
    std::vector<KeyCandidate> candidates;
    for (const std::string& n : names) candidates.push_back({n, {n}});
    if (auto near = closest_key(name, candidates)) return "; did you mean '" + *near + "'?";
    std::string list(intro);
    for (std::size_t i = 0; i < names.size(); ++i)
        list += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return list;
}

std::string unknown_key_message(std::string_view key, const std::vector<KeyCandidate>& candidates) {
    std::string message = "unknown key '" + std::string(key) + "'";
    if (auto suggestion = closest_key(key, candidates)) {
        return message + "; did you mean '" + *suggestion + "'?";
    }
    if (key == "<<") return message + ": YAML merge keys are not supported; use `defaults`";
    std::string allowed;
    for (const auto& candidate : candidates) {
        if (candidate.shown.find('.') != std::string::npos) continue;  // nested keys: not here
        allowed += (allowed.empty() ? "" : ", ") + candidate.shown;
    }
    return message + "; allowed here: " + allowed;
}

}  // namespace wfsim::models::schema
