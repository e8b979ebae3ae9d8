// The leaving hazard: the base solved from the quoted turnover, once retirement and ill-health
// leaving have taken their share of it; and where leavers go.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "models/calibration/calibration.hpp"
#include "models/scenario/band_profile.hpp"
#include "models/scenario/scenario_limits.hpp"

namespace wfsim::models {
namespace {

// The density (a year) of an age profile, uniform within its bands, just below `years`.
double density_below(const std::vector<Band>& bands, double years) {
    double density = 0.0;
    for (const Band& b : bands)
        if (b.from < years && years <= b.to && b.to > b.from) density += b.share / (b.to - b.from);
    return density;
}

// The leaving the base hazard does not make, a year per head at the start: retirement, the
// maximum working age, ill health, programmes and returners' stays ending.
double other_ways_out_per_year(const GroupRates& r) {
    return r.expected_retirement_rate + r.expected_age_limit_rate + r.expected_ill_health_rate +
           r.programme_leaving_rate + r.returners.stays_ending_per_year;
}

// The base hazard (a year) at which the run's first year has `tau` leavers per mean head (tau
// already scaled to 365.25 days), from the tenure the run starts with.
double base_for_turnover(const GroupRates& r, double tau, double age_factor, double c) {
    const double f = r.first_year_multiplier;
    return start_in_tenure_steady_state(r) ? solve_base_hazard(tau, age_factor, f, c)
                                           : solve_first_year_base(r, tau, age_factor, f, c);
}

}  // namespace

double first_year_scale(const sim::TimeAxis& axis) {
    const sim::Date start = axis.start();
    return kDaysPerYear / static_cast<double>(start.add_years(1) - start);
}

std::string percent_text(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * fraction);
    return buf;
}

double expected_service_years(double h1, double h2) {
    if (h2 <= 0.0) return INFINITY;
    const double first_year = h1 > 1e-12 ? -std::expm1(-h1) / h1 : 1.0 - 0.5 * h1;
    return first_year + std::exp(-h1) / h2;
}

double solve_base_hazard(double turnover, double a, double f, double c) {
    auto rate = [&](double b) { return 1.0 / expected_service_years(b * a * f + c, b * a + c); };
    if (rate(0.0) >= turnover) return 0.0;
    double lo = 0.0, hi = 1.0;
    while (rate(hi) < turnover && hi < 1e6) hi *= 2.0;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (rate(mid) < turnover ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

double solve_first_year_base(const GroupRates& r, double turnover, double a, double f, double c) {
    auto rate = [&](double b) {
        const double h1 = b * a * f + c, h2 = b * a + c;
        const double q = mean_first_year_share(r, h1, h2, turnover);
        return b * a * (f * q + 1.0 - q) + c;
    };
    if (rate(0.0) >= turnover) return 0.0;
    double lo = 0.0, hi = 1.0;
    while (rate(hi) < turnover) {
        if (hi > 1e6) return 0.0;  // out of reach
        hi *= 2.0;
    }
    for (int i = 0; i < 100; ++i) {
        const double mid = 0.5 * (lo + hi);
        (rate(mid) < turnover ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

double steady_state_first_year_share(double h1, double h2) {
    if (h2 <= 0.0) return 0.0;
    const double first_year = h1 > 1e-12 ? -std::expm1(-h1) / h1 : 1.0;
    return first_year / expected_service_years(h1, h2);
}

void resolve_leaving(const GroupSpec& g, const std::string& path, GroupRates& r,
                     const sim::TimeAxis& axis) {
    const LeavingSpec& spec = g.leaving;
    // Wastage is a chance of leaving within a year: the hazard is -ln(1 - w), and first-year
    // wastage w1 makes the first-year multiplier ln(1 - w1) / ln(1 - w) (the schema requires
    // w > 0 with it).
    const double f = spec.first_year_wastage
                         ? std::log1p(-*spec.first_year_wastage) / std::log1p(-*spec.wastage)
                         : spec.first_year_multiplier;
    r.first_year_multiplier = f;
    r.steady_state_tenure = r.tenure_bands.empty();
    r.leave_age_multipliers = spec.age_multipliers;
    r.moves_within_group = spec.moves_within_group;
    r.quoted_turnover = spec.turnover;

    r.retirement_per_day.clear();
    r.pension_shift_years = Timeline(0.0, Timeline::Combine::Add);
    double retirement = 0.0;  // a year per head at the start
    if (spec.retirement) {
        for (Band b : spec.retirement->hazard_by_age) {
            b.share /= kDaysPerYear;
            r.retirement_per_day.push_back(b);
        }
        for (const PensionChange& c : spec.retirement->pension_changes)
            r.pension_shift_years.set_from(axis.day_of(c.from), c.shift_years);
        r.return_probability = spec.retirement->return_probability;
        r.return_gap_days = spec.retirement->return_gap_days;
        r.return_stay_days = spec.retirement->return_stay_days;
        r.return_wte_factor = spec.retirement->return_wte_factor;
        retirement = kDaysPerYear * mean_multiplier(r.age_bands, r.retirement_per_day,
                                                    r.pension_shift_years.value_at(0.0), 0.0);
    }
    r.expected_retirement_rate = retirement;
    r.age_limit_days = spec.max_working_age * kDaysPerYear;
    r.expected_age_limit_rate = density_below(r.age_bands, spec.max_working_age);
    // Returners' stays end in leaving too, when they run to their end before another way out:
    // the equilibrium at the base of the round before (resolve_scenario repeats until it holds).
    r.returners =
        returner_equilibrium(r, r.leave_base_per_day > 0.0 ? r.leave_base_per_day * kDaysPerYear
                                                           : spec.turnover.value_or(0.0));
    const double stays_ending = r.returners.stays_ending_per_year;
    const double other_ways_out = other_ways_out_per_year(r);
    const double age_factor = mean_multiplier(r.age_bands, r.leave_age_multipliers);
    const bool steady = start_in_tenure_steady_state(r);

    double base = 0.0;  // a year
    const double scale = first_year_scale(axis);
    if (spec.turnover) {
        const double tau = *spec.turnover * scale;
        if (tau < other_ways_out - 1e-12)
            throw CalibrationError(
                path + ".leaving.turnover",
                "turnover of " + percent_text(*spec.turnover) + " is below what retirement (" +
                    percent_text(retirement + r.expected_age_limit_rate) +
                    ") and ill-health leaving (" + percent_text(r.expected_ill_health_rate) +
                    ") and leaving by programmes (" +
                    percent_text(r.programme_leaving_rate + stays_ending) +
                    ": internal training, returners' stays ending, return "
                    "to practice not retained) alone give: lower those, or "
                    "check the turnover figure");
        if (age_factor <= 0.0 && tau > other_ways_out)
            throw CalibrationError(path + ".leaving.age_multipliers",
                                   "the age multipliers are zero for everyone in the age "
                                   "profile, so the turnover cannot be reached");
        base = base_for_turnover(r, tau, age_factor, other_ways_out);
        if (tau > other_ways_out && !(base > 0.0))
            throw CalibrationError(path + ".leaving.turnover",
                                   "turnover of " + percent_text(*spec.turnover) +
                                       " cannot be reached with this first-year multiplier");
    } else if (spec.hazard_per_year) {
        base = *spec.hazard_per_year;
    } else if (spec.wastage) {
        base = -std::log1p(-*spec.wastage);
    }
    const double h1 = base * age_factor * f + other_ways_out;
    const double h2 = base * age_factor + other_ways_out;
    r.service_hazard_first_year = h1;
    r.service_hazard_after = h2;
    if (r.steady_state_tenure) {
        r.first_year_share = steady_state_first_year_share(h1, h2);
    } else {
        r.first_year_share = share_below(r.tenure_bands, 1.0);
    }
    // The share in the first year of service over the run's first year: the steady state's at
    // every moment, or moving from the start's (its cap, a given profile) as staff are replaced.
    double q = r.first_year_share;
    if (!steady) {
        // Joiners replace leavers at the turnover: the quoted one, or (from a hazard) the
        // turnover this share gives, found by a few rounds of substitution.
        double hires = spec.turnover ? *spec.turnover * scale : h2;
        for (int round = 0; round < (spec.turnover ? 1 : 30); ++round) {
            q = mean_first_year_share(r, h1, h2, hires);
            hires = base * age_factor * (f * q + 1.0 - q) + other_ways_out;
        }
    }
    r.first_year_share_mean = q;
    r.destination_leaving_rate = base * age_factor * (f * q + 1.0 - q);
    r.expected_turnover = r.destination_leaving_rate + other_ways_out;
    r.expected_first_year_turnover = r.expected_turnover / scale;
    r.leave_base_per_day = base / kDaysPerYear;
}

void resolve_leaving_destinations(const Scenario& s, ResolvedScenario& out) {
    auto group_index = [&](const std::string& name) {
        for (std::size_t i = 0; i < s.groups.size(); ++i)
            if (s.groups[i].name == name) return static_cast<int>(i);
        return -1;
    };
    for (std::size_t i = 0; i < s.groups.size(); ++i) {
        const LeavingSpec& spec = s.groups[i].leaving;
        GroupRates& r = out.groups[i];
        double moving = 0.0;
        for (const GroupShare& d : spec.to_groups) {
            const int to = group_index(d.group);
            if (to < 0 || to == static_cast<int>(i))
                throw CalibrationError("groups." + r.name + ".leaving.to_groups." + d.group,
                                       "not another group of the scenario");
            r.to_groups.push_back(to);
            r.to_group_shares.push_back(d.share);
            moving += d.share;
        }
        if (moving > 1.0 + 1e-9)
            throw CalibrationError("groups." + r.name + ".leaving.to_groups",
                                   "the shares moving to other groups sum to more than 1");
        for (const LabelShare& reason : spec.reasons) {
            r.reason_metric.push_back(
                reason_label_index(out.reason_labels, reason.label,
                                   "groups." + r.name + ".leaving.reasons." + reason.label));
            r.reason_shares.push_back(reason.share);
        }
    }
}

int reason_label_index(std::vector<std::string>& labels, const std::string& label,
                       const std::string& path) {
    auto it = std::find(labels.begin(), labels.end(), label);
    if (it != labels.end()) return static_cast<int>(it - labels.begin());
    if (labels.size() >= static_cast<std::size_t>(kMaxReasonLabels))
        throw CalibrationError(
            path, "a scenario may have at most " + std::to_string(kMaxReasonLabels) +
                      " leaving reasons (labels over all its groups and variants), and this is "
                      "one more: each is a metric of the result, written for every month and "
                      "unit; group the reasons into fewer labels");
    labels.push_back(label);
    return static_cast<int>(labels.size()) - 1;
}

double base_hazard_for_turnover(const GroupRates& r, double turnover, const sim::TimeAxis& axis,
                                const std::string& path) {
    const double other_ways_out = other_ways_out_per_year(r);
    const double age_factor = mean_multiplier(r.age_bands, r.leave_age_multipliers);
    const double tau = turnover * first_year_scale(axis);
    if (tau < other_ways_out - 1e-12)
        throw CalibrationError(path, "turnover of " + percent_text(turnover) +
                                         " is below what retirement, ill health and programmes "
                                         "alone give in the baseline (" +
                                         percent_text(other_ways_out / first_year_scale(axis)) +
                                         ")");
    if (!(age_factor > 0.0)) return 0.0;
    const double base = base_for_turnover(r, tau, age_factor, other_ways_out);
    if (tau > other_ways_out && !(base > 0.0))
        throw CalibrationError(path, "turnover of " + percent_text(turnover) +
                                         " cannot be reached with the baseline's first-year "
                                         "multiplier");
    return base;
}

}  // namespace wfsim::models
