#pragma once
// Numbers as text: the strict YAML number syntax the scenario format accepts, the shortest text
// that reads back to the same double, and numeric ranges with their written form.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wfsim::models::schema {

// Bounds on a number; either end may be absent or exclusive.
struct Range {
    std::optional<double> min{};
    std::optional<double> max{};
    bool min_exclusive = false;
    bool max_exclusive = false;

    bool contains(double value) const;
    bool bounded() const { return min.has_value() || max.has_value(); }
    // "in [0, 1]", "in (0, 1.5]", ">= 0", "> 0"; empty when unbounded.
    std::string text() const;
};

inline Range closed(double lo, double hi) {
    return {lo, hi, false, false};
}
inline Range closed_open(double lo, double hi) {
    return {lo, hi, false, true};
}
inline Range open_closed(double lo, double hi) {
    return {lo, hi, true, false};
}
inline Range at_least(double lo) {
    return {lo, std::nullopt, false, false};
}
inline Range above(double lo) {
    return {lo, std::nullopt, true, false};
}

// Shortest decimal text that reads back to exactly `value` ("0.1114", "90", "1e+06").
std::string format_number(double value);

// A count with thousands separators ("250,000"), and a size in bytes as the limits are written
// ("4 MiB", "512 KiB", "1,000 bytes").
std::string count_text(std::size_t count);
std::string bytes_text(std::size_t bytes);

// A finite decimal number in YAML 1.2 syntax: optional sign, digits with an optional fraction,
// optional exponent ("12", "-0.5", ".5", "1e6"). No ".inf", ".nan", hex, octal or underscores.
std::optional<double> parse_decimal(std::string_view text);

// A whole number: optional sign and decimal digits only.
std::optional<long long> parse_whole(std::string_view text);

}  // namespace wfsim::models::schema
