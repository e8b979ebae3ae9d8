#pragma once
// Whole numbers given on the command line (-n, --seed, -j), read strictly: Boost.Program_options
// reads "-1" as an unsigned number by wrapping it to 2^64 - 1, so these are read as text and
// checked here, with messages that say what is allowed.
#include <cstdint>
#include <optional>
#include <string>

namespace wfsim::cli {

// `text` as a whole number in [min, max]: decimal digits only (no sign, no fraction). nullopt,
// with `problem` saying what `option` allows and what was given, otherwise.
std::optional<std::uint64_t> read_whole_number(const std::string& text, const std::string& option,
                                               std::uint64_t min, std::uint64_t max,
                                               std::string& problem);

}  // namespace wfsim::cli
