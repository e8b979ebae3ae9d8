#include "cli/whole_number_option.hpp"

#include <charconv>

namespace wfsim::cli {

std::optional<std::uint64_t> read_whole_number(const std::string& text, const std::string& option,
                                               std::uint64_t min, std::uint64_t max,
                                               std::string& problem) {
    const std::string allowed = option + " must be a whole number from " + std::to_string(min) +
                                " to " + std::to_string(max) + ", got '" + text + "'";
    std::uint64_t value = 0;
    const char* end = text.data() + text.size();
    const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (!digits || error == std::errc::result_out_of_range || stop != end) {
        problem = allowed;
        if (!text.empty() && text[0] == '-' && text.size() > 1)
            problem += " (negative)";
        else if (digits)
            problem += " (too large)";
        return std::nullopt;
    }
    if (value < min || value > max) {
        problem = allowed;
        return std::nullopt;
    }
    return value;
}

}  // namespace wfsim::cli
