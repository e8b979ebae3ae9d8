#include "models/outcomes/target_evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "sim/replication_statistics.hpp"

namespace wfsim::models::outcomes {

TargetOutcome evaluate_target(const TargetDefinition& target, std::span<const double> values) {
    if (values.size() != target.checks.size())
        throw std::invalid_argument("a target needs one value per period");
    TargetOutcome out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v)) return {Met::Undefined, std::numeric_limits<double>::quiet_NaN()};
        const TargetCheck& c = target.checks[i];
        const double gap = v < c.at_least ? c.at_least - v : v > c.at_most ? v - c.at_most : 0.0;
        out.shortfall = std::max(out.shortfall, gap);
    }
    out.met = out.shortfall > 0.0 ? Met::Missed : Met::Met;
    return out;
}

TargetSummary summarise_target(std::span<const Met> met, std::span<const double> shortfall) {
    if (met.size() != shortfall.size())
        throw std::invalid_argument("one shortfall per replication");
    TargetSummary s;
    std::int64_t met_count = 0;
    std::vector<double> misses;
    for (std::size_t r = 0; r < met.size(); ++r) {
        switch (met[r]) {
            case Met::Met:
                ++met_count;
                break;
            case Met::Missed:
                ++s.missed;
                misses.push_back(shortfall[r]);
                break;
            case Met::Undefined:
                ++s.undefined;
                break;
        }
    }
    s.met = wilson_interval(met_count, static_cast<std::int64_t>(met.size()));
    s.shortfall_mean = sim::mean(misses);
    std::sort(misses.begin(), misses.end());
    s.shortfall_p50 = sim::quantile_of_sorted(misses, 0.5);
    s.shortfall_p90 = sim::quantile_of_sorted(misses, 0.9);
    s.shortfall_max = misses.empty() ? std::numeric_limits<double>::quiet_NaN() : misses.back();
    return s;
}

}  // namespace wfsim::models::outcomes
