#include "models/projection/age_drift.hpp"

#include <algorithm>
#include <cmath>

#include "models/scenario/band_profile.hpp"

namespace wfsim::models {
namespace {

constexpr int kStepsPerYear = 12;  // a step is a month of age and of service
constexpr double kStep = 1.0 / kStepsPerYear;
constexpr int kAfterFirstYear = kStepsPerYear;  // service states: months 0..11, then after
constexpr int kServiceStates = kStepsPerYear + 1;

// People joining by one route a year per head, at the ages of `ages`.
struct JoinerSource {
    double per_year;
    const std::vector<Band>* ages;
};

class Projection {
  public:
    Projection(const ResolvedScenario& resolved, int g)
        : resolved_(resolved), r_(resolved.groups[g]) {
        double lowest = r_.age_min;
        for (const Band& b : r_.age_bands) lowest = std::min(lowest, b.from);
        for (const Band& b : r_.hire_age_bands) lowest = std::min(lowest, b.from);
        for (const Band& b : r_.newly_qualified_age_bands) lowest = std::min(lowest, b.from);
        collect_other_routes(g);
        for (const JoinerSource& s : others_)
            for (const Band& b : *s.ages) lowest = std::min(lowest, b.from);
        lowest_ = std::floor(lowest);  // whole years, so that 55 is a cell edge
        const double limit = r_.age_limit_days / kDaysPerYear;
        cells_ = std::max(1, static_cast<int>(std::ceil((limit - lowest_) * kStepsPerYear)));
        people_.assign(static_cast<std::size_t>(cells_) * kServiceStates, 0.0);
        start();
    }

    std::vector<DriftPoint> run(int years) {
        std::vector<DriftPoint> points{describe(0.0)};
        for (int y = 1; y <= years; ++y) {
            double leavers = 0.0, retiring = 0.0, headcount = 0.0;
            for (int m = 0; m < kStepsPerYear; ++m) {
                const double before = total();
                step(((y - 1) * kStepsPerYear + m + 0.5) * kStep * kDaysPerYear, leavers, retiring);
                headcount += 0.5 * (before + total()) / kStepsPerYear;
            }
            DriftPoint p = describe(y);
            p.turnover = leavers / headcount + r_.returners.stays_ending_per_year;
            p.retirement = retiring / headcount;
            points.push_back(p);
        }
        return points;
    }

  private:
    double& at(int cell, int service) {
        return people_[static_cast<std::size_t>(cell) * kServiceStates + service];
    }
    double age_of(int cell) const { return lowest_ + (cell + 0.5) * kStep; }

    void collect_other_routes(int g) {
        const double head = std::max(1.0, r_.heads_for_rates());
        for (const InternationalRates& p : resolved_.international)
            if (p.group == g)
                others_.push_back({international_arrivals_at_start(p) / head, &p.age_bands});
        for (const DomesticCohortRates& c : resolved_.domestic_cohorts)
            if (c.group == g)
                others_.push_back(
                    {cohort_hires_in_first_year(c, resolved_.axis) / head, &c.age_bands});
        for (const TrainingRates& t : resolved_.training) {
            if (t.to_group != g || t.from_day > 0.0 || t.to_day <= 0.0) continue;
            // Internal trainees keep their own ages.
            const auto* ages =
                t.from_group >= 0 ? &resolved_.groups[t.from_group].age_bands : &t.age_bands;
            others_.push_back({intake_at_start(t) * (1.0 - t.attrition) / head, ages});
        }
        for (const GroupRates& from : resolved_.groups)
            for (std::size_t i = 0; i < from.to_groups.size(); ++i)
                if (from.to_groups[i] == g)
                    others_.push_back({from.headcount * from.destination_leaving_rate *
                                           from.to_group_shares[i] / head,
                                       &from.age_bands});
        newly_qualified_per_year_ = r_.pool_limited ? r_.newly_qualified_per_year : 0.0;
        for (const GraduateRates& c : resolved_.graduates)
            if (c.group == g) newly_qualified_per_year_ += c.per_year * c.local_retention;
        newly_qualified_per_year_ /= head;
    }

    // The starting staff: ages from the profile, service from the steady state (or the tenure
    // profile), capped at age less age_min as the run starts them.
    void start() {
        const bool steady = r_.steady_state_tenure || r_.tenure_bands.empty();
        const double h1 = r_.service_hazard_first_year, h2 = r_.service_hazard_after;
        const double q = steady_state_first_year_share(h1, h2);
        auto service_below = [&](double x) {
            if (x >= 1.0) return steady ? q : share_below(r_.tenure_bands, 1.0);
            if (!steady) return share_below(r_.tenure_bands, x);
            return h1 <= 1e-12 ? q * x : q * std::expm1(-h1 * x) / std::expm1(-h1);
        };
        const bool capped = !r_.from_records || r_.steady_state_tenure;
        for (int i = 0; i < cells_; ++i) {
            const double from = lowest_ + i * kStep;
            const double mass =
                share_below(r_.age_bands, from + kStep) - share_below(r_.age_bands, from);
            if (mass <= 0.0) continue;
            const double cap = capped ? age_of(i) - r_.age_min : 1.0;
            double below = 0.0;
            for (int k = 0; k < kAfterFirstYear; ++k) {
                if (cap < (k + 1) * kStep) {  // the rest of the service is capped here
                    at(i, k) += mass * (1.0 - below);
                    below = 1.0;
                    break;
                }
                const double next = service_below((k + 1) * kStep);
                at(i, k) += mass * (next - below);
                below = next;
            }
            at(i, kAfterFirstYear) += mass * std::max(0.0, 1.0 - below);
        }
    }

    // A month: leaving, ageing, and the leavers' places taken by joiners.
    void step(double day, double& leavers, double& retiring) {
        std::vector<double> next(people_.size(), 0.0);
        const double shift = r_.pension_shift_years.value_at(day);
        const double other = r_.expected_ill_health_rate + r_.programme_leaving_rate;
        double replaced = 0.0;
        for (int i = 0; i < cells_; ++i) {
            const double age = age_of(i);
            const double age_factor = r_.leave_age_multipliers.empty()
                                          ? 1.0
                                          : band_value_at(r_.leave_age_multipliers, age).value;
            const double retire =
                r_.retirement_per_day.empty()
                    ? 0.0
                    : band_value_at(r_.retirement_per_day, age - shift, 0.0).value * kDaysPerYear;
            for (int k = 0; k < kServiceStates; ++k) {
                const double x = at(i, k);
                if (x <= 0.0) continue;
                const double base = r_.leave_base_per_day * kDaysPerYear * age_factor *
                                    (k < kAfterFirstYear ? r_.first_year_multiplier : 1.0);
                const double hazard = base + retire + other;
                const double leave = hazard > 0.0 ? -x * std::expm1(-hazard * kStep) : 0.0;
                const double moves =
                    hazard > 0.0 ? leave * base / hazard * r_.moves_within_group : 0.0;
                leavers += leave;
                if (hazard > 0.0) retiring += leave * retire / hazard;
                replaced += leave - moves;
                const double stay = x - leave;
                if (i + 1 >= cells_) {  // the age limit
                    leavers += stay;
                    retiring += stay;
                    replaced += stay + moves;
                    continue;
                }
                next[static_cast<std::size_t>(i + 1) * kServiceStates +
                     std::min(k + 1, kAfterFirstYear)] += stay;
                next[static_cast<std::size_t>(i + 1) * kServiceStates] += moves;
            }
        }
        people_.swap(next);
        join(replaced);
    }

    // With a Poisson inflow the hires come at their rate and every other route arrives in full;
    // else the group keeps its headcount: the other routes first, then hiring the rest.
    void join(double replaced) {
        const bool held = !r_.poisson_inflow;
        double joining = replaced;
        for (const JoinerSource& s : others_) {
            const double n = held ? std::min(joining, s.per_year * kStep) : s.per_year * kStep;
            place(n, *s.ages);
            joining -= n;
        }
        if (!held)
            joining = r_.hires_per_day * kDaysPerYear * kStep / std::max(1.0, r_.heads_for_rates());
        const double newly_qualified = std::min(joining, newly_qualified_per_year_ * kStep);
        place(newly_qualified, r_.newly_qualified_age_bands);
        place(joining - newly_qualified, r_.hire_age_bands);
    }

    void place(double n, const std::vector<Band>& ages) {
        if (n <= 0.0 || ages.empty()) return;
        const double inside =
            share_below(ages, lowest_ + cells_ * kStep) - share_below(ages, lowest_);
        if (inside <= 0.0) return;
        for (int i = 0; i < cells_; ++i) {
            const double from = lowest_ + i * kStep;
            const double mass = share_below(ages, from + kStep) - share_below(ages, from);
            if (mass > 0.0) at(i, 0) += n * mass / inside;
        }
    }

    double total() const {
        double s = 0.0;
        for (double x : people_) s += x;
        return s;
    }

    DriftPoint describe(double years) {
        DriftPoint p;
        p.years = years;
        double all = 0.0, old = 0.0, ages = 0.0, absence_factor = 0.0;
        for (int i = 0; i < cells_; ++i) {
            double x = 0.0;
            for (int k = 0; k < kServiceStates; ++k) x += at(i, k);
            all += x;
            ages += x * age_of(i);
            if (lowest_ + i * kStep >= 55.0 - 1e-9) old += x;
            absence_factor +=
                x * (r_.absence_age_multipliers.empty()
                         ? 1.0
                         : band_value_at(r_.absence_age_multipliers, age_of(i)).value);
        }
        p.headcount = all;
        if (all <= 0.0) return p;
        p.share_55_plus = old / all;
        p.mean_age = ages / all;
        p.absence_rate = absence_share(r_.absence_onset_per_day * absence_factor / all,
                                       r_.spell_days, r_.other_leaving_per_day);
        return p;
    }

    const ResolvedScenario& resolved_;
    const GroupRates& r_;
    std::vector<JoinerSource> others_;
    double newly_qualified_per_year_ = 0.0;
    double lowest_ = 0.0;
    int cells_ = 0;
    std::vector<double> people_;  // by cell of age, then state of service
};

}  // namespace

std::vector<DriftPoint> project_age_drift(const ResolvedScenario& resolved, int group, int years) {
    return Projection(resolved, group).run(years);
}

}  // namespace wfsim::models
