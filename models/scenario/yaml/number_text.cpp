#include "models/scenario/yaml/number_text.hpp"

#include <charconv>
#include <cmath>

namespace wfsim::models::schema {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Length of the run of digits starting at `pos`.
std::size_t digits_at(std::string_view text, std::size_t pos) {
    std::size_t n = 0;
    while (pos + n < text.size() && is_digit(text[pos + n])) ++n;
    return n;
}

bool is_decimal_syntax(std::string_view text) {
    std::size_t pos = 0;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) ++pos;
    const std::size_t whole = digits_at(text, pos);
    pos += whole;
    std::size_t fraction = 0;
    if (pos < text.size() && text[pos] == '.') {
        fraction = digits_at(text, pos + 1);
        pos += 1 + fraction;
    }
    if (whole == 0 && fraction == 0) return false;
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) ++pos;
        const std::size_t exponent = digits_at(text, pos);
        if (exponent == 0) return false;
        pos += exponent;
    }
    return pos == text.size();
}

}  // namespace

bool Range::contains(double value) const {
    if (min && (min_exclusive ? !(value > *min) : !(value >= *min))) return false;
    if (max && (max_exclusive ? !(value < *max) : !(value <= *max))) return false;
    return true;
}

std::string Range::text() const {
    if (min && max) {
        if (*min == *max && !min_exclusive && !max_exclusive)
            return "equal to " + format_number(*min);
        return std::string("in ") + (min_exclusive ? "(" : "[") + format_number(*min) + ", " +
               format_number(*max) + (max_exclusive ? ")" : "]");
    }
    if (min) return (min_exclusive ? "> " : ">= ") + format_number(*min);
    if (max) return (max_exclusive ? "< " : "<= ") + format_number(*max);
    return "";
}

std::string format_number(double value) {
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, result.ptr);
}

std::optional<double> parse_decimal(std::string_view text) {
    if (!is_decimal_syntax(text)) return std::nullopt;
    if (text.front() == '+') text.remove_prefix(1);
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    // Out of the range of a double (1e400, 1e-400): not a usable figure.
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<long long> parse_whole(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    const std::size_t start = text.front() == '-' ? 1 : 0;
    if (digits_at(text, start) != text.size() - start || text.size() == start) return std::nullopt;
    long long value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string count_text(std::size_t count) {
    std::string digits = std::to_string(count);
    // A char, not ",": GCC 12.2's -Wrestrict misfires on inserting a literal into a std::string
    // (a false positive, GCC bug 105329, fixed in 12.3).
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(digits.begin() + i, ',');
    return digits;
}

std::string bytes_text(std::size_t bytes) {
    constexpr std::size_t kMiB = std::size_t{1} << 20;
    if (bytes >= kMiB && bytes % kMiB == 0) return count_text(bytes / kMiB) + " MiB";
    if (bytes >= 1024 && bytes % 1024 == 0) return count_text(bytes / 1024) + " KiB";
    return count_text(bytes) + " bytes";
}

}  // namespace wfsim::models::schema
