// Targets, risks and likelihood bands as written: what a good file reads into, and a located
// error (file:line:column and key path) for each kind of mistake.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "tests/scenario/scenario_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace scenario_test;
using wfsim::models::Scenario;

namespace {

// Two groups in two sectors, 2022/23 to 2024/25; line 15 is the first line after `targets:`.
const std::string kHead = R"(schema_version: 1
name: outcomes
start: 2022-04-01
years: 3
defaults: {leaving: {turnover: 12%}}
groups:
  nurses:
    sector: nhs
    headcount: 100
    vacancy_rate: 10%
  carers:
    sector: social_care
    headcount: 100
targets:
)";

const std::string kTargets = R"(  vacancy:
    metric: vacancy_rate
    unit: nhs
    year: 2022/23
    at_least: 8%
    at_most: 12%
)";

Scenario read(const std::string& yaml) {
    return wfsim::models::load_scenario_text(yaml, "test.yaml");
}

}  // namespace

TEST_CASE("targets of every period read as written", "[scenario][outcomes]") {
    const Scenario s = read(kHead + kTargets + R"(  turnover_every_year:
    metric: turnover
    years: 2022/23..
    at_most: 0.12
  winter_absence:
    metric: absence_rate
    unit: carers
    month: 2024-01
    at_most: 6%
  trajectory:
    metric: vacancy_rate
    at_least_by_year: {2022/23: 5%, 2023/24: 4%}
    at_most_by_year: {2022/23: 12%, 2023/24: 11%}
risks:
  r1:
    id: "498"
    title: Supply
    missed: vacancy
    consequence: 4
    rating: 16
    target_rating: 12
  r2:
    title: Governance
    not_modelled: governance is not simulated
    rating: 9
    target_rating: 3
  r3:
    title: Turnover
    missed: turnover_every_year
    consequence_by_shortfall: {0: 3, 2%: 4}
    rating: 12
    target_rating: 8
likelihood_bands:
  likely: {to: 60%}
  almost_certain: {from: 60%}
)");
    REQUIRE(s.targets.size() == 4);
    CHECK(s.targets[0].unit == "nhs");
    CHECK(*s.targets[0].year == 2022);
    CHECK(*s.targets[0].at_least == Approx(0.08));
    CHECK(s.targets[1].unit == "total");
    CHECK(s.targets[1].years->first == 2022);
    CHECK_FALSE(s.targets[1].years->last);
    CHECK(s.targets[2].month->iso() == "2024-01-01");
    CHECK(s.targets[3].at_most_by_year.size() == 2);
    REQUIRE(s.risks.size() == 3);
    CHECK(s.risks[0].id == "498");
    CHECK(s.risks[0].modelled());
    CHECK_FALSE(s.risks[1].modelled());
    CHECK(s.risks[2].missed == "turnover_every_year");
    REQUIRE(s.risks[2].consequence_by_shortfall.size() == 2);
    CHECK(s.risks[2].consequence_by_shortfall[1].from == Approx(0.02));
    CHECK(s.likelihood_bands.likely.to == Approx(0.6));
    CHECK(s.likelihood_bands.rare.to == 0.001);  // the NPSA default where not given
    // The resolved file reads back to the same targets and risks.
    const Scenario again = read(wfsim::models::resolved_scenario_yaml(s));
    CHECK(again.targets.size() == 4);
    CHECK(again.targets[1].years->first == 2022);
    CHECK(again.targets[2].month == s.targets[2].month);
    CHECK(again.risks[2].consequence_by_shortfall[1].from ==
          s.risks[2].consequence_by_shortfall[1].from);
    CHECK(again.likelihood_bands.almost_certain.from == Approx(0.6));
}

TEST_CASE("bad targets are located errors", "[scenario][outcomes]") {
    SECTION("an unknown unit, with the closest one suggested") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n    unit: nhss\n"
                                       "    year: 2022/23\n    at_most: 9%\n");
        check_at(d, 17, 11, "targets.v.unit");
        CHECK_THAT(d.message, Catch::Contains("did you mean 'nhs'"));
    }
    SECTION("a year outside the run") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n"
                                       "    year: 2025/26\n    at_most: 9%\n");
        check_at(d, 17, 11, "targets.v.year");
        CHECK_THAT(d.message, Catch::Contains("2022/23 to 2024/25"));
    }
    SECTION("a range ending outside the run") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n"
                                       "    years: 2022/23..2026/27\n    at_most: 9%\n");
        check_at(d, 17, 12, "targets.v.years");
    }
    SECTION("a trajectory year outside the run, at its key") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n"
                                       "    at_most_by_year: {2021/22: 12%, 2022/23: 11%}\n");
        check_at(d, 17, 23, "targets.v.at_most_by_year.2021/22");
    }
    SECTION("a month outside the run") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n"
                                       "    month: 2025-04\n    at_most: 9%\n");
        check_at(d, 17, 12, "targets.v.month");
    }
    SECTION("no period") {
        const auto d = only_diagnostic(kHead + "  v:\n    metric: vacancy_rate\n    at_most: 9%\n");
        check_at(d, 16, 5, "targets.v");
        CHECK_THAT(d.message, Catch::Contains("give the target's period"));
    }
    SECTION("two periods") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n    year: 2022/23\n"
                                       "    month: 2023-01\n    at_most: 9%\n");
        check_at(d, 18, 12, "targets.v.month");
    }
    SECTION("no condition") {
        const auto d =
            only_diagnostic(kHead + "  v:\n    metric: vacancy_rate\n    year: 2022/23\n");
        CHECK_THAT(d.message, Catch::Contains("give the condition"));
    }
    SECTION("a range nothing can meet") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n    year: 2022/23\n"
                                       "    at_least: 12%\n    at_most: 8%\n");
        check_at(d, 19, 14, "targets.v.at_most");
    }
    SECTION("a malformed year, month and range") {
        CHECK_THAT(
            only_diagnostic(kHead + "  v:\n    metric: m\n    year: 2022/24\n    at_most: 1\n")
                .message,
            Catch::Contains("not a financial year"));
        CHECK_THAT(
            only_diagnostic(kHead + "  v:\n    metric: m\n    month: 2024-13\n    at_most: 1\n")
                .message,
            Catch::Contains("not a month"));
        CHECK_THAT(only_diagnostic(
                       kHead + "  v:\n    metric: m\n    years: 2024/25..2022/23\n    at_most: 1\n")
                       .message,
                   Catch::Contains("not a range of financial years"));
    }
    SECTION("a single threshold beside thresholds by year") {
        const auto d = only_diagnostic(kHead +
                                       "  v:\n    metric: vacancy_rate\n    at_most: 9%\n"
                                       "    at_most_by_year: {2022/23: 12%}\n");
        check_at(d, 17, 14, "targets.v.at_most");
    }
}

TEST_CASE("bad risks are located errors", "[scenario][outcomes]") {
    const std::string head = kHead + kTargets + "risks:\n  r:\n    title: Supply\n";
    SECTION("a consequence of 6") {
        const auto d = only_diagnostic(head +
                                       "    missed: vacancy\n    consequence: 6\n"
                                       "    rating: 16\n    target_rating: 12\n");
        check_at(d, 25, 18, "risks.r.consequence");
        CHECK_THAT(d.message, Catch::Contains("[1, 5]"));
    }
    SECTION("an unknown target, with the closest one suggested") {
        const auto d = only_diagnostic(head +
                                       "    missed: vacancies\n    consequence: 4\n"
                                       "    rating: 16\n    target_rating: 12\n");
        check_at(d, 24, 13, "risks.r.missed");
        CHECK_THAT(d.message, Catch::Contains("did you mean 'vacancy'"));
    }
    SECTION("a rating that is no product of two scores") {
        const auto d = only_diagnostic(head +
                                       "    missed: vacancy\n    consequence: 4\n"
                                       "    rating: 7\n    target_rating: 12\n");
        check_at(d, 26, 13, "risks.r.rating");
    }
    SECTION("no adverse event, or two") {
        CHECK_THAT(
            only_diagnostic(head + "    consequence: 4\n    rating: 16\n    target_rating: 12\n")
                .message,
            Catch::Contains("missed"));
        const auto d = only_diagnostic(head +
                                       "    missed: vacancy\n    not_modelled: funding\n"
                                       "    consequence: 4\n    rating: 16\n"
                                       "    target_rating: 12\n");
        CHECK(d.line == 25);
    }
    SECTION("no consequence for a modelled risk") {
        const auto d = only_diagnostic(head +
                                       "    missed: vacancy\n    rating: 16\n"
                                       "    target_rating: 12\n");
        check_at(d, 23, 5, "risks.r");
    }
    SECTION("consequences by shortfall that do not start at 0, or fall") {
        const auto d = only_diagnostic(head +
                                       "    missed: vacancy\n"
                                       "    consequence_by_shortfall: {1%: 3, 2%: 4}\n"
                                       "    rating: 16\n    target_rating: 12\n");
        check_at(d, 25, 32, "risks.r.consequence_by_shortfall");
        CHECK_THAT(d.message, Catch::Contains("must be 0"));
        const auto e = only_diagnostic(head +
                                       "    missed: vacancy\n"
                                       "    consequence_by_shortfall: {0: 4, 2%: 3}\n"
                                       "    rating: 16\n    target_rating: 12\n");
        CHECK_THAT(e.message, Catch::Contains("must not fall"));
    }
    SECTION("consequences by shortfall of several targets") {
        const auto d = only_diagnostic(kHead + kTargets +
                                       "  other:\n    metric: turnover\n"
                                       "    year: 2022/23\n    at_most: 12%\n" +
                                       "risks:\n  r:\n    title: Supply\n"
                                       "    any_missed: [vacancy, other]\n"
                                       "    consequence_by_shortfall: {0: 3}\n"
                                       "    rating: 16\n    target_rating: 12\n");
        CHECK(d.path == "risks.r.consequence_by_shortfall");
    }
}

TEST_CASE("likelihood bands that overlap or leave gaps are located errors",
          "[scenario][outcomes]") {
    const std::string head = kHead + kTargets + "likelihood_bands:\n";
    SECTION("a gap") {
        const auto d = only_diagnostic(head + "  possible: {from: 2%}\n");
        check_at(d, 22, 20, "likelihood_bands.possible.from");
        CHECK_THAT(d.message, Catch::Contains("leave a gap"));
    }
    SECTION("an overlap") {
        const auto d = only_diagnostic(head + "  likely: {to: 60%}\n");
        check_at(d, 22, 16, "likelihood_bands.likely.to");
        CHECK_THAT(d.message, Catch::Contains("overlap"));
    }
    SECTION("not reaching 100%") {
        const auto d = only_diagnostic(head + "  almost_certain: {to: 90%}\n");
        check_at(d, 22, 24, "likelihood_bands.almost_certain.to");
    }
    SECTION("an empty band") {
        const auto d = only_diagnostic(head + "  unlikely: {to: 0.1%}\n  possible: {from: 0.1%}\n");
        CHECK(d.path == "likelihood_bands.unlikely.to");
    }
}

TEST_CASE("the targets and risks example of docs/scenario.md is valid", "[scenario][outcomes]") {
    std::ifstream in(wfsim::testing::source_file("docs/scenario.md"), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const auto at = doc.find("\n## Targets and risks\n");
    REQUIRE(at != std::string::npos);
    const auto begin = doc.find("```yaml\n", at) + 8;
    const std::string example = doc.substr(begin, doc.find("```", begin) - begin);
    const Scenario s = read(R"(schema_version: 1
name: docs example
start: 2022-04-01
years: 5
groups:
  nurses:
    sector: nhs_trusts
    headcount: 100
    leaving: {turnover: 12%}
)" + example);
    CHECK(s.targets.size() == 4);
    CHECK(s.risks.size() == 2);
    CHECK_FALSE(s.risks[1].modelled());
    CHECK(s.likelihood_bands.likely.to == Approx(0.5));
}
