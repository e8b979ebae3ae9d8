// Every problem the calibration finds is reported where the scenario gave the value: its line and
// column in the file, the entry of `defaults` a group took it from, or the override that set it.
#include <catch2/catch.hpp>

#include "models/calibration/calibration.hpp"
#include "models/scenario/scenario_loader.hpp"

using namespace wfsim;

namespace {

// 12% turnover with a 90-day time to hire gives a vacancy rate of about 2.9%: 1% is refused.
constexpr const char* kScenario = R"(schema_version: 1
name: places
start: 2024-04-01
years: 1
defaults:
  sector: nhs
  DEFAULT_VACANCY
groups:
  nurses:
    headcount: 50
    leaving: {turnover: 12%}
  porters:
    headcount: 20
    OWN_VACANCY
    leaving: {turnover: 12%, to_groups: {nurses: 5%, MOVES: 5%}}
)";

// kScenario with its placeholders filled in.
std::string scenario(const std::string& default_vacancy, const std::string& own_vacancy,
                     const std::string& moves = "cooks") {
    std::string text = kScenario;
    const auto fill = [&](const std::string& key, const std::string& value) {
        text.replace(text.find(key), key.size(), value);
    };
    fill("DEFAULT_VACANCY", default_vacancy.empty() ? "absence: {rate: 5%}" : default_vacancy);
    fill("OWN_VACANCY", own_vacancy.empty() ? "absence: {rate: 4%}" : own_vacancy);
    fill("MOVES", moves);
    if (moves == "cooks") text += "  cooks:\n    headcount: 10\n    leaving: {turnover: 12%}\n";
    return text;
}

models::Diagnostic calibration_problem(const std::string& text,
                                       const std::vector<std::string>& overrides = {}) {
    const auto loaded =
        models::load_scenario_text(text, "s.yaml", models::parse_parameter_overrides(overrides));
    try {
        models::resolve_scenario(loaded);
    } catch (const models::CalibrationError& e) {
        return e.located(loaded);
    }
    FAIL("expected a CalibrationError");
    return {};
}

}  // namespace

TEST_CASE("a calibration problem in a group is placed at the group's value", "[calibration]") {
    const auto d = calibration_problem(scenario("", "vacancy_rate: 1%"));
    CHECK(d.file == "s.yaml");
    CHECK(d.line == 14);
    CHECK(d.column == 19);
    CHECK(d.path == "groups.porters.vacancy_rate");
    CHECK_THAT(d.message, Catch::Matchers::Contains("time_to_hire"));
}

TEST_CASE("a calibration problem with a value from defaults is placed in defaults",
          "[calibration]") {
    const auto d = calibration_problem(scenario("vacancy_rate: 1%", ""));
    CHECK(d.str().rfind("s.yaml:7:17: groups.nurses.vacancy_rate: a vacancy rate of 1.00%", 0) ==
          0);
}

TEST_CASE("a calibration problem with a value from an override is placed at the override",
          "[calibration]") {
    const auto d = calibration_problem(scenario("", ""), {"groups.porters.vacancy_rate=1%"});
    CHECK(d.str().rfind("--set groups.porters.vacancy_rate=1%: groups.porters.vacancy_rate: ", 0) ==
          0);
    const auto every = calibration_problem(scenario("", ""), {"groups.*.vacancy_rate=1%"});
    CHECK(every.file == "--set groups.*.vacancy_rate=1%");
    CHECK(every.path == "groups.nurses.vacancy_rate");
}

TEST_CASE("a calibration problem inside a flow map is placed at its value", "[calibration]") {
    std::string text = scenario("", "");
    const std::string turnover = "{turnover: 12%, to_groups";
    text.replace(text.find(turnover), turnover.size(),
                 "{turnover: 1%, retirement: {hazard_by_age: {55_plus: 0.5}}, to_groups");
    const auto d = calibration_problem(text);
    CHECK(d.file == "s.yaml");
    CHECK(d.line == 15);
    CHECK(d.column == 25);
    CHECK(d.path == "groups.porters.leaving.turnover");
}

TEST_CASE("a calibration problem with a key not written is placed at the object holding it",
          "[calibration]") {
    std::string text = scenario("", "");
    text.replace(text.find("    headcount: 50\n"), 18, "    wte: 0.2\n    wte_per_head: 1\n");
    const auto d = calibration_problem(text);
    CHECK(d.str() == "s.yaml:9:3: groups.nurses: the group has no staff in post");
}
