#pragma once
// What a stored metric dataset carries as attributes: CF-style units, a one-line long_name, and
// how its values accumulate ("stock", "flow", "integral" or "derived").
#include <string>
#include <vector>

#include "models/vocabulary/result_layout.hpp"

namespace wfsim::output {

struct MetricDescription {
    std::string name;
    std::string units;
    std::string long_name;
    std::string accumulation;
};

// The additive metrics of the layout, in layout order, then the derived rates.
std::vector<MetricDescription> describe_metrics(const models::ResultLayout& layout);

std::string accumulation_name(models::Accumulation a);

// How a financial-year value comes from the months, by accumulation name.
std::string financial_year_aggregation(const std::string& accumulation);

}  // namespace wfsim::output
