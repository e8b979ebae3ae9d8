#pragma once
// Number formatting for terminal reports: thousands separators, percentages, and standard errors
// to two significant figures. NaN prints as "n/a".
#include <string>

namespace wfsim::output {

enum class Quantity { Count, Wte, Fraction };

// A metric as a table shows it: its name in the result file, its label, how its values read.
struct LabelledMetric {
    const char* name;
    const char* label;
    Quantity quantity;
};

// "61,234" (count), "5,432.1" (WTE), "9.70%" (fraction 0.097).
std::string format_value(double value, Quantity quantity);

// A standard error to two significant figures in the quantity's units: "12", "0.021%".
std::string format_error(double value, Quantity quantity);

// Fixed decimals with thousands separators: format_number(12345.678, 1) == "12,345.7".
std::string format_number(double value, int decimals);

}  // namespace wfsim::output
