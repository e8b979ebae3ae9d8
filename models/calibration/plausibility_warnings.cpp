// Warnings where a calibration reproduces the quoted figures but lands somewhere a planner would
// not believe: hiring that barely happens because other routes already fill the posts, a wait
// for a candidate of more than a year, a labour pool too small for the hires the quoted vacancy
// rate needs. Each names the group and the figure, and says what to change. They are warnings,
// not errors: the baseline is still what was quoted, but an intervention on hiring will find
// little to act on.
#include <cmath>
#include <string>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {
namespace {

constexpr double kLongWaitDays = 365.0;
constexpr double kHiringShareFloor = 0.10;  // hiring fills under 10% of the posts falling vacant

std::string whole(double v) {
    return std::to_string(static_cast<long long>(std::llround(v)));
}

}  // namespace

void add_plausibility_warnings(ResolvedScenario& out) {
    std::vector<double> graduates(out.groups.size(), 0.0);
    for (const GraduateRates& c : out.graduates)
        graduates[c.group] += c.per_year * c.local_retention;
    for (std::size_t gi = 0; gi < out.groups.size(); ++gi) {
        const GroupRates& g = out.groups[gi];
        if (g.poisson_inflow || !g.quoted_vacancy_rate || g.expected_turnover <= 0.0) continue;
        const std::string path = "groups." + g.name;
        // A year, in posts: posts falling vacant (moves within the group keep theirs; a
        // returner leaves the share of a post they work), those other routes take, and what is
        // left for hiring (as the calibration counts them, hiring_per_head).
        const double openings =
            g.headcount * (g.expected_turnover - g.moves_within_group * g.destination_leaving_rate -
                           g.returners.returns_per_year * (1.0 - g.return_wte_factor));
        const double hires = openings - g.other_arrivals_per_year;
        if (openings > 0.0 && hires < kHiringShareFloor * openings)
            out.warnings.push_back(
                path +
                ": other routes (international, training, domestic cohorts, returners, moves; " +
                whole(g.other_arrivals_per_year) + " a year) fill " +
                percent_text(1.0 - hires / openings) + " of the " + whole(openings) +
                " posts that fall vacant a year, so domestic hiring makes only " + whole(hires) +
                " hires a year and an intervention on hiring has little to act on: check those "
                "routes' volumes against the quoted turnover, or give recruitment.hires_per_year");
        if (g.search_mean_days > kLongWaitDays)
            out.warnings.push_back(
                path + ".vacancy_rate: holding the quoted vacancy rate of " +
                percent_text(*g.quoted_vacancy_rate) + " with " + whole(hires) +
                " hires a year needs a vacancy to wait " + whole(g.search_mean_days) +
                " days (more than a year) for a candidate: the quoted vacancy rate is high for "
                "how few posts hiring fills; check vacancy_rate and the other routes' volumes");
        if (g.pool_limited && std::isfinite(g.experienced_per_month)) {
            const double supply =
                12.0 * g.experienced_per_month + g.newly_qualified_per_year + graduates[gi];
            if (supply < hires)
                out.warnings.push_back(
                    path + ".recruitment.labour_pool: the pool supplies " + whole(supply) +
                    " candidates a year, but holding the quoted vacancy rate needs " +
                    whole(hires) +
                    " hires a year, so vacancies rise from the start: raise "
                    "experienced_per_year or newly_qualified_per_year to at least the hires "
                    "needed, or check vacancy_rate");
        }
    }
}

}  // namespace wfsim::models
