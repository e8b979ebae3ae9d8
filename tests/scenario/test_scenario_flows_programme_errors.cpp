// Bad programmes, shocks, reservists, population and feedback give one diagnostic each, at the
// exact line, column and key path; references to groups and shocks suggest the closest name.
#include "tests/scenario/test_scenario_flows_support.hpp"

using namespace flows_test;

TEST_CASE("international programmes: group, window, months, changes", "[scenario][flows]") {
    const std::string head = kBase + "international:\n  recruits:\n";  // keys from line 16
    auto d = only_diagnostic(head + "    group: nursng\n    per_year: 100\n");
    check_at(d, 16, 12, "international.recruits.group");
    CHECK(d.message == "unknown group 'nursng'; did you mean 'nursing'?");

    const std::string valid = head + "    group: nursing\n    per_year: 100\n";  // to line 17
    d = only_diagnostic(valid + "    from: 2024-04-01\n    to: 2024-04-01\n");
    check_at(d, 19, 9, "international.recruits.to");
    CHECK(d.message == "to (2024-04-01) must be after from (2024-04-01)");

    // Windows outside the run are allowed.
    CHECK_NOTHROW(wfsim::models::load_scenario_text(
        valid + "    from: 2030-04-01\n    to: 2031-04-01\n", "ok.yaml"));

    d = only_diagnostic(valid + "    recruit_months: [4, 13]\n");
    check_at(d, 18, 25, "international.recruits.recruit_months[1]");
    CHECK(d.message == "expected a whole number in [1, 12], got 13");

    d = only_diagnostic(valid + "    recruit_months: [4, 10, 4]\n");
    check_at(d, 18, 29, "international.recruits.recruit_months[2]");
    CHECK(d.message == "month 4 is listed twice (first at 18:22)");

    d = only_diagnostic(valid + "    recruit_months: []\n");
    check_at(d, 18, 21, "international.recruits.recruit_months");
    CHECK(d.message == "expected a list of months (1 to 12) such as [4, 10], found an empty list");

    d = only_diagnostic(valid + "    changes:\n      rule: {from: 2024-01-01}\n");
    check_at(d, 19, 13, "international.recruits.changes.rule");
    CHECK(d.message ==
          "missing required key: give 'per_year', 'cap_per_year', 'dropout', 'cost_per_recruit' "
          "or 'pipeline_days'");

    d = only_diagnostic(valid + "    changes:\n      rule: {per_year: 10}\n");
    check_at(d, 19, 13, "international.recruits.changes.rule.from");
    CHECK(d.message == "missing required key 'from'");

    d = only_diagnostic(valid + "    dropout: 110%\n");
    check_at(d, 18, 14, "international.recruits.dropout");
    CHECK(d.message == "expected a rate in [0, 1], got 110%");

    d = only_diagnostic(kBase + "international:\n  Recruits: {group: nursing, per_year: 1}\n");
    check_at(d, 15, 3, "international.Recruits");
    CHECK_THAT(d.message, Catch::StartsWith("international programme name 'Recruits' is not "
                                            "valid: use [a-z][a-z0-9_]*"));

    d = only_diagnostic(kBase + "international:\n  recruits: {group: nursing}\n");
    check_at(d, 15, 13, "international.recruits.per_year");
    CHECK(d.message == "missing required key 'per_year'");
}

TEST_CASE("training programmes: route, groups, window", "[scenario][flows]") {
    const std::string head = kBase + "training:\n  associates:\n";  // keys from line 16
    auto d = only_diagnostic(head +
                             "    route: apprentiseship\n    to_group: nursing\n"
                             "    intake_per_year: 10\n");
    check_at(d, 16, 12, "training.associates.route");
    CHECK(d.message == "unknown value 'apprentiseship'; did you mean 'apprenticeship'?");

    d = only_diagnostic(head +
                        "    route: nurse\n    to_group: nursing\n    intake_per_year: 10\n");
    CHECK(d.message == "unknown value 'nurse'; use training, apprenticeship or return_to_practice");

    const std::string valid = head + "    to_group: nursing\n    intake_per_year: 10\n";
    d = only_diagnostic(valid + "    from_group: nursing\n");
    check_at(d, 18, 17, "training.associates.from_group");
    CHECK(d.message ==
          "from_group is to_group ('nursing'): trainees come from another group, or leave "
          "from_group out for external trainees");

    d = only_diagnostic(valid + "    from_group: carre\n");
    check_at(d, 18, 17, "training.associates.from_group");
    CHECK(d.message == "unknown group 'carre'; did you mean 'care'?");

    d = only_diagnostic(head + "    intake_per_year: 10\n");
    check_at(d, 16, 5, "training.associates.to_group");
    CHECK(d.message == "missing required key 'to_group'");

    d = only_diagnostic(valid + "    from: 2025-09-01\n    to: 2024-09-01\n");
    check_at(d, 19, 9, "training.associates.to");
    CHECK(d.message == "to (2024-09-01) must be after from (2025-09-01)");

    d = only_diagnostic(valid + "    intake_month: 0\n");
    check_at(d, 18, 19, "training.associates.intake_month");
    CHECK(d.message == "expected a whole number in [1, 12], got 0");

    // The age bands take to_group's age range: under_20 is empty when age_min is 20.
    std::string older = valid + "    age_bands: {under_20: 0.5, 20_plus: 0.5}\n";
    older.replace(older.find("    headcount: 100\n"), 19, "    headcount: 100\n    age_min: 20\n");
    d = only_diagnostic(older);
    check_at(d, 19, 17, "training.associates.age_bands.under_20");
    CHECK(d.message == "band 'under_20' is empty: age_min is 20");
}

TEST_CASE("graduates join a group with a labour pool", "[scenario][flows]") {
    auto d = only_diagnostic(kBase + "graduates:\n  uni: {group: care, per_year: 10}\n");
    check_at(d, 15, 16, "graduates.uni.group");
    CHECK(d.message ==
          "group 'care' has no recruitment.labour_pool for graduates to join: give it one");

    CHECK_NOTHROW(wfsim::models::load_scenario_text(
        kBase + "    recruitment: {labour_pool: {newly_qualified_per_year: 5}}\n" +
            "graduates:\n  uni: {group: care, per_year: 10}\n",
        "ok.yaml"));
}

TEST_CASE("shocks: window and groups", "[scenario][flows]") {
    auto d = only_diagnostic(kBase + "shocks:\n  wave: {from: 2023-01-01, to: 2022-12-01}\n");
    check_at(d, 15, 32, "shocks.wave.to");
    CHECK(d.message == "to (2022-12-01) must be after from (2023-01-01)");

    d = only_diagnostic(kBase +
                        "shocks:\n  wave: {from: 2023-01-01, to: 2023-02-01, groups: [nursing, "
                        "carers]}\n");
    check_at(d, 15, 62, "shocks.wave.groups[1]");
    CHECK(d.message == "unknown group 'carers'; did you mean 'care'?");

    d = only_diagnostic(kBase +
                        "shocks:\n  wave: {from: 2023-01-01, to: 2023-02-01, groups: [care, "
                        "care]}\n");
    check_at(d, 15, 59, "shocks.wave.groups[1]");
    CHECK(d.message == "'care' is listed twice (first at 15:53)");

    d = only_diagnostic(kBase +
                        "shocks:\n  wave: {from: 2023-01-01, to: 2023-02-01, leaving: 21}\n");
    check_at(d, 15, 53, "shocks.wave.leaving");
    CHECK(d.message == "expected a number in [0, 20], got 21");

    d = only_diagnostic(kBase + "shocks:\n  wave: {to: 2023-02-01}\n");
    check_at(d, 15, 9, "shocks.wave.from");
    CHECK(d.message == "missing required key 'from'");
}

TEST_CASE("reservists are deployed in shocks that exist", "[scenario][flows]") {
    const std::string shocks = "shocks:\n  winter: {from: 2022-12-01, to: 2023-03-01}\n";
    auto d = only_diagnostic(kBase + shocks +
                             "reservists:\n  pool: {group: care, people: 336, shocks: [wintr]}\n");
    check_at(d, 17, 45, "reservists.pool.shocks[0]");
    CHECK(d.message == "unknown shock 'wintr'; did you mean 'winter'?");

    // Reservists may be declared before the shocks they name.
    CHECK_NOTHROW(wfsim::models::load_scenario_text(
        kBase + "reservists:\n  pool: {group: care, people: 336, shocks: [winter]}\n" + shocks,
        "ok.yaml"));

    d = only_diagnostic(kBase +
                        "reservists:\n  pool: {group: care, people: 336, shocks: [winter]}\n");
    check_at(d, 15, 45, "reservists.pool.shocks[0]");
    CHECK(d.message == "unknown shock 'winter': the scenario has no shocks (`shocks`)");

    d = only_diagnostic(kBase + shocks + "reservists:\n  pool: {group: care, people: 336}\n");
    check_at(d, 17, 9, "reservists.pool.shocks");
    CHECK(d.message == "missing required key 'shocks'");

    d = only_diagnostic(kBase + shocks +
                        "reservists:\n  pool: {group: care, people: 336, shocks: []}\n");
    check_at(d, 17, 44, "reservists.pool.shocks");
    CHECK(d.message == "expected at least 1 shock name, found an empty list");

    d = only_diagnostic(kBase + shocks +
                        "reservists:\n  pool: {group: nursign, people: 336, shocks: [winter]}\n");
    check_at(d, 17, 17, "reservists.pool.group");
    CHECK(d.message == "unknown group 'nursign'; did you mean 'nursing'?");
}

TEST_CASE("population and feedback", "[scenario][flows]") {
    auto d = only_diagnostic(kBase + "population:\n  by_year: {2023: 100, 20x3: 120}\n");
    check_at(d, 15, 24, "population.by_year.20x3");
    CHECK(d.message == "'20x3' is not a year: write a whole year from 1900 to 2200");

    d = only_diagnostic(kBase + "population:\n  by_year: {2023: 100, 2033: 0}\n");
    check_at(d, 15, 30, "population.by_year.2033");
    CHECK(d.message == "expected a number > 0, got 0");

    d = only_diagnostic(kBase + "population: {description: over 65}\n");
    check_at(d, 14, 13, "population.by_year");
    CHECK(d.message == "missing required key 'by_year'");

    d = only_diagnostic(kBase + "population:\n  by_year: {}\n");
    check_at(d, 15, 12, "population.by_year");
    CHECK(d.message == "expected at least one entry");

    d = only_diagnostic(kBase + "feedback: {max_multiplier: 0.5}\n");
    check_at(d, 14, 28, "feedback.max_multiplier");
    CHECK(d.message == "expected a number in [1, 10], got 0.5");

    d = only_diagnostic(kBase + "feedback: {vacancy_treshold: 0.1}\n");
    check_at(d, 14, 12, "feedback.vacancy_treshold");
    CHECK(d.message == "unknown key 'vacancy_treshold'; did you mean 'vacancy_threshold'?");
}

TEST_CASE("every problem with the new keys is reported at once, in file order",
          "[scenario][flows]") {
    const std::string text = kBase +
                             "    recruitment: {hire_wte: {1.0: 50%, 0.5: 40%}}\n"            // 14
                             "    absence: {seasonality: {sept: 1}}\n"                        // 15
                             "international:\n"                                               // 16
                             "  recruits: {group: nursng, per_year: 1}\n"                     // 17
                             "shocks:\n"                                                      // 18
                             "  wave: {from: 2023-01-01, to: 2023-02-01, groups: [kare]}\n";  // 19
    const auto all = diagnostics_of(text);
    INFO(ScenarioError(all).what());
    REQUIRE(all.size() == 4);
    CHECK(all[0].line == 14);
    CHECK(all[1].line == 15);
    CHECK(all[2].line == 17);
    CHECK(all[2].message == "unknown group 'nursng'; did you mean 'nursing'?");
    CHECK(all[3].line == 19);
    CHECK(all[3].message == "unknown group 'kare'; did you mean 'care'?");
}
