// Bad values in the group flows give one diagnostic each, at the exact line, column and key
// path: references to groups, sums of shares, WTE keys, mixtures, seasonality, multiplier
// profiles, financial-year labels, temporary cover.
#include "tests/scenario/test_scenario_flows_support.hpp"

using namespace flows_test;
using Catch::Matchers::Contains;

namespace {

// kBase with the `care` group's leaving line (line 13) holding `inner` after its turnover:
// "    leaving: {turnover: 0.3, " puts `inner` at column 30.
std::string care_leaving(const std::string& inner) {
    std::string text = kBase;
    text.replace(text.find("    leaving: {turnover: 0.3}"), 28,
                 "    leaving: {turnover: 0.3, " + inner + "}");
    return text;
}

}  // namespace

TEST_CASE("to_groups names other groups of the scenario", "[scenario][flows]") {
    auto d = only_diagnostic(care_leaving("to_groups: {nursng: 10%}"));
    check_at(d, 13, 42, "groups.care.leaving.to_groups.nursng");
    CHECK(d.message == "unknown group 'nursng'; did you mean 'nursing'?");

    d = only_diagnostic(care_leaving("to_groups: {care: 10%}"));
    check_at(d, 13, 42, "groups.care.leaving.to_groups.care");
    CHECK(d.message == "'care' is this group itself; name another group");

    // Nothing close: the valid names are listed (not the group itself).
    d = only_diagnostic(care_leaving("to_groups: {doctors: 10%}"));
    check_at(d, 13, 42, "groups.care.leaving.to_groups.doctors");
    CHECK(d.message == "unknown group 'doctors'; the groups are nursing");

    // A reference in `defaults` is checked for each group that takes it, at its place there.
    std::string text = kBase;
    text.insert(text.find("groups:"), "defaults:\n  leaving: {to_groups: {nursing: 5%}}\n");
    d = only_diagnostic(text);
    check_at(d, 6, 25, "groups.nursing.leaving.to_groups.nursing");
    CHECK(d.message == "'nursing' is this group itself; name another group");
}

TEST_CASE("to_groups shares sum to at most 1; reasons to 1", "[scenario][flows]") {
    const std::string third =
        "  midwives:\n    sector: nhs\n    headcount: 10\n    leaving: {turnover: 0.1}\n";
    auto d = only_diagnostic(care_leaving("to_groups: {nursing: 60%, midwives: 50%}") + third);
    check_at(d, 13, 41, "groups.care.leaving.to_groups");
    CHECK(d.message == "shares sum to 1.1; they must sum to at most 1");
    CHECK_NOTHROW(wfsim::models::load_scenario_text(
        care_leaving("to_groups: {nursing: 60%, midwives: 40%}") + third, "ok.yaml"));

    d = only_diagnostic(care_leaving("reasons: {pay: 50%, other: 40%}"));
    check_at(d, 13, 39, "groups.care.leaving.reasons");
    CHECK(d.message == "shares sum to 0.9; they must sum to 1 (within 0.01)");

    d = only_diagnostic(care_leaving("reasons: {Pay: 1}"));
    check_at(d, 13, 40, "groups.care.leaving.reasons.Pay");
    CHECK_THAT(d.message, Catch::StartsWith("'Pay' is not a valid name: use [a-z][a-z0-9_]*"));

    d = only_diagnostic(care_leaving("moves_within_group: 1"));
    check_at(d, 13, 50, "groups.care.leaving.moves_within_group");
    CHECK(d.message == "expected a rate in [0, 1), got 1");
}

TEST_CASE("multiplier and hazard profiles: values in range, no sum rule", "[scenario][flows]") {
    auto d = only_diagnostic(care_leaving("age_multipliers: {under_25: -1}"));
    check_at(d, 13, 58, "groups.care.leaving.age_multipliers.under_25");
    CHECK(d.message == "expected a multiplier >= 0, got -1");

    d = only_diagnostic(care_leaving("retirement: {hazard_by_age: {60_plus: 6}}"));
    check_at(d, 13, 68, "groups.care.leaving.retirement.hazard_by_age.60_plus");
    CHECK(d.message == "expected a hazard in [0, 5], got 6");

    // Past age_max (67) is allowed, up to 120; values need not sum to anything.
    CHECK_NOTHROW(wfsim::models::load_scenario_text(
        care_leaving("age_multipliers: {under_25: 2, 65_74: 3, 75_plus: 0}"), "ok.yaml"));
    d = only_diagnostic(care_leaving("age_multipliers: {115_124: 1}"));
    check_at(d, 13, 48, "groups.care.leaving.age_multipliers.115_124");
    CHECK(d.message == "band '115_124' ends at 125, above the upper end 120");

    d = only_diagnostic(care_leaving("retirement: {return_probability: 0.2}"));
    check_at(d, 13, 42, "groups.care.leaving.retirement.hazard_by_age");
    CHECK(d.message == "missing required key 'hazard_by_age'");

    d = only_diagnostic(care_leaving(
        "retirement: {hazard_by_age: {60_plus: 0.2}, pension_changes: {rule: {shift_years: 11, "
        "from: 2024-04-01}}}"));
    check_at(d, 13, 112, "groups.care.leaving.retirement.pension_changes.rule.shift_years");
    CHECK(d.message == "expected a number in [-10, 10], got 11");
}

TEST_CASE("hire_wte: WTE keys and shares", "[scenario][flows]") {
    auto d = only_diagnostic(kBase + "    recruitment: {hire_wte: {1.0: 50%, 1: 50%}}\n");
    check_at(d, 14, 40, "groups.care.recruitment.hire_wte.1");
    CHECK(d.message == "'1' is the same as '1.0' (at 14:30); give each once");

    d = only_diagnostic(kBase + "    recruitment: {hire_wte: {1.6: 100%}}\n");
    check_at(d, 14, 30, "groups.care.recruitment.hire_wte.1.6");
    CHECK(d.message == "WTE 1.6 is not in (0, 1.5]");

    d = only_diagnostic(kBase + "    recruitment: {hire_wte: {full: 100%}}\n");
    check_at(d, 14, 30, "groups.care.recruitment.hire_wte.full");
    CHECK(d.message == "'full' is not a WTE: write a number in (0, 1.5] such as 1.0 or 0.8");

    d = only_diagnostic(kBase + "    recruitment: {hire_wte: {1.0: 50%, 0.5: 40%}}\n");
    check_at(d, 14, 29, "groups.care.recruitment.hire_wte");
    CHECK(d.message == "shares sum to 0.9; they must sum to 1 (within 0.01)");

    d = only_diagnostic(kBase + "    recruitment: {labour_pool: {newly_qualified_month: 13}}\n");
    check_at(d, 14, 56, "groups.care.recruitment.labour_pool.newly_qualified_month");
    CHECK(d.message == "expected a whole number in [1, 12], got 13");

    d = only_diagnostic(kBase + "    recruitment: {labour_pool: 400}\n");
    check_at(d, 14, 32, "groups.care.recruitment.labour_pool");
    CHECK(d.message == "expected a map of keys, found '400'");
}

TEST_CASE("a fixed inflow of hires with a labour pool is refused, located",
          "[scenario][flows][recruitment]") {
    // hires_per_year arrive whatever the pool holds, so a pool beside it would limit nothing.
    auto d = only_diagnostic(kBase +
                             "    recruitment: {hires_per_year: 50, labour_pool: "
                             "{experienced_per_year: 20}}\n");
    check_at(d, 14, 52, "groups.care.recruitment.labour_pool");
    CHECK_THAT(d.message,
               Contains("has no effect with hires_per_year") && Contains("give one or the other"));
    // Also with no hires at all (domestic: false says that plainly).
    d = only_diagnostic(kBase +
                        "    recruitment: {hires_per_year: 0, labour_pool: "
                        "{newly_qualified_per_year: 20}}\n");
    check_at(d, 14, 51, "groups.care.recruitment.labour_pool");
    // A pool in `defaults` meets a group's own hires_per_year: located at the pool in defaults.
    std::string text = kBase + "    recruitment: {hires_per_year: 50}\n";
    text.insert(text.find("groups:"),
                "defaults:\n  recruitment: {labour_pool: {experienced_per_year: 20}}\n");
    d = only_diagnostic(text);
    check_at(d, 6, 30, "groups.care.recruitment.labour_pool");
}

TEST_CASE("mixture durations: components and their shares", "[scenario][flows]") {
    const std::string head = kBase + "    absence: {spell_days: {mixture: ";  // '[' at 14:37
    auto d = only_diagnostic(head + "[{share: 70%, fixed: 3}, {share: 20%, fixed: 30}]}}\n");
    check_at(d, 14, 37, "groups.care.absence.spell_days.mixture");
    CHECK(d.message == "component shares sum to 0.9; they must sum to 1 (within 0.01)");

    d = only_diagnostic(head + "[{share: 1, mixture: [{share: 1, fixed: 2}]}]}}\n");
    check_at(d, 14, 49, "groups.care.absence.spell_days.mixture[0].mixture");
    CHECK(d.message ==
          "a mixture component cannot itself be a mixture: use lognormal, exponential, fixed or "
          "uniform");

    d = only_diagnostic(head + "[{lognormal: {mean: 4, sd: 3}}]}}\n");
    check_at(d, 14, 38, "groups.care.absence.spell_days.mixture[0].share");
    CHECK(d.message == "missing required key 'share'");

    d = only_diagnostic(head + "[{share: 1, lognormel: {mean: 4, sd: 3}}]}}\n");
    check_at(d, 14, 49, "groups.care.absence.spell_days.mixture[0].lognormel");
    CHECK(d.message == "unknown distribution 'lognormel'; did you mean 'lognormal'?");

    d = only_diagnostic(head +
                        "[{share: 0.5, fixed: 3}, {share: 0.5, lognormal: {mean: 4, sd: "
                        "-3}}]}}\n");
    check_at(d, 14, 100, "groups.care.absence.spell_days.mixture[1].lognormal.sd");
    CHECK(d.message == "expected a number >= 0, got -3");

    d = only_diagnostic(head + "{share: 1, fixed: 3}}}\n");
    check_at(d, 14, 37, "groups.care.absence.spell_days.mixture");
    CHECK_THAT(d.message, Catch::StartsWith("expected a list of components such as [{share: "
                                            "80%, lognormal: {mean: 4, sd: 3}}"));

    d = only_diagnostic(head + "[{share: 1, fixed: 3, exponential: {mean: 2}}]}}\n");
    check_at(d, 14, 59, "groups.care.absence.spell_days.mixture[0].exponential");
    CHECK(d.message == "a component has one distribution; found 'fixed' and 'exponential'");
}

TEST_CASE("seasonality: twelve months, each above 0", "[scenario][flows]") {
    const std::string head = kBase + "    absence: {seasonality: ";  // value at 14:28
    auto d = only_diagnostic(head + "{jan: 1.3, feb: 1.2}}\n");
    check_at(d, 14, 28, "groups.care.absence.seasonality");
    CHECK(d.message ==
          "give all twelve months, jan to dec; missing: mar, apr, may, jun, jul, aug, sep, oct, "
          "nov, dec");

    d = only_diagnostic(head + "{sept: 1}}\n");
    check_at(d, 14, 29, "groups.care.absence.seasonality.sept");
    CHECK(d.message == "'sept' is not a month; did you mean 'sep'?");

    d = only_diagnostic(head + "{january: 1}}\n");
    CHECK(d.message == "'january' is not a month; did you mean 'jan'?");

    d = only_diagnostic(head + "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]}\n");
    check_at(d, 14, 62, "groups.care.absence.seasonality[11]");
    CHECK(d.message == "expected a relative rate > 0, got 0");

    d = only_diagnostic(head + "[1, 2]}\n");
    check_at(d, 14, 28, "groups.care.absence.seasonality");
    CHECK(d.message == "expected twelve relative rates, January first, found 2");

    d = only_diagnostic(kBase + "    absence: {long_term_days: 0}\n");
    check_at(d, 14, 31, "groups.care.absence.long_term_days");
    CHECK(d.message == "expected a number > 0, got 0");
}

TEST_CASE("establishment: financial-year labels, inside the run, once", "[scenario][flows]") {
    const std::string head = kBase + "    establishment: {";  // keys from 14:21
    auto d = only_diagnostic(head + "growth_by_year: {2024/26: 1%}}\n");
    check_at(d, 14, 38, "groups.care.establishment.growth_by_year.2024/26");
    CHECK(d.message ==
          "'2024/26' is not a financial year: write YYYY/YY for two consecutive years, such as "
          "2024/25");

    d = only_diagnostic(head + "growth_by_year: {2030/31: 1%}}\n");
    check_at(d, 14, 38, "groups.care.establishment.growth_by_year.2030/31");
    CHECK(d.message ==
          "2030/31 does not start inside the run: the financial years starting inside the run "
          "(2022-04-01 to 2027-03-31) are 2022/23 to 2026/27");

    d = only_diagnostic(head + "wte_by_year: {2021/22: 50}}\n");
    check_at(d, 14, 35, "groups.care.establishment.wte_by_year.2021/22");
    CHECK_THAT(d.message, Catch::StartsWith("2021/22 does not start inside the run"));

    // A run that starts after 1 April covers the financial years starting later.
    std::string later = head + "growth_by_year: {2022/23: 1%}}\n";
    later.replace(later.find("2022-04-01"), 10, "2022-05-01");
    d = only_diagnostic(later);
    check_at(d, 14, 38, "groups.care.establishment.growth_by_year.2022/23");
    CHECK(d.message ==
          "2022/23 does not start inside the run: the financial years starting inside the run "
          "(2022-05-01 to 2027-04-30) are 2023/24 to 2027/28");

    d = only_diagnostic(head + "growth_by_year: {2023/24: 1%}, wte_by_year: {2023/24: 55}}\n");
    check_at(d, 14, 66, "groups.care.establishment.wte_by_year.2023/24");
    CHECK(d.message ==
          "2023/24 has both a WTE (wte_by_year) and a growth rate (growth_by_year): give one of "
          "them for a year");

    d = only_diagnostic(head + "growth: -60%}\n");
    check_at(d, 14, 29, "groups.care.establishment.growth");
    CHECK(d.message == "expected a rate in (-0.5, 1], got -60%");

    d = only_diagnostic(head + "population_elasticity: 1}\n");
    check_at(d, 14, 44, "groups.care.establishment.population_elasticity");
    CHECK(d.message == "population_elasticity needs a top-level `population` to follow");
}

TEST_CASE("temporary cover fills at most the whole gap", "[scenario][flows]") {
    auto d = only_diagnostic(kBase + "    temporary_cover: {bank_fill: 80%, agency_fill: 30%}\n");
    check_at(d, 14, 52, "groups.care.temporary_cover.agency_fill");
    CHECK(d.message ==
          "bank_fill + agency_fill = 1.1: together they fill at most the whole gap (1)");

    d = only_diagnostic(kBase + "    temporary_cover: {agency_cost_per_wte_day: -5}\n");
    check_at(d, 14, 48, "groups.care.temporary_cover.agency_cost_per_wte_day");
    CHECK(d.message == "expected a number >= 0, got -5");
}
