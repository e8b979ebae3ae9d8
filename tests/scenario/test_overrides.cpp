// Overrides (`--set PATH=VALUE`): paths resolved through the declarations, values read exactly
// like the file's, problems reported at the override; and the command line around them.
#include <catch2/catch.hpp>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/schema/parameter_override.hpp"
#include "models/scenario/schema/scenario_schema.hpp"
#include "output/result_reader.hpp"
#include "tests/cli/cli_test_support.hpp"

using namespace wfsim;
using namespace wfsim::models;
using Catch::Matchers::Contains;

namespace {

constexpr const char* kTwoGroups = R"(schema_version: 1
name: two groups
start: 2024-04-01
years: 2
defaults:
  sector: nhs
groups:
  nurses:
    headcount: 50
    leaving: {turnover: 12%}
    recruitment:
      time_to_hire_days: {lognormal: {mean: 90, sd: 30}}
  porters:
    headcount: 20
    leaving: {turnover: 20%}
    absence: {rate: 3%}
)";

std::vector<ParameterOverride> overrides(const std::vector<std::string>& texts) {
    return parse_parameter_overrides(texts);
}

Scenario load_with(const std::vector<std::string>& texts, const std::string& text = kTwoGroups) {
    return load_scenario_text(text, "test.yaml", overrides(texts));
}

// Every diagnostic of a load that must fail, as printed.
std::vector<std::string> problems(const std::vector<std::string>& texts,
                                  const std::string& text = kTwoGroups) {
    try {
        load_with(texts, text);
    } catch (const ScenarioError& e) {
        std::vector<std::string> out;
        for (const auto& d : e.diagnostics()) out.push_back(d.str());
        return out;
    }
    FAIL("the scenario loaded without error");
    return {};
}

const GroupSpec& group(const Scenario& s, const std::string& name) {
    for (const auto& g : s.groups)
        if (g.name == name) return g;
    FAIL("no group " << name);
    return s.groups.front();
}

schema::PathResolution resolve(const std::string& text) {
    std::string problem;
    const auto path = schema::parse_parameter_path(text, problem);
    REQUIRE(path);
    return schema::resolve_parameter_path(*path, schema::scenario_schema().info());
}

}  // namespace

TEST_CASE("an override is PATH=VALUE, split at the first '='", "[overrides]") {
    std::string problem;
    const auto o = parse_parameter_override("groups.nurses.leaving.turnover = 10%", problem);
    REQUIRE(o);
    CHECK(o->path.segments == std::vector<std::string>{"groups", "nurses", "leaving", "turnover"});
    CHECK(o->value == " 10%");
    CHECK(o->origin == "--set groups.nurses.leaving.turnover = 10%");
    CHECK(parse_parameter_override("name=a=b", problem)->value == "a=b");
    CHECK(parse_parameter_override("years=", problem)->value.empty());

    CHECK_FALSE(parse_parameter_override("years", problem));
    CHECK_THAT(problem, Contains("expected PATH=VALUE"));
    CHECK_FALSE(parse_parameter_override("=3", problem));
    CHECK_THAT(problem, Contains("empty"));
    CHECK_FALSE(parse_parameter_override("groups..leaving=1", problem));
    CHECK_THAT(problem, Contains("empty key between dots"));
    CHECK_FALSE(parse_parameter_override("groups.a b.x=1", problem));
    CHECK_THAT(problem, Contains("space"));
    CHECK_THROWS_WITH(parse_parameter_overrides({"years=3", "months"}),
                      Contains("--set months: expected PATH=VALUE"));
}

TEST_CASE("paths resolve through the declarations", "[overrides]") {
    using schema::StepKind;
    const auto years = resolve("years");
    REQUIRE(years.ok());
    CHECK(years.target()->type == "whole number");

    const auto turnover = resolve("groups.nurses.leaving.turnover");
    REQUIRE(turnover.ok());
    REQUIRE(turnover.steps.size() == 4);
    CHECK(turnover.steps[1].kind == StepKind::Name);
    CHECK(turnover.target()->type == "rate");
    CHECK(resolve("groups.*.leaving.turnover").steps[1].kind == StepKind::EveryName);
    CHECK(resolve("defaults.absence.rate").target()->key == "rate");

    const auto inside = resolve("groups.x.recruitment.time_to_hire_days.lognormal.mean");
    REQUIRE(inside.ok());
    CHECK(inside.steps.back().kind == StepKind::InValue);
    CHECK(inside.target()->key == "time_to_hire_days");

    const auto misspelt = resolve("groups.x.leavng.turnover");
    REQUIRE_FALSE(misspelt.ok());
    CHECK(misspelt.failed_segment == 2u);
    CHECK(misspelt.problem == "unknown key 'leavng'; did you mean 'leaving'?");
    std::string problem;
    CHECK(misspelt.failed_path(*schema::parse_parameter_path("groups.x.leavng.turnover",
                                                             problem)) == "groups.x.leavng");
    // A nested key written one level too high.
    CHECK_THAT(resolve("groups.x.turnover").problem, Contains("did you mean 'leaving.turnover'"));
    CHECK_THAT(resolve("yeers").problem, Contains("did you mean 'years'"));
    CHECK_THAT(resolve("*.years").problem, Contains("'*' stands for every"));
    CHECK_THAT(resolve("groups.Nurses.sector").problem, Contains("not a group name"));
}

TEST_CASE("paths match key paths, '*' standing for any one name", "[overrides]") {
    std::string problem;
    const auto every = *schema::parse_parameter_path("groups.*.age_bands", problem);
    CHECK(schema::path_within("groups.ahp.age_bands", every));
    CHECK(schema::path_within("groups.ahp.age_bands.under_25", every));
    CHECK_FALSE(schema::path_within("groups.ahp.leaving", every));
    CHECK_FALSE(schema::path_within("groups.ahp", every));
    CHECK(schema::path_as_written("groups.ahp.age_bands.under_25", every) ==
          "groups.*.age_bands.under_25");
    CHECK(schema::path_as_written("groups.ahp.age_bands", every).empty());
    CHECK(schema::path_as_written("groups.ahp", every) == "groups.*");
    CHECK(schema::path_as_written("groups.ahp.leaving", every) == "groups.ahp.leaving");
    CHECK(schema::path_as_written("years", every) == "years");
}

TEST_CASE("overrides change values, add keys and replace maps", "[overrides]") {
    SECTION("a value the file gives") {
        const Scenario s = load_with({"groups.nurses.leaving.turnover=10%"});
        CHECK(group(s, "nurses").leaving.turnover.value() == Approx(0.10));
        CHECK(group(s, "porters").leaving.turnover.value() == Approx(0.20));
    }
    SECTION("years becomes months; a later override wins") {
        CHECK(load_with({"years=3"}).months == 36);
        CHECK(load_with({"years=3", "years=4"}).months == 48);
    }
    SECTION("a key the file leaves out, nested maps made on the way") {
        const Scenario s =
            load_with({"groups.nurses.leaving.first_year_multiplier=2",
                       "groups.nurses.absence.rate=4%", "description=with overrides"});
        CHECK(group(s, "nurses").leaving.first_year_multiplier == 2.0);
        CHECK(group(s, "nurses").leaving.turnover.value() == Approx(0.12));  // kept
        CHECK(group(s, "nurses").absence.rate.value() == Approx(0.04));
        CHECK(s.description == "with overrides");
    }
    SECTION("a whole map replaces the file's") {
        const Scenario s = load_with({"groups.nurses.leaving={hazard_per_year: 0.1}"});
        CHECK_FALSE(group(s, "nurses").leaving.turnover);
        CHECK(group(s, "nurses").leaving.hazard_per_year.value() == 0.1);
    }
    SECTION("a distribution, whole or one parameter of it") {
        const auto whole =
            load_with({"groups.porters.recruitment.time_to_hire_days={exponential: {mean: 40}}"});
        CHECK(group(whole, "porters").recruitment.time_to_hire.kind ==
              DurationDistribution::Kind::Exponential);
        CHECK(group(whole, "porters").recruitment.time_to_hire.mean == 40.0);
        const auto one =
            load_with({"groups.nurses.recruitment.time_to_hire_days.lognormal.mean=70"});
        CHECK(group(one, "nurses").recruitment.time_to_hire.mean == 70.0);
        CHECK(group(one, "nurses").recruitment.time_to_hire.sd == 30.0);
    }
    SECTION("one parameter of a distribution inherited from defaults merges with it") {
        const std::string inherited = R"(schema_version: 1
name: inherited
start: 2024-04-01
years: 2
defaults:
  sector: nhs
  recruitment:
    time_to_hire_days: {lognormal: {mean: 90, sd: 30}}
  age_bands: {under_35: 0.4, 35_plus: 0.6}
groups:
  nurses:
    headcount: 50
    leaving: {turnover: 12%}
  porters:
    headcount: 20
    leaving: {turnover: 20%}
    recruitment: {hires_per_year: 4}
)";
        const Scenario s = load_with(
            {"groups.nurses.recruitment.time_to_hire_days.lognormal.mean=60",
             "groups.porters.age_bands.35_plus=0.5", "groups.porters.age_bands.under_35=0.5"},
            inherited);
        const auto& hire = group(s, "nurses").recruitment.time_to_hire;
        CHECK(hire.mean == 60.0);
        CHECK(hire.sd == 30.0);                                            // inherited, kept
        CHECK(group(s, "porters").recruitment.time_to_hire.mean == 90.0);  // untouched
        CHECK(group(s, "porters").recruitment.hires_per_year.value() == 4.0);
        REQUIRE(group(s, "porters").age_bands.size() == 2);
        CHECK(group(s, "porters").age_bands[1].share == Approx(0.5));
        // The merged profile is checked as a whole, at the override: 0.4 inherited + 0.5.
        CHECK(problems({"groups.nurses.age_bands.35_plus=0.5"}, inherited) ==
              std::vector<std::string>{
                  "--set groups.nurses.age_bands.35_plus=0.5: groups.nurses.age_bands: band "
                  "shares sum to 0.9; they must sum to 1 (within 0.01)"});
    }
    SECTION(
        "one parameter of a distribution the file leaves out merges with the declared default") {
        // porters give no time to hire and defaults none: the declaration's lognormal 90, sd 30.
        const Scenario s = load_with({"groups.*.recruitment.time_to_hire_days.lognormal.mean=60",
                                      "groups.porters.absence.spell_days.lognormal.sd=4"});
        CHECK(group(s, "nurses").recruitment.time_to_hire.mean == 60.0);
        CHECK(group(s, "nurses").recruitment.time_to_hire.sd == 30.0);  // the file's
        const auto& hire = group(s, "porters").recruitment.time_to_hire;
        CHECK(hire.kind == DurationDistribution::Kind::LogNormal);
        CHECK(hire.mean == 60.0);
        CHECK(hire.sd == 30.0);  // declared default, kept
        CHECK(group(s, "porters").absence.spell_days.mean == 8.0);
        CHECK(group(s, "porters").absence.spell_days.sd == 4.0);
        CHECK(group(s, "nurses").absence.spell_days.sd == 10.0);  // untouched
        // Into defaults, which leave it out too: the declared default, then every group
        // without its own takes the merged value.
        const Scenario d = load_with({"defaults.recruitment.time_to_hire_days.lognormal.sd=20"});
        CHECK(group(d, "porters").recruitment.time_to_hire.mean == 90.0);
        CHECK(group(d, "porters").recruitment.time_to_hire.sd == 20.0);
        CHECK(group(d, "nurses").recruitment.time_to_hire.sd == 30.0);  // its own
    }
    SECTION("a band profile as a flow map") {
        const auto s =
            load_with({"groups.nurses.age_bands={under_25: 0.1, 25_54: 0.6, 55_plus: 0.3}"});
        const auto& bands = group(s, "nurses").age_bands;
        REQUIRE(bands.size() == 3);
        CHECK(bands[1].label == "25_54");
        CHECK(bands[1].from == 25.0);
        CHECK(bands[1].to == 55.0);
        CHECK(bands[2].share == Approx(0.3));
    }
    SECTION("'*' sets every group") {
        const Scenario s = load_with({"groups.*.leaving.turnover=25%"});
        CHECK(group(s, "nurses").leaving.turnover.value() == Approx(0.25));
        CHECK(group(s, "porters").leaving.turnover.value() == Approx(0.25));
    }
    SECTION("defaults reach the groups that leave the key out") {
        const Scenario s = load_with({"defaults.absence.rate=0.05"});
        CHECK(group(s, "nurses").absence.rate.value() == Approx(0.05));
        CHECK(group(s, "porters").absence.rate.value() == Approx(0.03));  // its own
    }
    SECTION("a new group, given whole, goes last") {
        const Scenario s = load_with({"groups.cleaners={headcount: 10, leaving: {turnover: 30%}}"});
        REQUIRE(s.groups.size() == 3);
        CHECK(s.groups[2].name == "cleaners");
        CHECK(s.groups[2].sector == "nhs");  // from defaults
        CHECK(*s.groups[2].headcount == 10.0);
    }
    SECTION("the text as given stays the file's; the resolved YAML shows the override") {
        const Scenario s = load_with({"groups.nurses.leaving.turnover=10%"});
        CHECK(s.source_text == kTwoGroups);
        const std::string resolved = resolved_scenario_yaml(s);
        CHECK_THAT(resolved, Contains("turnover: 0.1\n"));
        const Scenario again = load_scenario_text(resolved, "resolved.yaml");
        CHECK(group(again, "nurses").leaving.turnover.value() == Approx(0.10));
    }
}

TEST_CASE("a problem in an override is reported at the override", "[overrides]") {
    SECTION("the same range check and message as in the file") {
        CHECK(problems({"groups.nurses.leaving.turnover=1.2"}) ==
              std::vector<std::string>{
                  "--set groups.nurses.leaving.turnover=1.2: expected a rate in [0, 1], got 1.2"});
        CHECK(
            problems({"years=0"}) ==
            std::vector<std::string>{"--set years=0: expected a whole number in [1, 100], got 0"});
        CHECK(problems({"years=\"3\""}) ==
              std::vector<std::string>{"--set years=\"3\": expected a whole number, found the "
                                       "quoted string \"3\": write numbers without quotes"});
        CHECK(problems({"years="}) ==
              std::vector<std::string>{"--set years=: expected a whole number, found nothing (an "
                                       "empty value)"});
    }
    SECTION("a path that names nothing: did-you-mean at its first unknown segment") {
        CHECK(problems({"groups.nurses.leavng.turnover=10%"}) ==
              std::vector<std::string>{
                  "--set groups.nurses.leavng.turnover=10%: groups.nurses.leavng: unknown key "
                  "'leavng'; did you mean 'leaving'?"});
        CHECK(problems({"groups.nurse.leaving.turnover=10%"}) ==
              std::vector<std::string>{
                  "--set groups.nurse.leaving.turnover=10%: groups.nurse: no group 'nurse' in "
                  "the scenario; did you mean 'nurses'?"});
        CHECK_THAT(problems({"groups.doctors.leaving.turnover=10%"}).at(0),
                   Contains("no group 'doctors' in the scenario; to add one, set it whole"));
        CHECK_THAT(
            problems({"groups.nurses.recruitment.time_to_hire_days.lognormel.mean=5"}).at(0),
            Contains("groups.nurses.recruitment.time_to_hire_days.lognormel: no key 'lognormel' "
                     "here; did you mean 'lognormal'?"));
    }
    SECTION("keys inside a map value are checked like the file's") {
        CHECK(problems({"groups.nurses.leaving={turnovr: 10%}"}).at(0) ==
              "--set groups.nurses.leaving={turnovr: 10%}: groups.nurses.leaving.turnovr: unknown "
              "key 'turnovr'; did you mean 'turnover'?");
        CHECK(problems({"groups.nurses.leaving={turnover: 10%, turnover: 11%}"}).at(0) ==
              "--set groups.nurses.leaving={turnover: 10%, turnover: 11%}: "
              "groups.nurses.leaving.turnover: duplicate key 'turnover' (first at --set "
              "groups.nurses.leaving={turnover: 10%, turnover: 11%}); give each key once");
    }
    SECTION("'*' reports once for all groups") {
        CHECK(problems({"groups.*.leaving.turnover=120%"}) ==
              std::vector<std::string>{
                  "--set groups.*.leaving.turnover=120%: expected a rate in [0, 1], got 120%"});
        CHECK(problems({"groups.*.leaving.turnover.x=1"}) ==
              std::vector<std::string>{
                  "--set groups.*.leaving.turnover.x=1: groups.*.leaving.turnover: expected a "
                  "rate (a fraction such as 0.12 or a percentage such as 12%), found a map"});
    }
    SECTION("keys inside a map value are named below the override") {
        const auto found =
            problems({"groups.nurses.age_bands={under_25: 0.5, 25_54: 2, 55_plus: 0.3}"});
        REQUIRE(found.size() == 1);
        CHECK(found[0] ==
              "--set groups.nurses.age_bands={under_25: 0.5, 25_54: 2, 55_plus: 0.3}: "
              "groups.nurses.age_bands.25_54: expected a share in [0, 1], got 2");
    }
    SECTION("an override that conflicts with the file names both places") {
        const auto found = problems({"groups.nurses.leaving.hazard_per_year=0.1"});
        REQUIRE(found.size() == 1);
        CHECK(found[0] ==
              "--set groups.nurses.leaving.hazard_per_year=0.1: 'turnover' (at "
              "10:15) and 'hazard_per_year' are alternatives: give only one of them");
    }
    SECTION("a value that is not YAML, or not a map where a map belongs") {
        CHECK_THAT(problems({"groups.nurses.leaving={turnover: 10%"}).at(0),
                   Contains("--set groups.nurses.leaving={turnover: 10%: the value is not valid "
                            "YAML"));
        CHECK(problems({"groups.nurses.leaving=10%"}) ==
              std::vector<std::string>{
                  "--set groups.nurses.leaving=10%: expected a map of keys, found '10%'"});
    }
    SECTION("a new group that misses required keys") {
        CHECK(
            problems({"groups.cleaners={headcount: 10}"}) ==
            std::vector<std::string>{
                "--set groups.cleaners={headcount: 10}: groups.cleaners.leaving: missing required "
                "key 'leaving'"});
    }
    SECTION("problems of the file and of overrides together, overrides first") {
        std::string text = kTwoGroups;
        text.replace(text.find("headcount: 20"), 13, "headcount: -5");
        const auto found = problems({"years=1000"}, text);
        REQUIRE(found.size() == 2);
        CHECK_THAT(found[0], Contains("--set years=1000: expected a whole number in [1, 100]"));
        CHECK(found[1] ==
              "test.yaml:14:16: groups.porters.headcount: expected a number >= 0, got -5");
    }
    SECTION("a part of the file that is a YAML alias of another part is not edited") {
        const std::string aliased = R"(schema_version: 1
name: aliases
start: 2024-04-01
years: 2
groups:
  nurses: &group {sector: nhs, headcount: 50, leaving: {turnover: 12%}}
  porters: *group
)";
        CHECK_THAT(problems({"groups.nurses.leaving.turnover=10%"}, aliased).at(0),
                   Contains("--set groups.nurses.leaving.turnover=10%: groups.nurses: "
                            "this part of the file is shared with another through a YAML alias"));
        // Where nothing is shared, an override is fine.
        CHECK(load_with({"name=renamed"}, aliased).name == "renamed");
    }
}

TEST_CASE("wfsim validate and run take --set", "[overrides][cli]") {
    using namespace wfsim::testing;
    ScratchDirectory dir;
    dir.write("s.yaml", kTwoGroups);

    const auto valid = run_wfsim(
        "validate s.yaml --set years=3 --set 'groups.*.leaving.turnover=15%'", dir.path());
    INFO(valid.output);
    CHECK(valid.exit_code == 0);
    CHECK_THAT(valid.output, Contains("s.yaml: valid"));

    const auto invalid =
        run_wfsim("validate s.yaml --set groups.nurses.leaving.turnover=1.2", dir.path());
    CHECK(invalid.exit_code == 65);
    CHECK_THAT(invalid.output, Contains("--set groups.nurses.leaving.turnover=1.2: expected a "
                                        "rate in [0, 1], got 1.2"));

    // A figure that cannot be reproduced is reported at the override that gave it.
    const auto unreachable =
        run_wfsim("validate s.yaml --set groups.nurses.vacancy_rate=0.1%", dir.path());
    CHECK(unreachable.exit_code == 65);
    CHECK_THAT(unreachable.output, Contains("--set groups.nurses.vacancy_rate=0.1%: "
                                            "groups.nurses.vacancy_rate: a vacancy rate of"));

    const auto malformed = run_wfsim("run s.yaml --set years -o out.h5", dir.path());
    CHECK(malformed.exit_code == 64);
    CHECK_THAT(malformed.output, Contains("--set years: expected PATH=VALUE"));
    CHECK(run_wfsim("validate s.yaml --set groups..x=1", dir.path()).exit_code == 64);
    CHECK_FALSE(dir.exists("out.h5"));

    const auto run =
        run_wfsim("run s.yaml -n 2 -q -o out.h5 --set years=3 --set groups.porters.absence.rate=4%",
                  dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const output::ResultReader reader(dir.file("out.h5"));
    CHECK(reader.strings_attribute("/", "overrides") ==
          std::vector<std::string>{"years=3", "groups.porters.absence.rate=4%"});
    CHECK(reader.string_attribute("/", "scenario_yaml") == kTwoGroups);
    CHECK_THAT(reader.string_attribute("/", "scenario_resolved_yaml"), Contains("months: 36"));
    CHECK(reader.axes().periods.size() == 36);
}
