#include "models/scenario/yaml/closest_key.hpp"

#include <algorithm>

namespace wfsim::models::schema {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment distance, three rows.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string> closest_key(std::string_view key,
                                       const std::vector<KeyCandidate>& candidates) {
    const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        for (const auto& spelling : candidate.compare) {
            const std::size_t d = edit_distance(key, spelling);
            if (d < best_distance) {
                best_distance = d;
                best = candidate.shown;
            }
        }
    }
    return best;
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
