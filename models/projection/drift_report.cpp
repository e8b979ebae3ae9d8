#include "models/projection/drift_report.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "models/projection/age_drift.hpp"

namespace wfsim::models {
namespace {

void row(std::ostream& out, const std::string& what, const std::string& now, const std::string& mid,
         const std::string& end) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "    %-30s %12s %14s %14s\n", what.c_str(), now.c_str(),
                  mid.c_str(), end.c_str());
    out << buf;
}

std::string years_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

}  // namespace

void print_age_drift(std::ostream& out, const ResolvedScenario& resolved) {
    out << "\nwhere each group heads at its own hire ages and retirement (a projection of the "
           "expected\nnumbers, the establishment and the other routes held at the start; see "
           "docs/model.md)\n";
    constexpr int kMid = kDriftYears / 2;
    for (int g = 0; g < static_cast<int>(resolved.groups.size()); ++g) {
        const GroupRates& r = resolved.groups[g];
        const auto p = project_age_drift(resolved, g, kDriftYears);
        const DriftPoint &now = p[0], &first = p[1], &mid = p[kMid], &end = p[kDriftYears];
        out << "\ngroup " << r.name << "\n";
        row(out, "", "now", "in " + std::to_string(kMid) + " years",
            "in " + std::to_string(kDriftYears) + " years");
        row(out, "share aged 55+", percent_text(now.share_55_plus), percent_text(mid.share_55_plus),
            percent_text(end.share_55_plus));
        row(out, "mean age", years_text(now.mean_age), years_text(mid.mean_age),
            years_text(end.mean_age));
        // Rates anchored on the calibrated first year, moved by the projected change.
        const double turnover = r.expected_first_year_turnover;
        row(out, "turnover (years 1, 5, 10)", percent_text(turnover),
            percent_text(turnover + mid.turnover - first.turnover),
            percent_text(turnover + end.turnover - first.turnover));
        const double retiring = r.expected_retirement_rate + r.expected_age_limit_rate;
        if (retiring > 0.0 || end.retirement > 0.0)
            row(out, "  of which retirement", percent_text(retiring),
                percent_text(std::max(0.0, retiring + mid.retirement - first.retirement)),
                percent_text(std::max(0.0, retiring + end.retirement - first.retirement)));
        if (!r.absence_age_multipliers.empty())
            row(out, "absence rate", percent_text(r.expected_absence_share),
                percent_text(r.expected_absence_share + mid.absence_rate - now.absence_rate),
                percent_text(r.expected_absence_share + end.absence_rate - now.absence_rate));
        if (std::fabs(end.turnover - first.turnover) >= kNotableTurnoverDrift ||
            std::fabs(end.share_55_plus - now.share_55_plus) >= kNotableOldShareDrift)
            out << "    note: not stationary at these hire ages and retirement: part of any "
                   "drift in a run\n    of this baseline is this, not the scenario's changes\n";
    }
}

}  // namespace wfsim::models
