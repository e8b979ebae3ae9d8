#include "output/report_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace wfsim::output {

std::string format_number(double value, int decimals) {
    if (std::isnan(value)) return "n/a";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char text[400];  // the widest double in fixed notation
    std::snprintf(text, sizeof text, "%.*f", decimals, std::fabs(value));
    const std::string digits(text);
    const std::size_t point = std::min(digits.find('.'), digits.size());
    std::string grouped;
    for (std::size_t i = 0; i < point; ++i) {
        if (i > 0 && (point - i) % 3 == 0) grouped.push_back(',');
        grouped.push_back(digits[i]);
    }
    grouped.append(digits, point, std::string::npos);
    const bool negative = value < 0 && std::strtod(text, nullptr) != 0.0;
    return negative ? "-" + grouped : grouped;
}

std::string format_value(double value, Quantity quantity) {
    switch (quantity) {
        case Quantity::Count:
            return format_number(value, std::fabs(value) >= 100 ? 0 : 1);
        case Quantity::Wte:
            return format_number(value, 1);
        case Quantity::Fraction:
            return std::isnan(value) ? "n/a" : format_number(100.0 * value, 2) + "%";
    }
    return "";
}

std::string format_error(double value, Quantity quantity) {
    if (std::isnan(value)) return "n/a";
    const double shown = quantity == Quantity::Fraction ? 100.0 * value : value;
    int decimals = 0;
    if (shown != 0.0)
        decimals = std::clamp(1 - static_cast<int>(std::floor(std::log10(std::fabs(shown)))), 0, 4);
    // Below the last decimal shown (a spread that is zero up to rounding error): print 0.
    const std::string text =
        std::fabs(shown) < 0.5e-4 ? std::string("0") : format_number(shown, decimals);
    return quantity == Quantity::Fraction ? text + "%" : text;
}

}  // namespace wfsim::output
