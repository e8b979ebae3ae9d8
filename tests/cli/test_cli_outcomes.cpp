// Targets and risks through the command line: the tables in the result file agree with the
// per-replication values stored beside them, Python (h5py, xarray) reads them by the documented
// paths, the terminal shows them, for the baseline and for each variant, `wfsim validate` lists
// them, and a metric the run does not record is a located error.
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include "output/outcome_table_reader.hpp"
#include "output/result_reader.hpp"
#include "tests/cli/cli_test_support.hpp"
#include "tests/sweeps/ward_scenarios.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

// One ward, 2024/25 to 2026/27. Line 18 is `metric: turnover` of every_year.
const std::string kWard = small_ward("ward with targets") + kVacancyTarget + R"(  every_year:
    metric: turnover
    unit: nurses
    years: 2024/25..
    at_least: 5%
    at_most: 15%
  trajectory:
    metric: absence_rate
    unit: nhs
    at_most_by_year: {2024/25: 5.5%, 2025/26: 5.2%}
  winter:
    metric: headcount
    month: 2026-01
    at_least: 36
risks:
  supply:
    id: "1"
    title: Supply
    any_missed: [vacancy, winter]
    consequence: 4
    rating: 16
    target_rating: 8
  staff_turnover:
    id: "2"
    title: Turnover
    missed: every_year
    consequence_by_shortfall: {0: 2, 2%: 4}
    rating: 12
    target_rating: 6
  funding:
    id: "3"
    title: Funding
    not_modelled: funding is not simulated
    rating: 6
    target_rating: 6
)";

}  // namespace

TEST_CASE("targets and risks of a run: file, Python, terminal", "[cli][outcomes]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kWard);
    const auto run = run_wfsim("run ward.yaml -n 60 -j 2 --seed 5 -o ward.h5 --full", dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);

    // Blocks, not SECTIONs: Catch2 would make the runs above again for every section.
    {
        INFO("the tables agree with the stored per-replication values");
        const output::ResultReader reader(dir.file("ward.h5"));
        const auto tables = output::read_outcome_tables(reader);
        REQUIRE(tables);
        REQUIRE(tables->targets.size() == 4);
        REQUIRE(tables->risks.size() == 3);
        CHECK(tables->targets[1].period == "every year 2024/25 to 2026/27");
        // The vacancy target recomputed from /variants/baseline/fy/vacancy_rate: the total's
        // 2025/26 value at most 11%.
        const auto fy = reader.values("baseline", output::Period::FinancialYear, "vacancy_rate");
        const std::size_t total = fy.shape[2] - 1;
        std::int64_t met = 0;
        for (std::size_t r = 0; r < fy.shape[0]; ++r) met += fy.at(r, 1, total) <= 0.11;
        const output::TargetResult& vacancy = tables->target_results[0][0];
        CHECK(vacancy.met == met);
        CHECK(vacancy.replications == 60);
        CHECK(vacancy.probability == static_cast<double>(met) / 60.0);
        // Every year of the range: the joint event, from the three years' turnover.
        const auto turnover = reader.values("baseline", output::Period::FinancialYear, "turnover");
        std::int64_t joint = 0;
        for (std::size_t r = 0; r < turnover.shape[0]; ++r) {
            bool all = true;
            for (std::size_t y = 0; y < 3; ++y)
                all = all && turnover.at(r, y, 0) >= 0.05 && turnover.at(r, y, 0) <= 0.15;
            joint += all;
        }
        CHECK(tables->target_results[0][1].met == joint);
        // The risk not modelled is reported, not dropped.
        CHECK_FALSE(tables->risks[2].modelled);
        CHECK(tables->risk_results[0][2].grade == "not modelled");
        CHECK(tables->risk_results[0][2].reached == -1);
        const output::RiskResult& supply = tables->risk_results[0][0];
        CHECK(supply.rating == supply.likelihood * 4);
        CHECK(std::isnan(supply.change));  // the baseline has no change from itself
    }
    {
        INFO("Python reads the documented paths and recomputes every probability");
        if (!python_modules_available("h5py, numpy, xarray, h5netcdf, netCDF4"))
            FAIL(missing_tool_message("/usr/bin/python3 with h5py, xarray, h5netcdf, netCDF4",
                                      "python3-h5py python3-xarray python3-h5netcdf "
                                      "python3-netcdf4"));
        const std::string command = std::string(kSystemPython) + " " + WFSIM_SOURCE_DIR +
                                    "/tests/cli/test_cli_outcomes_check.py '" +
                                    dir.file("ward.h5") + "' 2>&1";
        CHECK(std::system(command.c_str()) == 0);
    }
    {
        INFO("the short summary has the tables, the full report also the shortfalls");
        const auto summary = run_wfsim("run ward.yaml -n 5 -o short.h5", dir.path());
        CHECK_THAT(summary.output, Catch::Contains("Targets: the probability of meeting each"));
        CHECK_THAT(summary.output, Catch::Contains("Risks: likelihood"));
        CHECK_THAT(summary.output, !Catch::Contains("When missed, by how much"));
    }
    {
        INFO("the terminal tables");
        CHECK_THAT(run.output, Catch::Contains("Targets: the probability of meeting each"));
        CHECK_THAT(run.output, Catch::Contains("every year 2024/25 to 2026/27"));
        CHECK_THAT(run.output, Catch::Contains("at most 5.5%, 5.2%"));
        CHECK_THAT(run.output, Catch::Contains("When missed, by how much"));
        CHECK_THAT(run.output, Catch::Contains("NPSA (2008), A risk matrix for risk managers"));
        CHECK_THAT(run.output, Catch::Contains("not modelled"));
        CHECK_THAT(run.output, Catch::Contains("3 Funding: funding is not simulated"));
    }
}

TEST_CASE("targets and risks of each variant through wfsim run: file, Python, terminal",
          "[cli][outcomes][variants]") {
    // The ward's turnover cut by two fifths from the start: fewer leavers leave fewer posts
    // vacant, so each variant has its own probabilities, paired with the baseline's.
    ScratchDirectory dir;
    dir.write("ward.yaml", kWard + R"(variants:
  retention:
    interventions:
      keep: {parameter: groups.nurses.leaving.turnover, multiply: 0.6}
)");
    const auto run = run_wfsim("run ward.yaml -n 40 -j 2 --seed 5 -o ward.h5", dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    {
        INFO("a table per variant, each recomputed from its own replications");
        const output::ResultReader reader(dir.file("ward.h5"));
        const auto tables = output::read_outcome_tables(reader);
        REQUIRE(tables);
        REQUIRE(tables->variants == std::vector<std::string>{"baseline", "retention"});
        const auto base = reader.values("baseline", output::Period::FinancialYear, "turnover");
        const auto kept = reader.values("retention", output::Period::FinancialYear, "turnover");
        // The every-year turnover target (5% to 15% in each year), per variant.
        for (const auto* v : {&base, &kept}) {
            std::int64_t joint = 0;
            for (std::size_t r = 0; r < v->shape[0]; ++r) {
                bool all = true;
                for (std::size_t y = 0; y < 3; ++y)
                    all = all && v->at(r, y, 0) >= 0.05 && v->at(r, y, 0) <= 0.15;
                joint += all;
            }
            CHECK(tables->target_results[v == &base ? 0 : 1][1].met == joint);
        }
        // The vacancy target is met more often with fewer leavers; the supply risk (any of the
        // vacancy and winter targets missed) is rated on the variant's own probability.
        const output::TargetResult& before = tables->target_results[0][0];
        const output::TargetResult& after = tables->target_results[1][0];
        // Paired by replication: the discordant pairs differ by the change in the count met.
        CHECK(after.change == static_cast<double>(after.met - before.met) / 40.0);
        CHECK(after.change > 0.0);
        CHECK(after.change_replications == 40);
        for (std::size_t v = 0; v < 2; ++v) {
            const output::RiskResult& supply = tables->risk_results[v][0];
            CHECK(supply.rating == supply.likelihood * 4);
        }
        CHECK(tables->risk_results[1][2].grade == "not modelled");
    }
    {
        INFO("Python recomputes every variant's probabilities and each change from the flags");
        REQUIRE(python_modules_available("h5py, numpy"));
        // xarray's reading of the same layout is checked once, by the test above.
        const std::string command = std::string(kSystemPython) + " " + WFSIM_SOURCE_DIR +
                                    "/tests/cli/test_cli_outcomes_check.py '" +
                                    dir.file("ward.h5") + "' --h5py-only 2>&1";
        CHECK(std::system(command.c_str()) == 0);
    }
    {
        INFO("the terminal: the definitions once, then a row per target (or risk) and variant");
        CHECK_THAT(run.output,
                   Catch::Contains("changes from the baseline on the same replications"));
        const std::regex target_row(
            R"(\n +retention +\d+\.\d% \(\d+\.\d-\d+\.\d\) +[-+]?\d+\.\d pts \([-+]?\d+\.\d to [-+]?\d+\.\d\)\n)");
        CHECK(std::regex_search(run.output, target_row));
        // P(adverse event), then P(rated) where a risk with consequences by shortfall (as
        // staff_turnover) is rated at another probability.
        const std::regex risk_row(
            R"(\n +retention +\d+\.\d% \(\d+\.\d-\d+\.\d\)( +\d+\.\d+% \(\d+\.\d+-\d+\.\d+\))? +\d x 4 = \d+ \w+( \*)? +(yes|no) +[-+]?\d+\.\d pts)");
        CHECK(std::regex_search(run.output, risk_row));
        const std::regex baseline_row(R"(\nvacancy +baseline +\d+\.\d% \()");
        CHECK(std::regex_search(run.output, baseline_row));
    }
}

TEST_CASE("wfsim validate lists targets and risks; an unrecorded metric is a located error",
          "[cli][outcomes]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kWard);
    const auto ok = run_wfsim("validate ward.yaml", dir.path());
    INFO(ok.output);
    CHECK(ok.exit_code == 0);
    CHECK_THAT(ok.output, Catch::Contains("every_year: turnover of nurses, every year 2024/25 to "
                                          "2026/27, between 5% and 15%"));
    CHECK_THAT(ok.output, Catch::Contains("3 Funding (6 -> 6): not modelled"));

    std::string bad = kWard;
    bad.replace(bad.find("metric: turnover"), 16, "metric: turnovr");
    dir.write("bad.yaml", bad);
    for (const char* command : {"validate bad.yaml", "run bad.yaml -n 2 -o bad.h5"}) {
        const auto result = run_wfsim(command, dir.path());
        INFO(result.output);
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.output,
                   Catch::Contains("bad.yaml:18:13: targets.every_year.metric: this run records "
                                   "no metric 'turnovr'; did you mean 'turnover'?"));
    }
    CHECK_FALSE(dir.exists("bad.h5"));
    // Set by an override, the problem is reported at the override.
    const auto overridden =
        run_wfsim("validate ward.yaml --set targets.vacancy.metric=international_cost", dir.path());
    CHECK(overridden.exit_code == 65);
    CHECK_THAT(overridden.output,
               Catch::Contains("--set targets.vacancy.metric=international_cost: "
                               "targets.vacancy.metric: this run records no metric"));
}
