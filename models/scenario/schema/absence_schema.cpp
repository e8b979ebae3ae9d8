// The declarations of sickness absence: how often spells start, how long they last, when in the
// year and at what ages, and long-term spells (groups.<name>.absence).
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/month_codecs.hpp"

namespace wfsim::models::schema {
namespace {

ObjectSchema<AbsenceSpec> make_absence_schema() {
    ObjectSchema<AbsenceSpec> s("absence",
                                "Sickness absence: spells that start only while at work.");
    s.rate("rate", &AbsenceSpec::rate,
           {.unit = "fraction of WTE-days",
            .range = closed_open(0, 1),
            .absent_text = "no absence (unless onsets_per_year)",
            .meaning = "WTE-days lost to sickness / WTE-days available. Converted to an onset "
                       "rate a = r / (d (1 - r)), d the mean spell.",
            .typical = "4.5-6%: 5.5% (000_9e6fcafd4c89b57b.txt), 5.72% against a 4.5% target "
                       "(002_d6e0e560a7386522.txt)",
            .dated = recalibrated("the onset rate is solved again so that the new rate would be "
                                  "the share absent, with the baseline's spells, seasonality, ages "
                                  "and leaving; from the date spells start at the new rate")});
    s.number("onsets_per_year", &AbsenceSpec::onsets_per_year,
             {.unit = "spells per year at work",
              .range = closed(0, 365),  // a spell starting every day at work
              .absent_text = "no absence (unless rate)",
              .meaning = "Sickness spells a year while at work, instead of a rate.",
              .typical = "2 (the reference benchmark workload)",
              .dated = hazard_change("the onset rate from the date")});
    s.duration("spell_days", &AbsenceSpec::spell_days,
               {.unit = "days",
                .default_value = DurationDistribution::lognormal(8.0, 10.0),
                .meaning = "Length of a sickness spell.",
                .typical = "lognormal mean 8, sd 10 (the reference benchmark workload): mostly "
                           "short spells with a long tail; short and long-term spells as a "
                           "mixture, {mixture: [{share: 80%, lognormal: {mean: 4, sd: 3}}, "
                           "{share: 20%, lognormal: {mean: 40, sd: 30}}]} (an assumption)",
                .dated = in_force("spells starting from the date last the new time")});
    s.value<MonthlyFactorsCodec>(
        "seasonality", &AbsenceSpec::seasonality,
        {.unit = "relative onset rate",
         .absent_text = "flat: the same onset rate all year",
         .meaning = "Relative sickness onset rate by calendar month, scaled to a mean of 1, so "
                    "the year's absence stays as quoted and only its timing changes.",
         .typical = "a winter peak, {jan: 1.3, feb: 1.2, mar: 1.05, apr: 0.95, may: 0.9, jun: "
                    "0.85, jul: 0.85, aug: 0.85, sep: 0.95, oct: 1.05, nov: 1.15, dec: 1.25} (an "
                    "assumption; winter pressures raise absence and burnout, risk 505 in "
                    "000_9e6fcafd4c89b57b.txt)",
         .dated = hazard_change("the onset rate by calendar month from the date")});
    s.band_values("age_multipliers", &AbsenceSpec::age_multipliers,
                  {.unit = "times the onset rate",
                   .absent_text = "1 at every age",
                   .meaning = "Multiplies the sickness onset rate by age band; ages in no band "
                              "take 1. The quoted rate is kept for the group as a whole.",
                   .typical = "{under_25: 0.9, 25_54: 1, 55_plus: 1.2} (an assumption: the seed "
                              "documents give no absence by age)",
                   .dated = hazard_change("the onset rate by age from the date")},
                  value_age_axis(), at_least(0));
    s.number("long_term_days", &AbsenceSpec::long_term_days,
             {.unit = "days",
              .range = above(0),
              .default_value = 28.0,
              .meaning = "A spell longer than this is long-term (for long_term_leaving and the "
                         "long-term absence figures).",
              .typical = "28 days (four weeks, the usual NHS definition; not in the seed "
                         "documents)",
              .dated = in_force("spells starting from the date")});
    s.rate("long_term_leaving", &AbsenceSpec::long_term_leaving,
           {.unit = "share of long-term spells",
            .range = closed(0, 1),
            .default_value = 0.0,
            .meaning = "The probability that a long-term spell ends in the person leaving "
                       "instead of returning to work.",
            .typical = "5-10% (an assumption: 000_9e6fcafd4c89b57b.txt links sickness to "
                       "turnover without a figure)",
            .dated = in_force("spells starting from the date")});
    s.alternatives({.keys = {"rate", "onsets_per_year"},
                    .capacity = 1,
                    .rule = "Give at most one of `rate` and `onsets_per_year`; neither means "
                            "no sickness absence."});
    return s;
}

}  // namespace

const ObjectSchema<AbsenceSpec>& absence_schema() {
    static const ObjectSchema<AbsenceSpec> schema = make_absence_schema();
    return schema;
}

}  // namespace wfsim::models::schema
