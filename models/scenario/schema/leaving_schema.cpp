// The declarations of how staff leave a group: turnover, its age and first-year effects,
// retirement with retire-and-return, and where leavers go (groups.<name>.leaving).
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/keyed_map_codecs.hpp"

namespace wfsim::models::schema {
namespace {

const ObjectSchema<PensionChange>& pension_change_schema() {
    static const ObjectSchema<PensionChange> schema = [] {
        ObjectSchema<PensionChange> s("pension change",
                                      "A dated change to pension rules that moves the "
                                      "retirement schedule.");
        s.date("from", &PensionChange::from,
               {.required = true,
                .meaning = "The day the change takes effect. A date outside the run is allowed "
                           "(a change before the start applies throughout).",
                .typical = "2023-04-01",
                .dated = refused(kStructure)});
        s.number("shift_years", &PensionChange::shift_years,
                 {.unit = "years of age",
                  .range = closed(-10, 10),
                  .required = true,
                  .meaning = "From `from`, the retirement hazards by age move this many years "
                             "older (positive: people retire later; negative: earlier).",
                  .typical = "'Changes to NHS Pension' are a workforce risk in Staffordshire and "
                             "Stoke-on-Trent (002_d6e0e560a7386522.txt); it gives no size: -1 to "
                             "+1 year (an assumption)",
                  .dated = refused(kStructure)});
        return s;
    }();
    return schema;
}

const ObjectSchema<RetirementSpec>& retirement_schema() {
    static const ObjectSchema<RetirementSpec> schema = [] {
        ObjectSchema<RetirementSpec> s("retirement",
                                       "Retirement by age, with retire-and-return. Retirement "
                                       "is part of the turnover: it splits the leavers, never "
                                       "adds to them.");
        s.band_values("hazard_by_age", &RetirementSpec::hazard_by_age,
                      {.unit = "retirements per person-year",
                       .required = true,
                       .meaning = "Retirement hazard by age band; ages in no band do not retire.",
                       .typical = "{55_59: 0.03, 60_64: 0.12, 65_plus: 0.35} (an assumption); "
                                  "35.3% of primary care staff and 37.6% of its nurses are over "
                                  "55 (000_9e6fcafd4c89b57b.txt), 25% of Somerset's workforce "
                                  "(004_50d8a8458b66402f.txt)",
                       .dated = hazard_change(
                           "the retirement hazards by age change from the date; the base leaving "
                           "hazard is not solved again, so turnover moves with them")},
                      value_age_axis(), closed(0, 5), "hazard");
        s.optional_named_objects(
            "pension_changes", &RetirementSpec::pension_changes, &PensionChange::name,
            pension_change_schema(),
            "Dated changes that move the retirement schedule by age, by name.");
        s.rate("return_probability", &RetirementSpec::return_probability,
               {.unit = "share of retirees",
                .range = closed(0, 1),
                .default_value = 0.0,
                .meaning = "Of those who retire, the share who come back (retire and return).",
                .typical = "retire and return is a strategy in Hertfordshire and West Essex "
                           "(000_9e6fcafd4c89b57b.txt) and Staffordshire and Stoke-on-Trent "
                           "(002_d6e0e560a7386522.txt), which give no rate: 10-20% (an "
                           "assumption)",
                .dated = in_force("retirements from the date return with the new probability")});
        s.duration("return_gap_days", &RetirementSpec::return_gap_days,
                   {.unit = "days",
                    .default_value = DurationDistribution::fixed(30.0),
                    .meaning = "Time from retiring to coming back.",
                    .typical = "30 days (an assumption: pension rules require a break)",
                    .dated = in_force("retirees returning from the date wait the new gap")});
        s.number("return_wte_factor", &RetirementSpec::return_wte_factor,
                 {.unit = "times the WTE before retiring",
                  .range = open_closed(0, 1.5),
                  .default_value = 0.6,
                  .meaning = "A returner's contracted WTE as a multiple of their WTE before "
                             "retiring.",
                  .typical = "0.6: most return part time (an assumption)",
                  .dated = in_force("returners coming back from the date take the new factor")});
        s.duration("return_stay_days", &RetirementSpec::return_stay_days,
                   {.unit = "days",
                    .default_value = DurationDistribution::lognormal(730.0, 365.0),
                    .meaning = "How long a returner stays before leaving for good.",
                    .typical = "lognormal mean 730, sd 365: about two years (an assumption)",
                    .dated = in_force("returners coming back from the date stay the new time")});
        return s;
    }();
    return schema;
}

ObjectSchema<LeavingSpec> make_leaving_schema() {
    ObjectSchema<LeavingSpec> s("leaving", "How staff leave the group, every way out counted.");
    s.rate("turnover", &LeavingSpec::turnover,
           {.unit = "per year",
            .range = closed(0, 1),
            .meaning = "Leavers a year / mean headcount over the year, counting every way out "
                       "(leaving the system, retirement, moves). The base hazard is solved "
                       "so that the expected turnover at the start equals this figure, "
                       "first-year effect included.",
            .typical = "NHS 11.12% (Staffordshire and Stoke-on-Trent, 002_d6e0e560a7386522.txt), "
                       "about 20% in secondary care (Hertfordshire and West Essex, "
                       "000_9e6fcafd4c89b57b.txt); social care 27.3% (000_9e6fcafd4c89b57b.txt), "
                       "direct care 33-50% (Mid and South Essex, 001_0b1a1d3bbbb5ad2b.txt)",
            .dated = recalibrated(
                "the base leaving hazard is solved again so that the expected turnover at the "
                "start would be the new figure, with the baseline's retirement, ill health and "
                "other ways out; hiring is not solved again, so vacancies respond")});
    s.number("hazard_per_year", &LeavingSpec::hazard_per_year,
             {.unit = "per person-year",
              .range = closed(0, 10),  // 10 a year: a mean stay of five weeks
              .meaning = "The base leaving hazard itself, instead of a turnover figure; the "
                         "first-year multiplier applies on top.",
              .typical = "0.12 (the reference benchmark workload)",
              .dated = hazard_change("the base leaving hazard from the date")});
    s.rate("wastage", &LeavingSpec::wastage,
           {.unit = "per year",
            .range = closed_open(0, 1),
            .meaning = "The base hazard quoted as wastage, the chance that someone in post "
                       "(past their first year of service, at an age multiplier of 1, retirement "
                       "aside) leaves within a year: the hazard is -ln(1 - wastage) a year "
                       "(365.25 days), exactly. Retirement, the age multipliers and the age "
                       "limit act on top, as with `hazard_per_year`.",
            .typical = "0.10 (10% of a year's starting staff gone by its end, the form "
                       "manpower-planning texts and some workforce returns use; an assumption)",
            .dated = refused("a form of quoting the base hazard; a variant changes "
                             "hazard_per_year (or turnover), --set changes the quoted figure")});
    s.number("first_year_multiplier", &LeavingSpec::first_year_multiplier,
             {.unit = "times the base hazard",
              .range = closed(0, 20),
              .default_value = 1.0,
              .meaning = "Multiplies the leaving hazard during the first year of service.",
              .typical = "1 (no effect) to about 2; the seed documents give no figure: state "
                         "it as an assumption",
              .dated = hazard_change(
                  "the leaving hazard of staff in their first year of service, from the date")});
    s.rate("first_year_wastage", &LeavingSpec::first_year_wastage,
           {.unit = "per year",
            .range = closed_open(0, 1),
            .absent_text = "first_year_multiplier",
            .meaning = "With `wastage`: the chance of leaving within the first year of service, "
                       "instead of `first_year_multiplier`, which becomes ln(1 - "
                       "first_year_wastage) / ln(1 - wastage), exactly.",
            .typical = "0.2 against a wastage of 0.1 (newly qualified staff leave more in their "
                       "first year; an assumption)",
            .dated = refused("a form of quoting the first-year multiplier; a variant changes "
                             "first_year_multiplier, --set changes the quoted figure")});
    s.band_values("age_multipliers", &LeavingSpec::age_multipliers,
                  {.unit = "times the base hazard",
                   .absent_text = "1 at every age",
                   .meaning = "Multiplies the leaving hazard by age band; ages in no band take "
                              "1. Like the first-year effect, it is included when the base "
                              "hazard is solved from the turnover.",
                   .typical = "{under_25: 1.4, 25_54: 1, 55_plus: 1.3} (an assumption: the seed "
                              "documents give no turnover by age; 000_9e6fcafd4c89b57b.txt says "
                              "staff who stayed through the pandemic now retire or change "
                              "roles)",
                   .dated = hazard_change("the leaving hazard by age, from the date")},
                  value_age_axis(), at_least(0));
    s.object("retirement", &LeavingSpec::retirement, retirement_schema(),
             "Retirement by age and retire-and-return.", "none: no leaver is counted as retiring");
    s.value<GroupSharesCodec>(
        "to_groups", &LeavingSpec::to_groups,
        {.unit = "share of leavers",
         .absent_text = "none: every leaver leaves the system",
         .meaning = "Of those who leave (retirement aside), the share that move to each other "
                    "group of the system, keeping the person and their history; the rest leave "
                    "the system.",
         .typical = "{registered_nursing: 5%} for support staff who qualify, or NHS and social "
                    "care losing staff to each other (an assumption: 000_9e6fcafd4c89b57b.txt "
                    "says staff look to independent providers and other sectors, without a "
                    "figure)",
         .dated = in_force("leavers from the date go to other groups in the new shares")});
    s.value<LabelSharesCodec>(
        "reasons", &LeavingSpec::reasons,
        {.unit = "share of leavers out of the system",
         .absent_text = "one unlabelled reason",
         .meaning = "Why leavers leave the system, as labels you choose with their shares; "
                    "leavers are counted by reason.",
         .typical = "{other_employer: 50%, work_life_balance: 30%, other: 20%} (an "
                    "assumption); cost of living and burnout are the reasons "
                    "000_9e6fcafd4c89b57b.txt gives",
         .dated = in_force("leavers from the date give the new reasons")});
    s.rate("moves_within_group", &LeavingSpec::moves_within_group,
           {.unit = "share of turnover",
            .range = closed_open(0, 1),
            .default_value = 0.0,
            .meaning = "The share of the quoted turnover that is moves between employers within "
                       "the group (counted as a leaver and a joiner; the person stays). Set it "
                       "when the quoted figure counts such moves.",
            .typical = "0 when the figure excludes moves within the system; 10-20% for trust "
                       "turnover that counts them (an assumption)",
            .dated = in_force("leavers from the date move within the group in the new share")});
    s.number("max_working_age", &LeavingSpec::max_working_age,
             {.unit = "years of age",
              .range = open_closed(14, 100),
              .range_text = "> age_min, >= age_max, <= 100",
              .default_value = 75.0,
              .meaning = "Nobody works past this age: staff reaching it leave then, counted as "
                         "retiring and never returning, whether or not the group has a "
                         "`retirement` key. Its share of the turnover at the start (the age "
                         "profile's density at this age) is part of the quoted figure.",
              .typical = "75 (an assumption: there is no compulsory retirement age, and NHS "
                         "staff working past 75 are very few); 70 for roles with a "
                         "registration or indemnity limit",
              .dated = refused("a limit on each person's path, set when they join; use --set")});
    s.alternatives({.keys = {"turnover", "hazard_per_year", "wastage"},
                    .capacity = 1,
                    .required = true,
                    .rule = "Give exactly one of `turnover`, `hazard_per_year` and `wastage`."});
    s.alternatives({.keys = {"first_year_multiplier", "first_year_wastage"},
                    .capacity = 1,
                    .rule = "Give at most one of `first_year_multiplier` and "
                            "`first_year_wastage`."});
    s.check("first_year_wastage is given with a wastage above 0.",
            [](const LeavingSpec& l, CheckContext& c) {
                if (l.first_year_wastage && !(l.wastage && *l.wastage > 0.0))
                    c.error("first_year_wastage",
                            "first_year_wastage needs `wastage` above 0 (the multiplier is "
                            "their ratio of hazards); with `turnover` or `hazard_per_year` give "
                            "first_year_multiplier");
            });
    return s;
}

}  // namespace

const ObjectSchema<LeavingSpec>& leaving_schema() {
    static const ObjectSchema<LeavingSpec> schema = make_leaving_schema();
    return schema;
}

}  // namespace wfsim::models::schema
