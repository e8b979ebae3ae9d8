// With other routes in and out, the quoted turnover stays the total and the quoted vacancy rate
// the equilibrium: staff leaving for internal training are part of the turnover, and arrivals by
// other routes take vacant posts, so hiring is solved for the rest (Little's law on the posts
// hiring fills). Checked on the rates of years 2 to 4 across replications, within 4 SE: an
// annual intake leaves its posts vacant all at once, and the run starts from the steady state of
// an even flow, so year 1 carries a transient (about 0.4 points of vacancy in the group the
// trainees leave, here) before the periodic equilibrium holds.
#include <catch2/catch.hpp>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

TEST_CASE("quoted turnover and vacancy hold with international arrivals and trainees leaving",
          "[model][calibration]") {
    models::Scenario s;
    s.name = "routes";
    s.start = sim::Date::from_ymd(2022, 4, 1);
    s.months = 48;
    auto nurses = plain_group("nurses", 4000);
    nurses.leaving.hazard_per_year.reset();
    nurses.leaving.turnover = 0.12;
    nurses.vacancy_rate = 0.10;
    auto support = plain_group("support", 3000);
    support.leaving.hazard_per_year.reset();
    support.leaving.turnover = 0.15;
    support.vacancy_rate = 0.08;
    s.groups = {nurses, support};
    // 250 offers a year, 20% drop out: 200 arrive, against about 480 nurses leaving.
    models::InternationalProgramme abroad;
    abroad.name = "abroad";
    abroad.group = "nurses";
    abroad.per_year = 250;
    abroad.dropout = 0.2;
    abroad.pipeline_days = models::DurationDistribution::fixed(90);
    s.international.push_back(abroad);
    // 90 support workers a year leave for a nursing apprenticeship: 3% of the 15% turnover.
    models::TrainingProgramme course;
    course.name = "nursing_associate";
    course.route = "apprenticeship";
    course.to_group = "nurses";
    course.from_group = "support";
    course.intake_per_year = 90;
    course.duration_days = models::DurationDistribution::fixed(730);
    s.training.push_back(course);
    const auto resolved = models::resolve_scenario(s);
    // Per kDaysPerYear days: counted a year in the first twelve months (365 days here).
    const double scale = models::first_year_scale(resolved.axis);
    CHECK(resolved.groups[0].other_arrivals_per_year == Approx((200.0 + 90.0) * scale));
    CHECK(resolved.groups[1].programme_leaving_rate == Approx(90.0 / 3000.0 * scale));

    models::WorkforceModel model(resolved);
    std::vector<double> turnover[2], vacancy[2];
    for (int rep = 0; rep < 16; ++rep) {
        const auto r = model.run(77, rep);
        const auto& layout = model.layout();
        for (int u = 0; u < 2; ++u) {
            const double days =
                resolved.axis.month_start_day(48) - resolved.axis.month_start_day(12);
            const double heads = sum_of(*r, layout, "headcount_days", u, 12, 48) / days;
            turnover[u].push_back(sum_of(*r, layout, "leavers", u, 12, 48) / 3.0 / heads);
            const double e = sum_of(*r, layout, "establishment_wte_days", u, 12, 48);
            vacancy[u].push_back((e - sum_of(*r, layout, "wte_days", u, 12, 48)) / e);
        }
    }
    const double quoted_turnover[2] = {0.12, 0.15}, quoted_vacancy[2] = {0.10, 0.08};
    for (int u = 0; u < 2; ++u) {
        const auto t = estimate(turnover[u]), v = estimate(vacancy[u]);
        INFO("group " << u << ": turnover " << t.mean << " +- " << t.se << ", vacancy " << v.mean
                      << " +- " << v.se);
        CHECK(std::abs(t.mean - quoted_turnover[u]) < 4 * t.se);
        CHECK(std::abs(v.mean - quoted_vacancy[u]) < 4 * v.se);
    }
}
