#include "output/metric_description.hpp"

#include "models/metrics/derived_metrics.hpp"

namespace wfsim::output {

std::string accumulation_name(models::Accumulation a) {
    switch (a) {
        case models::Accumulation::Stock:
            return "stock";
        case models::Accumulation::Flow:
            return "flow";
        case models::Accumulation::Integral:
            return "integral";
    }
    return "";
}

std::vector<MetricDescription> describe_metrics(const models::ResultLayout& layout) {
    std::vector<MetricDescription> out;
    for (const auto& m : layout.metrics)
        out.push_back({m.name, m.units, m.long_name, accumulation_name(m.accumulation)});
    for (const auto& d : models::derived_metric_infos(layout))
        out.push_back({d.name, d.units, d.long_name, "derived"});
    return out;
}

std::string financial_year_aggregation(const std::string& accumulation) {
    if (accumulation == "stock") return "value at the end of the year (its last month)";
    if (accumulation == "flow" || accumulation == "integral")
        return "sum over the twelve months of the year";
    return "derived from the year's additive values";
}

}  // namespace wfsim::output
