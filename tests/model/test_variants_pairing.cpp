// Variants run on the baseline's random numbers: a variant that changes nothing, or changes
// something only after the run, is the baseline bit for bit; one whose interventions start on a
// date is the baseline bit for bit in every month before it, whatever it changes; and a
// replication does not depend on what the model ran before it.
#include <catch2/catch.hpp>

#include "tests/model/variant_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

// Every route on: a vacancy rate with a labour pool, retirement with returns, moves between
// groups, seasonal absence with long spells ending in leaving, international recruits, internal
// trainees, a shock, temporary cover and pay.
const std::string kRich = R"(schema_version: 1
name: every route
start: 2023-04-01
years: 3
defaults:
  sector: nhs
  age_bands: {under_30: 0.25, 30_49: 0.45, 50_plus: 0.30}
  absence:
    rate: 5%
    spell_days: {mixture: [{share: 80%, lognormal: {mean: 4, sd: 3}},
                           {share: 20%, lognormal: {mean: 40, sd: 30}}]}
    long_term_leaving: 5%
  temporary_cover: {bank_fill: 40%, bank_cost_per_wte_day: 200}
groups:
  nurses:
    headcount: 1500
    wte_per_head: 0.9
    vacancy_rate: 10%
    pay_cost_per_wte_year: 45000
    leaving:
      turnover: 18%
      first_year_multiplier: 1.5
      retirement: {hazard_by_age: {55_59: 0.05, 60_64: 0.2, 65_plus: 0.4},
                   return_probability: 10%}
    recruitment:
      labour_pool: {experienced_per_year: 250, newly_qualified_per_year: 40}
    absence:
      seasonality: {jan: 1.3, feb: 1.2, mar: 1.1, apr: 1, may: 0.9, jun: 0.8, jul: 0.8,
                    aug: 0.8, sep: 0.9, oct: 1, nov: 1.1, dec: 1.2}
  support:
    headcount: 1000
    vacancy_rate: 8%
    leaving:
      turnover: 25%
      to_groups: {nurses: 5%}
    recruitment: {time_to_hire_days: {lognormal: {mean: 45, sd: 20}}}
international:
  abroad: {group: nurses, per_year: 60, pipeline_days: {lognormal: {mean: 120, sd: 30}},
           dropout: 10%, cost_per_recruit: 8000}
training:
  assoc: {route: apprenticeship, from_group: support, to_group: nurses, intake_per_year: 25,
          duration_days: 365, attrition: 10%}
shocks:
  winter: {from: 2024-12-01, to: 2025-03-01, groups: [support], leaving: 1.3}
)";

const std::string kFrom = "2024-07-01";  // month 15 of the run

std::string variants() {
    const std::string d = "from: " + kFrom;
    return R"(variants:
  none:
    description: nothing changes
  late:
    interventions:
      after_the_run: {parameter: groups.nurses.leaving.turnover, multiply: 0.5, from: 2030-01-01,
                      cost: {per_year: 1000}}
  everything:
    interventions:
      t1: {parameter: groups.nurses.leaving.turnover, multiply: 0.9, )" +
           d + R"(, cost: {per_year: 50000}}
      t2: {parameter: groups.support.leaving.turnover, multiply: 1.2, )" +
           d + R"(}
      v1: {parameter: groups.nurses.vacancy_rate, set: 7%, )" +
           d + R"(}
      a1: {parameter: groups.*.absence.rate, multiply: 0.85, )" +
           d + R"(}
      a2: {parameter: groups.support.absence.spell_days, multiply: 1.2, )" +
           d + R"(}
      h1: {parameter: groups.*.recruitment.time_to_hire_days, add: -20, )" +
           d + R"(}
      p1: {parameter: groups.nurses.recruitment.labour_pool.experienced_per_year, multiply: 1.3, )" +
           d + R"(}
      i1: {parameter: international.abroad.per_year, multiply: 1.5, )" +
           d + R"(, cost: {per_person: 1000}}
      tr: {parameter: training.assoc.intake_per_year, set: 40, )" +
           d + R"(}
      s1: {parameter: shocks.winter.leaving, set: 1, )" +
           d + R"(}
      r1: {parameter: groups.nurses.leaving.retirement.hazard_by_age, multiply: 1.2, )" +
           d + R"(}
      r2: {parameter: groups.nurses.leaving.retirement.return_probability, set: 30%, )" +
           d + R"(}
      f1: {parameter: groups.nurses.leaving.first_year_multiplier, set: 2, )" +
           d + R"(}
      g1: {parameter: groups.support.leaving.to_groups, set: {nurses: 10%}, )" +
           d + R"(}
      pay: {parameter: groups.nurses.pay_cost_per_wte_year, multiply: 1.05, )" +
           d + R"(}
      cover: {parameter: groups.nurses.temporary_cover.bank_fill, set: 30%, )" +
           d + R"(}
      e1: {parameter: groups.nurses.establishment_wte, multiply: 1.02, )" +
           d + R"(}
      more_abroad: {international: {group: nurses, per_year: 40, pipeline_days: 90}, )" +
           d + R"(,
                    cost: {per_person: 3000, one_off: 10000}}
      surge: {shock: {from: )" +
           kFrom + R"(, to: 2025-01-01, absence_onset: 1.5}}
      retention: {parameter: groups.*.leaving.age_multipliers, set: {under_30: 0.8}, )" +
           d + R"(,
                  cost: {per_wte_day: 2}}
  mid_month:
    interventions:
      t: {parameter: groups.*.leaving.turnover, multiply: 0.8, from: 2024-08-15}
      a: {parameter: groups.*.absence.rate, multiply: 1.3, from: 2024-08-15}
)";
}

}  // namespace

TEST_CASE("a variant that changes nothing in the run is the baseline, bit for bit",
          "[model][variants]") {
    const VariantRuns v = variant_runs(kRich + variants());
    REQUIRE(v.names ==
            std::vector<std::string>{"baseline", "none", "late", "everything", "mid_month"});
    models::WorkforceModel model(v.runs[0]);
    for (std::uint64_t rep = 0; rep < 3; ++rep) {
        model.bind(v.runs[0]);
        const auto baseline = *model.run(11, rep);
        for (std::size_t k : {1u, 2u}) {
            model.bind(v.runs[k]);
            const auto variant = *model.run(11, rep);
            INFO("variant " << v.names[k] << ", replication " << rep);
            CHECK(variant.events == baseline.events);
            CHECK(first_month_differing(baseline, variant, model.layout()) ==
                  model.layout().months);
        }
    }
}

TEST_CASE("every month before a variant's first date is the baseline's, bit for bit",
          "[model][variants]") {
    const VariantRuns v = variant_runs(kRich + variants());
    models::WorkforceModel model(v.runs[0]);
    const int from_month = 15;  // 2024-07-01
    const int mid_month = 16;   // August 2024, holding 2024-08-15
    for (std::uint64_t rep = 0; rep < 4; ++rep) {
        model.bind(v.runs[0]);
        const auto baseline = *model.run(5, rep);
        model.bind(v.runs[3]);
        const auto everything = *model.run(5, rep);
        model.bind(v.runs[4]);
        const auto mid = *model.run(5, rep);
        INFO("replication " << rep);
        CHECK(first_month_differing(baseline, everything, model.layout()) == from_month);
        CHECK(first_month_differing(baseline, mid, model.layout()) == mid_month);
    }
}

TEST_CASE("a replication does not depend on what the model ran before it", "[model][variants]") {
    const VariantRuns v = variant_runs(kRich + variants());
    models::WorkforceModel fresh(v.runs[3]);
    const auto alone = *fresh.run(9, 2);
    models::WorkforceModel reused(v.runs[0]);
    (void)reused.run(9, 0);
    reused.bind(v.runs[4]);
    (void)reused.run(9, 1);
    reused.bind(v.runs[3]);
    const auto after_others = *reused.run(9, 2);
    CHECK(after_others.events == alone.events);
    CHECK(first_month_differing(alone, after_others, reused.layout()) == reused.layout().months);
}

TEST_CASE("a sweep's design point: overrides from the start, on the baseline's calibration",
          "[model][variants]") {
    const std::string yaml = kRich + R"(variants:
  written:
    interventions:
      a: {parameter: groups.nurses.leaving.turnover, set: 15%}
      b: {parameter: groups.*.absence.rate, set: 4%}
)";
    const VariantRuns v = variant_runs(yaml);
    const auto point = models::variant_from_overrides(
        v.baseline,
        models::parse_parameter_overrides(
            {"groups.nurses.leaving.turnover=15%", "groups.*.absence.rate=4%"}),
        "point");
    models::ResolvedScenario run = point;
    std::vector<models::ResolvedScenario*> runs{&run};
    models::share_layout(runs);
    models::WorkforceModel written(v.runs[1]), overridden(run);
    for (std::uint64_t rep = 0; rep < 2; ++rep) {
        const auto a = *written.run(3, rep);
        const auto b = *overridden.run(3, rep);
        CHECK(a.events == b.events);
        CHECK(first_month_differing(a, b, written.layout()) == written.layout().months);
    }
    // What cannot change from a date is refused at the override, with the declared reason.
    try {
        models::variant_from_overrides(
            v.baseline, models::parse_parameter_overrides({"groups.nurses.headcount=900"}), "x");
        FAIL("accepted");
    } catch (const models::ScenarioError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics()[0].file == "--set groups.nurses.headcount=900");
        CHECK(e.diagnostics()[0].message.find("cannot change from a date") != std::string::npos);
    }
}
