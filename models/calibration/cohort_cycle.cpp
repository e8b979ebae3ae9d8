// Where the start date falls in the yearly cycle of a group's domestic cohorts. Vacancies build
// up between cohorts (posts fall vacant all year, and hiring fills them only after its wait) and
// fall when a cohort takes its posts; the quoted vacancy rate is the cycle's mean. A run starting
// from the mean started below the cycle where the start falls late in it (4,000 nurses at 12% and
// 10% with 400 each September, from 1 April: 9.28% in the first year instead of 10%), and above
// it just after a cohort. So the start is the cycle's own state on that date: the vacancies open
// then, and how many of them still wait for a candidate.
//
// The cycle is the periodic solution of the mean flows, per WTE in post: posts falling vacant at
// q a year per WTE in post (so fewer while more are vacant), waiting for a candidate at 1 / s,
// then in the pipeline for the time to hire; each cohort takes c of the waiting posts at once.
// These flows are linear, so the cycle is the mean plus, for each cohort, the sum over the
// cohorts before the start of the response to taking a unit of waiting posts, less that
// response's mean over a year (its integral): the mean is what the calibration holds already.
#include <algorithm>
#include <cmath>
#include <optional>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {
namespace {

constexpr double kStepDays = 1.0;
constexpr double kStep = kStepDays / kDaysPerYear;  // years
constexpr double kHorizonYears = 150.0;
constexpr int kMaxPipelineDays = 3653;

// The response to a unit of waiting posts taken at time 0, day by day: those still waiting
// (negative: fewer), those in the pipeline, and its integrals over time (years).
struct UnitResponse {
    std::vector<double> waiting, pipeline;
    double waiting_integral = 0.0, pipeline_integral = 0.0;

    // The response `years` after the unit was taken (linear between days; 0 beyond the horizon).
    static double at(const std::vector<double>& r, double years) {
        const double x = years / kStep;
        const auto i = static_cast<std::size_t>(x);
        if (i + 1 >= r.size()) return 0.0;
        const double f = x - static_cast<double>(i);
        return r[i] * (1.0 - f) + r[i + 1] * f;
    }
};

UnitResponse unit_response(double search_years, const DurationDistribution& hire, double openings) {
    // Chance that a candidate found on a day is still in the pipeline j days later (mid-day).
    std::vector<double> still;
    for (int j = 0; j < kMaxPipelineDays; ++j) {
        const double p = hire.probability_longer_than((j + 0.5) * kStepDays);
        if (p < 1e-12) break;
        still.push_back(p);
    }
    const double keep = std::exp(-kStep / search_years);
    UnitResponse r;
    std::vector<double> found;  // candidates found on each day
    double waiting = -1.0;
    for (double t = 0.0; t < kHorizonYears; t += kStep) {
        double pipeline = 0.0;
        for (std::size_t j = 0; j < still.size() && j < found.size(); ++j)
            pipeline += found[found.size() - 1 - j] * still[j];
        r.waiting.push_back(waiting);
        r.pipeline.push_back(pipeline);
        r.waiting_integral += waiting * kStep;
        r.pipeline_integral += pipeline * kStep;
        if (t > 2.0 && std::fabs(waiting) < 1e-12 && std::fabs(pipeline) < 1e-12) break;
        // Posts fall vacant in proportion to the WTE in post: fewer vacancies, more openings.
        const double opening = -openings * (waiting + pipeline);
        const double next = waiting * keep + opening * search_years * (1.0 - keep);
        found.push_back(waiting + opening * kStep - next);
        waiting = next;
    }
    return r;
}

// Years from the cohort's last start before the run to the run's start, in (0, 1]: one year
// less the days to its first start in the run (a start on the first day is a whole cycle on).
// Negative when it starts no cohort in the first twelve months.
double phase_at_start(const DomesticCohortRates& c, const sim::TimeAxis& axis) {
    const int months = std::min(12, axis.months());
    for (int m = 0; m < months; ++m) {
        const double day = axis.month_start_day(m);
        if (axis.month_date(m).ymd().month == c.month && c.from_day <= day && day < c.to_day)
            return 1.0 - day / kDaysPerYear;
    }
    return -1.0;
}

}  // namespace

void resolve_cohort_cycle(const Scenario& s, ResolvedScenario& out) {
    for (std::size_t gi = 0; gi < out.groups.size(); ++gi) {
        GroupRates& r = out.groups[gi];
        r.start_extra_vacant_wte = 0.0;
        r.start_cycle_heads = 0;
        r.start_searching_share = -1.0;
        // A quoted vacancy rate held by refilled vacancies, from a synthetic starting workforce.
        if (!s.groups[gi].vacancy_rate || r.poisson_inflow || r.from_records || r.headcount <= 0 ||
            r.search_mean_days <= 0.0 || r.wte <= 0.0)
            continue;
        const double search = r.search_mean_days / kDaysPerYear;
        const double hire = r.time_to_hire.mean / kDaysPerYear;
        const double others =
            r.other_arrivals_per_year / r.heads_for_rates() * (r.post_wte() / r.wte_per_head);
        const double openings = hiring_per_head(r) + others;
        double waiting = 0.0, pipeline = 0.0;
        bool cycles = false;
        std::optional<UnitResponse> unit;
        for (const DomesticCohortRates& c : out.domestic_cohorts) {
            if (c.group != static_cast<int>(gi)) continue;
            const double phase = phase_at_start(c, out.axis);
            if (phase < 0.0 || c.per_year <= 0.0) continue;
            if (!unit) unit = unit_response(search, r.time_to_hire, openings);
            const double taken = c.per_year * c.wte / r.wte;  // per WTE in post
            double w = -unit->waiting_integral, p = -unit->pipeline_integral;
            for (double t = phase; t < kHorizonYears; t += 1.0) {
                w += UnitResponse::at(unit->waiting, t);
                p += UnitResponse::at(unit->pipeline, t);
            }
            waiting += taken * w;
            pipeline += taken * p;
            cycles = true;
        }
        if (!cycles) continue;
        // The cycle's mean, per WTE in post: what the quoted vacancy rate holds.
        const double vacant = (r.establishment_wte - r.wte) / r.wte;
        const double mean_waiting = vacant * search / (search + hire);
        r.start_extra_vacant_wte = (waiting + pipeline) * r.wte;
        r.start_cycle_heads = static_cast<int>(
            std::min<long>(std::lround(r.start_extra_vacant_wte / r.post_wte()), r.headcount - 1));
        const double open = vacant + waiting + pipeline;
        r.start_searching_share =
            open > 0.0 ? std::clamp((mean_waiting + waiting) / open, 0.0, 1.0) : 0.0;
    }
}

}  // namespace wfsim::models
