// The resolved YAML of a scenario with every key of the group flows, programmes and shocks reads
// back to an equal scenario, and resolving it again changes nothing.
#include <catch2/catch.hpp>

#include "models/scenario/scenario_loader.hpp"
#include "tests/scenario/scenario_test_support.hpp"
#include "tests/scenario/test_scenario_flows_fixture.hpp"

using namespace wfsim::models;
using flows_test::kFlowsScenario;
using flows_test::kPlainScenario;
using Kind = DurationDistribution::Kind;
using scenario_test::same_bands;
using scenario_test::same_distribution;

namespace {

template <class A, class F>
void same_each(const std::vector<A>& a, const std::vector<A>& b, F same) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) same(a[i], b[i]);
}

void same_group_flows(const GroupSpec& x, const GroupSpec& y) {
    INFO("group " << x.name);
    same_bands(x.leaving.age_multipliers, y.leaving.age_multipliers);
    REQUIRE(x.leaving.retirement.has_value() == y.leaving.retirement.has_value());
    if (x.leaving.retirement) {
        const RetirementSpec &a = *x.leaving.retirement, &b = *y.leaving.retirement;
        same_bands(a.hazard_by_age, b.hazard_by_age);
        same_each(a.pension_changes, b.pension_changes, [](const auto& p, const auto& q) {
            CHECK(p.name == q.name);
            CHECK(p.from == q.from);
            CHECK(p.shift_years == q.shift_years);
        });
        CHECK(a.return_probability == b.return_probability);
        same_distribution(a.return_gap_days, b.return_gap_days);
        CHECK(a.return_wte_factor == b.return_wte_factor);
        same_distribution(a.return_stay_days, b.return_stay_days);
    }
    same_each(x.leaving.to_groups, y.leaving.to_groups, [](const auto& p, const auto& q) {
        CHECK(p.group == q.group);
        CHECK(p.share == q.share);
    });
    same_each(x.leaving.reasons, y.leaving.reasons, [](const auto& p, const auto& q) {
        CHECK(p.label == q.label);
        CHECK(p.share == q.share);
    });
    CHECK(x.leaving.moves_within_group == y.leaving.moves_within_group);
    same_each(x.recruitment.hire_wte, y.recruitment.hire_wte, [](const auto& p, const auto& q) {
        CHECK(p.wte == q.wte);
        CHECK(p.share == q.share);
    });
    REQUIRE(x.recruitment.labour_pool.has_value() == y.recruitment.labour_pool.has_value());
    if (x.recruitment.labour_pool) {
        const LabourPoolSpec &a = *x.recruitment.labour_pool, &b = *y.recruitment.labour_pool;
        CHECK(a.experienced_per_year == b.experienced_per_year);
        CHECK(a.newly_qualified_per_year == b.newly_qualified_per_year);
        CHECK(a.newly_qualified_month == b.newly_qualified_month);
        same_bands(a.newly_qualified_age_bands, b.newly_qualified_age_bands);
    }
    same_distribution(x.absence.spell_days, y.absence.spell_days);
    CHECK(x.absence.seasonality == y.absence.seasonality);
    same_bands(x.absence.age_multipliers, y.absence.age_multipliers);
    CHECK(x.absence.long_term_days == y.absence.long_term_days);
    CHECK(x.absence.long_term_leaving == y.absence.long_term_leaving);
    const auto same_fy = [](const auto& p, const auto& q) {
        CHECK(p.start_year == q.start_year);
        CHECK(p.value == q.value);
    };
    CHECK(x.establishment.growth == y.establishment.growth);
    same_each(x.establishment.growth_by_year, y.establishment.growth_by_year, same_fy);
    same_each(x.establishment.wte_by_year, y.establishment.wte_by_year, same_fy);
    CHECK(x.establishment.population_elasticity == y.establishment.population_elasticity);
    CHECK(x.temporary_cover.bank_fill == y.temporary_cover.bank_fill);
    CHECK(x.temporary_cover.agency_fill == y.temporary_cover.agency_fill);
    CHECK(x.temporary_cover.bank_cost_per_wte_day == y.temporary_cover.bank_cost_per_wte_day);
    CHECK(x.temporary_cover.agency_cost_per_wte_day == y.temporary_cover.agency_cost_per_wte_day);
}

void same_programmes(const Scenario& a, const Scenario& b) {
    REQUIRE(a.population.has_value() == b.population.has_value());
    if (a.population) {
        CHECK(a.population->description == b.population->description);
        CHECK(a.population->by_year == b.population->by_year);
    }
    same_each(a.international, b.international, [](const auto& p, const auto& q) {
        CHECK(p.name == q.name);
        CHECK(p.group == q.group);
        CHECK(p.per_year == q.per_year);
        CHECK(p.cap_per_year == q.cap_per_year);
        CHECK(p.recruit_months == q.recruit_months);
        same_distribution(p.pipeline_days, q.pipeline_days);
        CHECK(p.dropout == q.dropout);
        CHECK(p.cost_per_recruit == q.cost_per_recruit);
        CHECK(p.leaving_multiplier == q.leaving_multiplier);
        same_bands(p.age_bands, q.age_bands);
        CHECK(p.wte == q.wte);
        CHECK(p.from == q.from);
        CHECK(p.to == q.to);
        same_each(p.changes, q.changes, [](const auto& c, const auto& d) {
            CHECK(c.name == d.name);
            CHECK(c.from == d.from);
            CHECK(c.per_year == d.per_year);
            CHECK(c.cap_per_year == d.cap_per_year);
            CHECK(c.dropout == d.dropout);
            CHECK(c.cost_per_recruit == d.cost_per_recruit);
            REQUIRE(c.pipeline_days.has_value() == d.pipeline_days.has_value());
            if (c.pipeline_days) same_distribution(*c.pipeline_days, *d.pipeline_days);
        });
    });
    same_each(a.training, b.training, [](const auto& p, const auto& q) {
        CHECK(p.name == q.name);
        CHECK(p.route == q.route);
        CHECK(p.to_group == q.to_group);
        CHECK(p.from_group == q.from_group);
        CHECK(p.intake_per_year == q.intake_per_year);
        CHECK(p.places == q.places);
        CHECK(p.intake_month == q.intake_month);
        same_distribution(p.duration_days, q.duration_days);
        CHECK(p.attrition == q.attrition);
        CHECK(p.wte_while_training == q.wte_while_training);
        same_bands(p.age_bands, q.age_bands);
        CHECK(p.source_pool == q.source_pool);
        CHECK(p.retention == q.retention);
        CHECK(p.from == q.from);
        CHECK(p.to == q.to);
    });
    same_each(a.graduates, b.graduates, [](const auto& p, const auto& q) {
        CHECK(p.name == q.name);
        CHECK(p.group == q.group);
        CHECK(p.per_year == q.per_year);
        CHECK(p.month == q.month);
        CHECK(p.local_retention == q.local_retention);
    });
    same_each(a.shocks, b.shocks, [](const auto& p, const auto& q) {
        CHECK(p.name == q.name);
        CHECK(p.from == q.from);
        CHECK(p.to == q.to);
        CHECK(p.groups == q.groups);
        CHECK(p.leaving == q.leaving);
        CHECK(p.retirement == q.retirement);
        CHECK(p.absence_onset == q.absence_onset);
        CHECK(p.recruitment == q.recruitment);
        CHECK(p.international == q.international);
        CHECK(p.training == q.training);
        CHECK(p.unavailable == q.unavailable);
    });
    same_each(a.reservists, b.reservists, [](const auto& p, const auto& q) {
        CHECK(p.name == q.name);
        CHECK(p.group == q.group);
        CHECK(p.people == q.people);
        CHECK(p.wte_each == q.wte_each);
        CHECK(p.shocks == q.shocks);
    });
    REQUIRE(a.feedback.has_value() == b.feedback.has_value());
    if (a.feedback) {
        CHECK(a.feedback->vacancy_threshold == b.feedback->vacancy_threshold);
        CHECK(a.feedback->absence_threshold == b.feedback->absence_threshold);
        CHECK(a.feedback->leaving_per_vacancy_point == b.feedback->leaving_per_vacancy_point);
        CHECK(a.feedback->leaving_per_absence_point == b.feedback->leaving_per_absence_point);
        CHECK(a.feedback->absence_per_vacancy_point == b.feedback->absence_per_vacancy_point);
        CHECK(a.feedback->absence_per_absence_point == b.feedback->absence_per_absence_point);
        CHECK(a.feedback->max_multiplier == b.feedback->max_multiplier);
    }
}

void same_scenario(const Scenario& a, const Scenario& b) {
    REQUIRE(a.groups.size() == b.groups.size());
    for (std::size_t i = 0; i < a.groups.size(); ++i) same_group_flows(a.groups[i], b.groups[i]);
    same_programmes(a, b);
}

}  // namespace

TEST_CASE("the resolved YAML of every new key reads back exactly", "[scenario][flows]") {
    for (const char* text : {kFlowsScenario, kPlainScenario}) {
        const Scenario original = load_scenario_text(text, "original.yaml");
        const std::string resolved = resolved_scenario_yaml(original);
        INFO(resolved);
        const Scenario again = load_scenario_text(resolved, "resolved.yaml");
        same_scenario(original, again);
        CHECK(resolved_scenario_yaml(again) == resolved);
    }
    const std::string resolved =
        resolved_scenario_yaml(load_scenario_text(kFlowsScenario, "flows.yaml"));
    CHECK(resolved.find("spell_days: {mixture: [{share: 0.8, lognormal: {mean: 4, sd: 3}}, "
                        "{share: 0.2, lognormal: {mean: 40, sd: 30}}]}") != std::string::npos);
    CHECK(resolved.find("recruit_months: [1, 4, 10]") != std::string::npos);
    CHECK(resolved.find("hire_wte: {0.6: 0.15, 0.8: 0.25, 1: 0.6}") != std::string::npos);
    CHECK(resolved.find("growth_by_year: {\"2023/24\": 0.03, \"2025/26\": -0.01}") !=
          std::string::npos);
    CHECK(resolved.find("seasonality: {jan: ") != std::string::npos);
    CHECK(resolved.find("route: apprenticeship") != std::string::npos);
    // Optional parts not written stay out of the resolved file.
    const std::string plain = resolved_scenario_yaml(load_scenario_text(kPlainScenario, "p.yaml"));
    for (const char* key : {"international:", "shocks:", "retirement:", "labour_pool:",
                            "population:", "feedback:", "to_groups:", "seasonality:"}) {
        INFO(key);
        CHECK(plain.find(key) == std::string::npos);
    }
    CHECK(plain.find("establishment:") != std::string::npos);
    CHECK(plain.find("long_term_days: 28") != std::string::npos);
}

TEST_CASE("mixture weights that do not add up exactly still read back exactly",
          "[scenario][flows]") {
    const std::string text = std::string(kPlainScenario) +
                             "    absence:\n"
                             "      onsets_per_year: 2\n"
                             "      spell_days: {mixture: [{share: 33.3%, fixed: 2}, {share: "
                             "33.3%, exponential: {mean: 7}}, {share: 33.3%, uniform: {min: 20, "
                             "max: 60}}]}\n";
    const Scenario original = load_scenario_text(text, "thirds.yaml");
    const DurationDistribution& d = original.groups[0].absence.spell_days;
    REQUIRE(d.kind == Kind::Mixture);
    REQUIRE(d.weights.size() == 3);
    double sum = 0;
    for (double w : d.weights) sum += w;
    CHECK(sum == 1.0);
    CHECK(d.weights[0] == Approx(1.0 / 3).epsilon(1e-12));
    CHECK(d.components[2].kind == Kind::Uniform);
    const std::string resolved = resolved_scenario_yaml(original);
    const Scenario again = load_scenario_text(resolved, "resolved.yaml");
    same_distribution(d, again.groups[0].absence.spell_days);
    CHECK(resolved_scenario_yaml(again) == resolved);
}
