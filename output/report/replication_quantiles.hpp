#pragma once
// Quantiles across replications of a metric, per period and unit, computed from the stored
// per-replication values: the report's fan charts need the 25% and 75% quantiles, which the
// file's summaries do not hold, and paired differences between variants, which need each
// replication's values. Same definition as the stored summaries (R type 7, NaN skipped).
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output::report {

// The quantiles a fan chart draws: the 90% band, the 50% band and the median.
inline constexpr std::array<double, 5> kFanProbabilities = {0.05, 0.25, 0.50, 0.75, 0.95};
enum FanQuantile : std::size_t { kP5, kP25, kP50, kP75, kP95 };

struct PeriodQuantiles {
    std::size_t periods = 0, units = 0;
    // q[k][period * units + unit] for kFanProbabilities[k]; NaN where no value is defined.
    std::array<std::vector<double>, kFanProbabilities.size()> q;
    double at(std::size_t k, std::size_t period, std::size_t unit) const {
        return q[k][period * units + unit];
    }
};

// Quantiles of `metric` of `variant` across its replications, reading the dataset a block of
// periods at a time (memory bounded whatever the number of replications).
PeriodQuantiles replication_quantiles(const ResultReader& reader, const std::string& variant,
                                      Period period, const std::string& metric);

// Quantiles of the paired difference `variant` - `baseline` across the replications both hold
// (matched by replication index: common random numbers make the pairs comparable).
PeriodQuantiles paired_difference_quantiles(const ResultReader& reader, const std::string& variant,
                                            const std::string& baseline, Period period,
                                            const std::string& metric);

}  // namespace wfsim::output::report
