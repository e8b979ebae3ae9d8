#pragma once
// Scenarios built in code for model tests, and helpers to run replications and read results.
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/workforce/workforce_model.hpp"

namespace wfsim::testing {

inline models::GroupSpec plain_group(const std::string& name, double headcount) {
    models::GroupSpec g;
    g.name = name;
    g.sector = "nhs";
    g.headcount = headcount;
    g.leaving.hazard_per_year = 0.0;
    return g;
}

// A group quoting its turnover and vacancy rate, as users give them.
inline models::GroupSpec quoted_group(const std::string& name, double headcount, double turnover,
                                      double vacancy_rate) {
    auto g = plain_group(name, headcount);
    g.leaving.hazard_per_year.reset();
    g.leaving.turnover = turnover;
    g.vacancy_rate = vacancy_rate;
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

// A metric by name (base or extra) of one unit over months [from, to): the sum, or -1 when the
// layout has no such metric.
inline double sum_of(const models::ReplicationResult& r, const models::ResultLayout& layout,
                     const std::string& name, int unit, int from, int to) {
    const int metric = layout.metric_index(name);
    if (metric < 0) return -1.0;
    double s = 0.0;
    for (int m = from; m < to; ++m) s += value(r, layout, metric, m, unit);
    return s;
}

// Whether anyone arrives in group g by a route other than hiring (so that it may go over its
// establishment, as documented), or counts WTE in post without a post (trainees).
inline bool arrivals_other_than_hiring(const models::ResolvedScenario& r, int g) {
    if (r.groups[g].return_probability > 0.0 || r.groups[g].poisson_inflow) return true;
    for (const auto& p : r.international)
        if (p.group == g) return true;
    for (const auto& t : r.training)
        if (t.to_group == g) return true;
    for (const auto& c : r.domestic_cohorts)
        if (c.group == g) return true;
    for (const auto& from : r.groups)
        for (int to : from.to_groups)
            if (to == g) return true;
    return false;
}

// Whether arrivals into group g come in lumps: cohorts (international and domestic), intakes,
// the newly qualified.
inline bool lumpy_arrivals(const models::ResolvedScenario& r, int g) {
    if (r.groups[g].pool_limited && r.groups[g].newly_qualified_per_year > 0.0) return true;
    for (const auto& p : r.international)
        if (p.group == g) return true;
    for (const auto& t : r.training)
        if (t.to_group == g) return true;
    for (const auto& c : r.graduates)
        if (c.group == g) return true;
    for (const auto& c : r.domestic_cohorts)
        if (c.group == g) return true;
    return false;
}

// Whether anyone in group g may carry WTE not yet advertised (docs/model.md, "Posts are WTE"):
// hires, arrivals or movers of another WTE than the group's posts, returners, arrivals in lumps
// (over establishment). Elsewhere every leaver reopens exactly their own post.
inline bool wte_carried_by_people(const models::ResolvedScenario& r, int g) {
    const models::GroupRates& rates = r.groups[g];
    for (const auto& w : rates.hire_wte)
        if (std::fabs(w.wte - rates.post_wte()) > 1e-9) return true;
    for (const auto& p : r.international)
        if (p.group == g && std::fabs(p.wte - rates.post_wte()) > 1e-9) return true;
    for (const auto& from : r.groups)
        for (int to : from.to_groups)
            if (to == g && std::fabs(from.post_wte() - rates.post_wte()) > 1e-9) return true;
    return rates.return_probability > 0.0 || lumpy_arrivals(r, g);
}

// The establishment's WTE is all somewhere at the end of a run: in post, advertised, or not yet
// advertised (carried by people, each within a post, or by the group), to float rounding.
inline void check_wte_balance(const models::WorkforceModel& model,
                              const models::ResolvedScenario& r) {
    for (int g = 0; g < static_cast<int>(r.groups.size()); ++g) {
        if (r.groups[g].poisson_inflow) continue;
        const auto b = model.wte_balance(g);
        double largest_hire = r.groups[g].post_wte();
        for (const auto& w : r.groups[g].hire_wte) largest_hire = std::max(largest_hire, w.wte);
        INFO("group " << r.groups[g].name << ": establishment " << b.establishment << ", in post "
                      << b.in_post << ", advertised " << b.advertised << ", carried " << b.carried
                      << ", by one person at most " << b.largest_carried);
        CHECK(b.establishment - b.in_post - b.advertised - b.carried ==
              Approx(0.0).margin(1e-4 + 1e-6 * b.establishment));
        CHECK(b.largest_carried < largest_hire + 1e-6);
    }
}

// The reference workload's two figures (DESIGN.md) over whole runs, and their analytic values.
// Each post alternates between filled (Exp(lambda)) and vacant (time to hire, mean h), so the
// filled share is 1 / (1 + lambda h); leavers per post-year = lambda x filled share (0.1165);
// the absence share of post-days = filled share x the in-post absence share (0.0407).
struct ReferenceFigures {
    Estimate leavers_per_post_year, absence_share;
    double expected_leavers_per_post_year = 0.0, expected_absence_share = 0.0;
};

inline ReferenceFigures reference_figures(const models::ResolvedScenario& resolved,
                                          int replications, std::uint64_t seed) {
    const double lambda = 0.12 / models::kDaysPerYear;
    const double filled = 1.0 / (1.0 + lambda * 90.0);
    const double in_post = models::absence_share(
        2.0 / models::kDaysPerYear, models::DurationDistribution::lognormal(8, 10), lambda);
    std::vector<double> leavers, absence;
    models::WorkforceModel model(resolved);
    for (int r = 0; r < replications; ++r) {
        const auto res = model.run(seed, r);
        const auto& layout = model.layout();
        const int months = layout.months;
        const double post_days = total_over(*res, layout, models::kEstablishmentWteDays, 0, months);
        leavers.push_back(total_over(*res, layout, models::kLeavers, 0, months) /
                          (post_days / models::kDaysPerYear));
        absence.push_back(total_over(*res, layout, models::kAbsenceWteDays, 0, months) / post_days);
    }
    return {estimate(leavers), estimate(absence), 0.12 * filled, filled * in_post};
}

}  // namespace wfsim::testing
