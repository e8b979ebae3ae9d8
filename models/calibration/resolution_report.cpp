#include "models/calibration/resolution_report.hpp"

#include <cstdio>
#include <string>

namespace wfsim::models {
namespace {

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}
const char* month_name(int month) {
    static const char* names[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};
    return month >= 1 && month <= 12 ? names[month - 1] : "?";
}
std::string quoted(const std::optional<double>& v) {
    return v ? percent_text(*v) : "-";
}

void row(std::ostream& out, const std::string& what, const std::string& quoted_value,
         const std::string& resolved_value, const std::string& note = "") {
    char buf[256];
    std::snprintf(buf, sizeof buf, "    %-30s %12s %14s  %s\n", what.c_str(), quoted_value.c_str(),
                  resolved_value.c_str(), note.c_str());
    out << buf;
}

}  // namespace

void print_resolution(std::ostream& out, const ResolvedScenario& resolved) {
    const Scenario& s = resolved.scenario;
    out << "scenario: " << s.name << "\n";
    out << "period:   " << resolved.axis.start().iso() << " to " << resolved.axis.end().iso()
        << " (" << resolved.axis.months() << " months, " << resolved.axis.financial_years().size()
        << " whole financial years)\n";
    out << "units:    ";
    for (int u = 0; u < resolved.units.size(); ++u)
        out << (u ? ", " : "") << resolved.units.names[u] << " (" << resolved.units.kinds[u] << ")";
    out << "\n";
    for (std::size_t gi = 0; gi < resolved.groups.size(); ++gi) {
        const GroupRates& g = resolved.groups[gi];
        out << "\ngroup " << g.name << " (sector " << resolved.units.names[g.sector_unit] << ")\n";
        row(out, "", "quoted", "resolved");
        row(out, "headcount", "", std::to_string(g.headcount),
            g.from_records ? "from the staff records" : "");
        row(out, "WTE in post", "", fmt("%.2f", g.wte), fmt("%.3f WTE per head", g.wte_per_head));
        const bool cycle = g.start_extra_vacant_wte != 0.0;
        row(out, "establishment WTE", "", fmt("%.2f", g.establishment_wte),
            fmt(cycle ? "%.2f WTE vacant on average over the year" : "%.2f WTE vacant at the start",
                g.establishment_wte - g.wte));
        if (cycle)
            row(out, "  the cohorts' cycle", "", fmt("%+.2f", g.start_extra_vacant_wte),
                "WTE more vacant at the start (its date in the cycle), as many fewer in post");
        row(out, "turnover (a year)", quoted(g.quoted_turnover),
            percent_text(g.expected_first_year_turnover), "expected in the first 12 months");
        if (g.expected_retirement_rate > 0.0)
            row(out, "  of which retirement", "", percent_text(g.expected_retirement_rate),
                "by age, over the starting age profile");
        if (g.expected_age_limit_rate > 0.0)
            row(out, "  of which at the age limit", "", percent_text(g.expected_age_limit_rate),
                "reaching leaving.max_working_age");
        if (g.returners.returns_per_year > 0.0) {
            row(out, "  of which stays ending", "", percent_text(g.returners.stays_ending_per_year),
                "retire-and-return stays run to their end");
            row(out, "  returners in post", "", std::to_string(g.returners_at_start),
                "at the start, in equilibrium (" + percent_text(g.returners.returns_per_year) +
                    " of staff return a year)");
        }
        if (g.expected_ill_health_rate > 0.0)
            row(out, "  of which ill health", "", percent_text(g.expected_ill_health_rate),
                "long-term spells ending in leaving");
        row(out, "  base leaving hazard", "", fmt("%.5f", g.leave_base_per_day * kDaysPerYear),
            "a year");
        row(out, "  first-year multiplier", "", fmt("%.3g", g.first_year_multiplier),
            percent_text(g.first_year_share) + " of staff in their first year" +
                (g.steady_state_tenure ? " (steady state)" : " (given profile)"));
        if (g.inflow_follows_headcount) {
            row(out, "hires (Poisson)", percent_text(g.hires_share_per_year),
                fmt("%.2f", g.hires_per_day * kDaysPerYear),
                "a year at the start: the share of the headcount in post, month by month");
        } else if (g.poisson_inflow) {
            row(out, "hires (Poisson)", "", fmt("%.2f", g.hires_per_day * kDaysPerYear), "a year");
        } else {
            row(out, "vacancy rate", quoted(g.quoted_vacancy_rate),
                percent_text(g.expected_vacancy_rate), "equilibrium");
            row(out, "  wait for a candidate", "", fmt("%.1f", g.search_mean_days),
                "days, mean (exponential)");
            row(out, "  time to hire", "", fmt("%.1f", g.time_to_hire.mean),
                "days, " + g.time_to_hire.describe());
            if (g.other_arrivals_per_year > 0.0)
                row(out, "  other routes' arrivals", "", fmt("%.1f", g.other_arrivals_per_year),
                    "posts a year they take, which hiring need not fill");
        }
        for (const DomesticCohortRates& c : resolved.domestic_cohorts) {
            if (c.group != static_cast<int>(gi)) continue;
            std::string note = "hires a year, starting together on 1 " +
                               std::string(month_name(c.month)) + fmt(" at %.2f WTE", c.wte);
            if (cohort_hires_in_first_year(c, resolved.axis) == 0.0)
                note += " (none in the first twelve months: not counted above)";
            row(out, "domestic cohort " + c.name, "", fmt("%.2f", c.per_year), note);
        }
        row(out, "absence rate", quoted(g.quoted_absence_rate),
            percent_text(g.expected_absence_share), "of WTE-days available");
        row(out, "  spell onsets at work", "", fmt("%.4f", g.absence_onset_per_day * kDaysPerYear),
            "a year");
        row(out, "  spell length", "", fmt("%.1f", g.spell_days.mean),
            "days, " + g.spell_days.describe());
    }
    for (const std::string& w : resolved.warnings) out << "\nwarning: " << w << "\n";
}

}  // namespace wfsim::models
