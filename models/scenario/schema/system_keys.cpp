// The system-wide keys of the top level (population, supply programmes, shocks, reservists,
// feedback), and the checks that need the whole scenario: financial years inside the run,
// graduates joining a labour pool, population-driven establishments having a population.
#include "models/scenario/schema/factor_schema.hpp"
#include "models/scenario/schema/keyed_map_codecs.hpp"
#include "models/scenario/schema/programme_schemas.hpp"
#include "models/scenario/schema/run_years.hpp"
#include "models/scenario/schema/scenario_schema.hpp"

namespace wfsim::models::schema {
namespace {

const ObjectSchema<PopulationProjection>& population_schema() {
    static const ObjectSchema<PopulationProjection> schema = [] {
        ObjectSchema<PopulationProjection> s(
            "population",
            "A population index by year (for example the over-65 population) that "
            "establishments with a population_elasticity follow: linear between the years "
            "given, flat beyond; the value for year Y holds at 1 April of Y.");
        s.text("description", &PopulationProjection::description,
               {.absent_text = "empty",
                .meaning = "What the index counts, and its source.",
                .typical = "over-65 population, Hertfordshire and West Essex "
                           "(000_9e6fcafd4c89b57b.txt)",
                .dated = refused(kTextOnly)});
        s.value<YearValuesCodec>(
            "by_year", &PopulationProjection::by_year,
            {.unit = "index or people",
             .required = true,
             .meaning = "The index by calendar year; only ratios between years matter.",
             .typical = "{2023: 264300, 2033: 328255}: Hertfordshire and West Essex's over-65 "
                        "population rises 24.2% to 328,255 by 2033 (000_9e6fcafd4c89b57b.txt; "
                        "264,300 = 328,255 / 1.242, the base year taken as 2023); Somerset's 75+ "
                        "population doubles in 20 years (004_50d8a8458b66402f.txt)",
             .dated = in_force("the establishments that follow the population change at the start "
                               "of each financial year from the date")},
            YearValuesCodec{above(0)});
        return s;
    }();
    return schema;
}

void check_years_in_run(const Scenario& s, CheckContext& c) {
    const RunYears run = years_starting_in_run(s);
    const auto check = [&](const GroupSpec& g, const char* key,
                           const std::vector<FinancialYearValue>& values) {
        for (const FinancialYearValue& v : values) {
            if (run.contains(v.start_year)) continue;
            const std::string label = sim::Date::financial_year_label(v.start_year);
            c.error_at({"groups", g.name, "establishment", key, label},
                       label + " does not start inside the run: " + run.text(), true);
        }
    };
    for (const GroupSpec& g : s.groups) {
        check(g, "growth_by_year", g.establishment.growth_by_year);
        check(g, "wte_by_year", g.establishment.wte_by_year);
    }
}

void check_graduate_pools(const Scenario& s, CheckContext& c) {
    for (const GraduateCohort& cohort : s.graduates) {
        for (const GroupSpec& g : s.groups) {
            if (g.name != cohort.group || g.recruitment.labour_pool) continue;
            c.error_at({"graduates", cohort.name, "group"},
                       "group '" + g.name +
                           "' has no recruitment.labour_pool for graduates to join: give it one");
        }
    }
}

void check_population_given(const Scenario& s, CheckContext& c) {
    if (s.population) return;
    for (const GroupSpec& g : s.groups) {
        if (g.establishment.population_elasticity > 0.0)
            c.error_at({"groups", g.name, "establishment", "population_elasticity"},
                       "population_elasticity needs a top-level `population` to follow");
    }
}

}  // namespace

void add_system_keys(ObjectSchema<Scenario>& s) {
    s.object("population", &Scenario::population, population_schema(),
             "The population index establishments may follow.",
             "none: establishments do not follow a population");
    s.optional_named_objects("international", &Scenario::international,
                             &InternationalProgramme::name, international_schema(),
                             "International recruitment programmes, by name.");
    s.optional_named_objects("training", &Scenario::training, &TrainingProgramme::name,
                             training_schema(),
                             "Training, apprenticeship and return-to-practice programmes, by "
                             "name.");
    s.optional_named_objects("graduates", &Scenario::graduates, &GraduateCohort::name,
                             graduate_schema(),
                             "Graduate cohorts joining groups' labour pools, by name.");
    s.optional_named_objects("domestic_cohorts", &Scenario::domestic_cohorts, &DomesticCohort::name,
                             domestic_cohort_schema(),
                             "Dated cohorts of domestic hires starting in post together, by "
                             "name.");
    s.optional_named_objects("shocks", &Scenario::shocks, &ShockSpec::name, shock_schema(),
                             "Dated shocks, by name.");
    s.optional_named_objects("reservists", &Scenario::reservists, &ReservistPool::name,
                             reservist_schema(), "Reservist pools, by name.");
    s.object("feedback", &Scenario::feedback, feedback_schema(),
             "Pressure feedback on leaving and sickness.", "none: no feedback");
    s.optional_named_objects("uncertainty", &Scenario::uncertainty, &FactorSpec::name,
                             factor_schema(),
                             "Parameters whose values are uncertain, by name: `wfsim run` draws "
                             "a set of values per outer sample (--parameter-sets) and runs "
                             "replications within each, and splits each key metric's variance "
                             "into parameter uncertainty and individual chance.");
    s.check(
        "Every financial year in a group's establishment.growth_by_year and "
        "establishment.wte_by_year starts inside the run.",
        check_years_in_run);
    s.check("A group that graduates join has a recruitment.labour_pool.", check_graduate_pools);
    s.check("A group with a population_elasticity above 0 needs `population`.",
            check_population_given);
}

}  // namespace wfsim::models::schema
