// Targets and the risk register in the report and the CSV tables, on a file holding the tables
// docs/output.md lays out (added with known values by tests/output/add_outcome_tables.py).
#include <catch2/catch.hpp>

#include <filesystem>

#include "output/report/csv_export.hpp"
#include "output/report/html_report.hpp"
#include "output/report/outcome_sections.hpp"
#include "tests/output/test_output_fixture.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

namespace {

std::string file_with_outcomes(const ScratchDirectory& dir) {
    const auto h5 = dir.file("outcomes.h5");
    write_fake_file(h5, 26, 4, {"baseline", "retention"});
    const std::string add = std::string(testing::kSystemPython) + " " + WFSIM_SOURCE_DIR +
                            "/tests/output/add_outcome_tables.py '" + h5 + "'";
    REQUIRE(std::system(add.c_str()) == 0);
    return h5;
}

void require_tools() {
    if (!testing::python_modules_available("h5py, numpy, pandas"))
        FAIL(testing::missing_tool_message("/usr/bin/python3 with h5py, numpy and pandas",
                                           "python3-h5py python3-numpy python3-pandas"));
}

}  // namespace

TEST_CASE("the risk heat map places each risk's current, target and simulated ratings",
          "[report][outcomes]") {
    require_tools();
    ScratchDirectory dir;
    const ResultReader reader(file_with_outcomes(dir));
    const std::string map = report::risk_heat_map_svg(reader);
    // Risk 498: consequence 4, current 16 (likelihood 4), target 12 (likelihood 3), simulated
    // 4 x 4 in the baseline and 2 x 4 with the retention variant.
    CHECK(map.find("498: current rating 16") != std::string::npos);
    CHECK(map.find("498: target rating 12") != std::string::npos);
    CHECK(map.find("498, baseline: simulated likelihood 4 (P(rated consequence) = 60.0%) x "
                   "consequence 4 = 16") != std::string::npos);
    CHECK(map.find("498, retention: simulated likelihood 2 (P(rated consequence) = 20.0%) x "
                   "consequence 4 = 8") != std::string::npos);
    CHECK(map.find("simulated, retention") != std::string::npos);  // the legend

    std::vector<std::pair<std::string, std::string>> charts;
    const std::string page = report::render_html_report(reader, {}, &charts);
    CHECK(page.find("<h2 id=\"targets\">Targets</h2>") != std::string::npos);
    CHECK(page.find("NHS vacancy rate at most 9%") != std::string::npos);
    CHECK(page.find("<td>25.0%<br><small>20.0% to 30.0%</small></td>") != std::string::npos);
    // Retention's change, paired: a difference of probabilities, in points.
    CHECK(page.find("<td>+50.0 pts<br><small>+40.0 pts to +60.0 pts</small></td>") !=
          std::string::npos);
    // Risk 498 (baseline): the adverse event's probability, then the probability at the rated
    // consequence that gives likelihood 4, each labelled, and the rating rule beneath.
    CHECK(page.find("baseline: P(adverse event)</th><th>P(rated consequence)</th>") !=
          std::string::npos);
    CHECK(page.find("<td>90.0%<br><small>80.0% to 95.0%</small></td><td>60.0%<br><small>50.0% "
                    "to 70.0%</small></td><td>4 x 4 = 16 (extreme)</td>") != std::string::npos);
    CHECK(page.find("is rated at the consequence that makes likelihood x consequence largest") !=
          std::string::npos);
    CHECK(page.find("P(event)") == std::string::npos);
    CHECK(page.find("4 x 4 = 16 (extreme)") != std::string::npos);
    CHECK(page.find("2 x 4 = 8 (high)") != std::string::npos);
    CHECK(charts.front().first == "chart-risk-heat-map");
    // A file without targets or risks has neither section.
    const auto bare = dir.file("bare.h5");
    write_fake_file(bare, 14, 2);
    CHECK(report::render_html_report(ResultReader(bare), {}).find("Risk register") ==
          std::string::npos);
}

TEST_CASE("targets and risks CSV tables: one row per variant and target or risk",
          "[report][outcomes][csv]") {
    require_tools();
    ScratchDirectory dir;
    const auto h5 = file_with_outcomes(dir);
    const auto csv = dir.file("tables");
    std::filesystem::create_directory(csv);
    const auto files = report::export_csv(ResultReader(h5), csv, {});
    // run, two summaries, targets, risks, then the variant's differences and cost-effectiveness.
    REQUIRE(files.size() == 7);
    CHECK(files[3].rows == 4);
    CHECK(files[4].rows == 4);
    const std::string check =
        std::string(testing::kSystemPython) +
        " -c \"import pandas as pd; "
        "t = pd.read_csv('" +
        csv + "/targets.csv'); r = pd.read_csv('" + csv +
        "/risks.csv'); "
        "assert list(t.columns[:3]) == ['variant', 'target', 'description'], t.columns; "
        "assert t.query('variant == \\\"retention\\\" and target == \\\"nhs_vacancy\\\"')"
        "['probability'].item() == 0.75; "
        "assert 'simulated_consequence' in r.columns and 'consequence' in r.columns; "
        "assert r.query('variant == \\\"baseline\\\" and id == 498')['rating'].item() == 16\"";
    CHECK(std::system(check.c_str()) == 0);
}

TEST_CASE("the report with targets and risks renders in chromium", "[report][outcomes][browser]") {
    require_tools();
    if (!testing::chromium_available())
        FAIL(testing::missing_tool_message("the chromium browser", "chromium"));
    ScratchDirectory dir;
    const auto html = dir.file("outcomes.html");
    report::write_html_report(ResultReader(file_with_outcomes(dir)), {}, html);
    const auto page = testing::render_in_chromium(html, dir.file("."));
    REQUIRE(page.rendered);
    INFO(page.console);
    CHECK(page.console.empty());
    const std::string& text = page.dom;
    CHECK(text.find("id=\"chart-risk-heat-map\"") != std::string::npos);
    CHECK(text.find("Nursing vacancies") != std::string::npos);
}
