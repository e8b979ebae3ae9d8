#include "models/calibration/calibration.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "models/scenario/scenario_limits.hpp"

namespace wfsim::models {
namespace {

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
    if (auto problem = group_size_problem(heads, "people")) throw CalibrationError(path, *problem);
    r.headcount = static_cast<int>(std::round(heads));
    if (r.headcount < 1 && !(g.headcount && *g.headcount == 0.0))
        throw CalibrationError(path, "the group has no staff in post");
    r.wte = r.headcount * r.wte_per_head;
    if (r.headcount == 0) r.heads_when_filled = g.establishment_wte.value_or(0.0) / r.wte_per_head;
}

void resolve_recruitment(const GroupSpec& g, const std::string& path, GroupRates& r,
                         std::vector<std::string>& warnings) {
    const RecruitmentSpec& spec = g.recruitment;
    r.time_to_hire = spec.time_to_hire;
    r.quoted_vacancy_rate = g.vacancy_rate;
    r.set_hire_wte(spec.hire_wte.empty() ? r.hire_wte : spec.hire_wte);
    if (spec.labour_pool) {
        r.experienced_per_month =
            spec.labour_pool->experienced_per_year.value_or(sim::kNever) / 12.0;
        r.newly_qualified_per_year = spec.labour_pool->newly_qualified_per_year;
        r.newly_qualified_month = spec.labour_pool->newly_qualified_month;
        r.newly_qualified_age_bands = spec.labour_pool->newly_qualified_age_bands;
        r.pool_limited = true;
    }
    if (r.newly_qualified_age_bands.empty()) r.newly_qualified_age_bands = r.hire_age_bands;
    if (spec.hires_per_year || spec.hires_share_of_headcount || !spec.domestic) {
        r.poisson_inflow = true;
        if (spec.domestic && spec.hires_share_of_headcount) {
            if (r.headcount == 0)
                throw CalibrationError(path + ".recruitment.hires_share_of_headcount",
                                       "the group starts with no staff, so joiners as a share "
                                       "of its headcount would never come: give hires_per_year, "
                                       "or let it refill its vacancies");
            r.inflow_follows_headcount = true;
            r.hires_share_per_year = *spec.hires_share_of_headcount;
            r.hires_per_day = r.hires_share_per_year * r.headcount / kDaysPerYear;
        } else {
            r.hires_per_day = spec.domestic ? *spec.hires_per_year / kDaysPerYear : 0.0;
        }
        return;
    }
    const double hire_days = r.time_to_hire.mean;
    const double hiring = hiring_per_head(r);
    // 0% is a rate like any other: below what the time to hire gives, it is refused.
    if (g.vacancy_rate) {
        if (r.expected_turnover <= 0.0) {
            if (*g.vacancy_rate > 0.0)
                warnings.push_back(path + ": no one leaves, so the vacancy rate of " +
                                   percent_text(*g.vacancy_rate) +
                                   " is only the starting point: vacancies are filled after the "
                                   "time to hire");
        } else {
            // The quoted rate counts trainees' WTE in post (trainee_wte) as filling part of the
            // establishment; the posts the staff hold are vacant at the rate that leaves.
            const double in_post = r.wte + r.trainee_wte;
            const double posts_vacant = r.trainee_wte > 0.0
                                            ? 1.0 - r.wte * (1.0 - *g.vacancy_rate) / in_post
                                            : *g.vacancy_rate;
            r.search_mean_days =
                search_days_for_vacancy_rate(r, posts_vacant, path + ".vacancy_rate");
        }
    }
    const double x = std::max(0.0, hiring) * (r.search_mean_days + hire_days) / kDaysPerYear;
    r.expected_vacancy_rate = x / (1.0 + x);
}

// From a WTE figure, from a quoted vacancy rate, or else the equilibrium: the posts of recent
// leavers are always part-way through recruitment, so a run that starts in equilibrium starts
// with them vacant (a fixed inflow has no such pipeline).
// Trainees' WTE in post (trainee_wte) fills part of it: with a quoted rate, the establishment
// is what makes the rate true of the staff and trainees in post; at the equilibrium, the posts
// are the staff's, and the trainees lower the vacancy rate.
void resolve_establishment(const GroupSpec& g, GroupRates& r) {
    const double in_post = r.wte + r.trainee_wte;
    if (g.establishment_wte) {
        r.establishment_wte = *g.establishment_wte;
    } else if (g.vacancy_rate) {
        r.establishment_wte = in_post / (1.0 - *g.vacancy_rate);
    } else if (r.poisson_inflow) {
        r.establishment_wte = in_post;
    } else {
        r.establishment_wte = r.wte / (1.0 - r.expected_vacancy_rate);
    }
    // The equilibrium of the posts, less the share the trainees fill.
    if (r.establishment_wte > 0.0) r.expected_vacancy_rate -= r.trainee_wte / r.establishment_wte;
}

// Whether anyone can reach their group's maximum working age before the run ends: the oldest age
// of any profile people enter the system with (the start, hires, programmes; movers between
// groups keep their ages), plus the run.
void resolve_age_limit_reach(ResolvedScenario& out) {
    double oldest = 0.0;
    auto see = [&](const std::vector<Band>& bands) {
        for (const Band& b : bands)
            if (b.share > 0.0) oldest = std::max(oldest, b.to);
    };
    for (const GroupRates& r : out.groups) {
        see(r.age_bands);
        see(r.hire_age_bands);
        see(r.newly_qualified_age_bands);
    }
    for (const InternationalRates& p : out.international) see(p.age_bands);
    for (const TrainingRates& t : out.training) see(t.age_bands);
    for (const DomesticCohortRates& c : out.domestic_cohorts) see(c.age_bands);
    const double last_day = oldest * kDaysPerYear + out.axis.horizon_days();
    for (GroupRates& r : out.groups) r.age_limit_within_run = last_day >= r.age_limit_days;
}

}  // namespace

void GroupRates::set_hire_wte(std::vector<WteShare> shares) {
    hire_wte = std::move(shares);
    hire_wte_upto.clear();
    double upto = 0.0;
    for (const WteShare& w : hire_wte) hire_wte_upto.push_back(upto += w.share);
}

BandValue band_value_at(const std::vector<Band>& bands, double years, double outside) {
    for (const Band& b : bands) {
        if (years < b.from) return {outside, b.from};
        if (years < b.to) return {b.share, b.to};
    }
    return {outside, sim::kNever};
}

double mean_multiplier(const std::vector<Band>& age_profile, const std::vector<Band>& multipliers,
                       double shift_years, double outside) {
    if (multipliers.empty()) return outside;
    // Ages are uniform within each band of the profile: integrate piece by piece.
    double total = 0.0;
    for (const Band& a : age_profile) {
        if (a.share <= 0.0 || !(a.to > a.from)) continue;
        double x = a.from, sum = 0.0;
        while (x < a.to) {
            const BandValue v = band_value_at(multipliers, x - shift_years, outside);
            const double end = std::min(a.to, v.until + shift_years);
            sum += v.value * (end - x);
            x = end;
        }
        total += a.share * sum / (a.to - a.from);
    }
    return total;
}

const InternationalRates::Policy& InternationalRates::policy_at(double day) const {
    std::size_t i = 0;
    while (i + 1 < policies.size() && policies[i + 1].from_day <= day) ++i;
    return policies[i];
}

ResolvedScenario resolve_scenario(const Scenario& scenario) {
    ResolvedScenario out{scenario,
                         sim::TimeAxis(scenario.start, scenario.months),
                         build_units(scenario),
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {}};
    if (scenario.staff_records)
        out.staff_records =
            std::make_shared<const std::vector<StaffRecord>>(read_staff_records(scenario));
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
        r.temporary_cover = g.temporary_cover;
        r.has_pay = g.pay_cost_per_wte_year.has_value();
        r.pay_per_wte_day = g.pay_cost_per_wte_year.value_or(0.0) / kDaysPerYear;
        if (out.staff_records)
            resolve_size_from_records(*out.staff_records, static_cast<int>(i), path, r);
        else
            resolve_size(g, path, r);
        out.groups.push_back(std::move(r));
    }
    // Shocks and programmes first: the leaving and absence calibrations read the timelines, and
    // programmes take people out of groups.
    resolve_programmes(scenario, out);
    resolve_programme_leaving(out);
    for (std::size_t i = 0; i < scenario.groups.size(); ++i) {
        const GroupSpec& g = scenario.groups[i];
        const std::string path = "groups." + g.name;
        GroupRates& r = out.groups[i];
        // Leaving and absence depend on each other: spells are cut short by leaving, and
        // long-term spells that end in leaving are part of the turnover. A few rounds settle it.
        // So do leaving and retire-and-return: returners' stays are cut short by leaving.
        r.expected_ill_health_rate = 0.0;
        for (int round = 0; round < 8; ++round) {
            const double ill_health = r.expected_ill_health_rate;
            const double stays_ending = r.returners.stays_ending_per_year;
            resolve_leaving(g, path, r, out.axis);
            resolve_absence(g, path, r, out.axis);
            if (std::fabs(r.expected_ill_health_rate - ill_health) <= 1e-12 &&
                std::fabs(r.returners.stays_ending_per_year - stays_ending) <= 1e-9)
                break;
        }
        // Returners in post among the starting staff: a whole number, at their reduced WTE, so
        // that the others' WTE makes the group's WTE in post exactly as given.
        if (!r.from_records && r.returners.in_post_share > 0.0) {
            r.returners_at_start =
                static_cast<int>(std::lround(r.headcount * r.returners.in_post_share));
            const double heads = r.headcount - r.returners_at_start * (1.0 - r.return_wte_factor);
            r.start_wte_per_head = r.wte / heads;
        }
    }
    for (std::size_t i = 0; i < scenario.groups.size(); ++i) {
        const GroupRates& r = out.groups[i];
        // Staff records may hold people at or past the age (synthetic profiles end below it).
        const double limit = r.age_limit_days / kDaysPerYear;
        double over = 0.0;
        for (const Band& b : r.age_bands)
            if (b.to > limit && b.to > b.from)
                over += b.share * (b.to - std::max(b.from, limit)) / (b.to - b.from);
        if (over > 0.0)
            out.warnings.push_back("groups." + r.name + ": " + percent_text(over) +
                                   " of the starting staff are at or past "
                                   "leaving.max_working_age, and leave on the first day");
    }
    resolve_leaving_destinations(scenario, out);
    // Hiring fills what the other routes in do not: they need every group's leaving.
    resolve_route_arrivals(out);
    resolve_trainee_wte(out);
    for (std::size_t i = 0; i < scenario.groups.size(); ++i) {
        const GroupSpec& g = scenario.groups[i];
        const std::string path = "groups." + g.name;
        GroupRates& r = out.groups[i];
        resolve_recruitment(g, path, r, out.warnings);
        resolve_establishment(g, r);
        if (r.establishment_wte < r.wte - 1e-9)
            out.warnings.push_back(path +
                                   ": establishment is below the WTE in post; there are "
                                   "no vacancies at the start, and leavers are not replaced "
                                   "until the WTE in post is down to it");
    }
    resolve_cohort_cycle(scenario, out);
    resolve_establishment_changes(scenario, out);
    resolve_age_limit_reach(out);
    add_plausibility_warnings(out);
    return out;
}

double hiring_per_head(const GroupRates& r) {
    // The posts that fall vacant (every leaver but those moving within the group, who keep their
    // post; a returner leaves the share of a post they work), less those that arrivals by other
    // routes take.
    const double openings = r.expected_turnover -
                            r.moves_within_group * r.destination_leaving_rate -
                            r.returners.returns_per_year * (1.0 - r.return_wte_factor);
    // In WTE, per WTE in post: posts are of post_wte (returners work less than a post).
    const double heads = r.heads_for_rates();
    const double others = heads > 0.0 ? r.other_arrivals_per_year / heads : 0.0;
    return (openings - others) * (r.post_wte() / r.wte_per_head);
}

double search_days_for_vacancy_rate(const GroupRates& r, double v, const std::string& path) {
    const double hiring = hiring_per_head(r);
    // Other routes filling every post that falls vacant do give 0%.
    if (hiring <= 0.0 && v == 0.0) return 0.0;
    if (hiring <= 0.0)
        throw CalibrationError(
            path, "arrivals by other routes (" +
                      std::to_string(static_cast<long>(r.other_arrivals_per_year + 0.5)) +
                      " a year) fill every post that falls vacant, so a vacancy rate of " +
                      percent_text(v) +
                      " cannot be the equilibrium; lower them or drop vacancy_rate");
    // Little's law: vacancies / staff = hires a year per head * (search + time to hire) in
    // years. A vacancy waits for a candidate (exponential: arrivals by other routes taking some
    // waiting vacancies leave the rest waiting as long), then the time to hire: waiting = search
    // x (openings - other arrivals), in the pipeline = time to hire x hires.
    const double hire_days = r.time_to_hire.mean;
    const double search = kDaysPerYear * v / ((1.0 - v) * hiring) - hire_days;
    if (search < 0.0) {
        const double x = hiring * hire_days / kDaysPerYear;
        throw CalibrationError(path, "a vacancy rate of " + percent_text(v) + " is below the " +
                                         percent_text(x / (1.0 + x)) +
                                         " that the time to hire alone gives when " +
                                         percent_text(hiring) +
                                         " of staff are hired a year; shorten "
                                         "recruitment.time_to_hire_days or raise vacancy_rate");
    }
    return search;
}

}  // namespace wfsim::models
