#pragma once
// What one replication produces: additive quantities per month and reporting unit (the groups,
// then the sectors, then the whole system). Every rate is derived from these (derived_metrics.hpp),
// never averaged.
#include <cstdint>
#include <string>
#include <vector>

namespace wfsim::models {

// How a quantity accumulates over a period; decides how months combine into financial years.
enum class Accumulation {
    Stock,     // a level at the end of the period: the last month's value
    Flow,      // a count of events in the period: summed
    Integral,  // a level integrated over the days of the period: summed
};

struct MetricInfo {
    std::string name;
    Accumulation accumulation;
    std::string units;      // CF-style units string
    std::string long_name;  // one line, what it counts
};

// Reporting units: groups (in scenario order), then sectors (first appearance), then "total".
struct UnitAxis {
    std::vector<std::string> names;
    std::vector<std::string> kinds;    // "group", "sector" or "total"
    std::vector<int> sector_of_group;  // for each group, the index of its sector unit
    int groups = 0;
    int sectors = 0;
    int size() const { return static_cast<int>(names.size()); }
    int total_unit() const { return size() - 1; }
};

struct ResultLayout {
    std::vector<MetricInfo> metrics;
    UnitAxis units;
    int months = 0;

    int metric_index(const std::string& name) const;  // -1 when absent
    std::size_t values_per_replication() const {
        return metrics.size() * static_cast<std::size_t>(months) * units.size();
    }
};

// Values laid out [metric][month][unit], so one metric of one replication is contiguous.
struct ReplicationResult {
    std::vector<double> values;
    std::uint64_t events = 0;  // events handled, for throughput figures

    double* metric(const ResultLayout& layout, int m) {
        return values.data() + static_cast<std::size_t>(m) * layout.months * layout.units.size();
    }
    const double* metric(const ResultLayout& layout, int m) const {
        return values.data() + static_cast<std::size_t>(m) * layout.months * layout.units.size();
    }
};

}  // namespace wfsim::models
