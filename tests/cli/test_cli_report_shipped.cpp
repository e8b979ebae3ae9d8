// The report's targets and risk register on the shipped scenarios that carry them, as a user
// gets them (wfsim run --report, wfsim report --charts --csv): Staffordshire and Stoke-on-Trent's
// targets with each probability and interval the file holds; Hertfordshire and West Essex's
// strategic risks 495 to 505 on the heat map, each at its register, target and simulated
// position, the ones not modelled said so. Expected values come from the file's tables read by
// output/outcome_table_reader, not by the report's own reading.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <regex>

#include "output/outcome_table_reader.hpp"
#include "output/report/svg_chart.hpp"
#include "tests/cli/cli_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

std::string percent(double p) {
    return output::report::format_chart_value(p, output::report::ValueKind::Fraction);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

std::size_t csv_rows(const std::string& text) {
    return count(text, "\r\n") - 1;  // less the header
}

// The cell (likelihood, consequence) of the 5 x 5 heat map a marker's top point (x, y) falls in
// (output/report/outcome_sections.cpp draws cells of 90 px from (70, 40), likelihood upwards).
std::pair<int, int> cell_of(double x, double y) {
    return {5 - static_cast<int>((y - 40) / 90), 1 + static_cast<int>((x - 70) / 90)};
}

}  // namespace

TEST_CASE("the report of Staffordshire and Stoke-on-Trent shows its targets as the file holds them",
          "[cli][report][outcomes][scenarios]") {
    ScratchDirectory dir;
    const auto run = run_wfsim(
        "run '" + shipped_scenario("staffordshire_stoke_nhs.yaml") + "' -n 4 -q -o s.h5 --report",
        dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const output::ResultReader reader(dir.file("s.h5"));
    const auto tables = output::read_outcome_tables(reader);
    REQUIRE(tables);
    REQUIRE(tables->targets.size() >= 4);  // the plan's, 2022/23 and every year
    CHECK(tables->risks.empty());
    const std::string page = dir.read("s.html");
    CHECK(page.find("<h2 id=\"targets\">Targets</h2>") != std::string::npos);
    CHECK(page.find("Risk register") == std::string::npos);
    for (std::size_t t = 0; t < tables->targets.size(); ++t) {
        const auto& row = tables->targets[t];
        const auto& result = tables->target_results[0][t];
        INFO(row.name);
        CHECK(page.find("<tr><td>" + row.name) != std::string::npos);
        CHECK(page.find("<td>" + percent(result.probability) + "<br><small>" + percent(result.low) +
                        " to " + percent(result.high) + "</small></td>") != std::string::npos);
    }
    REQUIRE(run_wfsim("report s.h5 --csv tables -q", dir.path()).exit_code == 0);
    CHECK(csv_rows(dir.read("tables/targets.csv")) == tables->targets.size());
    CHECK(!dir.exists("tables/risks.csv"));
}

TEST_CASE("the report of Hertfordshire and West Essex places its register's risks on the heat map",
          "[cli][report][outcomes][scenarios]") {
    ScratchDirectory dir;
    const auto run =
        run_wfsim("run '" + shipped_scenario("hertfordshire_west_essex.yaml") +
                      "' -n 1 --variants '' -q -o h.h5",  // the register against the baseline
                  dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const auto report =
        run_wfsim("report h.h5 --html h.html --charts charts --csv tables -q", dir.path());
    INFO(report.output);
    REQUIRE(report.exit_code == 0);
    const output::ResultReader reader(dir.file("h.h5"));
    const auto tables = output::read_outcome_tables(reader);
    REQUIRE(tables);
    REQUIRE(tables->risks.size() == 10);
    const std::string map = dir.read("charts/chart-risk-heat-map.svg");
    const std::string page = dir.read("h.html");
    std::size_t modelled = 0;
    for (std::size_t r = 0; r < tables->risks.size(); ++r) {
        const auto& risk = tables->risks[r];
        const auto& result = tables->risk_results[0][r];
        INFO(risk.id);
        CHECK(page.find("<tr><td>" + risk.id + " " + risk.title + "</td>") != std::string::npos);
        if (!risk.modelled) continue;
        ++modelled;
        CHECK(map.find(risk.id + ": current rating " + std::to_string(risk.register_rating)) !=
              std::string::npos);
        CHECK(map.find(risk.id + ": target rating " + std::to_string(risk.target_rating)) !=
              std::string::npos);
        // The simulated marker: its hover text, and the cell it is drawn in.
        const std::string hover =
            risk.id + ", baseline: simulated likelihood " + std::to_string(result.likelihood) +
            " (P(rated consequence) = " + percent(result.rated) + ") x consequence " +
            std::to_string(result.consequence) + " = " + std::to_string(result.rating);
        const auto at = map.find("<title>" + hover + "</title>");
        REQUIRE(at != std::string::npos);
        const auto path = map.rfind("<path d=\"M", at);
        std::smatch m;
        const std::string marker = map.substr(path, at - path);
        REQUIRE(std::regex_search(marker, m, std::regex(R"(M([0-9.]+),([0-9.]+)L)")));
        CHECK(cell_of(std::stod(m[1]), std::stod(m[2])) ==
              std::make_pair(static_cast<int>(result.likelihood),
                             static_cast<int>(result.consequence)));
    }
    CHECK(modelled == 5);  // 498, 499, 500, 501, 503
    CHECK(count(page, "<td colspan=\"4\">not modelled</td>") == 5);
    // Risk 500 is rated by shortfall: the page gives the adverse event's probability and the one
    // it is rated at, each under its own name.
    CHECK(page.find("baseline: P(adverse event)</th><th>P(rated consequence)</th>") !=
          std::string::npos);
    CHECK(csv_rows(dir.read("tables/risks.csv")) == 10);
}
