// The declarations of international recruitment programmes and their dated policy changes
// (international.<name>).
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/month_codecs.hpp"
#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/programme_schemas.hpp"

namespace wfsim::models::schema {
namespace {

constexpr const char* kDatedAlready =
    "a dated change already; a variant changes the programme's own keys from its dates";

const ObjectSchema<InternationalPolicyChange>& change_schema() {
    static const ObjectSchema<InternationalPolicyChange> schema = [] {
        ObjectSchema<InternationalPolicyChange> s(
            "policy change",
            "A dated change to the programme (an ethical-recruitment rule, a visa rule): from its "
            "date, each value given replaces the programme's.");
        s.date("from", &InternationalPolicyChange::from,
               {.required = true,
                .meaning = "The day the change takes effect; a date outside the run is allowed "
                           "(before the start: it applies throughout; after the end: no effect).",
                .typical = "2024-04-01",
                .dated = refused(kDatedAlready)});
        s.number("per_year", &InternationalPolicyChange::per_year,
                 {.unit = "recruits per year",
                  .range = at_least(0),
                  .absent_text = "unchanged",
                  .meaning = "New planned recruits a year.",
                  .typical = "0 to stop recruiting",
                  .dated = refused(kDatedAlready)});
        s.number("cap_per_year", &InternationalPolicyChange::cap_per_year,
                 {.unit = "recruits per year",
                  .range = at_least(0),
                  .absent_text = "unchanged",
                  .meaning = "New cap on recruits a year.",
                  .typical = "a visa quota (an assumption)",
                  .dated = refused(kDatedAlready)});
        s.rate("dropout", &InternationalPolicyChange::dropout,
               {.unit = "share of recruits",
                .range = closed(0, 1),
                .absent_text = "unchanged",
                .meaning = "New share who drop out of the pipeline.",
                .typical = "higher under a stricter visa rule (an assumption)",
                .dated = refused(kDatedAlready)});
        s.number("cost_per_recruit", &InternationalPolicyChange::cost_per_recruit,
                 {.unit = "pounds per recruit",
                  .range = at_least(0),
                  .absent_text = "unchanged",
                  .meaning = "New cost of a recruit.",
                  .typical = "a higher visa fee (an assumption)",
                  .dated = refused(kDatedAlready)});
        s.duration("pipeline_days", &InternationalPolicyChange::pipeline_days,
                   {.unit = "days",
                    .absent_text = "unchanged",
                    .meaning = "New pipeline delay for cohorts recruited from `from`.",
                    .typical = "longer under a new registration rule (an assumption)",
                    .dated = refused(kDatedAlready)});
        s.alternatives(
            {.keys = {"per_year", "cap_per_year", "dropout", "cost_per_recruit", "pipeline_days"},
             .capacity = 5,
             .required = true,
             .rule = "A change gives at least one of `per_year`, `cap_per_year`, "
                     "`dropout`, `cost_per_recruit` and `pipeline_days`."});
        return s;
    }();
    return schema;
}

ObjectSchema<InternationalProgramme> make_international_schema() {
    ObjectSchema<InternationalProgramme> s(
        "international programme",
        "Planned international recruitment into a group: cohorts recruited (offers accepted) at "
        "the start of the given months, arriving after the pipeline delay (offer, visa, "
        "registration); drop-outs leave the pipeline part-way.");
    s.value<NameRefCodec>("group", &InternationalProgramme::group,
                          {.required = true,
                           .meaning = "The group recruits join; its age range bounds age_bands.",
                           .typical = "registered_nursing; radiographers, 50% of whom come from "
                                      "the international market in Hampshire and Isle of Wight "
                                      "(003_79f17af89db48d4b.txt)",
                           .dated = refused(kStructure)},
                          NameRefCodec{.brings_numbers = true});
    s.number("per_year", &InternationalProgramme::per_year,
             {.unit = "recruits per year",
              .range = at_least(0),
              .required = true,
              .meaning = "Planned recruits (offers accepted) a year, split evenly over "
                         "recruit_months.",
              .typical = "a large part of Hampshire and Isle of Wight's 1,500 nurses and "
                         "midwives a year; 38 more international radiographers by March 2023 "
                         "(003_79f17af89db48d4b.txt)",
              .dated = in_force("cohorts recruited from the date")});
    s.number("cap_per_year", &InternationalProgramme::cap_per_year,
             {.unit = "recruits per year",
              .range = at_least(0),
              .absent_text = "no cap",
              .meaning = "A policy cap on recruits a year (ethical recruitment, visas).",
              .typical = "an assumption; 000_9e6fcafd4c89b57b.txt rates its reliance on "
                         "international recruitment as a risk (499)",
              .dated = in_force("cohorts recruited from the date")});
    s.value<MonthListCodec>("recruit_months", &InternationalProgramme::recruit_months,
                            {.unit = "months (1 = January)",
                             .default_value = std::vector<int>{4, 10},
                             .meaning = "The months at whose start a cohort is recruited.",
                             .typical = "[4, 10]: April and October cohorts (an assumption)",
                             .dated = in_force("cohorts recruited from the date")});
    s.duration("pipeline_days", &InternationalProgramme::pipeline_days,
               {.unit = "days",
                .default_value = DurationDistribution::lognormal(150.0, 40.0),
                .meaning = "Time from recruitment (offer accepted) to starting in post.",
                .typical = "lognormal mean 150, sd 40: offer, visa and registration take about "
                           "five months (an assumption)",
                .dated = in_force("cohorts recruited from the date")});
    s.rate("dropout", &InternationalProgramme::dropout,
           {.unit = "share of recruits",
            .range = closed(0, 1),
            .default_value = 0.0,
            .meaning = "Share of recruits who leave the pipeline before starting.",
            .typical = "5-15% (an assumption: the seed documents give no figure)",
            .dated = in_force("cohorts recruited from the date")});
    s.number(
        "cost_per_recruit", &InternationalProgramme::cost_per_recruit,
        {.unit = "pounds per recruit",
         .range = at_least(0),
         .default_value = 0.0,
         .meaning =
             "Cost of each recruit (offer accepted), counted when recruited, drop-outs included.",
         .typical = "about £10,000 (an assumption: the seed documents give no figure)",
         .dated = in_force("cohorts recruited from the date")});
    s.number("leaving_multiplier", &InternationalProgramme::leaving_multiplier,
             {.unit = "times the group's leaving hazard",
              .range = closed(0, 10),
              .default_value = 1.0,
              .meaning = "Recruits' leaving hazard against the group's.",
              .typical = "1; about 1.2 without retention support (an assumption); Hampshire and "
                         "Isle of Wight funds fellowships to retain internationally educated "
                         "nurses (003_79f17af89db48d4b.txt)",
              .dated = in_force("recruits arriving from the date")});
    s.bands("age_bands", &InternationalProgramme::age_bands,
            {.absent_text = "the group's hire age profile",
             .meaning = "Ages of recruits; under_N and N_plus take the group's age_min and "
                        "age_max.",
             .typical = "{under_30: 0.5, 30_39: 0.35, 40_plus: 0.15} (an assumption)",
             .dated = in_force("recruits arriving from the date")},
            people_age_axis());
    s.number("wte", &InternationalProgramme::wte,
             {.unit = "WTE per recruit",
              .range = open_closed(0, 1.5),
              .absent_text = "the group's WTE per head",
              .meaning = "Contracted WTE of each recruit. Posts are WTE: a recruit of more WTE "
                         "than the group's WTE per head fills more than one post's worth of the "
                         "establishment, and fewer hires are needed.",
              .typical = "1.0: recruits mostly work full time (an assumption)",
              .dated = in_force("cohorts recruited from the date")});
    s.date("from", &InternationalProgramme::from,
           {.absent_text = "the start of the run",
            .meaning = "First day of recruitment; dates outside the run are allowed (only the "
                       "part inside has an effect).",
            .typical = "2023-04-01",
            .dated = refused("the programme's window; stop or start it with per_year from a date, "
                             "or add a programme in the variant")});
    s.date("to", &InternationalProgramme::to,
           {.absent_text = "the end of the run",
            .meaning = "First day without recruitment (cohorts already recruited still arrive).",
            .typical = "2025-04-01",
            .dated = refused("the programme's window; stop or start it with per_year from a date, "
                             "or add a programme in the variant")});
    s.optional_named_objects("changes", &InternationalProgramme::changes,
                             &InternationalPolicyChange::name, change_schema(),
                             "Dated changes to the programme, by name.");
    s.check("to is after from.", check_window<InternationalProgramme>);
    return s;
}

}  // namespace

const ObjectSchema<InternationalProgramme>& international_schema() {
    static const ObjectSchema<InternationalProgramme> schema = make_international_schema();
    return schema;
}

}  // namespace wfsim::models::schema
