// The declarations of a staff group and its flows (groups.<name>, and `defaults`).
#include <cmath>

#include "models/scenario/scenario_schema.hpp"

namespace wfsim::models::schema {
namespace {

constexpr double kSizeTolerance = 0.005;  // headcount x wte_per_head against wte

const ObjectSchema<LeavingSpec>& leaving_schema() {
    static const ObjectSchema<LeavingSpec> schema = [] {
        ObjectSchema<LeavingSpec> s("leaving", "How staff leave the group, every way out counted.");
        s.rate(
            "turnover", &LeavingSpec::turnover,
            {.unit = "per year",
             .range = closed(0, 1),
             .meaning = "Leavers a year / mean headcount over the year, counting every way out "
                        "(leaving the system, retirement, moves). The base hazard is solved "
                        "so that the expected turnover at the start equals this figure, "
                        "first-year effect included.",
             .typical = "NHS 11.12% (Staffordshire and Stoke-on-Trent, 002_d6e0e560a7386522.txt), "
                        "about 20% in secondary care (Hertfordshire and West Essex, "
                        "000_9e6fcafd4c89b57b.txt); social care 27.3% (000_9e6fcafd4c89b57b.txt), "
                        "direct care 33-50% (Mid and South Essex, 001_0b1a1d3bbbb5ad2b.txt)"});
        s.number("hazard_per_year", &LeavingSpec::hazard_per_year,
                 {.unit = "per person-year",
                  .range = at_least(0),
                  .meaning = "The base leaving hazard itself, instead of a turnover figure; the "
                             "first-year multiplier applies on top.",
                  .typical = "0.12 (the reference benchmark workload)"});
        s.number("first_year_multiplier", &LeavingSpec::first_year_multiplier,
                 {.unit = "times the base hazard",
                  .range = closed(0, 20),
                  .default_value = 1.0,
                  .meaning = "Multiplies the leaving hazard during the first year of service.",
                  .typical = "1 (no effect) to about 2; the seed documents give no figure: state "
                             "it as an assumption"});
        s.alternatives({.keys = {"turnover", "hazard_per_year"},
                        .capacity = 1,
                        .required = true,
                        .rule = "Give exactly one of `turnover` and `hazard_per_year`."});
        return s;
    }();
    return schema;
}

const ObjectSchema<RecruitmentSpec>& recruitment_schema() {
    static const ObjectSchema<RecruitmentSpec> schema = [] {
        ObjectSchema<RecruitmentSpec> s("recruitment", "How the group is refilled.");
        s.duration("time_to_hire_days", &RecruitmentSpec::time_to_hire,
                   {.unit = "days",
                    .default_value = DurationDistribution::lognormal(90.0, 30.0),
                    .meaning = "Time from a post falling vacant (the leaver's date) to the "
                               "replacement starting.",
                    .typical = "60-120 days for NHS posts (an assumption: the seed documents "
                               "give no figure)"});
        s.number("hires_per_year", &RecruitmentSpec::hires_per_year,
                 {.unit = "hires per year",
                  .range = at_least(0),
                  .absent_text = "none: vacancies are refilled",
                  .meaning = "A fixed Poisson inflow of hires at this rate, instead of refilling "
                             "vacancies.",
                  .typical = "1,500 nurses and midwives a year across Hampshire and Isle of Wight "
                             "(003_79f17af89db48d4b.txt)"});
        s.bands("hire_age_bands", &RecruitmentSpec::hire_age_bands,
                {.absent_text = "the group's age profile",
                 .meaning = "Ages of new hires.",
                 .typical = "younger than the workforce, e.g. {under_25: 0.3, 25_34: 0.4, "
                            "35_44: 0.2, 45_plus: 0.1} (an assumption)"},
                BandAxis{"age", "age_min", 0.0, "age_max", 0.0});
        return s;
    }();
    return schema;
}

const ObjectSchema<AbsenceSpec>& absence_schema() {
    static const ObjectSchema<AbsenceSpec> schema = [] {
        ObjectSchema<AbsenceSpec> s("absence",
                                    "Sickness absence: spells that start only while "
                                    "at work.");
        s.rate("rate", &AbsenceSpec::rate,
               {.unit = "fraction of WTE-days",
                .range = closed_open(0, 1),
                .absent_text = "no absence (unless onsets_per_year)",
                .meaning = "WTE-days lost to sickness / WTE-days available. Converted to an onset "
                           "rate a = r / (d (1 - r)), d the mean spell.",
                .typical = "4.5-6%: 5.5% (000_9e6fcafd4c89b57b.txt), 5.72% against a 4.5% target "
                           "(002_d6e0e560a7386522.txt)"});
        s.number("onsets_per_year", &AbsenceSpec::onsets_per_year,
                 {.unit = "spells per year at work",
                  .range = at_least(0),
                  .absent_text = "no absence (unless rate)",
                  .meaning = "Sickness spells a year while at work, instead of a rate.",
                  .typical = "2 (the reference benchmark workload)"});
        s.duration("spell_days", &AbsenceSpec::spell_days,
                   {.unit = "days",
                    .default_value = DurationDistribution::lognormal(8.0, 10.0),
                    .meaning = "Length of a sickness spell.",
                    .typical = "lognormal mean 8, sd 10 (the reference benchmark workload): "
                               "mostly short spells with a long tail"});
        s.alternatives({.keys = {"rate", "onsets_per_year"},
                        .capacity = 1,
                        .rule = "Give at most one of `rate` and `onsets_per_year`; neither means "
                                "no sickness absence."});
        return s;
    }();
    return schema;
}

void check_size(const GroupSpec& g, CheckContext& c) {
    if (!g.headcount && !g.wte) {
        c.error(g.wte_per_head ? "wte_per_head" : "",
                "missing the group's size: give headcount, wte and wte_per_head, or two of "
                "headcount, wte and wte_per_head");
        return;
    }
    if (g.wte && !g.headcount && !g.wte_per_head) {
        c.error("wte", "wte alone does not give a headcount: add wte_per_head or headcount");
        return;
    }
    if (g.headcount && g.wte && g.wte_per_head) {
        const double implied = *g.headcount * *g.wte_per_head;
        if (std::fabs(implied - *g.wte) > kSizeTolerance * *g.wte) {
            c.error("wte_per_head", "headcount x wte_per_head = " + format_number(implied) +
                                        " WTE, but wte is " + format_number(*g.wte) +
                                        ": the three differ by more than 0.5%; give two of them");
        }
        return;
    }
    if (g.headcount && g.wte && *g.wte / *g.headcount > 1.5) {
        c.error("wte", "wte / headcount = " + format_number(*g.wte / *g.headcount) +
                           " WTE per head, above 1.5: check the figures");
    }
}

void check_ages(const GroupSpec& g, CheckContext& c) {
    if (!(g.age_max > g.age_min)) {
        c.error("age_max", "age_max (" + format_number(g.age_max) +
                               ") must be greater than age_min (" + format_number(g.age_min) + ")");
    }
}

ObjectSchema<GroupSpec> make_group_schema() {
    ObjectSchema<GroupSpec> s("group", "A staff group within a sector.");
    s.identifier("sector", &GroupSpec::sector,
                 {.range_text = kIdentifierRule,
                  .required = true,
                  .meaning = "Sector the group belongs to, for sector totals.",
                  .typical = "nhs, primary_care, social_care, vcse"});
    s.number("headcount", &GroupSpec::headcount,
             {.unit = "people",
              .range = at_least(1),
              .meaning = "Staff in post at the start.",
              .typical = "56,405 people in 48,941 WTE across Hampshire and Isle of Wight "
                         "(003_79f17af89db48d4b.txt)"});
    s.number("wte", &GroupSpec::wte,
             {.unit = "WTE",
              .range = above(0),
              .meaning = "Whole-time equivalent staff in post at the start.",
              .typical = "registered nursing 5,188.22 WTE, March 2022 (002_d6e0e560a7386522.txt)"});
    s.number("wte_per_head", &GroupSpec::wte_per_head,
             {.unit = "WTE per person",
              .range = open_closed(0, 1.5),
              .absent_text = "wte / headcount, or 1 with headcount alone",
              .meaning = "Mean contracted WTE per person.",
              .typical = "0.87 (48,941 WTE / 56,405 people, 003_79f17af89db48d4b.txt)"});
    s.number("establishment_wte", &GroupSpec::establishment_wte,
             {.unit = "WTE",
              .range = above(0),
              .absent_text = "WTE in post (unless vacancy_rate)",
              .meaning = "Funded WTE at the start.",
              .typical = "WTE in post / (1 - vacancy rate)"});
    s.rate("vacancy_rate", &GroupSpec::vacancy_rate,
           {.unit = "fraction of establishment",
            .range = closed_open(0, 1),
            .absent_text = "no vacancies (unless establishment_wte)",
            .meaning = "(establishment WTE - staff in post WTE) / establishment WTE at the start; "
                       "sets the establishment, and the baseline settles at this rate.",
            .typical = "9-13%: 9.7% secondary care, 9.1% social care (000_9e6fcafd4c89b57b.txt), "
                       "11.14% (002_d6e0e560a7386522.txt), 13.4% in 2019 "
                       "(001_0b1a1d3bbbb5ad2b.txt)"});
    s.number("age_min", &GroupSpec::age_min,
             {.unit = "years of age",
              .range = closed(14, 80),
              .default_value = 18.0,
              .meaning = "Youngest age in the age profile; the lower end of under_N bands.",
              .typical = "18; 16 where apprentices join at school-leaving age"});
    s.number("age_max", &GroupSpec::age_max,
             {.unit = "years of age",
              .range = open_closed(14, 100),
              .range_text = "> age_min, <= 100",
              .default_value = 67.0,
              .meaning = "Upper end of the age profile; the upper end of N_plus bands.",
              .typical = "67 (state pension age); 70-75 where retire-and-return is common"});
    s.bands("age_bands", &GroupSpec::age_bands,
            {.absent_text = "uniform on [age_min, age_max)",
             .meaning = "Age profile of staff in post at the start.",
             .typical = "{under_25: 0.06, 25_34: 0.26, 35_44: 0.24, 45_54: 0.24, 55_plus: 0.20}; "
                        "25% over 55 in Somerset (004_50d8a8458b66402f.txt), 35.3% of primary "
                        "care staff (000_9e6fcafd4c89b57b.txt)"},
            BandAxis{"age", "age_min", 0.0, "age_max", 0.0});
    s.bands("tenure_bands", &GroupSpec::tenure_bands,
            {.absent_text = "the steady state of the leaving hazards",
             .meaning = "Years of service of staff in post at the start.",
             .typical = "{under_1: 0.15, 1_4: 0.35, 5_plus: 0.50} (an assumption)"},
            BandAxis{"tenure", "", 0.0, "", 40.0});
    s.object("leaving", &GroupSpec::leaving, leaving_schema(), "How staff leave.");
    s.object("recruitment", &GroupSpec::recruitment, recruitment_schema(),
             "How posts are refilled.");
    s.object("absence", &GroupSpec::absence, absence_schema(), "Sickness absence.");
    s.alternatives({.keys = {"headcount", "wte", "wte_per_head"},
                    .capacity = 2,
                    .overfull_is_error = false,
                    .rule = "Size: give headcount and wte, wte and wte_per_head, headcount and "
                            "wte_per_head, or headcount alone (wte_per_head is then 1). All three "
                            "must agree within 0.5%. From `defaults`, these keys fill in only "
                            "while the group gives fewer than two of them."});
    s.alternatives({.keys = {"establishment_wte", "vacancy_rate"},
                    .capacity = 1,
                    .rule = "Give at most one of `establishment_wte` and `vacancy_rate`; neither "
                            "means the establishment equals the WTE in post."});
    s.check(
        "headcount, wte and wte_per_head form one of the combinations above, and "
        "wte / headcount is at most 1.5.",
        check_size);
    s.check("age_max is greater than age_min.", check_ages);
    return s;
}

}  // namespace

const ObjectSchema<GroupSpec>& group_schema() {
    static const ObjectSchema<GroupSpec> schema = make_group_schema();
    return schema;
}

}  // namespace wfsim::models::schema
