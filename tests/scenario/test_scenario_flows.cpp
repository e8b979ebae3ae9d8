// Group flows (retirement, destinations, labour pool, hire WTE, seasonality, mixtures,
// establishment, temporary cover), programmes, shocks, reservists, population and feedback read
// into the right values, and declared defaults equal the structs' defaults.
#include <catch2/catch.hpp>

#include "models/scenario/scenario_loader.hpp"
#include "tests/scenario/test_scenario_flows_fixture.hpp"

using namespace wfsim::models;
using flows_test::kFlowsScenario;
using flows_test::kPlainScenario;
using Kind = DurationDistribution::Kind;
using wfsim::sim::Date;

namespace {

void check_band(const Band& band, const std::string& label, double from, double to, double value) {
    INFO(label);
    CHECK(band.label == label);
    CHECK(band.from == from);
    CHECK(band.to == to);
    CHECK(band.share == Approx(value).epsilon(1e-12));
}

}  // namespace

TEST_CASE("group flows are read into the right values", "[scenario][flows]") {
    const Scenario s = load_scenario_text(kFlowsScenario, "flows.yaml");
    REQUIRE(s.groups.size() == 2);
    const GroupSpec& n = s.groups[0];
    const GroupSpec& c = s.groups[1];

    SECTION("leaving: age multipliers run past age_max, retirement, destinations, reasons") {
        const auto& m = n.leaving.age_multipliers;
        REQUIRE(m.size() == 3);
        check_band(m[0], "under_25", 18, 25, 1.4);
        check_band(m[1], "25_54", 25, 55, 1.0);
        check_band(m[2], "55_plus", 55, 120, 1.3);  // values, not normalised
        REQUIRE(n.leaving.retirement);
        const RetirementSpec& r = *n.leaving.retirement;
        REQUIRE(r.hazard_by_age.size() == 3);  // sorted by age
        check_band(r.hazard_by_age[0], "55_59", 55, 60, 0.03);
        check_band(r.hazard_by_age[1], "60_64", 60, 65, 0.12);
        check_band(r.hazard_by_age[2], "65_plus", 65, 120, 0.35);
        REQUIRE(r.pension_changes.size() == 2);
        CHECK(r.pension_changes[0].name == "remedy");
        CHECK(r.pension_changes[0].from == Date::from_ymd(2023, 10, 1));
        CHECK(r.pension_changes[0].shift_years == -0.5);
        CHECK(r.pension_changes[1].name == "state_age");
        CHECK(r.pension_changes[1].shift_years == 1);
        CHECK(r.return_probability == Approx(0.15).epsilon(1e-15));
        CHECK(r.return_gap_days.kind == Kind::Fixed);
        CHECK(r.return_gap_days.mean == 45);
        CHECK(r.return_wte_factor == 0.6);
        CHECK(r.return_stay_days.kind == Kind::LogNormal);
        CHECK(r.return_stay_days.mean == 700);
        REQUIRE(n.leaving.to_groups.size() == 1);
        CHECK(n.leaving.to_groups[0].group == "care_workers");
        CHECK(n.leaving.to_groups[0].share == Approx(0.05).epsilon(1e-15));
        CHECK(n.leaving.moves_within_group == Approx(0.10).epsilon(1e-15));
        // Reasons from defaults, summing to 0.99: normalised, in the order written.
        REQUIRE(n.leaving.reasons.size() == 3);
        CHECK(n.leaving.reasons[0].label == "other_employer");
        CHECK(n.leaving.reasons[0].share == Approx(0.50 / 0.99).epsilon(1e-12));
        CHECK(n.leaving.reasons[2].label == "other");
        CHECK(n.leaving.reasons[2].share == Approx(0.19 / 0.99).epsilon(1e-12));
        CHECK(c.leaving.reasons.size() == 3);
        REQUIRE(c.leaving.to_groups.size() == 1);
        CHECK(c.leaving.to_groups[0].group == "registered_nursing");
        CHECK_FALSE(c.leaving.retirement);
        CHECK(c.leaving.age_multipliers.empty());
    }

    SECTION("recruitment: hire WTE sorted by WTE, the labour pool") {
        const auto& w = n.recruitment.hire_wte;
        REQUIRE(w.size() == 3);
        CHECK(w[0].wte == 0.6);
        CHECK(w[0].share == Approx(0.15).epsilon(1e-15));
        CHECK(w[1].wte == 0.8);
        CHECK(w[2].wte == 1.0);
        CHECK(w[2].share == Approx(0.60).epsilon(1e-15));
        REQUIRE(n.recruitment.labour_pool);
        const LabourPoolSpec& pool = *n.recruitment.labour_pool;
        CHECK(pool.experienced_per_year == 400);
        CHECK(pool.newly_qualified_per_year == 300);
        CHECK(pool.newly_qualified_month == 10);
        REQUIRE(pool.newly_qualified_age_bands.size() == 3);
        check_band(pool.newly_qualified_age_bands[2], "35_plus", 35, 70, 0.1);
        CHECK_FALSE(c.recruitment.labour_pool);
        CHECK(c.recruitment.hire_wte.empty());
    }

    SECTION("absence: a mixture of spells, seasonality as a map or a list, long-term spells") {
        const DurationDistribution& d = n.absence.spell_days;
        REQUIRE(d.kind == Kind::Mixture);
        REQUIRE(d.components.size() == 2);
        CHECK(d.weights == std::vector<double>{0.8, 0.2});
        CHECK(d.components[0].kind == Kind::LogNormal);
        CHECK(d.components[0].mean == 4);
        CHECK(d.components[1].sd == 30);
        CHECK(d.mean == Approx(0.8 * 4 + 0.2 * 40));
        const auto& season = n.absence.seasonality;
        REQUIRE(season.size() == 12);
        const double mean = 12.35 / 12;
        CHECK(season[0] == Approx(1.3 / mean).epsilon(1e-12));
        CHECK(season[11] == Approx(1.25 / mean).epsilon(1e-12));
        double sum = 0;
        for (double v : season) sum += v;
        CHECK(sum == Approx(12).epsilon(1e-14));
        CHECK(c.absence.seasonality == season);  // the list form gives the same
        REQUIRE(n.absence.age_multipliers.size() == 2);
        check_band(n.absence.age_multipliers[1], "55_plus", 55, 120, 1.2);
        CHECK(n.absence.long_term_days == 21);
        CHECK(n.absence.long_term_leaving == Approx(0.08).epsilon(1e-15));
        CHECK(c.absence.long_term_days == 28);  // defaults
        CHECK(c.absence.long_term_leaving == 0);
        CHECK(c.absence.spell_days.kind == Kind::LogNormal);
    }

    SECTION("establishment and temporary cover") {
        const EstablishmentSpec& e = n.establishment;
        CHECK(e.growth == Approx(0.02).epsilon(1e-15));
        REQUIRE(e.growth_by_year.size() == 2);  // sorted by year
        CHECK(e.growth_by_year[0].start_year == 2023);
        CHECK(e.growth_by_year[0].value == Approx(0.03).epsilon(1e-15));
        CHECK(e.growth_by_year[1].start_year == 2025);
        CHECK(e.growth_by_year[1].value == Approx(-0.01).epsilon(1e-15));
        REQUIRE(e.wte_by_year.size() == 1);
        CHECK(e.wte_by_year[0].start_year == 2024);
        CHECK(e.wte_by_year[0].value == 5600);
        CHECK(e.population_elasticity == 0.5);
        CHECK(c.establishment.growth == Approx(-0.05).epsilon(1e-15));
        CHECK(c.establishment.population_elasticity == 0);
        CHECK(n.temporary_cover.bank_fill == Approx(0.4).epsilon(1e-15));
        CHECK(n.temporary_cover.agency_fill == Approx(0.1).epsilon(1e-15));
        CHECK(n.temporary_cover.bank_cost_per_wte_day == 210);  // from defaults
        CHECK(n.temporary_cover.agency_cost_per_wte_day == 400);
        CHECK(c.temporary_cover.bank_cost_per_wte_day == 210);
        CHECK(c.temporary_cover.bank_fill == 0);
    }
}

TEST_CASE("programmes, shocks, reservists, population and feedback are read", "[scenario][flows]") {
    const Scenario s = load_scenario_text(kFlowsScenario, "flows.yaml");
    REQUIRE(s.population);
    CHECK(s.population->description == "over-65 population");
    CHECK(s.population->by_year ==
          std::vector<std::pair<int, double>>{{2023, 264300}, {2033, 328255}});

    REQUIRE(s.international.size() == 1);
    const InternationalProgramme& i = s.international[0];
    CHECK(i.name == "nurses_abroad");
    CHECK(i.group == "registered_nursing");
    CHECK(i.per_year == 300);
    CHECK(i.cap_per_year == 400);
    CHECK(i.recruit_months == std::vector<int>{1, 4, 10});
    CHECK(i.pipeline_days.mean == 150);
    CHECK(i.dropout == Approx(0.1).epsilon(1e-15));
    CHECK(i.cost_per_recruit == 10000);
    CHECK(i.leaving_multiplier == 1.2);
    REQUIRE(i.age_bands.size() == 2);  // the group's age range: 18 to 70
    check_band(i.age_bands[0], "under_30", 18, 30, 0.5);
    check_band(i.age_bands[1], "30_plus", 30, 70, 0.5);
    CHECK(i.wte == 1.0);
    CHECK(i.from == Date::from_ymd(2022, 6, 1));
    CHECK(i.to == Date::from_ymd(2025, 4, 1));
    REQUIRE(i.changes.size() == 2);
    CHECK(i.changes[0].name == "visa_rule");
    CHECK(i.changes[0].from == Date::from_ymd(2024, 1, 1));
    CHECK(i.changes[0].per_year == 150);
    CHECK_FALSE(i.changes[0].dropout);
    REQUIRE(i.changes[0].pipeline_days);
    CHECK(i.changes[0].pipeline_days->kind == Kind::Fixed);
    CHECK(i.changes[0].pipeline_days->mean == 200);
    CHECK(i.changes[1].cost_per_recruit == 12000);
    CHECK(i.changes[1].cap_per_year == 200);
    CHECK(i.changes[1].dropout.value() == Approx(0.15).epsilon(1e-15));
    CHECK_FALSE(i.changes[1].pipeline_days);

    REQUIRE(s.training.size() == 2);
    const TrainingProgramme& t = s.training[0];
    CHECK(t.name == "associates");
    CHECK(t.route == "apprenticeship");
    CHECK(t.to_group == "registered_nursing");
    CHECK(t.from_group == "care_workers");
    CHECK(t.intake_per_year == 80);
    CHECK(t.places == 80);
    CHECK(t.intake_month == 1);
    CHECK(t.duration_days.kind == Kind::Uniform);
    CHECK(t.duration_days.max == 800);
    CHECK(t.attrition == Approx(0.15).epsilon(1e-15));
    CHECK(t.wte_while_training == 0.3);
    REQUIRE(t.age_bands.size() == 2);  // to_group's ages
    check_band(t.age_bands[1], "25_plus", 25, 70, 0.5);
    CHECK(t.from == Date::from_ymd(2022, 9, 1));
    CHECK(t.to == Date::from_ymd(2026, 9, 1));
    const TrainingProgramme& rtp = s.training[1];
    CHECK(rtp.route == "return_to_practice");
    CHECK_FALSE(rtp.from_group);
    CHECK(rtp.source_pool == 60);
    CHECK(rtp.retention == 0.667);
    const TrainingProgramme plain;  // declared defaults equal the struct's
    CHECK(rtp.intake_month == plain.intake_month);
    CHECK(rtp.duration_days.kind == plain.duration_days.kind);
    CHECK(rtp.duration_days.mean == plain.duration_days.mean);
    CHECK(rtp.attrition == plain.attrition);
    CHECK_FALSE(rtp.places);
    CHECK_FALSE(rtp.from);

    REQUIRE(s.graduates.size() == 1);
    CHECK(s.graduates[0].name == "local_university");
    CHECK(s.graduates[0].group == "registered_nursing");
    CHECK(s.graduates[0].per_year == 250);
    CHECK(s.graduates[0].month == 8);
    CHECK(s.graduates[0].local_retention == Approx(0.6).epsilon(1e-15));

    REQUIRE(s.shocks.size() == 2);
    const ShockSpec& w = s.shocks[0];
    CHECK(w.name == "winter_wave");
    CHECK(w.from == Date::from_ymd(2022, 12, 1));
    CHECK(w.to == Date::from_ymd(2023, 3, 1));
    CHECK(w.groups == std::vector<std::string>{"registered_nursing", "care_workers"});
    CHECK(w.leaving == 1.1);
    CHECK(w.retirement == 1.5);
    CHECK(w.absence_onset == 2);
    CHECK(w.recruitment == 0.5);
    CHECK(w.international == 0);
    CHECK(w.training == 0.5);
    CHECK(w.unavailable == 0);
    CHECK(s.shocks[1].unavailable == Approx(0.2).epsilon(1e-15));
    CHECK(s.shocks[1].leaving == 1);

    REQUIRE(s.reservists.size() == 1);
    CHECK(s.reservists[0].group == "care_workers");
    CHECK(s.reservists[0].people == 336);
    CHECK(s.reservists[0].wte_each == 0.25);
    CHECK(s.reservists[0].shocks == std::vector<std::string>{"winter_wave", "strike"});

    REQUIRE(s.feedback);
    CHECK(s.feedback->vacancy_threshold == Approx(0.09).epsilon(1e-15));
    CHECK(s.feedback->absence_threshold == Approx(0.055).epsilon(1e-15));
    CHECK(s.feedback->leaving_per_vacancy_point == 0.03);
    CHECK(s.feedback->absence_per_absence_point == 0.025);
    CHECK(s.feedback->max_multiplier == 2.5);
}

TEST_CASE("without the new keys, the new parts take the structs' defaults", "[scenario][flows]") {
    const Scenario s = load_scenario_text(kPlainScenario, "plain.yaml");
    const GroupSpec& g = s.groups[0];
    const GroupSpec plain;
    CHECK_FALSE(g.leaving.retirement);
    CHECK(g.leaving.to_groups.empty());
    CHECK(g.leaving.reasons.empty());
    CHECK(g.leaving.moves_within_group == plain.leaving.moves_within_group);
    CHECK_FALSE(g.recruitment.labour_pool);
    CHECK(g.absence.seasonality.empty());
    CHECK(g.absence.long_term_days == plain.absence.long_term_days);
    CHECK(g.absence.long_term_leaving == plain.absence.long_term_leaving);
    CHECK_FALSE(g.establishment.growth);
    CHECK(g.establishment.population_elasticity == plain.establishment.population_elasticity);
    CHECK(g.temporary_cover.bank_fill == plain.temporary_cover.bank_fill);
    CHECK_FALSE(s.population);
    CHECK(s.international.empty());
    CHECK(s.training.empty());
    CHECK(s.shocks.empty());
    CHECK(s.reservists.empty());
    CHECK_FALSE(s.feedback);

    // Optional parts, once written, take their declared defaults: the structs' own.
    const std::string optional = R"(schema_version: 1
name: Optional parts
start: 2023-01-01
months: 18
groups:
  nursing:
    sector: nhs
    headcount: 100
    leaving: {turnover: 0.1, retirement: {hazard_by_age: {60_plus: 0.2}}}
    recruitment: {labour_pool: {}}
feedback: {}
)";
    const Scenario t = load_scenario_text(optional, "optional.yaml");
    const RetirementSpec retirement;
    REQUIRE(t.groups[0].leaving.retirement);
    CHECK(t.groups[0].leaving.retirement->return_wte_factor == retirement.return_wte_factor);
    CHECK(t.groups[0].leaving.retirement->return_gap_days.mean == retirement.return_gap_days.mean);
    CHECK(t.groups[0].leaving.retirement->return_stay_days.sd == retirement.return_stay_days.sd);
    const LabourPoolSpec pool;
    REQUIRE(t.groups[0].recruitment.labour_pool);
    CHECK_FALSE(t.groups[0].recruitment.labour_pool->experienced_per_year);
    CHECK(t.groups[0].recruitment.labour_pool->newly_qualified_month == pool.newly_qualified_month);
    const FeedbackSpec feedback;
    REQUIRE(t.feedback);
    CHECK(t.feedback->vacancy_threshold == feedback.vacancy_threshold);
    CHECK(t.feedback->max_multiplier == feedback.max_multiplier);
    CHECK(t.feedback->leaving_per_vacancy_point == feedback.leaving_per_vacancy_point);
}
