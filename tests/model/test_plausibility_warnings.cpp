// Calibrations that reproduce the quoted figures but land somewhere implausible are warned about,
// naming the group, the figure and what to change; plausible ones are not.
#include <catch2/catch.hpp>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using Catch::Matchers::Contains;

namespace {

// 1,000 nurses, 20% turnover (200 posts falling vacant a year), a 10% vacancy rate, and
// `arriving` international recruits a year.
models::Scenario nurses_with_international(double arriving) {
    auto nurses = plain_group("nurses", 1000);
    nurses.leaving.hazard_per_year.reset();
    nurses.leaving.turnover = 0.20;
    nurses.vacancy_rate = 0.10;
    models::Scenario s = one_group_scenario(nurses, 24);
    models::InternationalProgramme abroad;
    abroad.name = "abroad";
    abroad.group = "nurses";
    abroad.per_year = arriving;
    abroad.pipeline_days = models::DurationDistribution::fixed(90);
    s.international.push_back(abroad);
    return s;
}

std::vector<std::string> warnings_about(const models::ResolvedScenario& r, const std::string& key) {
    std::vector<std::string> out;
    for (const auto& w : r.warnings)
        if (w.rfind(key, 0) == 0) out.push_back(w);
    return out;
}

}  // namespace

TEST_CASE("plausible calibrations give no warning", "[model][calibration]") {
    const auto r = models::resolve_scenario(nurses_with_international(50));
    CHECK(r.warnings.empty());
}

TEST_CASE("hiring near zero and a wait over a year are warned about", "[model][calibration]") {
    // 190 of the 200 posts falling vacant a year are taken by arrivals: hiring makes 10 a year,
    // and holding 10% vacancies (111 vacant WTE) with 10 hires a year needs a wait of about
    // 365.25 x 111 / 10 - 90 = 3,970 days.
    const auto r = models::resolve_scenario(nurses_with_international(190));
    const auto hiring = warnings_about(r, "groups.nurses: ");
    REQUIRE(hiring.size() == 1);
    CHECK_THAT(hiring[0], Contains("fill 95.00% of the 200 posts that fall vacant a year") &&
                              Contains("only 10 hires a year"));
    const auto wait = warnings_about(r, "groups.nurses.vacancy_rate: ");
    REQUIRE(wait.size() == 1);
    // Counts a year are per the first twelve months (365 days here), rates per 365.25 days.
    const double scale = models::first_year_scale(r.axis);
    const double expected = 365.25 * (0.1 / 0.9) * 1000.0 / (10.0 * scale) - 90.0;
    CHECK(r.groups[0].search_mean_days == Approx(expected).epsilon(1e-9));
    CHECK_THAT(wait[0], Contains("wait " + std::to_string(std::llround(expected)) + " days"));
}

TEST_CASE("a labour pool smaller than the hires needed is warned about", "[model][calibration]") {
    models::Scenario s = nurses_with_international(0);
    s.international.clear();
    models::LabourPoolSpec pool;
    pool.experienced_per_year = 150;  // 200 hires a year are needed
    pool.newly_qualified_per_year = 20;
    s.groups[0].recruitment.labour_pool = pool;
    auto r = models::resolve_scenario(s);
    const auto short_pool = warnings_about(r, "groups.nurses.recruitment.labour_pool: ");
    REQUIRE(short_pool.size() == 1);
    CHECK_THAT(short_pool[0],
               Contains("supplies 170 candidates a year") && Contains("needs 200 hires a year"));
    pool.experienced_per_year = 185;
    s.groups[0].recruitment.labour_pool = pool;
    r = models::resolve_scenario(s);
    CHECK(warnings_about(r, "groups.nurses.recruitment.labour_pool: ").empty());
}
