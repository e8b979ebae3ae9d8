#include "models/calibration.hpp"

#include <cmath>
#include <cstdio>

namespace wfsim::models {
namespace {

std::string percent(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * x);
    return buf;
}

// (1 - e^-x) / x, stable near zero.
double one_minus_exp_over(double x) {
    return x > 1e-12 ? -std::expm1(-x) / x : 1.0 - 0.5 * x;
}

// Mean length of a spell found under the absence process: E[min(D, T)] / P-weighting, written
// so that it tends to the mean spell as the leaving hazard tends to zero.
double effective_spell_days(const DurationDistribution& spell, double leave_per_day) {
    if (leave_per_day <= 0.0) return spell.mean;
    const double one_minus_l = 1.0 - spell.laplace(leave_per_day);
    return one_minus_l > 1e-12 ? one_minus_l / leave_per_day : spell.mean;
}

// Share of the band profile below `years` (uniform within each band).
double share_below(const std::vector<Band>& bands, double years) {
    double share = 0.0;
    for (const Band& b : bands) {
        if (years >= b.to)
            share += b.share;
        else if (years > b.from)
            share += b.share * (years - b.from) / (b.to - b.from);
    }
    return share;
}

UnitAxis build_units(const Scenario& s) {
    UnitAxis units;
    std::vector<std::string> sectors;
    for (const GroupSpec& g : s.groups) {
        units.names.push_back(g.name);
        units.kinds.push_back("group");
        int index = -1;
        for (std::size_t i = 0; i < sectors.size(); ++i)
            if (sectors[i] == g.sector) index = static_cast<int>(i);
        if (index < 0) {
            index = static_cast<int>(sectors.size());
            sectors.push_back(g.sector);
        }
        units.sector_of_group.push_back(static_cast<int>(s.groups.size()) + index);
    }
    for (const std::string& sector : sectors) {
        units.names.push_back(sector);
        units.kinds.push_back("sector");
    }
    units.names.push_back("total");
    units.kinds.push_back("total");
    units.groups = static_cast<int>(s.groups.size());
    units.sectors = static_cast<int>(sectors.size());
    return units;
}

void resolve_size(const GroupSpec& g, const std::string& path, GroupRates& r) {
    double heads = 0.0;
    if (g.headcount && g.wte) {
        heads = *g.headcount;
        r.wte_per_head = *g.wte / std::round(heads);
    } else if (g.wte && g.wte_per_head) {
        heads = *g.wte / *g.wte_per_head;
        r.wte_per_head = *g.wte / std::max(1.0, std::round(heads));
    } else if (g.headcount) {
        heads = *g.headcount;
        r.wte_per_head = g.wte_per_head.value_or(1.0);
    } else {
        throw CalibrationError(path, "give two of headcount, wte and wte_per_head, or headcount");
    }
    r.headcount = static_cast<int>(std::round(heads));
    if (r.headcount < 1) throw CalibrationError(path, "the group has no staff in post");
    r.wte = r.headcount * r.wte_per_head;
}

// From a WTE figure, from a quoted vacancy rate, or else the equilibrium: the posts of recent
// leavers are always part-way through recruitment, so a run that starts in equilibrium starts
// with them vacant (a fixed inflow has no such pipeline).
void resolve_establishment(const GroupSpec& g, GroupRates& r) {
    if (g.establishment_wte)
        r.establishment_wte = *g.establishment_wte;
    else if (g.vacancy_rate)
        r.establishment_wte = r.wte / (1.0 - *g.vacancy_rate);
    else if (r.poisson_inflow)
        r.establishment_wte = r.wte;
    else
        r.establishment_wte = r.wte / (1.0 - r.expected_vacancy_rate);
}

void resolve_leaving(const GroupSpec& g, const std::string& path, GroupRates& r) {
    const double f = g.leaving.first_year_multiplier;
    r.first_year_multiplier = f;
    r.steady_state_tenure = g.tenure_bands.empty();
    double base_per_year = 0.0;
    if (g.leaving.turnover) {
        const double tau = *g.leaving.turnover;
        if (r.steady_state_tenure) {
            base_per_year = solve_base_hazard(tau, f);
            if (tau > 0.0 && !(base_per_year > 0.0))
                throw CalibrationError(path + ".leaving.turnover",
                                       "turnover of " + percent(tau) +
                                           " cannot be reached with this first-year multiplier");
        } else {
            const double q = share_below(g.tenure_bands, 1.0);
            base_per_year = tau / (f * q + 1.0 - q);
        }
    } else if (g.leaving.hazard_per_year) {
        base_per_year = *g.leaving.hazard_per_year;
    }
    r.first_year_share = r.steady_state_tenure ? steady_state_first_year_share(base_per_year, f)
                                               : share_below(g.tenure_bands, 1.0);
    r.expected_turnover = base_per_year * (f * r.first_year_share + 1.0 - r.first_year_share);
    r.leave_base_per_day = base_per_year / kDaysPerYear;
    r.quoted_turnover = g.leaving.turnover;
}

void resolve_recruitment(const GroupSpec& g, const std::string& path, GroupRates& r,
                         std::vector<std::string>& warnings) {
    r.time_to_hire = g.recruitment.time_to_hire;
    r.quoted_vacancy_rate = g.vacancy_rate;
    if (g.recruitment.hires_per_year) {
        r.poisson_inflow = true;
        r.hires_per_day = *g.recruitment.hires_per_year / kDaysPerYear;
        return;
    }
    const double hire_days = r.time_to_hire.mean;
    if (g.vacancy_rate && *g.vacancy_rate > 0.0) {
        const double v = *g.vacancy_rate;
        if (r.expected_turnover <= 0.0) {
            warnings.push_back(path + ": no one leaves, so the vacancy rate of " + percent(v) +
                               " is only the starting point: vacancies are filled after the "
                               "time to hire");
        } else {
            // Little's law: vacancies / staff = turnover * (search + time to hire) in years.
            const double total_days = kDaysPerYear * v / ((1.0 - v) * r.expected_turnover);
            r.search_mean_days = total_days - hire_days;
            if (r.search_mean_days < 0.0) {
                const double x = r.expected_turnover * hire_days / kDaysPerYear;
                throw CalibrationError(
                    path + ".vacancy_rate",
                    "a vacancy rate of " + percent(v) + " is below the " + percent(x / (1.0 + x)) +
                        " that the time to hire alone gives at " + percent(r.expected_turnover) +
                        " turnover; shorten recruitment.time_to_hire_days or raise vacancy_rate");
            }
        }
    }
    const double x = r.expected_turnover * (r.search_mean_days + hire_days) / kDaysPerYear;
    r.expected_vacancy_rate = x / (1.0 + x);
}

void resolve_absence(const GroupSpec& g, GroupRates& r) {
    r.spell_days = g.absence.spell_days;
    r.quoted_absence_rate = g.absence.rate;
    const double leave_per_day = r.expected_turnover / kDaysPerYear;
    if (g.absence.rate)
        r.absence_onset_per_day =
            onset_rate_for_share(*g.absence.rate, r.spell_days, leave_per_day);
    else if (g.absence.onsets_per_year)
        r.absence_onset_per_day = *g.absence.onsets_per_year / kDaysPerYear;
    r.expected_absence_share = absence_share(r.absence_onset_per_day, r.spell_days, leave_per_day);
}

}  // namespace

double expected_service_years(double b, double f) {
    if (b <= 0.0) return INFINITY;
    const double x = f * b;
    return one_minus_exp_over(x) + std::exp(-x) / b;
}

double solve_base_hazard(double turnover, double f) {
    if (turnover <= 0.0) return 0.0;
    const double target = 1.0 / turnover;
    double lo = 1e-9, hi = 1e4;
    if (expected_service_years(hi, f) > target) return 0.0;  // unreachable
    for (int i = 0; i < 200; ++i) {
        const double mid = std::sqrt(lo * hi);
        (expected_service_years(mid, f) > target ? lo : hi) = mid;
        if (hi / lo - 1.0 < 1e-15) break;
    }
    return 0.5 * (lo + hi);
}

double steady_state_first_year_share(double b, double f) {
    if (b <= 0.0) return 0.0;
    return one_minus_exp_over(f * b) / expected_service_years(b, f);
}

double absence_share(double onset_per_day, const DurationDistribution& spell,
                     double leave_per_day) {
    const double ad = onset_per_day * effective_spell_days(spell, leave_per_day);
    return ad / (1.0 + ad);
}

double onset_rate_for_share(double share, const DurationDistribution& spell, double leave_per_day) {
    if (share <= 0.0) return 0.0;
    return share / ((1.0 - share) * effective_spell_days(spell, leave_per_day));
}

ResolvedScenario resolve_scenario(const Scenario& scenario) {
    ResolvedScenario out{
        scenario, sim::TimeAxis(scenario.start, scenario.months), build_units(scenario), {}, {}};
    for (std::size_t i = 0; i < scenario.groups.size(); ++i) {
        const GroupSpec& g = scenario.groups[i];
        const std::string path = "groups." + g.name;
        GroupRates r;
        r.name = g.name;
        r.sector_unit = out.units.sector_of_group[i];
        r.age_min = g.age_min;
        r.age_max = g.age_max;
        r.age_bands = g.age_bands;
        if (r.age_bands.empty()) r.age_bands.push_back({"all", g.age_min, g.age_max, 1.0});
        r.hire_age_bands =
            g.recruitment.hire_age_bands.empty() ? r.age_bands : g.recruitment.hire_age_bands;
        r.tenure_bands = g.tenure_bands;
        resolve_size(g, path, r);
        resolve_leaving(g, path, r);
        resolve_recruitment(g, path, r, out.warnings);
        resolve_establishment(g, r);
        resolve_absence(g, r);
        if (r.establishment_wte < r.wte - 1e-9)
            out.warnings.push_back(path +
                                   ": establishment is below the WTE in post; there are no "
                                   "vacancies at the start");
        out.groups.push_back(std::move(r));
    }
    return out;
}

}  // namespace wfsim::models
