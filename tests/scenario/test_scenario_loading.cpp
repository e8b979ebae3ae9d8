// A valid scenario read into the right values: defaults merged key by key, percentages, band
// profiles, distributions; and the resolved YAML read back to an equal scenario.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "models/scenario/scenario_loader.hpp"
#include "tests/scenario/scenario_test_support.hpp"

using namespace wfsim::models;
using Kind = DurationDistribution::Kind;
using scenario_test::same_bands;
using scenario_test::same_distribution;

namespace {

const char* const kFullScenario = R"(schema_version: 1
name: Staffordshire and Stoke-on-Trent, NHS trusts baseline
description: "Figures from the interim people plan, Feb 2022"
start: 2022-04-01
years: 5
defaults:
  sector: nhs
  wte_per_head: 0.89
  age_max: 68
  leaving: {turnover: 11.12%, first_year_multiplier: 1.5}
  recruitment:
    time_to_hire_days: {exponential: {mean: 75}}
  absence: {rate: 5.72%, spell_days: {uniform: {min: 2, max: 20}}}
groups:
  registered_nursing:
    wte: 5188.22
    vacancy_rate: 0.1114
    age_bands: {55_plus: 20%, under_25: 0.06, 25_34: 0.26, 35_44: 0.24, 45_54: 0.24}
    tenure_bands: {under_1: 0.1, 1_4: 0.3, 5_plus: 0.595}
    leaving: {first_year_multiplier: 2}
    recruitment: {hires_per_year: 300, hire_age_bands: {under_30: 0.5, 30_plus: 0.5}}
  care_workers:
    sector: social_care
    headcount: 1200
    establishment_wte: 1100
    age_min: 16
    leaving: {hazard_per_year: 0.3}
    recruitment: {time_to_hire_days: 45}
    absence: {onsets_per_year: 2}
  doctors:
    headcount: 400
    wte: 380
    leaving: {turnover: 0.08}
    absence: {rate: 0.03, spell_days: {lognormal: {mean: 6, sd: 4}}}
)";

const char* const kMinimalScenario = R"(schema_version: 1
name: Minimal
start: 2023-01-01
months: 18
groups:
  nursing:
    sector: nhs
    headcount: 100
    leaving: {turnover: 0.12}
)";

void check_band(const Band& band, const std::string& label, double from, double to, double share) {
    CHECK(band.label == label);
    CHECK(band.from == from);
    CHECK(band.to == to);
    CHECK(band.share == Approx(share).epsilon(1e-12));
}

void check_same_scenario(const Scenario& a, const Scenario& b) {
    CHECK(a.schema_version == b.schema_version);
    CHECK(a.name == b.name);
    CHECK(a.description == b.description);
    CHECK(a.start == b.start);
    CHECK(a.months == b.months);
    REQUIRE(a.groups.size() == b.groups.size());
    for (std::size_t i = 0; i < a.groups.size(); ++i) {
        const GroupSpec& x = a.groups[i];
        const GroupSpec& y = b.groups[i];
        INFO("group " << x.name);
        CHECK(x.name == y.name);
        CHECK(x.sector == y.sector);
        CHECK(x.headcount == y.headcount);
        CHECK(x.wte == y.wte);
        CHECK(x.wte_per_head == y.wte_per_head);
        CHECK(x.establishment_wte == y.establishment_wte);
        CHECK(x.vacancy_rate == y.vacancy_rate);
        CHECK(x.age_min == y.age_min);
        CHECK(x.age_max == y.age_max);
        same_bands(x.age_bands, y.age_bands);
        same_bands(x.tenure_bands, y.tenure_bands);
        CHECK(x.leaving.turnover == y.leaving.turnover);
        CHECK(x.leaving.hazard_per_year == y.leaving.hazard_per_year);
        CHECK(x.leaving.first_year_multiplier == y.leaving.first_year_multiplier);
        same_distribution(x.recruitment.time_to_hire, y.recruitment.time_to_hire);
        CHECK(x.recruitment.hires_per_year == y.recruitment.hires_per_year);
        same_bands(x.recruitment.hire_age_bands, y.recruitment.hire_age_bands);
        CHECK(x.absence.rate == y.absence.rate);
        CHECK(x.absence.onsets_per_year == y.absence.onsets_per_year);
        same_distribution(x.absence.spell_days, y.absence.spell_days);
    }
}

}  // namespace

TEST_CASE("a full scenario is read into the right values", "[scenario]") {
    const Scenario s = load_scenario_text(kFullScenario, "full.yaml");
    CHECK(s.schema_version == 1);
    CHECK(s.name == "Staffordshire and Stoke-on-Trent, NHS trusts baseline");
    CHECK(s.description == "Figures from the interim people plan, Feb 2022");
    CHECK(s.start == wfsim::sim::Date::from_ymd(2022, 4, 1));
    CHECK(s.months == 60);
    CHECK(s.source_path == "full.yaml");
    CHECK(s.source_text == kFullScenario);
    REQUIRE(s.groups.size() == 3);
    CHECK(s.groups[0].name == "registered_nursing");  // order as written
    CHECK(s.groups[1].name == "care_workers");
    CHECK(s.groups[2].name == "doctors");

    SECTION("values set in the group, and the rest from defaults") {
        const GroupSpec& g = s.groups[0];
        CHECK(g.sector == "nhs");
        CHECK(g.wte == 5188.22);
        CHECK(g.wte_per_head == 0.89);
        CHECK_FALSE(g.headcount);
        CHECK(g.vacancy_rate == 0.1114);
        CHECK_FALSE(g.establishment_wte);
        CHECK(g.age_min == 18);
        CHECK(g.age_max == 68);
        CHECK(g.leaving.turnover.value() == Approx(0.1112).epsilon(1e-15));
        CHECK_FALSE(g.leaving.hazard_per_year);
        CHECK(g.leaving.first_year_multiplier == 2);
        // recruitment merged key by key: hires from the group, time to hire from defaults
        CHECK(g.recruitment.hires_per_year == 300);
        CHECK(g.recruitment.time_to_hire.kind == Kind::Exponential);
        CHECK(g.recruitment.time_to_hire.mean == 75);
        CHECK(g.absence.rate.value() == Approx(0.0572).epsilon(1e-15));
        CHECK(g.absence.spell_days.kind == Kind::Uniform);
        CHECK(g.absence.spell_days.min == 2);
        CHECK(g.absence.spell_days.max == 20);
    }

    SECTION("age bands: labels to intervals, sorted by start, percentages as fractions") {
        const auto& bands = s.groups[0].age_bands;
        REQUIRE(bands.size() == 5);
        check_band(bands[0], "under_25", 18, 25, 0.06);
        check_band(bands[1], "25_34", 25, 35, 0.26);
        check_band(bands[2], "35_44", 35, 45, 0.24);
        check_band(bands[3], "45_54", 45, 55, 0.24);
        check_band(bands[4], "55_plus", 55, 68, 0.20);  // up to age_max from defaults
    }

    SECTION("tenure bands summing to 0.995 are normalised to sum to 1") {
        const auto& bands = s.groups[0].tenure_bands;
        REQUIRE(bands.size() == 3);
        check_band(bands[0], "under_1", 0, 1, 0.1 / 0.995);
        check_band(bands[1], "1_4", 1, 5, 0.3 / 0.995);
        check_band(bands[2], "5_plus", 5, 40, 0.595 / 0.995);
        CHECK(bands[0].share + bands[1].share + bands[2].share == Approx(1.0).epsilon(1e-15));
    }

    SECTION("hire age bands use the group's age range") {
        const auto& bands = s.groups[0].recruitment.hire_age_bands;
        REQUIRE(bands.size() == 2);
        check_band(bands[0], "under_30", 18, 30, 0.5);
        check_band(bands[1], "30_plus", 30, 68, 0.5);
    }

    SECTION("a group's own alternative replaces the one in defaults") {
        const GroupSpec& g = s.groups[1];
        CHECK(g.sector == "social_care");
        CHECK(g.headcount == 1200);
        CHECK(g.wte_per_head == 0.89);  // one size key given: room for the default
        CHECK_FALSE(g.wte);
        CHECK(g.establishment_wte == 1100);
        CHECK(g.age_min == 16);
        CHECK(g.leaving.hazard_per_year == 0.3);
        CHECK_FALSE(g.leaving.turnover);  // not taken from defaults
        CHECK(g.leaving.first_year_multiplier == 1.5);
        CHECK(g.recruitment.time_to_hire.kind == Kind::Fixed);
        CHECK(g.recruitment.time_to_hire.mean == 45);
        CHECK(g.absence.onsets_per_year == 2);
        CHECK_FALSE(g.absence.rate);  // not taken from defaults
        CHECK(g.absence.spell_days.kind == Kind::Uniform);
        CHECK(g.age_bands.empty());
        CHECK(g.tenure_bands.empty());
        CHECK(g.recruitment.hire_age_bands.empty());
    }

    SECTION("two size keys in the group leave no room for wte_per_head from defaults") {
        const GroupSpec& g = s.groups[2];
        CHECK(g.headcount == 400);
        CHECK(g.wte == 380);
        CHECK_FALSE(g.wte_per_head);
        CHECK(g.leaving.turnover == 0.08);
        CHECK(g.absence.rate == 0.03);
        CHECK(g.absence.spell_days.kind == Kind::LogNormal);
        CHECK(g.absence.spell_days.mean == 6);
        CHECK(g.absence.spell_days.sd == 4);
        same_distribution(g.absence.spell_days, DurationDistribution::lognormal(6, 4));
    }
}

TEST_CASE("declared defaults equal the defaults of the Scenario structs", "[scenario]") {
    const Scenario s = load_scenario_text(kMinimalScenario, "minimal.yaml");
    CHECK(s.months == 18);
    CHECK(s.description.empty());
    REQUIRE(s.groups.size() == 1);
    const GroupSpec& g = s.groups[0];
    const GroupSpec plain;
    CHECK(g.headcount == 100);
    CHECK_FALSE(g.wte);
    CHECK_FALSE(g.wte_per_head);
    CHECK_FALSE(g.vacancy_rate);
    CHECK_FALSE(g.establishment_wte);
    CHECK(g.age_min == plain.age_min);
    CHECK(g.age_max == plain.age_max);
    CHECK(g.leaving.first_year_multiplier == plain.leaving.first_year_multiplier);
    same_distribution(g.recruitment.time_to_hire, plain.recruitment.time_to_hire);
    same_distribution(g.absence.spell_days, plain.absence.spell_days);
    CHECK_FALSE(g.recruitment.hires_per_year);
    CHECK_FALSE(g.absence.rate);
    CHECK_FALSE(g.absence.onsets_per_year);
}

TEST_CASE("the resolved YAML reads back to an equal scenario", "[scenario]") {
    for (const char* text : {kFullScenario, kMinimalScenario}) {
        const Scenario original = load_scenario_text(text, "original.yaml");
        const std::string resolved = resolved_scenario_yaml(original);
        INFO(resolved);
        const Scenario again = load_scenario_text(resolved, "resolved.yaml");
        check_same_scenario(original, again);
        CHECK(again.source_text == resolved);
        // Every default is written out, so resolving again changes nothing.
        CHECK(resolved_scenario_yaml(again) == resolved);
        CHECK(resolved.find("defaults:") == std::string::npos);
        CHECK(resolved.find("first_year_multiplier:") != std::string::npos);
        CHECK(resolved.find("time_to_hire_days:") != std::string::npos);
    }
}

TEST_CASE("the resolved YAML keeps awkward text exactly", "[scenario]") {
    const std::string text =
        "schema_version: 1\n"
        "name: \"Quote \\\" colon: # hash \\\\ back\\nline \\u00e9\"\n"
        "description: 'yes'\n"
        "start: 2020-02-01\n"
        "months: 7\n"
        "groups:\n"
        "  no:\n"
        "    sector: \"null\"\n"
        "    headcount: 1e3\n"
        "    leaving: {hazard_per_year: 0}\n";
    const Scenario original = load_scenario_text(text, "awkward.yaml");
    CHECK(original.name == "Quote \" colon: # hash \\ back\nline \xC3\xA9");
    CHECK(original.description == "yes");
    CHECK(original.groups[0].name == "no");
    CHECK(original.groups[0].sector == "null");
    CHECK(original.groups[0].headcount == 1000);
    const Scenario again = load_scenario_text(resolved_scenario_yaml(original), "resolved.yaml");
    check_same_scenario(original, again);
}

TEST_CASE("a scenario file is read from disk with its path and text", "[scenario]") {
    const auto path = std::filesystem::temp_directory_path() / "wfsim_test_scenario_load.yaml";
    {
        std::ofstream out(path, std::ios::binary);
        out << kMinimalScenario;
    }
    const Scenario s = load_scenario_file(path.string());
    std::filesystem::remove(path);
    CHECK(s.source_path == path.string());
    CHECK(s.source_text == kMinimalScenario);
    CHECK(s.name == "Minimal");
}

TEST_CASE("an unreadable scenario file is a ScenarioError naming the file", "[scenario]") {
    const std::string path = "/nonexistent/wfsim/scenario.yaml";
    try {
        load_scenario_file(path);
        FAIL("no error");
    } catch (const ScenarioError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics()[0].file == path);
        CHECK(e.diagnostics()[0].line == 0);
        CHECK_THAT(e.diagnostics()[0].message, Catch::Contains("cannot open"));
        CHECK_THAT(e.what(), Catch::StartsWith(path + ": cannot open"));
    }
    CHECK_THROWS_AS(load_scenario_file(std::filesystem::temp_directory_path().string()),
                    ScenarioError);
}
