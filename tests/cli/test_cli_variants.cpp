// Variants from the command line: run beside the baseline into one file whose differences and
// cost-effectiveness numpy recomputes from the stored replications; the comparison table on the
// terminal; --variants to run some of them, each the same whatever runs beside it; and a variant
// whose re-solved figure cannot be reached named in the error.
#include <catch2/catch.hpp>

#include <regex>

#include "output/result_reader.hpp"
#include "tests/cli/cli_test_support.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

const std::string kScenario = R"(schema_version: 1
name: two variants
start: 2023-04-01
years: 3
defaults:
  sector: nhs
  vacancy_rate: 10%
  leaving: {turnover: 15%}
  absence: {rate: 5%}
  temporary_cover: {bank_fill: 50%, bank_cost_per_wte_day: 180}
groups:
  nurses: {headcount: 800, pay_cost_per_wte_year: 40000}
  porters: {headcount: 300}
variants:
  retention:
    description: nurse turnover 15% lower from October 2023
    interventions:
      keep: {parameter: groups.nurses.leaving.turnover, multiply: 0.85, from: 2023-10-01,
             cost: {per_year: 200000, one_off: 50000}}
  faster_hiring:
    interventions:
      hire: {parameter: groups.*.recruitment.time_to_hire_days, add: -30, from: 2024-04-01,
             cost: {per_person: 500}}
)";

bool python_has_h5py() {
    return std::system("/usr/bin/python3 -c 'import h5py, numpy' > /dev/null 2>&1") == 0;
}

}  // namespace

TEST_CASE("wfsim run writes each variant, its paired differences and cost-effectiveness",
          "[cli][variants]") {
    if (!python_has_h5py())
        FAIL(missing_tool_message("/usr/bin/python3 with h5py and numpy",
                                  "python3-h5py python3-numpy"));
    ScratchDirectory dir;
    dir.write("s.yaml", kScenario);
    const auto run = run_wfsim("run s.yaml -n 8 -j 2 -o out.h5", dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    // The comparison table, as a strategist reads it.
    const std::regex line(
        R"(vacancy rate +20\d\d/\d\d +\d+\.\d\d% -> \d+\.\d\d% +\([-+]\d+\.\d\d pts, [-+]\d+\.\d\d to [-+]\d+\.\d\d\))");
    CHECK(std::regex_search(run.output, line));
    CHECK(run.output.find("=== retention against the baseline ===") != std::string::npos);
    CHECK(run.output.find("per WTE-year in post gained") != std::string::npos);
    for (const auto& [variant, first] :
         {std::pair{"retention", "2023-10-01"}, std::pair{"faster_hiring", "2024-04-01"}}) {
        const std::string check = "/usr/bin/python3 " + std::string(WFSIM_SOURCE_DIR) +
                                  "/tests/cli/test_cli_variants.py '" + dir.file("out.h5") + "' " +
                                  variant + " " + first + " 2>&1";
        INFO(variant);
        CHECK(std::system(check.c_str()) == 0);
    }
}

TEST_CASE("wfsim run --variants runs some of them, each the same whatever runs beside it",
          "[cli][variants]") {
    ScratchDirectory dir;
    dir.write("s.yaml", kScenario);
    REQUIRE(run_wfsim("run s.yaml -n 4 -j 2 -q -o all.h5", dir.path()).exit_code == 0);
    REQUIRE(run_wfsim("run s.yaml -n 4 -j 1 -q --variants faster_hiring -o one.h5", dir.path())
                .exit_code == 0);
    const output::ResultReader all(dir.file("all.h5")), one(dir.file("one.h5"));
    CHECK(one.metadata().variants == std::vector<std::string>{"baseline", "faster_hiring"});
    for (const char* variant : {"baseline", "faster_hiring"})
        for (const char* metric :
             {"headcount", "leavers", "absence_wte_days", "intervention_cost"}) {
            INFO(variant << " " << metric);
            CHECK(all.values(variant, output::Period::Monthly, metric).values ==
                  one.values(variant, output::Period::Monthly, metric).values);
        }

    const auto unknown = run_wfsim("run s.yaml -n 2 -q --variants retension", dir.path());
    CHECK(unknown.exit_code == 64);
    CHECK(unknown.output.find("no variant 'retension'; did you mean 'retention'?") !=
          std::string::npos);

    // The baseline is not a variant to choose: the message says how to run it alone.
    const auto baseline = run_wfsim("run s.yaml -n 2 -q --variants baseline", dir.path());
    CHECK(baseline.exit_code == 64);
    CHECK(baseline.output.find("no variant 'baseline': the baseline always runs, and --variants "
                               "\"\" runs it alone") != std::string::npos);
}

TEST_CASE("a variant whose re-solved figure cannot be reached is named", "[cli][variants]") {
    ScratchDirectory dir;
    dir.write("s.yaml", kScenario + R"(  impossible:
    interventions:
      none_vacant: {parameter: groups.nurses.vacancy_rate, set: 0.5%, from: 2024-04-01}
)");
    const auto run = run_wfsim("run s.yaml -n 2 -q -o x.h5", dir.path());
    CHECK(run.exit_code == 65);
    CHECK(run.output.find("variants.impossible.interventions.none_vacant: a vacancy rate of "
                          "0.50% is below the") != std::string::npos);
    CHECK_FALSE(dir.exists("x.h5"));
}
