// The declarations of shocks (a pandemic wave, industrial action, a cost-of-living surge), of
// the reservists deployed during them, and of the pressure feedback (shocks.<name>,
// reservists.<name>, feedback).
#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/programme_schemas.hpp"

namespace wfsim::models::schema {
namespace {

void multiplier(ObjectSchema<ShockSpec>& s, const char* key, double ShockSpec::*member,
                std::string meaning, std::string typical, DatedChange dated) {
    s.number(key, member,
             {.unit = "times the usual",
              .range = closed(0, 20),
              .default_value = 1.0,
              .meaning = std::move(meaning),
              .typical = std::move(typical),
              .dated = std::move(dated)});
}

DatedChange shock_hazard() {
    return hazard_change("the multiplier from the date, inside the shock's window");
}

ObjectSchema<ShockSpec> make_shock_schema() {
    ObjectSchema<ShockSpec> s("shock",
                              "A dated, time-bounded change: multipliers on hazards and volumes "
                              "for selected groups, and a share of staff unavailable. Dates "
                              "outside the run are allowed (only the part inside has an effect).");
    s.date("from", &ShockSpec::from,
           {.required = true,
            .meaning = "First day of the shock.",
            .typical = "2022-12-01",
            .dated = refused(kStructure)});
    s.date("to", &ShockSpec::to,
           {.required = true,
            .meaning = "First day after the shock (it ends at the start of this day).",
            .typical = "2023-03-01",
            .dated = refused(kStructure)});
    s.value<NameListCodec>("groups", &ShockSpec::groups,
                           {.absent_text = "every group",
                            .meaning = "The groups affected.",
                            .typical = "[registered_nursing, doctors]",
                            .dated = refused(kStructure)},
                           NameListCodec{});
    multiplier(s, "leaving", &ShockSpec::leaving, "Multiplies the leaving hazard.",
               "1.2 for a cost-of-living surge (an assumption; risk 500 in "
               "000_9e6fcafd4c89b57b.txt)",
               shock_hazard());
    multiplier(s, "retirement", &ShockSpec::retirement, "Multiplies the retirement hazards.",
               "1.5 after a pandemic wave: staff who stayed on now retire "
               "(000_9e6fcafd4c89b57b.txt; the size is an assumption)",
               shock_hazard());
    multiplier(s, "absence_onset", &ShockSpec::absence_onset, "Multiplies the sickness onset rate.",
               "2 in a pandemic wave (an assumption; absence stayed high after the pandemic, "
               "000_9e6fcafd4c89b57b.txt)",
               shock_hazard());
    multiplier(s, "recruitment", &ShockSpec::recruitment,
               "Multiplies the rate at which vacancies find candidates.",
               "0.5 while recruitment is paused (an assumption)", shock_hazard());
    multiplier(s, "international", &ShockSpec::international,
               "Multiplies international cohort volumes.",
               "0 while travel is closed (an "
               "assumption)",
               in_force("cohorts recruited from the date, inside the shock's window"));
    multiplier(s, "training", &ShockSpec::training, "Multiplies training intakes.",
               "0.5 while placements are suspended (an assumption)",
               in_force("intakes from the date, inside the shock's window"));
    s.rate("unavailable", &ShockSpec::unavailable,
           {.unit = "share of staff in post",
            .range = closed(0, 1),
            .default_value = 0.0,
            .meaning = "Share of staff in post unavailable (industrial action).",
            .typical = "industrial action in Hampshire and Isle of Wight "
                       "(003_79f17af89db48d4b.txt), size not given: 10-30% on strike days (an "
                       "assumption)",
            .dated = in_force("the share unavailable from the date, inside the shock's window")});
    s.check("to is after from.", [](const ShockSpec& shock, CheckContext& c) {
        if (!(shock.from < shock.to))
            c.error("to",
                    "to (" + shock.to.iso() + ") must be after from (" + shock.from.iso() + ")");
    });
    return s;
}

ObjectSchema<ReservistPool> make_reservist_schema() {
    ObjectSchema<ReservistPool> s("reservist pool",
                                  "People who can be deployed to fill part of a group's gap "
                                  "during named shocks.");
    s.value<NameRefCodec>("group", &ReservistPool::group,
                          {.required = true,
                           .meaning = "The group whose gap reservists fill.",
                           .typical = "healthcare_support_workers",
                           .dated = refused(kStructure)},
                          NameRefCodec{});
    s.number("people", &ReservistPool::people,
             {.unit = "people",
              .range = at_least(0),
              .required = true,
              .meaning = "Reservists in the pool.",
              .typical = "336 reservists in Hampshire and Isle of Wight "
                         "(003_79f17af89db48d4b.txt); 645 workers registered with Staffordshire "
                         "and Stoke-on-Trent's People Hub (002_d6e0e560a7386522.txt)",
              .dated = in_force("deployments from the date")});
    s.number("wte_each", &ReservistPool::wte_each,
             {.unit = "WTE per person",
              .range = open_closed(0, 1.5),
              .default_value = 0.2,
              .meaning = "WTE each reservist works while deployed.",
              .typical = "0.2, about a day a week (an assumption)",
              .dated = in_force("deployments from the date")});
    s.value<NameListCodec>("shocks", &ReservistPool::shocks,
                           {.required = true,
                            .meaning = "The shocks during which reservists are deployed.",
                            .typical = "[winter_surge, pandemic_wave]",
                            .dated = refused(kStructure)},
                           NameListCodec{.refers_to = "shocks", .noun = "shock", .min_items = 1});
    return s;
}

void slope(ObjectSchema<FeedbackSpec>& s, const char* key, double FeedbackSpec::*member,
           double default_value, std::string meaning) {
    s.number(key, member,
             {.unit = "per percentage point",
              .range = at_least(0),
              .default_value = default_value,
              .meaning = std::move(meaning),
              .typical = "0-0.05 (an assumption: 000_9e6fcafd4c89b57b.txt describes the vicious "
                         "cycle without figures)",
              .dated = in_force("the multipliers set at the start of each month from the date")});
}

ObjectSchema<FeedbackSpec> make_feedback_schema() {
    ObjectSchema<FeedbackSpec> s(
        "feedback",
        "Pressure feedback: a group's leaving and sickness onset hazards rise with its vacancy "
        "and absence rates of the month before, above thresholds: multiplier = "
        "min(max_multiplier, 1 + the sum of slope x percentage points above the threshold).");
    s.rate("vacancy_threshold", &FeedbackSpec::vacancy_threshold,
           {.unit = "fraction of establishment",
            .range = closed(0, 1),
            .default_value = 0.10,
            .meaning = "Vacancy rate above which pressure builds.",
            .typical = "10%, inside the 8-12% target range of 002_d6e0e560a7386522.txt",
            .dated = in_force("the multipliers set at the start of each month from the date")});
    s.rate("absence_threshold", &FeedbackSpec::absence_threshold,
           {.unit = "fraction of WTE-days",
            .range = closed(0, 1),
            .default_value = 0.05,
            .meaning = "Absence rate above which pressure builds.",
            .typical = "5%, near the 4.5% target of 002_d6e0e560a7386522.txt",
            .dated = in_force("the multipliers set at the start of each month from the date")});
    slope(s, "leaving_per_vacancy_point", &FeedbackSpec::leaving_per_vacancy_point, 0.02,
          "Leaving hazard increase per point of vacancy rate above its threshold.");
    slope(s, "leaving_per_absence_point", &FeedbackSpec::leaving_per_absence_point, 0.0,
          "Leaving hazard increase per point of absence rate above its threshold.");
    slope(s, "absence_per_vacancy_point", &FeedbackSpec::absence_per_vacancy_point, 0.0,
          "Sickness onset increase per point of vacancy rate above its threshold.");
    slope(s, "absence_per_absence_point", &FeedbackSpec::absence_per_absence_point, 0.02,
          "Sickness onset increase per point of absence rate above its threshold.");
    s.number("max_multiplier", &FeedbackSpec::max_multiplier,
             {.unit = "times the hazard",
              .range = closed(1, 10),
              .default_value = 2.0,
              .meaning = "The largest multiplier feedback can reach.",
              .typical = "2 (an assumption)",
              .dated = refused("bounds the thinning of the whole run; use --set")});
    return s;
}

}  // namespace

const ObjectSchema<ShockSpec>& shock_schema() {
    static const ObjectSchema<ShockSpec> schema = make_shock_schema();
    return schema;
}

const ObjectSchema<ReservistPool>& reservist_schema() {
    static const ObjectSchema<ReservistPool> schema = make_reservist_schema();
    return schema;
}

const ObjectSchema<FeedbackSpec>& feedback_schema() {
    static const ObjectSchema<FeedbackSpec> schema = make_feedback_schema();
    return schema;
}

}  // namespace wfsim::models::schema
