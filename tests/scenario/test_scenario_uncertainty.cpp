// `uncertainty`: parameters declared uncertain, read strictly with located errors.
#include <catch2/catch.hpp>

#include "scenario_test_support.hpp"

using namespace scenario_test;
using wfsim::models::load_scenario_text;
using wfsim::sweeps::DistributionKind;

namespace {

const std::string kHead = R"(schema_version: 1
name: Uncertain ward
start: 2024-04-01
years: 2
groups:
  ward_nurses:
    sector: nhs
    headcount: 40
    leaving: {turnover: 12%}
    absence: {rate: 5%}
  porters:
    sector: nhs
    headcount: 10
    leaving: {turnover: 20%}
uncertainty:
)";

}  // namespace

TEST_CASE("Uncertainty: each distribution, change and path form is read") {
    const auto s = load_scenario_text(kHead + R"(  nurse_turnover:
    path: groups.ward_nurses.leaving.turnover
    triangular: {min: 10%, mode: 12%, max: 15%}
  absence:
    path: groups.*.absence.rate
    change: multiply
    truncated_normal: {mean: 1, sd: 0.1, min: 0.8, max: 1.2}
  hire_time:
    path: groups.ward_nurses.recruitment.time_to_hire_days.lognormal.mean
    values: [60, 90, 120]
)",
                                      "test.yaml");
    REQUIRE(s.uncertainty.size() == 3);
    CHECK(s.uncertainty[0].name == "nurse_turnover");
    CHECK(s.uncertainty[0].target.path.text() == "groups.ward_nurses.leaving.turnover");
    CHECK(!s.uncertainty[0].target.whole_number);
    CHECK(s.uncertainty[0].target.position.line == 17);
    CHECK(s.uncertainty[0].distribution().kind() == DistributionKind::Triangular);
    CHECK(s.uncertainty[0].distribution().parameters()[2] == Approx(0.15));
    CHECK(s.uncertainty[1].change_kind() == wfsim::models::FactorChange::Multiply);
    CHECK(s.uncertainty[1].distribution().kind() == DistributionKind::TruncatedNormal);
    CHECK(s.uncertainty[2].distribution().value_list() == std::vector<double>{60, 90, 120});
    // The resolved YAML keeps them, and reads back the same.
    const auto again = load_scenario_text(wfsim::models::resolved_scenario_yaml(s), "again.yaml");
    REQUIRE(again.uncertainty.size() == 3);
    CHECK(again.uncertainty[1].target.path == s.uncertainty[1].target.path);
    CHECK(again.uncertainty[0].distribution().text() == s.uncertainty[0].distribution().text());
    CHECK(again.uncertainty[2].change == "set");
}

TEST_CASE("Uncertainty: a misspelt key or group in a path is located, with a suggestion") {
    check_at(only_diagnostic(kHead + R"(  x:
    path: groups.ward_nurses.leavng.turnover
    uniform: {min: 0.1, max: 0.2}
)"),
             17, 11, "uncertainty.x.path");
    const auto d = only_diagnostic(kHead + R"(  x:
    path: groups.ward_nurse.leaving.turnover
    uniform: {min: 0.1, max: 0.2}
)");
    CHECK(d.message == "unknown group 'ward_nurse'; did you mean 'ward_nurses'?");
    const auto key = only_diagnostic(kHead + R"(  x:
    path: groups.ward_nurses.leavng.turnover
    uniform: {min: 0.1, max: 0.2}
)");
    CHECK(key.message.find("did you mean 'leaving'?") != std::string::npos);
}

TEST_CASE("Uncertainty: a path must name one number that can vary") {
    const auto message = [](const std::string& path) {
        return only_diagnostic(kHead + "  x:\n    path: " + path +
                               "\n    uniform: {min: 1, max: 2}\n")
            .message;
    };
    CHECK(message("groups.ward_nurses.leaving") ==
          "groups.ward_nurses.leaving is a map: name one number inside it");
    CHECK(message("groups.ward_nurses.recruitment.time_to_hire_days")
              .find("time_to_hire_days.lognormal.mean") != std::string::npos);
    CHECK(message("years") == "'years' cannot vary");
    CHECK(message("groups.ward_nurses.sector").find("a factor varies a number") !=
          std::string::npos);
    CHECK(message("groups.ward_nurses") ==
          "groups.ward_nurses is a map: name one number inside it");
}

TEST_CASE("Uncertainty: exactly one distribution, with consistent parameters") {
    const auto none = only_diagnostic(kHead + R"(  x:
    path: groups.ward_nurses.leaving.turnover
)");
    CHECK(none.message.find("uniform") != std::string::npos);
    const auto two = diagnostics_of(kHead + R"(  x:
    path: groups.ward_nurses.leaving.turnover
    uniform: {min: 0.1, max: 0.2}
    normal: {mean: 0.1, sd: 0.01}
)");
    CHECK(!two.empty());
    const auto reversed = only_diagnostic(kHead + R"(  x:
    path: groups.ward_nurses.leaving.turnover
    uniform: {min: 0.2, max: 0.1}
)");
    check_at(reversed, 18, 14, "uncertainty.x.uniform");
    CHECK(reversed.message == "min must be below max");
    const auto repeated = only_diagnostic(kHead + R"(  x:
    path: groups.ward_nurses.leaving.turnover
    values: [10%, 0.1]
)");
    CHECK(repeated.message == "0.1 is listed twice; give each value once");
    // The misspelt key, and the distribution it was meant to give.
    const auto misspelt = diagnostics_of(kHead + R"(  x:
    path: groups.ward_nurses.leaving.turnover
    unifrom: {min: 0.1, max: 0.2}
)");
    REQUIRE(misspelt.size() == 2);
    CHECK(misspelt[1].message == "unknown key 'unifrom'; did you mean 'uniform'?");
}
