// wfsim report of a sweep file: every design's chart draws what the file holds (each bar end,
// whisker and point where its value puts it, factors in order of rank: checked against the HDF5
// values by test_cli_report_sweep_check.py), the page renders in chromium with every chart, and
// --csv, which applies to run results, is refused.
#include <catch2/catch.hpp>

#include <sstream>

#include "tests/cli/cli_test_support.hpp"
#include "tests/sweeps/ward_scenarios.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim::testing;

namespace {

// Turnover drives leavers, the establishment's growth the vacancy target, absence neither.
const std::string kSweep = R"(schema_version: 1
name: ward sweep
description: What drives leavers and the vacancy target on a small ward?
scenario: ward.yaml
replications: 6
calibration: each_point
factors:
  turnover:
    path: groups.nurses.leaving.turnover
    uniform: {min: 8%, max: 20%}
  growth:
    path: groups.nurses.establishment.growth
    uniform: {min: 0%, max: 4%}
  absence:
    path: groups.*.absence.rate
    change: multiply
    uniform: {min: 0.5, max: 1.5}
outputs:
  leavers:
    metric: leavers
    year: 2025/26
  vacancy_met:
    target: vacancy
designs:
  oat: {}
  morris: {trajectories: 6}
  sobol: {samples: 8}
  lhs: {samples: 10}
bootstrap: {resamples: 100}
)";

const char* const kDesigns[] = {"oat", "morris", "sobol", "lhs"};
const char* const kOutputs[] = {"leavers", "vacancy_met"};

}  // namespace

TEST_CASE("wfsim report of a sweep file draws each design's measures as the file holds them",
          "[cli][report][sweeps][browser]") {
    if (!python_modules_available("h5py, numpy"))
        FAIL(missing_tool_message("/usr/bin/python3 with h5py and numpy",
                                  "python3-h5py python3-numpy"));
    if (!chromium_available()) FAIL(missing_tool_message("the chromium browser", "chromium"));
    ScratchDirectory dir;
    dir.write("ward.yaml", kWardWithTarget);
    dir.write("sweep.yaml", kSweep);
    const auto sweep = run_wfsim("sweep sweep.yaml -q -o s.h5", dir.path());
    INFO(sweep.output);
    REQUIRE(sweep.exit_code == 0);

    const auto report = run_wfsim("report s.h5 --charts charts", dir.path());
    INFO(report.output);
    REQUIRE(report.exit_code == 0);
    CHECK(report.output.find("wrote s.html (8 charts, ") != std::string::npos);
    const std::string check = std::string(kSystemPython) +
                              " '" WFSIM_SOURCE_DIR "/tests/cli/test_cli_report_sweep_check.py' '" +
                              dir.file("s.h5") + "' '" + dir.file("charts") + "' > '" +
                              dir.file("check.txt") + "' 2>&1";
    CHECK(std::system(check.c_str()) == 0);
    CHECK(dir.read("check.txt") == "ok\n");

    const std::string page = dir.read("s.html");
    // 7 + 6 x 4 + 8 x 5 + 10 points.
    CHECK(page.find("Complete: all 81 design points ran.") != std::string::npos);
    CHECK(page.find("What drives leavers and the vacancy target on a small ward?") !=
          std::string::npos);
    CHECK(page.find("<td>groups.*.absence.rate</td><td>multiply</td>") != std::string::npos);
    CHECK(page.find("<td>x 0.5 to x 1.5</td>") != std::string::npos);

    // The page in a browser: no console message, every chart in the rendered DOM.
    const auto rendered = render_in_chromium(dir.file("s.html"), dir.path());
    REQUIRE(rendered.rendered);
    INFO(rendered.console);
    CHECK(rendered.console.empty());
    const std::string& dom = rendered.dom;
    for (const char* design : kDesigns)
        for (const char* output : kOutputs)
            CHECK(dom.find(std::string("id=\"chart-sweep-") + design + "-" + output + "\"") !=
                  std::string::npos);

    // A sweep's tables are the CSV files beside it: --csv is refused with the reason.
    const auto csv = run_wfsim("report s.h5 --csv tables", dir.path());
    CHECK(csv.exit_code == 64);
    CHECK(csv.output.find("is a sweep file: its tables are the CSV files wfsim sweep wrote") !=
          std::string::npos);
    CHECK(!dir.exists("tables"));
}
