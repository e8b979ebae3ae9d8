#pragma once
// "Did you mean": the allowed key closest to a mistyped one.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wfsim::models::schema {

// Edits (insert, delete, substitute, swap two neighbours) to turn `a` into `b`; limit + 1 as
// soon as it is certain to be more than `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b,
                          std::size_t limit = std::string_view::npos - 1);

// A key a user may mean: `shown` is what the suggestion prints ("leaving.turnover"); `compare`
// are the spellings it is compared against ("turnover", "leaving_turnover").
struct KeyCandidate {
    std::string shown;
    std::vector<std::string> compare;
};

// The candidate closest to `key`, when it is close enough to be a plausible slip (at most 2 edits,
// or a third of the key's length); the first one wins a tie.
std::optional<std::string> closest_key(std::string_view key,
                                       const std::vector<KeyCandidate>& candidates);

// What follows "unknown X 'name'" when `name` is not among `names`: "; did you mean 'near'?" when
// one is close, else `intro` and the names ("a, b and c").
std::string did_you_mean_or_list(std::string_view name, const std::vector<std::string>& names,
                                 std::string_view intro);

// The message for an unknown key: a suggestion when one is close, else the allowed keys.
std::string unknown_key_message(std::string_view key, const std::vector<KeyCandidate>& candidates);

}  // namespace wfsim::models::schema
