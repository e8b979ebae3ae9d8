// Variants as written: every parameter declares what a change from a date does; interventions
// are read and checked like the rest of the file (located errors, did-you-mean); each variant's
// dated changes make worlds, the scenario in force piece by piece.
#include <catch2/catch.hpp>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/schema/scenario_schema.hpp"
#include "tests/scenario/scenario_test_support.hpp"

using namespace wfsim;
using namespace wfsim::models;
using Catch::Matchers::Contains;
using scenario_test::check_at;
using scenario_test::diagnostics_of;
using scenario_test::only_diagnostic;

namespace {

// 22 lines; interventions are appended from line 23 on.
const std::string kHead = R"(schema_version: 1
name: two groups
start: 2024-04-01
years: 3
defaults:
  sector: nhs
  recruitment:
    time_to_hire_days: {lognormal: {mean: 90, sd: 30}}
groups:
  nurses:
    headcount: 500
    vacancy_rate: 10%
    leaving:
      turnover: 12%
      retirement: {hazard_by_age: {60_64: 0.1, 65_plus: 0.3}}
    absence: {rate: 5%}
  porters:
    headcount: 200
    leaving: {turnover: 20%}
variants:
  trial:
    interventions:
)";

std::string with(const std::string& interventions) {
    return kHead + interventions;
}

void collect(const schema::ObjectInfo& info, const std::string& path,
             std::vector<std::pair<std::string, const schema::FieldInfo*>>& out) {
    for (const auto& f : info.fields) {
        const std::string here = schema::join_path(path, f.key);
        if (f.shape == schema::Shape::Value) out.emplace_back(here, &f);
        if (f.shape == schema::Shape::Object) collect(*f.object, here, out);
        if (f.shape == schema::Shape::NamedObjects) collect(*f.object, here + ".<name>", out);
    }
}

sim::Date date(int y, int m, int d) {
    return sim::Date::from_ymd(y, m, d);
}

}  // namespace

TEST_CASE("every parameter declares what a change from a date does", "[variants][schema]") {
    std::vector<std::pair<std::string, const schema::FieldInfo*>> values;
    collect(schema::scenario_schema().info(), "", values);
    CHECK(values.size() > 100);
    for (const auto& [path, field] : values) {
        INFO(path << ": add `.dated = ...` to its declaration (schema_field.hpp says the kinds)");
        CHECK(field->dated.kind != schema::DatedKind::Undeclared);
        CHECK_FALSE(field->dated.text.empty());
    }
}

TEST_CASE("a variant's changes make worlds, piece by piece", "[variants][schema]") {
    const Scenario s = load_scenario_text(with(R"(      cut:
        parameter: groups.nurses.leaving.turnover
        multiply: 0.9
        from: 2025-04-01
        cost: {per_year: 100000, one_off: 5000}
      faster:
        parameter: groups.*.recruitment.time_to_hire_days
        add: -20
        from: 2025-01-01
        until: 2026-01-01
      later:
        parameter: groups.porters.absence.rate
        set: 3%
        from: 2030-01-01
      abroad:
        international: {group: nurses, per_year: 50, pipeline_days: 90}
        from: 2024-10-01
        cost: {per_person: 2000}
)"),
                                          "test.yaml");
    REQUIRE(s.variants.size() == 1);
    const VariantSpec& v = s.variants[0];
    REQUIRE(v.interventions.size() == 4);
    CHECK(v.interventions[0].multiply == 0.9);
    CHECK(v.interventions[0].cost.per_year == 100000.0);
    CHECK(v.interventions[0].cost.one_off == 5000.0);
    CHECK(v.interventions[1].add == -20.0);
    CHECK(v.interventions[2].set == "3%");
    REQUIRE(v.interventions[3].international);
    CHECK(v.interventions[3].international->per_year == 50.0);
    // Pieces: time to hire alone, then with the cut, then the cut alone; the change from 2030
    // lies after the run and makes none.
    REQUIRE(v.worlds.size() == 3);
    CHECK(v.worlds[0].from == date(2025, 1, 1));
    CHECK(v.worlds[0].until == date(2025, 4, 1));
    CHECK(v.worlds[1].until == date(2026, 1, 1));
    CHECK(v.worlds[2].until == date(2027, 4, 1));
    CHECK(v.worlds[0].active == std::vector<std::size_t>{1});
    CHECK(v.worlds[1].active == std::vector<std::size_t>{0, 1});
    CHECK(v.worlds[2].active == std::vector<std::size_t>{0});
    CHECK(v.worlds[0].changed ==
          std::vector<std::string>{"groups.nurses.recruitment.time_to_hire_days",
                                   "groups.porters.recruitment.time_to_hire_days"});
    CHECK(v.worlds[2].changed == std::vector<std::string>{"groups.nurses.leaving.turnover"});
    const Scenario& both = *v.worlds[1].scenario;
    CHECK(both.groups[0].leaving.turnover.value() == Approx(0.108));
    // add shifts a lognormal's mean and keeps its sd
    CHECK(both.groups[0].recruitment.time_to_hire.mean == 70.0);
    CHECK(both.groups[0].recruitment.time_to_hire.sd == 30.0);
    CHECK(both.groups[1].recruitment.time_to_hire.mean == 70.0);
    CHECK(both.groups[1].leaving.turnover.value() == 0.2);  // untouched
}

TEST_CASE("multiply scales durations and profiles of values", "[variants][schema]") {
    const Scenario s = load_scenario_text(with(R"(      slower:
        parameter: groups.nurses.recruitment.time_to_hire_days
        multiply: 1.5
      later:
        parameter: groups.nurses.leaving.retirement.hazard_by_age
        multiply: 0.5
)"),
                                          "test.yaml");
    const Scenario& w = *s.variants[0].worlds.at(0).scenario;
    CHECK(w.groups[0].recruitment.time_to_hire.mean == 135.0);
    CHECK(w.groups[0].recruitment.time_to_hire.sd == 45.0);
    const auto& hazard = w.groups[0].leaving.retirement->hazard_by_age;
    REQUIRE(hazard.size() == 2);
    CHECK(hazard[0].share == 0.05);
    CHECK(hazard[1].share == 0.15);
}

TEST_CASE("interventions are checked where they are written", "[variants][schema]") {
    SECTION("a parameter that describes the starting workforce") {
        const auto d =
            only_diagnostic(with("      more: {parameter: groups.nurses.headcount, "
                                 "set: 600}\n"));
        check_at(d, 23, 25, "variants.trial.interventions.more.parameter");
        CHECK_THAT(d.message, Contains("groups.nurses.headcount cannot change from a date") &&
                                  Contains("starting workforce") && Contains("use --set"));
    }
    SECTION("a misspelt key and a misspelt group, with did-you-mean") {
        auto d = only_diagnostic(
            with("      cut: {parameter: groups.nurses.leavng.turnover, multiply: 0.9}\n"));
        check_at(d, 23, 24, "variants.trial.interventions.cut.parameter");
        CHECK(d.message == "groups.nurses.leavng: unknown key 'leavng'; did you mean 'leaving'?");
        d = only_diagnostic(
            with("      cut: {parameter: groups.nurse.leaving.turnover, multiply: 0.9}\n"));
        CHECK(d.message == "unknown group 'nurse'; did you mean 'nurses'?");
    }
    SECTION("defaults are not a target") {
        const auto d = only_diagnostic(
            with("      cut: {parameter: defaults.leaving.turnover, multiply: 0.9}\n"));
        CHECK_THAT(d.message, Contains("groups.*.leaving.turnover"));
    }
    SECTION("the operation must suit the parameter") {
        auto d = only_diagnostic(
            with("      m: {parameter: groups.nurses.leaving.reasons, multiply: 2}\n"));
        check_at(d, 23, 63, "variants.trial.interventions.m.multiply");
        CHECK_THAT(d.message, Contains("give its new value with `set`"));
        d = only_diagnostic(with("      m: {parameter: groups.nurses.leaving.turnover}\n"));
        CHECK_THAT(d.message, Contains("one of `set`, `multiply` or `add`"));
        const auto two = diagnostics_of(
            with("      m: {parameter: groups.nurses.leaving.turnover, set: 1%, add: 1%}\n"));
        REQUIRE_FALSE(two.empty());
    }
    SECTION("cover changes for whole months") {
        const auto d = only_diagnostic(
            with("      c: {parameter: groups.nurses.temporary_cover.bank_fill, set: 20%, "
                 "from: 2024-06-15}\n"));
        check_at(d, 23, 79, "variants.trial.interventions.c.from");
        CHECK_THAT(d.message, Contains("first day of a month"));
    }
    SECTION("a value out of range once changed is the intervention's") {
        const auto d =
            only_diagnostic(with("      up: {parameter: groups.nurses.leaving.turnover, add: 0.95, "
                                 "from: 2025-04-01}\n"));
        check_at(d, 23, 60, "variants.trial.interventions.up.add");
        CHECK_THAT(d.message,
                   Contains("groups.nurses.leaving.turnover: expected a rate in [0, 1]") &&
                       Contains("in force from 2025-04-01"));
    }
    SECTION("a value given with set is read as the parameter's") {
        const auto d = only_diagnostic(with(
            "      s: {parameter: groups.nurses.recruitment.time_to_hire_days, set: {lognormal: "
            "{mean: 60}}}\n"));
        check_at(d, 23, 72, "variants.trial.interventions.s.set");
        CHECK_THAT(d.message, Contains("missing required key 'sd'"));
    }
    SECTION("a key that excludes one the baseline gives names where both were given") {
        // The world is the resolved scenario read back, so the baseline's key has its place in
        // the file only through the file's key places (it was named "(at 1:1)").
        auto d = only_diagnostic(
            with("      h: {parameter: groups.nurses.leaving.hazard_per_year, set: 0.1}\n"));
        check_at(d, 23, 66, "variants.trial.interventions.h.set");
        CHECK_THAT(d.message, Contains("'turnover' (at test.yaml:14:17) and 'hazard_per_year' "
                                       "are alternatives"));
        d =
            only_diagnostic(with("      o: {parameter: groups.nurses.absence.onsets_per_year, "
                                 "set: 2, from: 2025-04-01}\n"));
        check_at(d, 23, 66, "variants.trial.interventions.o.set");
        CHECK_THAT(d.message, Contains("'rate' (at test.yaml:16:21) and 'onsets_per_year' are "
                                       "alternatives") &&
                                  Contains("in force from 2025-04-01"));
        // A baseline value given by --set is named by the override.
        try {
            load_scenario_text(
                with("      h: {parameter: groups.nurses.leaving.hazard_per_year, set: 0.1}\n"),
                "test.yaml", parse_parameter_overrides({"groups.nurses.leaving.turnover=13%"}));
            FAIL("accepted");
        } catch (const ScenarioError& e) {
            REQUIRE(e.diagnostics().size() == 1);
            CHECK_THAT(e.diagnostics().front().message,
                       Contains("'turnover' (at --set groups.nurses.leaving.turnover=13%) and "
                                "'hazard_per_year' are alternatives"));
        }
        // Two changes that exclude each other: each named at its own intervention.
        d = only_diagnostic(
            with("      a: {parameter: groups.porters.leaving, set: {hazard_per_year: 0.2}}\n"
                 "      b: {parameter: groups.porters.leaving.turnover, set: 15%}\n"));
        check_at(d, 24, 60, "variants.trial.interventions.b.set");
        CHECK_THAT(d.message, Contains("'hazard_per_year' (at test.yaml:23:51) and 'turnover' "
                                       "are alternatives"));
    }
    SECTION("a hazard the calibration derives from a quoted figure is changed through it") {
        // Multiplying the onset rate of a group that quotes its absence rate: `set` would clash
        // with the rate, so the message names the rate and a shock instead of sending there.
        auto d =
            only_diagnostic(with("      o: {parameter: groups.nurses.absence.onsets_per_year, "
                                 "multiply: 0.85, from: 2025-01-01}\n"));
        check_at(d, 23, 71, "variants.trial.interventions.o.multiply");
        CHECK_THAT(d.message, Contains("change groups.nurses.absence.rate") &&
                                  Contains("add a `shock` intervention"));
        CHECK_THAT(d.message, !Contains("give the new value with `set`"));
        d = only_diagnostic(
            with("      h: {parameter: groups.*.leaving.hazard_per_year, add: -0.01}\n"));
        CHECK_THAT(d.message, Contains("change groups.nurses.leaving.turnover"));
    }
    SECTION("a sector selects among the groups of a groups.* parameter") {
        auto d =
            only_diagnostic(with("      s: {parameter: groups.*.leaving.turnover, sector: nsh, "
                                 "multiply: 0.9}\n"));
        check_at(d, 23, 57, "variants.trial.interventions.s.sector");
        CHECK(d.message == "no group is in sector 'nsh'; did you mean 'nhs'?");
        d = only_diagnostic(
            with("      s: {parameter: groups.nurses.leaving.turnover, sector: nhs, "
                 "multiply: 0.9}\n"));
        check_at(d, 23, 62, "variants.trial.interventions.s.sector");
        CHECK(d.message ==
              "`sector` keeps one sector's groups of those a `groups.*.` parameter names; "
              "groups.nurses.leaving.turnover names one group: give the change to that group "
              "without `sector`");
        // A sector far from any: the sectors there are.
        d =
            only_diagnostic(with("      s: {parameter: groups.*.absence.rate, sector: "
                                 "social_care, add: 0.01}\n"));
        check_at(d, 23, 53, "variants.trial.interventions.s.sector");
        CHECK(d.message == "no group is in sector 'social_care'; the sectors are nhs");
        // An added programme names its own group.
        d =
            only_diagnostic(with("      s: {shock: {from: 2025-01-01, to: 2025-02-01, leaving: 2}, "
                                 "sector: nhs}\n"));
        check_at(d, 23, 74, "variants.trial.interventions.s.sector");
        CHECK_THAT(d.message, Contains("an added programme names its own group"));
        const Scenario ok = load_scenario_text(
            with("      s: {parameter: groups.*.leaving.turnover, sector: nhs, multiply: 0.9}\n"),
            "test.yaml");
        CHECK(ok.variants[0].interventions[0].sector == "nhs");
    }
    SECTION("a problem is reported at the change that makes it, not at another sector's") {
        // Porters in a sector of their own, with a hazard (no clash there); nurses quote their
        // turnover, so a hazard set for them clashes. `b`, written after `a`, names the key
        // path too, but not the nurses' sector.
        std::string text = kHead;
        const std::string porters = "    headcount: 200\n    leaving: {turnover: 20%}\n";
        text.replace(
            text.find(porters), porters.size(),
            "    sector: support\n    headcount: 200\n    leaving: {hazard_per_year: 0.2}\n");
        const auto d = only_diagnostic(
            text + "      a: {parameter: groups.nurses.leaving.hazard_per_year, set: 0.1}\n" +
            "      b: {parameter: groups.*.leaving.hazard_per_year, sector: support, set: 0.15}\n");
        check_at(d, 24, 66, "variants.trial.interventions.a.set");
        CHECK_THAT(d.message, Contains("groups.nurses.leaving"));
    }
    SECTION("no variant is named baseline, the run every variant is compared with") {
        std::string text = kHead;
        text.replace(text.find("  trial:"), 8, "  baseline:");
        const auto d = only_diagnostic(
            text + "      cut: {parameter: groups.nurses.leaving.turnover, multiply: 0.9}\n");
        check_at(d, 21, 3, "variants.baseline");
        CHECK_THAT(d.message, Contains("cannot be named 'baseline'"));
    }
    SECTION("a whole group may not change what cannot change from a date") {
        const auto d = only_diagnostic(
            with("      g: {parameter: groups.porters, set: {sector: nhs, headcount: 20, leaving: "
                 "{turnover: 20%}}}\n"));
        CHECK_THAT(d.message, Contains("groups.porters.headcount cannot change from a date"));
    }
    SECTION("an added programme is given whole, with costs that can reach someone") {
        auto d = only_diagnostic(with(
            "      s: {shock: {from: 2025-01-01, to: 2025-02-01, leaving: 2}, cost: {per_person: "
            "5}}\n"));
        CHECK_THAT(d.message, Contains("per_person has no meaning"));
        d = only_diagnostic(with("      p: {international: {group: nurse, per_year: 5}}\n"));
        CHECK(d.message == "unknown group 'nurse'; did you mean 'nurses'?");
    }
}

TEST_CASE("variants round-trip through the resolved YAML", "[variants][schema]") {
    const Scenario s = load_scenario_text(with(R"(      cut:
        parameter: groups.*.leaving.turnover
        multiply: 0.9
        from: 2025-04-01
        cost: {per_year: 100000}
      abroad:
        international: {group: nurses, per_year: 50, pipeline_days: 90}
)"),
                                          "test.yaml");
    const std::string resolved = resolved_scenario_yaml(s);
    CHECK_THAT(resolved, Contains("variants:") && Contains("multiply: 0.9"));
    const Scenario again = load_scenario_text(resolved, "resolved.yaml");
    REQUIRE(again.variants.size() == 1);
    CHECK(again.variants[0].interventions[0].parameter == "groups.*.leaving.turnover");
    CHECK(again.variants[0].worlds.size() == s.variants[0].worlds.size());
    CHECK(resolved_scenario_yaml(again) == resolved);
}
