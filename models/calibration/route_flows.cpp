// The flows of people a year that the hazards do not make, which the calibration must count so
// that the quoted turnover stays the total and the quoted vacancy rate stays the equilibrium:
// staff leaving for internal training, return-to-practice completers not retained and the end of
// returners' stays (all part of the turnover); and arrivals by routes other than hiring
// (international recruits, trainees completing, domestic cohorts, returners, moves from other
// groups), each of
// which closes a vacant post that hiring would otherwise have had to fill. Graduates are not
// among them: they join the labour pool, and hiring takes them.
#include <algorithm>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {
namespace {

// People a year per head of the group (of its establishment filled, if it starts empty).
double per_head(const GroupRates& g, double people, const std::string& programme) {
    if (people <= 0.0) return 0.0;
    if (g.heads_for_rates() <= 0.0)
        throw CalibrationError("training." + programme,
                               "groups." + g.name +
                                   " starts with no staff and no establishment, so the " +
                                   "programme's flows have no group to be a share of: give it "
                                   "an establishment_wte or start the programme later");
    return people / g.heads_for_rates();
}

}  // namespace

double intake_at_start(const TrainingRates& t) {
    return std::min({t.intake_per_year, t.places, t.source_pool});
}

double international_arrivals_at_start(const InternationalRates& p) {
    if (p.policies.empty() || p.from_day > 0.0 || p.to_day <= 0.0) return 0.0;
    const InternationalRates::Policy& policy = p.policy_at(0.0);
    return std::min(policy.per_year, policy.cap_per_year) * (1.0 - policy.dropout);
}

double cohort_hires_in_first_year(const DomesticCohortRates& c, const sim::TimeAxis& axis) {
    // The cohorts the run starts in its first twelve months: a start of the cohort's month
    // inside its window, as the model starts them (a window of days, not of whole months).
    const int months = std::min(12, axis.months());
    double hires = 0.0;
    for (int m = 0; m < months; ++m) {
        const double day = axis.month_start_day(m);
        if (axis.month_date(m).ymd().month == c.month && c.from_day <= day && day < c.to_day)
            hires += c.per_year;
    }
    return hires;
}

void resolve_programme_leaving(ResolvedScenario& out) {
    // Intakes are counted a year as turnover is: per the first twelve months.
    const double scale = first_year_scale(out.axis);
    for (GroupRates& g : out.groups) g.programme_leaving_rate = 0.0;
    for (const TrainingRates& t : out.training) {
        if (t.from_day > 0.0 || t.to_day <= 0.0) continue;
        const double intake = intake_at_start(t) * scale;
        if (t.from_group >= 0)
            out.groups[t.from_group].programme_leaving_rate +=
                per_head(out.groups[t.from_group], intake, t.name);
        out.groups[t.to_group].programme_leaving_rate += per_head(
            out.groups[t.to_group], intake * (1.0 - t.attrition) * (1.0 - t.retention), t.name);
    }
}

void resolve_route_arrivals(ResolvedScenario& out) {
    // Cohorts and intakes a year, per the first twelve months as the turnover (hazards are per
    // kDaysPerYear days already). Posts are WTE: an arrival fills its own WTE of them, so it
    // counts as its WTE over a post's (the group's WTE per head).
    const double scale = first_year_scale(out.axis);
    auto posts = [&](int g, double wte) { return wte / out.groups[g].post_wte(); };
    for (GroupRates& g : out.groups) {
        g.other_arrivals_per_year = 0.0;
        // Returners come back to their group at a share of their WTE, and their stays end
        // (counted in the turnover).
        g.other_arrivals_per_year +=
            g.headcount * g.returners.returns_per_year * g.return_wte_factor;
    }
    for (const InternationalRates& p : out.international)
        out.groups[p.group].other_arrivals_per_year +=
            international_arrivals_at_start(p) * scale * posts(p.group, p.wte);
    for (const DomesticCohortRates& c : out.domestic_cohorts)
        out.groups[c.group].other_arrivals_per_year +=
            cohort_hires_in_first_year(c, out.axis) * scale * posts(c.group, c.wte);
    for (const TrainingRates& t : out.training) {
        if (t.from_day > 0.0 || t.to_day <= 0.0) continue;
        // Internal trainees keep their WTE; external ones take a post of the target's.
        const double wte = out.groups[t.from_group >= 0 ? t.from_group : t.to_group].post_wte();
        out.groups[t.to_group].other_arrivals_per_year +=
            intake_at_start(t) * (1.0 - t.attrition) * scale * posts(t.to_group, wte);
    }
    for (const GroupRates& from : out.groups)
        for (std::size_t i = 0; i < from.to_groups.size(); ++i)
            out.groups[from.to_groups[i]].other_arrivals_per_year +=
                from.headcount * from.destination_leaving_rate * from.to_group_shares[i];
}

}  // namespace wfsim::models

namespace wfsim::models {

void resolve_trainee_wte(ResolvedScenario& out) {
    for (GroupRates& g : out.groups) g.trainee_wte = 0.0;
    for (const TrainingRates& t : out.training) {
        if (t.wte_while_training <= 0.0 || t.from_day > 0.0 || t.to_day <= 0.0) continue;
        // Little's law: trainees in training = intake a year x years in training, those who drop
        // out leaving at a uniform point of theirs. Internal trainees keep their WTE; external
        // ones have the target's post WTE.
        const double years = t.duration_days.mean * (1.0 - 0.5 * t.attrition) / kDaysPerYear;
        const double wte = out.groups[t.from_group >= 0 ? t.from_group : t.to_group].post_wte();
        out.groups[t.to_group].trainee_wte +=
            intake_at_start(t) * years * t.wte_while_training * wte;
    }
}

}  // namespace wfsim::models
