// Two-level uncertainty's outer level: the parameter sets drawn from a scenario's `uncertainty`
// and each resolved as the scenario written with its values.
#include <catch2/catch.hpp>

#include <cmath>

#include "models/calibration/calibration.hpp"
#include "models/scenario/diagnostic.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "models/sweep_run/parameter_sets.hpp"
#include "models/sweep_run/parameter_uncertainty.hpp"
#include "models/sweep_run/point_evaluator.hpp"
#include "tests/sweeps/ward_scenarios.hpp"

using namespace wfsim::models;

using wfsim::testing::kUncertainWard;

TEST_CASE("Parameter sets: set m depends on the seed and m only, drawn from its distribution") {
    const Scenario s = load_scenario_text(kUncertainWard, "ward.yaml");
    const auto many = draw_parameter_sets(s.uncertainty, 4000, 7);
    const auto few = draw_parameter_sets(s.uncertainty, 10, 7);
    REQUIRE(many.size() == 8000);
    CHECK(std::equal(few.begin(), few.end(), many.begin()));  // the first 10 of 4000
    CHECK(draw_parameter_sets(s.uncertainty, 10, 8) != few);
    double sum = 0.0;
    for (std::size_t m = 0; m < 4000; ++m) {
        const double turnover = many[2 * m], absence = many[2 * m + 1];
        CHECK((turnover > 0.06 && turnover < 0.24));
        CHECK((absence > 0.5 && absence < 1.5));
        sum += turnover;
    }
    // Uniform on [0.06, 0.24]: mean 0.15, sd 0.18 / sqrt(12); within 4 standard errors.
    CHECK(std::abs(sum / 4000 - 0.15) < 4 * 0.18 / std::sqrt(12.0) / std::sqrt(4000.0));
}

TEST_CASE("Parameter sets: each is the scenario written with its values, calibrated afresh") {
    const ResolvedScenario resolved =
        resolve_scenario(load_scenario_text(kUncertainWard, "ward.yaml"));
    const ParameterSets sets = resolve_parameter_sets(resolved, {}, 5, 3, 2);
    REQUIRE(sets.scenarios.size() == 5);
    CHECK(sets.values == draw_parameter_sets(resolved.scenario.uncertainty, 5, 3));
    for (std::size_t m = 0; m < 5; ++m) {
        const GroupRates& g = sets.scenarios[m]->groups.at(0);
        CHECK(*g.quoted_turnover == sets.values[2 * m]);
        CHECK(*g.quoted_absence_rate == Approx(0.05 * sets.values[2 * m + 1]).epsilon(1e-15));
        CHECK(*g.quoted_vacancy_rate == 0.10);
    }
    // The run's own overrides come first: a multiply factor multiplies the value they give.
    const auto run = parse_parameter_overrides({"groups.nurses.absence.rate=8%"});
    const ResolvedScenario changed =
        resolve_scenario(load_scenario_text(kUncertainWard, "ward.yaml", run));
    const ParameterSets again = resolve_parameter_sets(changed, run, 2, 3, 1);
    CHECK(*again.scenarios[1]->groups[0].quoted_absence_rate ==
          Approx(0.08 * again.values[3]).epsilon(1e-15));
}

TEST_CASE("Parameter sets: a range the parameter does not allow is an error at the factor") {
    std::string text = kUncertainWard;
    text.replace(text.find("max: 24%"), 8, "max: 124%");
    const ResolvedScenario resolved =
        resolve_scenario(load_scenario_text(kUncertainWard, "ward.yaml"));
    ResolvedScenario bad = resolved;
    bad.scenario = load_scenario_text(text, "ward.yaml");
    try {
        resolve_parameter_sets(bad, {}, 3, 1, 1);
        FAIL("no error");
    } catch (const ScenarioError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics()[0].str() ==
              "ward.yaml:14:11: uncertainty.turnover.path: at 1.24: expected a rate in [0, 1], "
              "got 1.24");
    }
    // A set whose values cannot be calibrated names the set and its values.
    text = kUncertainWard;
    text.replace(text.find("uniform: {min: 6%, max: 24%}"), 28, "values: [0.12, 0.99]");
    bad.scenario = load_scenario_text(text, "ward.yaml");
    const auto values = draw_parameter_sets(bad.scenario.uncertainty, 8, 1);
    std::size_t first = 0;
    while (values[2 * first] != 0.99) ++first;
    try {
        resolve_parameter_sets(bad, {}, 8, 1, 2);
        FAIL("no error");
    } catch (const PointError& e) {
        CHECK_THAT(e.what(), Catch::StartsWith("parameter set " + std::to_string(first) +
                                               " (turnover=0.99, absence="));
        CHECK_THAT(e.what(), Catch::Contains("vacancy rate of 10.00% is below"));
    }
}
