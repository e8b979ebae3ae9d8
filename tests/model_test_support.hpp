#pragma once
// Scenarios built in code for model tests, and helpers to run replications and read results.
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "models/calibration.hpp"
#include "models/metrics_recorder.hpp"
#include "models/workforce_model.hpp"

namespace wfsim::testing {

inline models::GroupSpec plain_group(const std::string& name, double headcount) {
    models::GroupSpec g;
    g.name = name;
    g.sector = "nhs";
    g.headcount = headcount;
    g.leaving.hazard_per_year = 0.0;
    return g;
}

inline models::Scenario one_group_scenario(const models::GroupSpec& g, int months) {
    models::Scenario s;
    s.name = "test";
    s.start = sim::Date::from_ymd(2022, 4, 1);
    s.months = months;
    s.groups.push_back(g);
    return s;
}

// Mean and standard error of a statistic over replications.
struct Estimate {
    double mean = 0.0;
    double se = 0.0;
    double variance = 0.0;  // sample variance across replications
};

inline Estimate estimate(const std::vector<double>& xs) {
    double sum = 0.0;
    for (double x : xs) sum += x;
    const double mean = sum / xs.size();
    double ss = 0.0;
    for (double x : xs) ss += (x - mean) * (x - mean);
    const double var = ss / (xs.size() - 1);
    return {mean, std::sqrt(var / xs.size()), var};
}

// Runs `replications` replications and collects f(result, layout) from each.
inline std::vector<double> collect(
    const models::ResolvedScenario& resolved, int replications, std::uint64_t seed,
    const std::function<double(const models::ReplicationResult&, const models::ResultLayout&)>& f) {
    models::WorkforceModel model(resolved);
    std::vector<double> out;
    for (int r = 0; r < replications; ++r) out.push_back(f(*model.run(seed, r), model.layout()));
    return out;
}

inline double value(const models::ReplicationResult& r, const models::ResultLayout& layout,
                    int metric, int month, int unit) {
    return r.metric(layout, metric)[static_cast<std::size_t>(month) * layout.units.size() + unit];
}

// Sum of a metric of the total unit over months [from, to).
inline double total_over(const models::ReplicationResult& r, const models::ResultLayout& layout,
                         int metric, int from, int to) {
    double s = 0.0;
    for (int m = from; m < to; ++m) s += value(r, layout, metric, m, layout.units.total_unit());
    return s;
}

}  // namespace wfsim::testing
