// The declarations of training programmes (apprenticeships, return to practice) and of graduate
// cohorts that join a group's labour pool (training.<name>, graduates.<name>).
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/programme_schemas.hpp"

namespace wfsim::models::schema {
namespace {

void check_groups_differ(const TrainingProgramme& t, CheckContext& c) {
    if (t.from_group && *t.from_group == t.to_group)
        c.error("from_group", "from_group is to_group ('" + t.to_group +
                                  "'): trainees come from another group, or leave from_group "
                                  "out for external trainees");
}

ObjectSchema<TrainingProgramme> make_training_schema() {
    ObjectSchema<TrainingProgramme> s(
        "training programme",
        "Annual intakes into training of a fixed or distributed length, with attrition; "
        "completers join the target group. Internal trainees come from `from_group` and leave a "
        "vacancy there; external ones are recruited. Return to practice draws on a limited pool "
        "(lapsed registrants), and not every completer stays.");
    s.value<ChoiceCodec>(
        "route", &TrainingProgramme::route,
        {.default_value = std::string("training"),
         .meaning = "The kind of programme, for reporting joiners by route.",
         .typical = "apprenticeship (000_9e6fcafd4c89b57b.txt, 002_d6e0e560a7386522.txt); "
                    "return_to_practice (003_79f17af89db48d4b.txt)",
         .dated = refused(kStructure)},
        ChoiceCodec{{"training", "apprenticeship", "return_to_practice"}});
    s.value<NameRefCodec>("to_group", &TrainingProgramme::to_group,
                          {.required = true,
                           .meaning = "The group completers join; its age range bounds "
                                      "age_bands.",
                           .typical = "nursing_associates, registered_nursing",
                           .dated = refused(kStructure)},
                          NameRefCodec{.brings_numbers = true});
    s.value<NameRefCodec>("from_group", &TrainingProgramme::from_group,
                          {.absent_text = "none: trainees are recruited from outside",
                           .meaning = "The group internal trainees come from (they leave a "
                                      "vacancy there).",
                           .typical = "healthcare_support_workers: 27% of diagnostic "
                                      "radiography support workers want to register through a "
                                      "degree (003_79f17af89db48d4b.txt)",
                           .dated = refused(kStructure)},
                          NameRefCodec{});
    s.number("intake_per_year", &TrainingProgramme::intake_per_year,
             {.unit = "trainees per year",
              .range = at_least(0),
              .required = true,
              .meaning = "Planned intake a year, at the start of intake_month.",
              .typical = "80 apprenticeships supported by £449k of levy funds in 2021 "
                         "(002_d6e0e560a7386522.txt)",
              .dated = in_force("intakes from the date")});
    s.number("places", &TrainingProgramme::places,
             {.unit = "trainees per year",
              .range = at_least(0),
              .absent_text = "no limit",
              .meaning = "Capacity (funding, placements): the intake is at most this.",
              .typical = "£449k of levy for 80 apprenticeships, about £5,600 each "
                         "(002_d6e0e560a7386522.txt); 628 additional AHP placements "
                         "(003_79f17af89db48d4b.txt)",
              .dated = in_force("intakes from the date")});
    s.whole_number("intake_month", &TrainingProgramme::intake_month,
                   {.unit = "month (1 = January)",
                    .range = closed(1, 12),
                    .default_value = 9,
                    .meaning = "The month at whose start the intake begins.",
                    .typical = "9 (September, the academic year; an assumption)",
                    .dated = in_force("intakes from the date come in the new month")});
    s.duration("duration_days", &TrainingProgramme::duration_days,
               {.unit = "days",
                .default_value = DurationDistribution::fixed(730.0),
                .meaning = "Length of the training.",
                .typical = "730 days for a two-year nursing associate apprenticeship (an "
                           "assumption); 15 months for the dual-registration mental health "
                           "course (003_79f17af89db48d4b.txt)",
                .dated = in_force("intakes from the date")});
    s.rate("attrition", &TrainingProgramme::attrition,
           {.unit = "share of trainees",
            .range = closed(0, 1),
            .default_value = 0.0,
            .meaning = "Share who do not complete; they leave during the training.",
            .typical = "10-20% (an assumption; student attrition is a concern in "
                       "003_79f17af89db48d4b.txt)",
            .dated = in_force("intakes from the date")});
    s.rate("wte_while_training", &TrainingProgramme::wte_while_training,
           {.unit = "share of a trainee's WTE",
            .range = closed(0, 1),
            .default_value = 0.0,
            .meaning = "Share of a trainee's WTE counted in the target group while training.",
            .typical = "0 for students; 0.2-0.5 for apprentices in post (an assumption)",
            .dated = refused("counted when a trainee starts and released when they finish, so it "
                             "cannot change part-way; use --set")});
    s.bands("age_bands", &TrainingProgramme::age_bands,
            {.absent_text = "the target group's hire age profile",
             .meaning = "Ages of external trainees; under_N and N_plus take to_group's age_min "
                        "and age_max.",
             .typical = "{under_25: 0.5, 25_34: 0.3, 35_plus: 0.2} (an assumption); Somerset "
                        "aims to grow its 18-24 workforce (004_50d8a8458b66402f.txt)",
             .dated = in_force("external trainees taken in from the date")},
            people_age_axis());
    s.number("source_pool", &TrainingProgramme::source_pool,
             {.unit = "people",
              .range = at_least(0),
              .absent_text = "unlimited",
              .meaning = "A limited source (lapsed registrants for return to practice), used up "
                         "by intakes.",
              .typical = "an assumption: the seed documents give no pool size",
              .dated = in_force("what is left of the pool on the date becomes the new figure (or "
                                "is multiplied, or added to)")});
    s.rate("retention", &TrainingProgramme::retention,
           {.unit = "share of completers",
            .range = closed(0, 1),
            .default_value = 1.0,
            .meaning = "Share of completers still in post a year after completing.",
            .typical = "2 of 3 return-to-practice radiographers stay (003_79f17af89db48d4b.txt)",
            .dated = in_force("trainees completing from the date")});
    s.date("from", &TrainingProgramme::from,
           {.absent_text = "the start of the run",
            .meaning = "First day intakes may start; dates outside the run are allowed.",
            .typical = "2023-04-01",
            .dated = refused("the programme's window; stop or start it with intake_per_year from a "
                             "date, or add a programme in the variant")});
    s.date("to", &TrainingProgramme::to,
           {.absent_text = "the end of the run",
            .meaning = "First day without new intakes (trainees already in training finish).",
            .typical = "2026-04-01",
            .dated = refused("the programme's window; stop or start it with intake_per_year from a "
                             "date, or add a programme in the variant")});
    s.check("from_group differs from to_group.", check_groups_differ);
    s.check("to is after from.", check_window<TrainingProgramme>);
    return s;
}

ObjectSchema<GraduateCohort> make_graduate_schema() {
    ObjectSchema<GraduateCohort> s("graduate cohort",
                                   "University graduates of a year: the share who stay locally "
                                   "join the group's labour pool as newly qualified "
                                   "candidates.");
    s.value<NameRefCodec>("group", &GraduateCohort::group,
                          {.required = true,
                           .meaning = "The group whose labour pool graduates join; it must have "
                                      "a recruitment.labour_pool.",
                           .typical = "registered_nursing",
                           .dated = refused(kStructure)},
                          NameRefCodec{});
    s.number("per_year", &GraduateCohort::per_year,
             {.unit = "graduates per year",
              .range = at_least(0),
              .required = true,
              .meaning = "Graduates a year.",
              .typical = "more local graduate nursing associates and registered nurses entering "
                         "the workforce is a Somerset aim (004_50d8a8458b66402f.txt); the number "
                         "is an assumption",
              .dated = in_force("cohorts arriving from the date")});
    s.whole_number("month", &GraduateCohort::month,
                   {.unit = "month (1 = January)",
                    .range = closed(1, 12),
                    .default_value = 9,
                    .meaning = "The month at whose start graduates join the pool.",
                    .typical = "9 (September; an assumption)",
                    .dated = in_force("cohorts arriving from the date come in the new month")});
    s.rate("local_retention", &GraduateCohort::local_retention,
           {.unit = "share of graduates",
            .range = closed(0, 1),
            .default_value = 1.0,
            .meaning = "Share of graduates who stay in the area and join the pool.",
            .typical = "50-70% (an assumption); Somerset has a net outflow of 18-20 year olds "
                       "(004_50d8a8458b66402f.txt)",
            .dated = in_force("cohorts arriving from the date")});
    return s;
}

}  // namespace

const ObjectSchema<TrainingProgramme>& training_schema() {
    static const ObjectSchema<TrainingProgramme> schema = make_training_schema();
    return schema;
}

const ObjectSchema<GraduateCohort>& graduate_schema() {
    static const ObjectSchema<GraduateCohort> schema = make_graduate_schema();
    return schema;
}

}  // namespace wfsim::models::schema
