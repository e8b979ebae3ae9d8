// The declaration of dated cohorts of domestic hires (domestic_cohorts.<name>): newly qualified
// staff who start in post together, as hires, not as candidates in a labour pool.
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/programme_schemas.hpp"

namespace wfsim::models::schema {
namespace {

constexpr const char* kWindow =
    "the cohort's window; stop or start it with per_year from a date, or add a cohort in the "
    "variant";

ObjectSchema<DomesticCohort> make_domestic_cohort_schema() {
    ObjectSchema<DomesticCohort> s(
        "domestic cohort",
        "Domestic hires who start in post together at the start of a month each year (newly "
        "qualified staff taking up posts in September): they take vacant posts as other "
        "routes' arrivals do, and beyond the vacant posts they are over establishment. Unlike "
        "`graduates` and labour_pool.newly_qualified_per_year, which add candidates that "
        "vacancies may hire, a cohort's hires start whatever the vacancies.");
    s.value<NameRefCodec>("group", &DomesticCohort::group,
                          {.required = true,
                           .meaning = "The group the cohort starts in; its age range bounds "
                                      "age_bands.",
                           .typical = "registered_nursing",
                           .dated = refused(kStructure)},
                          NameRefCodec{.brings_numbers = true});
    s.number("per_year", &DomesticCohort::per_year,
             {.unit = "hires per year",
              .range = at_least(0),
              .required = true,
              .meaning = "Hires in each year's cohort, all starting at the start of `month`; a "
                         "fractional part is one more hire with its chance.",
              .typical = "120 newly qualified nurses guaranteed posts each September (an "
                         "assumption)",
              .dated = in_force("cohorts starting from the date")});
    s.whole_number("month", &DomesticCohort::month,
                   {.unit = "month (1 = January)",
                    .range = closed(1, 12),
                    .default_value = 9,
                    .meaning = "The month at whose start the cohort takes up its posts.",
                    .typical = "9 (September: courses end in the summer; an assumption)",
                    .dated = in_force("cohorts starting from the date start in the new month")});
    s.bands("age_bands", &DomesticCohort::age_bands,
            {.absent_text = "the group's hire age profile",
             .meaning = "Ages of the cohort's hires; under_N and N_plus take the group's "
                        "age_min and age_max.",
             .typical = "{under_25: 0.6, 25_34: 0.3, 35_plus: 0.1} (an assumption)",
             .dated = in_force("cohorts starting from the date")},
            people_age_axis());
    s.number("wte", &DomesticCohort::wte,
             {.unit = "WTE per hire",
              .range = open_closed(0, 1.5),
              .absent_text = "the group's WTE per head",
              .meaning = "Contracted WTE of each hire. Posts are WTE: a hire of more WTE than "
                         "the group's WTE per head fills more than one post's worth of the "
                         "establishment.",
              .typical = "1.0: newly qualified staff mostly start full time (an assumption)",
              .dated = in_force("cohorts starting from the date")});
    s.number("cost_per_hire", &DomesticCohort::cost_per_hire,
             {.unit = "pounds per hire",
              .range = at_least(0),
              .default_value = 0.0,
              .meaning = "Cost of each hire (a preceptorship, a golden hello), counted when the "
                         "cohort starts (metric domestic_cohort_cost).",
              .typical = "about £2,000 for a preceptorship year (an assumption)",
              .dated = in_force("cohorts starting from the date")});
    s.date("from", &DomesticCohort::from,
           {.absent_text = "the start of the run",
            .meaning = "First day a cohort may start; dates outside the run are allowed (only "
                       "the part inside has an effect). A single cohort: from its first day to "
                       "a year later.",
            .typical = "2025-09-01",
            .dated = refused(kWindow)});
    s.date("to", &DomesticCohort::to,
           {.absent_text = "the end of the run",
            .meaning = "First day no cohort starts.",
            .typical = "2026-09-01",
            .dated = refused(kWindow)});
    s.check("to is after from.", check_window<DomesticCohort>);
    return s;
}

}  // namespace

const ObjectSchema<DomesticCohort>& domestic_cohort_schema() {
    static const ObjectSchema<DomesticCohort> schema = make_domestic_cohort_schema();
    return schema;
}

}  // namespace wfsim::models::schema
