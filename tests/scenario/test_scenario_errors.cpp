// Every kind of bad input gives a ScenarioError whose diagnostics name the exact line, column and
// key path, and say what was expected.
#include <catch2/catch.hpp>
#include <cstdint>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/yaml/yaml_reader.hpp"
#include "tests/scenario/scenario_test_support.hpp"

using namespace wfsim::models;
using scenario_test::check_at;
using scenario_test::diagnostics_of;
using scenario_test::only_diagnostic;

namespace {

// The valid scenario the cases below change one line of (line 9 is the leaving line).
const std::string kHead =
    "schema_version: 1\n"    // 1
    "name: Test\n"           // 2
    "start: 2022-04-01\n"    // 3
    "years: 5\n"             // 4
    "groups:\n"              // 5
    "  nursing:\n"           // 6
    "    sector: nhs\n"      // 7
    "    headcount: 100\n";  // 8

}  // namespace

TEST_CASE("the base of the error cases is valid", "[scenario]") {
    CHECK_NOTHROW(load_scenario_text(kHead + "    leaving: {turnover: 0.12}\n", "test.yaml"));
}

TEST_CASE("a diagnostic prints as file:line:column: path: message", "[scenario]") {
    const auto d = only_diagnostic(kHead + "    leaving: {turnover: 1.2}\n");
    CHECK(d.str() ==
          "test.yaml:9:25: groups.nursing.leaving.turnover: expected a rate in [0, 1], got 1.2");
}

TEST_CASE("an unknown key is reported with the closest allowed key", "[scenario]") {
    auto d = only_diagnostic(kHead + "    leaving: {turnover: 0.12, first_year_multipler: 2}\n");
    check_at(d, 9, 31, "groups.nursing.leaving.first_year_multipler");
    CHECK(d.message == "unknown key 'first_year_multipler'; did you mean 'first_year_multiplier'?");

    // A key of a nested map written one level too high.
    d = only_diagnostic(kHead + "    leaving: {turnover: 0.12}\n    absence_rate: 0.05\n");
    check_at(d, 10, 5, "groups.nursing.absence_rate");
    CHECK(d.message == "unknown key 'absence_rate'; did you mean 'absence.rate'?");

    // Nothing close: the allowed keys are listed.
    d = only_diagnostic(kHead + "    leaving: {turnover: 0.12}\nforecast: []\n");
    check_at(d, 10, 1, "forecast");
    CHECK_THAT(d.message, Catch::StartsWith("unknown key 'forecast'; allowed here: "
                                            "schema_version, name, description, start"));
}

TEST_CASE("a repeated key is reported where it repeats, naming the first", "[scenario]") {
    const auto d = only_diagnostic(kHead + "    leaving: {turnover: 0.12}\n    headcount: 120\n");
    check_at(d, 10, 5, "groups.nursing.headcount");
    CHECK(d.message == "duplicate key 'headcount' (first at 8:5); give each key once");
}

TEST_CASE("yes/no words are not numbers or booleans", "[scenario]") {
    const auto d =
        only_diagnostic(kHead + "    leaving: {turnover: 0.12, first_year_multiplier: yes}\n");
    check_at(d, 9, 54, "groups.nursing.leaving.first_year_multiplier");
    CHECK(d.message ==
          "expected a number, found 'yes': yes/no/on/off are not values in this format");

    // The boolean reader every future true/false key uses: only true and false.
    const YAML::Node doc = YAML::Load("a: yes\nb: true\nc: \"false\"\nd: Off\ne: false\n");
    DiagnosticList list;
    schema::Reporter reporter(list, "flags.yaml");
    const schema::MapReader map(doc, "", &reporter);
    const auto read = [&](const char* key) {
        return schema::read_boolean(schema::value_ref(*map.find(key), key), reporter);
    };
    CHECK_FALSE(read("a"));
    CHECK(read("b") == true);
    CHECK_FALSE(read("c"));
    CHECK_FALSE(read("d"));
    CHECK(read("e") == false);
    const auto errors = list.sorted();
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].str() ==
          "flags.yaml:1:4: a: expected true or false, found 'yes': only the lower-case words "
          "true and false are booleans here");
    CHECK(errors[1].line == 3);
    CHECK_THAT(errors[1].message, Catch::Contains("the quoted string \"false\""));
    CHECK(errors[2].line == 4);
}

TEST_CASE("a quoted number is an error", "[scenario]") {
    std::string text = kHead;
    text.replace(text.find("headcount: 100"), 14, "headcount: \"100\"");
    const auto d = only_diagnostic(text + "    leaving: {turnover: 0.12}\n");
    check_at(d, 8, 16, "groups.nursing.headcount");
    CHECK(d.message ==
          "expected a number, found the quoted string \"100\": write numbers without quotes");
}

TEST_CASE("a missing required key is reported at its parent map", "[scenario]") {
    std::string text = kHead;
    text.erase(text.find("    sector: nhs\n"), 16);
    auto d = only_diagnostic(text + "    leaving: {turnover: 0.12}\n");
    check_at(d, 7, 5, "groups.nursing.sector");
    CHECK(d.message == "missing required key 'sector'");

    d = only_diagnostic(kHead);
    check_at(d, 7, 5, "groups.nursing.leaving");
    CHECK(d.message == "missing required key 'leaving'");

    d = only_diagnostic(kHead + "    leaving: {first_year_multiplier: 2}\n");
    check_at(d, 9, 14, "groups.nursing.leaving");
    CHECK(d.message == "missing required key: give 'turnover', 'hazard_per_year' or 'wastage'");

    text = kHead + "    leaving: {turnover: 0.12}\n";
    text.erase(0, text.find("name:"));
    d = only_diagnostic(text);
    check_at(d, 1, 1, "schema_version");
    CHECK(d.message == "missing required key 'schema_version'");
}

TEST_CASE("rates and numbers out of range are errors", "[scenario]") {
    auto d = only_diagnostic(kHead + "    leaving: {turnover: 1.2}\n");
    check_at(d, 9, 25, "groups.nursing.leaving.turnover");
    CHECK(d.message == "expected a rate in [0, 1], got 1.2");

    d = only_diagnostic(kHead + "    leaving: {turnover: 120%}\n");
    CHECK(d.message == "expected a rate in [0, 1], got 120%");

    d = only_diagnostic(kHead + "    leaving: {turnover: 0.1}\n    vacancy_rate: 1\n");
    check_at(d, 10, 19, "groups.nursing.vacancy_rate");
    CHECK(d.message == "expected a rate in [0, 1), got 1");

    std::string text = kHead;
    text.replace(text.find("headcount: 100"), 14, "headcount: -5");
    d = only_diagnostic(text + "    leaving: {turnover: 0.1}\n");
    check_at(d, 8, 16, "groups.nursing.headcount");
    CHECK(d.message == "expected a number >= 0, got -5");

    text = kHead;
    text.replace(text.find("years: 5"), 8, "years: 0");
    d = only_diagnostic(text + "    leaving: {turnover: 0.1}\n");
    check_at(d, 4, 8, "years");
    CHECK(d.message == "expected a whole number in [1, 100], got 0");
}

TEST_CASE("dates must be real and the start the first of a month", "[scenario]") {
    std::string text = kHead + "    leaving: {turnover: 0.1}\n";
    std::string bad = text;
    bad.replace(bad.find("2022-04-01"), 10, "2022-02-30");
    auto d = only_diagnostic(bad);
    check_at(d, 3, 8, "start");
    CHECK_THAT(d.message, Catch::StartsWith("'2022-02-30' is not a real date"));

    bad = text;
    bad.replace(bad.find("2022-04-01"), 10, "April 2022");
    d = only_diagnostic(bad);
    check_at(d, 3, 8, "start");
    CHECK(d.message == "expected a date YYYY-MM-DD, found 'April 2022'");

    bad = text;
    bad.replace(bad.find("2022-04-01"), 10, "2022-04-15");
    d = only_diagnostic(bad);
    check_at(d, 3, 8, "start");
    CHECK(d.message ==
          "the start must be the first day of a month, got 2022-04-15 (use 2022-04-01)");
}

TEST_CASE("alternatives given together are errors", "[scenario]") {
    auto d = only_diagnostic(kHead + "    leaving: {turnover: 0.12, hazard_per_year: 0.1}\n");
    check_at(d, 9, 31, "groups.nursing.leaving.hazard_per_year");
    CHECK(d.message ==
          "'turnover' (at 9:15) and 'hazard_per_year' are alternatives: give only one of them");

    std::string text = kHead + "    leaving: {turnover: 0.12}\n";
    text.insert(text.find("groups:"), "months: 60\n");
    d = only_diagnostic(text);
    check_at(d, 5, 1, "months");
    CHECK(d.message == "'years' (at 4:1) and 'months' are alternatives: give only one of them");
}

TEST_CASE("band profiles: overlaps, bounds, labels and sums", "[scenario]") {
    const std::string leaving = "    leaving: {turnover: 0.12}\n";
    auto d = only_diagnostic(kHead + "    age_bands: {under_25: 0.2, 20_34: 0.3, 35_plus: 0.5}\n" +
                             leaving);
    check_at(d, 9, 32, "groups.nursing.age_bands.20_34");
    CHECK(d.message == "band '20_34' overlaps band 'under_25' (at 9:17)");

    d = only_diagnostic(kHead + "    age_bands: {under_25: 0.2, 25_34: 0.3, 35_plus: 0.4}\n" +
                        leaving);
    check_at(d, 9, 16, "groups.nursing.age_bands");
    CHECK(d.message == "band shares sum to 0.9; they must sum to 1 (within 0.01)");

    d = only_diagnostic(kHead + "    age_bands: {16_24: 0.5, 25_plus: 0.5}\n" + leaving);
    check_at(d, 9, 17, "groups.nursing.age_bands.16_24");
    CHECK(d.message == "band '16_24' starts at 16, below age_min 18");

    d = only_diagnostic(kHead + "    age_bands: {under_25: 0.5, 25-plus: 0.5}\n" + leaving);
    check_at(d, 9, 32, "groups.nursing.age_bands.25-plus");
    CHECK_THAT(d.message, Catch::StartsWith("'25-plus' is not a band label"));

    d = only_diagnostic(kHead + "    tenure_bands: {under_5: 0.5, 5_45: 0.5}\n" + leaving);
    check_at(d, 9, 34, "groups.nursing.tenure_bands.5_45");
    CHECK(d.message == "band '5_45' ends at 46, above the upper end 40");
}

TEST_CASE("group names must be lower-case identifiers", "[scenario]") {
    std::string text = kHead + "    leaving: {turnover: 0.12}\n";
    text.replace(text.find("nursing:"), 8, "Nursing:");
    const auto d = only_diagnostic(text);
    check_at(d, 6, 3, "groups.Nursing");
    CHECK(d.message ==
          "group name 'Nursing' is not valid: use [a-z][a-z0-9_]* (lower-case "
          "letters, digits and _, starting with a letter)");
}

TEST_CASE("a YAML syntax error is reported at its position", "[scenario]") {
    const auto d = only_diagnostic("schema_version: 1\nname: Test\nstart: {a: 1]\n");
    check_at(d, 3, 13, "");
    CHECK(d.message == "YAML syntax error: illegal flow end");
}

TEST_CASE("files that are not a scenario map give clear diagnostics", "[scenario]") {
    auto d = only_diagnostic("");
    CHECK(d.line == 0);
    CHECK_THAT(d.message, Catch::StartsWith("the file is empty"));
    CHECK(only_diagnostic("# only a comment\n").message == d.message);

    d = only_diagnostic("- a\n- b\n");
    check_at(d, 1, 1, "");
    CHECK_THAT(d.message, Catch::EndsWith("at the top level, found a list"));

    d = only_diagnostic("schema_version: 1\nname: Caf\xE9\n");
    check_at(d, 2, 10, "");
    CHECK(d.message == "the file is not UTF-8 text (byte 0xE9): save it as UTF-8");

    d = only_diagnostic(std::string("\xFF\xFEs\0c", 5));
    CHECK(d.message == "the file is UTF-16 text: save it as UTF-8");

    d = only_diagnostic(kHead + "    leaving: {turnover: 0.12}\n---\nname: second\n");
    check_at(d, 10, 1, "");  // at the '---'
    CHECK_THAT(d.message, Catch::StartsWith("a scenario file holds one YAML document"));
}

TEST_CASE("checks across keys: size, ages, schema version", "[scenario]") {
    const std::string leaving = "    leaving: {turnover: 0.12}\n";
    auto d = only_diagnostic(kHead + "    wte: 80\n    wte_per_head: 0.9\n" + leaving);
    check_at(d, 10, 19, "groups.nursing.wte_per_head");
    CHECK(d.message ==
          "headcount x wte_per_head = 90 WTE, but wte is 80: the three differ by "
          "more than 0.5%; give two of them");
    CHECK_NOTHROW(
        load_scenario_text(kHead + "    wte: 89.6\n    wte_per_head: 0.9\n" + leaving, "ok.yaml"));

    std::string text = kHead;
    text.replace(text.find("headcount: 100"), 14, "wte: 100");
    d = only_diagnostic(text + leaving);
    check_at(d, 8, 10, "groups.nursing.wte");
    CHECK(d.message == "wte alone does not give a headcount: add wte_per_head or headcount");

    text = kHead;
    text.erase(text.find("    headcount: 100\n"));
    d = only_diagnostic(text + leaving);
    check_at(d, 7, 5, "groups.nursing");
    CHECK_THAT(d.message, Catch::StartsWith("missing the group's size"));

    d = only_diagnostic(kHead + "    age_min: 30\n    age_max: 30\n" + leaving);
    check_at(d, 10, 14, "groups.nursing.age_max");
    CHECK(d.message == "age_max (30) must be greater than age_min (30)");

    text = kHead + leaving;
    text.replace(0, 17, "schema_version: 2");
    d = only_diagnostic(text);
    check_at(d, 1, 17, "schema_version");
    CHECK(d.message == "this wfsim reads schema_version 1, not 2");
}

TEST_CASE("duration distributions are checked", "[scenario]") {
    const std::string leaving = "    leaving: {turnover: 0.12}\n";
    auto d = only_diagnostic(kHead + leaving +
                             "    recruitment: {time_to_hire_days: {lognormall: {mean: 90}}}\n");
    check_at(d, 10, 39, "groups.nursing.recruitment.time_to_hire_days.lognormall");
    CHECK(d.message == "unknown distribution 'lognormall'; did you mean 'lognormal'?");

    d = only_diagnostic(kHead + leaving +
                        "    absence: {spell_days: {uniform: {min: 5, max: 5}}}\n");
    check_at(d, 10, 51, "groups.nursing.absence.spell_days.uniform.max");
    CHECK(d.message == "max (5) must be greater than min (5)");

    d = only_diagnostic(kHead + leaving + "    absence: {spell_days: {lognormal: {mean: 8}}}\n");
    check_at(d, 10, 39, "groups.nursing.absence.spell_days.lognormal.sd");
    CHECK(d.message == "missing required key 'sd'");

    d = only_diagnostic(kHead + leaving + "    absence: {spell_days: [8, 10]}\n");
    check_at(d, 10, 27, "groups.nursing.absence.spell_days");
    CHECK_THAT(d.message,
               Catch::StartsWith("expected a duration in days") && Catch::EndsWith("found a list"));
}

TEST_CASE("every problem in a file is reported, sorted by position", "[scenario]") {
    const std::string text =
        "groups:\n"                                       // 1
        "  nursing:\n"                                    // 2
        "    sector: NHS\n"                               // 3
        "    headcount: 100\n"                            // 4
        "    leaving: {turnover: 1.5}\n"                  // 5
        "schema_version: 1\n"                             // 6
        "name: Test\n"                                    // 7
        "start: 2022-04-02\n"                             // 8
        "years: 5\n"                                      // 9
        "defaults: {absence: {rate: \"5%\", rat: 1}}\n";  // 10
    const auto all = diagnostics_of(text);
    std::vector<std::string> lines;
    for (const auto& d : all) lines.push_back(d.str());
    const std::vector<std::string> expected = {
        "test.yaml:3:13: groups.nursing.sector: 'NHS' is not a valid name: use [a-z][a-z0-9_]* "
        "(lower-case letters, digits and _, starting with a letter)",
        "test.yaml:5:25: groups.nursing.leaving.turnover: expected a rate in [0, 1], got 1.5",
        "test.yaml:8:8: start: the start must be the first day of a month, got 2022-04-02 (use "
        "2022-04-01)",
        "test.yaml:10:34: defaults.absence.rat: unknown key 'rat'; did you mean 'rate'?",
    };
    CHECK(lines == expected);
}

TEST_CASE("damaged files give diagnostics, never another exception", "[scenario]") {
    const std::string base =
        kHead +
        "    leaving: {turnover: 0.12, first_year_multiplier: 2}\n"
        "    age_bands: {under_25: 0.2, 25_54: 0.5, 55_plus: 0.3}\n"
        "    recruitment: {time_to_hire_days: {lognormal: {mean: 90, sd: 30}}}\n"
        "defaults: {absence: {rate: 5%}}\n";
    const std::string alphabet = " :{}[],-#'\"\n\t%&*!|>?0123456789.eaz_";
    std::uint64_t state = 12345;
    const auto next = [&state](std::uint64_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    };
    int rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = base;
        for (int edit = 1 + static_cast<int>(next(3)); edit > 0; --edit) {
            const std::size_t at = next(text.size());
            const char c = alphabet[next(alphabet.size())];
            switch (next(3)) {
                case 0:
                    text.erase(at, 1);
                    break;
                case 1:
                    text.insert(at, 1, c);
                    break;
                default:
                    text[at] = c;
            }
        }
        try {
            load_scenario_text(text, "damaged.yaml");
        } catch (const ScenarioError& e) {
            ++rejected;
            REQUIRE_FALSE(e.diagnostics().empty());
            for (const auto& d : e.diagnostics()) {
                REQUIRE_FALSE(d.message.empty());
                REQUIRE(d.line >= 0);
            }
        }
    }
    CHECK(rejected > 1000);
}

TEST_CASE("whole numbers: fractions and overflow are named", "[scenario]") {
    std::string text = kHead + "    leaving: {turnover: 0.1}\n";
    std::string bad = text;
    bad.replace(bad.find("years: 5"), 8, "years: 5.5");
    CHECK(only_diagnostic(bad).message ==
          "expected a whole number, found '5.5': no fraction allowed here");
    bad = text;
    bad.replace(bad.find("years: 5"), 8, "years: 99999999999999999999");
    CHECK(only_diagnostic(bad).message ==
          "expected a whole number, found '99999999999999999999': it is too large");
}

TEST_CASE("a group that starts empty has posts to fill and nothing of a starting state",
          "[scenario]") {
    std::string text = kHead;
    text.replace(text.find("headcount: 100"), 14, "headcount: 0");
    CHECK_NOTHROW(load_scenario_text(
        text + "    establishment_wte: 40\n    leaving: {turnover: 0.1}\n", "test.yaml"));
    auto d = only_diagnostic(text + "    leaving: {turnover: 0.1}\n");
    CHECK(d.path == "groups.nursing.headcount");
    CHECK(d.message.find("needs establishment_wte") != std::string::npos);
    d = only_diagnostic(text + "    vacancy_rate: 0.1\n    leaving: {turnover: 0.1}\n");
    CHECK(d.path == "groups.nursing.vacancy_rate");
    CHECK(d.message.find("no equilibrium to start from") != std::string::npos);
    const auto all =
        diagnostics_of(text +
                       "    wte: 30\n    establishment_wte: 40\n"
                       "    tenure_bands: {under_1: 1}\n    leaving: {turnover: 0.1}\n");
    REQUIRE(all.size() == 2);
    CHECK(all[0].path == "groups.nursing.wte");
    CHECK(all[1].path == "groups.nursing.tenure_bands");
}
