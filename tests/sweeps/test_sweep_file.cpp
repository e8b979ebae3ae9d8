// Sweep files: read strictly against the scenario they name, every problem located.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "models/calibration/calibration.hpp"
#include "models/metrics/derived_metrics.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/sweep_file/sweep_loader.hpp"
#include "models/sweep_run/sweep_point_builders.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim::models;

namespace {

const std::string kFolder = WFSIM_SOURCE_DIR "/scenarios";

const std::string kSweep = R"(schema_version: 1
name: Ward sensitivity
scenario: teaching_ward.yaml
replications: 20
factors:
  turnover:
    path: groups.ward_nurses.leaving.turnover
    uniform: {min: 9%, max: 15%}
  absence:
    path: groups.*.absence.rate
    change: multiply
    triangular: {min: 0.8, mode: 1, max: 1.3}
outputs:
  vacancy:
    metric: vacancy_rate
    unit: ward_nurses
    year: 2025/26
  leavers_p90:
    metric: leavers
    year: 2024/25
    statistic: p90
designs:
  morris: {trajectories: 10}
  sobol: {samples: 64}
)";

std::vector<Diagnostic> diagnostics_of(const std::string& text) {
    try {
        load_sweep_text(text, "sweep.yaml", kFolder);
    } catch (const ScenarioError& e) {
        return e.diagnostics();
    }
    FAIL("the sweep was accepted:\n" << text);
    return {};
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("Sweep file: a valid file, its factors, outputs and designs") {
    const LoadedSweep sweep = load_sweep_text(kSweep, "sweep.yaml", kFolder);
    CHECK(sweep.scenario.name == "Teaching example, one ward of 40 nurses");
    CHECK(sweep.scenario_path == kFolder + "/teaching_ward.yaml");
    const SweepSpec& s = sweep.spec;
    CHECK(s.replications == 20);
    CHECK(s.calibration == "baseline");
    CHECK(s.common_random_numbers);
    REQUIRE(s.factors.size() == 2);
    CHECK(s.factors[1].target.path.text() == "groups.*.absence.rate");
    REQUIRE(s.outputs.size() == 2);
    CHECK(s.outputs[0].text() == "vacancy_rate of ward_nurses in 2025/26, mean");
    CHECK(s.outputs[1].unit.text == "total");
    CHECK(s.outputs[1].reduction().text() == "p90");
    CHECK(s.designs.kinds() ==
          std::vector<wfsim::sweeps::DesignKind>{wfsim::sweeps::DesignKind::Morris,
                                                 wfsim::sweeps::DesignKind::Sobol});
    CHECK(s.designs.morris->levels == 4);
    CHECK(s.bootstrap.resamples == 1000);
}

TEST_CASE("Sweep file: a misspelt key, group or design is located with a suggestion") {
    const auto key = diagnostics_of(replaced(kSweep, "replications: 20", "replicatons: 20"));
    REQUIRE(key.size() == 1);
    CHECK(key[0].str() ==
          "sweep.yaml:4:1: replicatons: unknown key 'replicatons'; did you mean 'replications'?");
    const auto group =
        diagnostics_of(replaced(kSweep, "groups.ward_nurses.leaving", "groups.ward_nurse.leaving"));
    REQUIRE(group.size() == 1);
    CHECK(group[0].str() ==
          "sweep.yaml:7:11: factors.turnover.path: unknown group 'ward_nurse'; "
          "did you mean 'ward_nurses'?");
    const auto design = diagnostics_of(replaced(kSweep, "morris: {", "moris: {"));
    REQUIRE(design.size() == 1);
    CHECK(design[0].message == "unknown key 'moris'; did you mean 'morris'?");
    const auto missing = diagnostics_of(replaced(kSweep, "teaching_ward.yaml", "nowhere.yaml"));
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].line == 3);
    CHECK(missing[0].message.find("no scenario file at") == 0);
}

TEST_CASE("Sweep file: outputs are checked against what a run of the scenario reports") {
    const auto check = [](const std::string& text) -> std::vector<Diagnostic> {
        const LoadedSweep sweep = load_sweep_text(text, "sweep.yaml", kFolder);
        const ResolvedScenario resolved = resolve_scenario(sweep.scenario);
        const ResultLayout layout = make_result_layout(resolved);
        try {
            check_sweep_outputs(sweep.spec, sweep.scenario, layout, resolved.axis);
        } catch (const ScenarioError& e) {
            return e.diagnostics();
        }
        return {};
    };
    CHECK(check(kSweep).empty());
    const auto metric = check(replaced(kSweep, "metric: vacancy_rate", "metric: vacancy_rat"));
    REQUIRE(metric.size() == 1);
    CHECK(metric[0].str() ==
          "sweep.yaml:15:13: outputs.vacancy.metric: unknown metric 'vacancy_rat'; did you mean "
          "'vacancy_rate'?");
    const auto unit = check(replaced(kSweep, "unit: ward_nurses", "unit: ward"));
    REQUIRE(unit.size() == 1);
    CHECK(unit[0].path == "outputs.vacancy.unit");
    const auto year = check(replaced(kSweep, "year: 2025/26", "year: 2029/30"));
    REQUIRE(year.size() == 1);
    CHECK(year[0].message ==
          "2029/30 is not a financial year wholly inside the run (2024/25 to "
          "2026/27)");
    const auto target =
        check(replaced(kSweep, "metric: vacancy_rate\n    unit: ward_nurses\n    year: 2025/26",
                       "target: vacancy_2025"));
    REQUIRE(target.size() == 1);
    CHECK(target[0].str() ==
          "sweep.yaml:15:13: outputs.vacancy.target: unknown target 'vacancy_2025'; "
          "teaching_ward.yaml has no targets");
    const auto early = check(replaced(replaced(kSweep, "metric: vacancy_rate", "metric: turnover"),
                                      "year: 2025/26", "month: 2024-06-01"));
    REQUIRE(early.size() == 1);
    CHECK(early[0].path == "outputs.vacancy.month");
    CHECK(early[0].message.find("turnover") == 0);
}

TEST_CASE("Sweep file: an output is a metric in a period, or the probability of a target") {
    const std::string staffordshire = replaced(
        replaced(kSweep, "teaching_ward.yaml", "staffordshire_stoke_nhs.yaml"),
        "groups.ward_nurses.leaving.turnover", "groups.registered_nursing.leaving.turnover");
    const auto as_target = [&](const std::string& extra) {
        return replaced(staffordshire,
                        "metric: vacancy_rate\n    unit: ward_nurses\n    year: 2025/26",
                        "target: vacancy_every_year" + extra);
    };
    const LoadedSweep sweep = load_sweep_text(as_target(""), "sweep.yaml", kFolder);
    REQUIRE(sweep.spec.outputs[0].target);
    CHECK(!sweep.spec.outputs[0].metric);
    CHECK(sweep.spec.outputs[0].text() == "probability of meeting target vacancy_every_year");
    CHECK(sweep.spec.outputs[0].reduction().text() == "mean");

    const auto with_year = diagnostics_of(as_target("\n    year: 2025/26"));
    REQUIRE(with_year.size() == 1);
    CHECK(with_year[0].path == "outputs.vacancy.year");
    CHECK(with_year[0].message == "a target has its own periods: drop `year`");
    const auto with_statistic = diagnostics_of(as_target("\n    statistic: p90"));
    REQUIRE(with_statistic.size() == 1);
    CHECK(with_statistic[0].path == "outputs.vacancy.statistic");
    const auto both = diagnostics_of(as_target("\n    metric: vacancy_rate"));
    REQUIRE(!both.empty());
    CHECK(both[0].path.find("outputs.vacancy") == 0);
    const auto no_period =
        diagnostics_of(replaced(kSweep, "    unit: ward_nurses\n    year: 2025/26\n", ""));
    REQUIRE(no_period.size() == 1);
    CHECK(no_period[0].message ==
          "give the `year` or `month` whose value of vacancy_rate is taken");
}

TEST_CASE(
    "Sweep file: factor values outside what the parameter allows are reported at the factor") {
    const LoadedSweep sweep = load_sweep_text(
        replaced(kSweep, "uniform: {min: 9%, max: 15%}", "normal: {mean: 0.9, sd: 0.1}"),
        "sweep.yaml", kFolder);
    const FactorOverrides overrides(sweep.spec.factors, sweep.scenario, "sweep.yaml");
    const auto baseline =
        std::make_shared<const ResolvedScenario>(resolve_scenario(sweep.scenario));
    for (const std::string calibration : {"baseline", "each_point"}) {
        INFO(calibration);
        try {
            check_factor_values(sweep, overrides,
                                point_reader(calibration, baseline, sweep.scenario.source_text,
                                             sweep.scenario_path));
            FAIL("accepted a turnover above 1");
        } catch (const ScenarioError& e) {
            REQUIRE(e.diagnostics().size() == 1);
            const Diagnostic& d = e.diagnostics()[0];
            CHECK(d.line == 7);
            CHECK(d.path == "factors.turnover.path");
            INFO(d.str());
            CHECK(d.message.find("expected a rate in [0, 1]") != std::string::npos);
            CHECK(d.message.find("at 1.") == 0);
        }
    }
    const LoadedSweep fine = load_sweep_text(kSweep, "sweep.yaml", kFolder);
    CHECK_NOTHROW(check_factor_values(
        fine, FactorOverrides(fine.spec.factors, fine.scenario, "sweep.yaml"),
        point_reader("baseline", baseline, fine.scenario.source_text, fine.scenario_path)));
}

TEST_CASE(
    "Sweep file: with calibration baseline, a factor that cannot change once a run has "
    "started is refused at the factor") {
    const LoadedSweep sweep = load_sweep_text(
        replaced(kSweep,
                 "path: groups.ward_nurses.leaving.turnover\n    uniform: {min: 9%, max: 15%}",
                 "path: groups.ward_nurses.headcount\n    uniform: {min: 30, max: 50}"),
        "sweep.yaml", kFolder);
    const FactorOverrides overrides(sweep.spec.factors, sweep.scenario, "sweep.yaml");
    const auto baseline =
        std::make_shared<const ResolvedScenario>(resolve_scenario(sweep.scenario));
    const auto reader = [&](const std::string& calibration) {
        return point_reader(calibration, baseline, sweep.scenario.source_text, sweep.scenario_path);
    };
    // Each point written afresh may have another headcount ...
    CHECK_NOTHROW(check_factor_values(sweep, overrides, reader("each_point")));
    // ... but a point on the baseline's calibration starts with the baseline's workforce.
    try {
        check_factor_values(sweep, overrides, reader("baseline"));
        FAIL("accepted a headcount on the baseline's calibration");
    } catch (const ScenarioError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        const Diagnostic& d = e.diagnostics()[0];
        INFO(d.str());
        CHECK(d.file == "sweep.yaml");
        CHECK(d.line == 7);
        CHECK(d.path == "factors.turnover.path");
        CHECK(d.message.find("at 30: ") == 0);
        CHECK(d.message.find("cannot change from a date") != std::string::npos);
    }
}

TEST_CASE("Factor overrides: set keeps the wildcard, multiply and add use each group's value") {
    const LoadedSweep sweep = load_sweep_text(kSweep, "sweep.yaml", kFolder);
    const FactorOverrides overrides(sweep.spec.factors, sweep.scenario, "sweep.yaml");
    const std::vector<double> values{0.13, 1.2};
    const auto o = overrides.overrides(values);
    REQUIRE(o.size() == 2);
    CHECK(o[0].path.text() == "groups.ward_nurses.leaving.turnover");
    CHECK(o[0].value == "0.13");
    CHECK(o[1].path.text() == "groups.ward_nurses.absence.rate");
    CHECK(o[1].value == "0.06");  // 5% x 1.2
    CHECK(o[1].origin == "factors.absence = 1.2");
    const std::vector<double> keep{NAN, 1.2};
    CHECK(overrides.overrides(keep).size() == 1);
}

TEST_CASE("docs/sweeps.md holds the generated sweep file reference, up to date") {
    std::ifstream in(wfsim::testing::source_file("docs/sweeps.md"), std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string reference = sweep_reference_markdown();
    CHECK(reference.find("| `factors.<name>.path` | parameter path |") != std::string::npos);
    CHECK(reference.find("| `outputs.<name>.target` |") != std::string::npos);
    const bool current = text.str().find(reference) != std::string::npos;
    INFO("docs/sweeps.md is stale: run scripts/update-generated-docs.sh");
    CHECK(current);
}
