// The declarations of a staff group (groups.<name>, and `defaults`): its size and profiles here,
// its flows from group_flow_schemas.hpp.
#include <cmath>

#include "models/scenario/scenario_limits.hpp"
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/scenario_schema.hpp"

namespace wfsim::models::schema {
namespace {

constexpr double kSizeTolerance = 0.005;  // headcount x wte_per_head against wte

// A group that starts empty (a new role) has only posts: its hires fill the establishment.
void check_starts_empty(const GroupSpec& g, CheckContext& c) {
    if (g.wte)
        c.error("wte",
                "a group that starts empty (headcount 0) has no WTE in post: drop wte, and "
                "give wte_per_head for the WTE of its hires");
    if (!g.establishment_wte && !g.vacancy_rate)
        c.error(
            "headcount",
            "a group that starts empty (headcount 0) needs establishment_wte, the WTE its "
            "hires fill (0 with establishment.wte_by_year for a role funded from a later year)");
    if (g.vacancy_rate)
        c.error(
            "vacancy_rate",
            "a group that starts empty has no equilibrium to start from: give establishment_wte "
            "instead of vacancy_rate "
            "(its posts are advertised on the first day and filled after the wait for a "
            "candidate and recruitment.time_to_hire_days)");
    if (!g.tenure_bands.empty())
        c.error("tenure_bands", "a group that starts empty has no staff whose service to give");
}

// A group without any size is the top level's to judge (the size may come from staff_records).
void check_size(const GroupSpec& g, CheckContext& c) {
    if (g.headcount && *g.headcount == 0.0) {
        check_starts_empty(g, c);
        return;
    }
    if (!g.headcount && !g.wte) return;
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
    if (g.age_max > g.leaving.max_working_age) {
        c.error("age_max", "the age profile runs to age_max " + format_number(g.age_max) +
                               ", past leaving.max_working_age " +
                               format_number(g.leaving.max_working_age) +
                               ": raise max_working_age or lower age_max");
    }
}

ObjectSchema<GroupSpec> make_group_schema() {
    ObjectSchema<GroupSpec> s("group", "A staff group within a sector.");
    s.identifier("sector", &GroupSpec::sector,
                 {.range_text = kIdentifierRule,
                  .required = true,
                  .meaning = "Sector the group belongs to, for sector totals.",
                  .typical = "nhs, primary_care, social_care, vcse",
                  .dated = refused(kStructure)});
    s.value<WholeCountCodec>(
        "headcount", &GroupSpec::headcount,
        {.unit = "people",
         .range = at_least(0),
         .range_text = ">= 0, at most 10,000,000",
         .meaning = "Staff in post at the start. 0: the group starts empty (a new role), "
                    "with establishment_wte the posts its hires fill from the first day.",
         .typical = "56,405 people in 48,941 WTE across Hampshire and Isle of Wight "
                    "(003_79f17af89db48d4b.txt)",
         .check = [](const double& v) { return group_size_problem(v, "people"); },
         .dated = refused(kStartingState)});
    s.number("wte", &GroupSpec::wte,
             {.unit = "WTE",
              .range = above(0),
              .range_text = "> 0, at most 10,000,000",
              .meaning = "Whole-time equivalent staff in post at the start.",
              .typical = "registered nursing 5,188.22 WTE, March 2022 (002_d6e0e560a7386522.txt)",
              .check = [](const double& v) { return group_size_problem(v, "WTE"); },
              .dated = refused(kStartingState)});
    s.number("wte_per_head", &GroupSpec::wte_per_head,
             {.unit = "WTE per person",
              .range = open_closed(0, 1.5),
              .absent_text = "wte / headcount, or 1 with headcount alone",
              .meaning = "Mean contracted WTE per person.",
              .typical = "0.87 (48,941 WTE / 56,405 people, 003_79f17af89db48d4b.txt)",
              .dated = refused(std::string(kStartingState) +
                               "; the WTE of hires is recruitment.hire_wte")});
    s.number(
        "establishment_wte", &GroupSpec::establishment_wte,
        {.unit = "WTE",
         .range = at_least(0),
         .range_text = ">= 0, at most 10,000,000",
         .absent_text = "WTE in post (unless vacancy_rate)",
         .meaning = "Funded WTE at the start.",
         .typical = "WTE in post / (1 - vacancy rate)",
         .check = [](const double& v) { return group_size_problem(v, "WTE"); },
         .dated = recalibrated("the establishment: from the date it is the new figure (or the old "
                               "times the factor, or plus the amount), and growth goes on from "
                               "there; until `until`, when it returns to the baseline's path")});
    s.rate("vacancy_rate", &GroupSpec::vacancy_rate,
           {.unit = "fraction of establishment",
            .range = closed_open(0, 1),
            .absent_text = "no vacancies (unless establishment_wte)",
            .meaning = "(establishment WTE - staff in post WTE) / establishment WTE at the start; "
                       "sets the establishment, and the baseline settles at this rate.",
            .typical = "9-13%: 9.7% secondary care, 9.1% social care (000_9e6fcafd4c89b57b.txt), "
                       "11.14% (002_d6e0e560a7386522.txt), 13.4% in 2019 "
                       "(001_0b1a1d3bbbb5ad2b.txt)",
            .dated = recalibrated("the wait for a candidate is solved again so that the new rate "
                                  "is where vacancies settle, with the baseline's turnover and "
                                  "hiring flows; the establishment stays the baseline's")});
    s.number("age_min", &GroupSpec::age_min,
             {.unit = "years of age",
              .range = closed(14, 80),
              .default_value = 18.0,
              .meaning = "Youngest age in the age profile; the lower end of under_N bands.",
              .typical = "18; 16 where apprentices join at school-leaving age",
              .dated = refused(kStartingState)});
    s.number("age_max", &GroupSpec::age_max,
             {.unit = "years of age",
              .range = open_closed(14, 100),
              .range_text = "> age_min, <= 100",
              .default_value = 67.0,
              .meaning = "Upper end of the age profile; the upper end of N_plus bands.",
              .typical = "67 (state pension age); 70-75 where retire-and-return is common",
              .dated = refused(kStartingState)});
    s.bands("age_bands", &GroupSpec::age_bands,
            {.absent_text = "uniform on [age_min, age_max)",
             .meaning = "Age profile of staff in post at the start.",
             .typical = "{under_25: 0.06, 25_34: 0.26, 35_44: 0.24, 45_54: 0.24, 55_plus: 0.20}; "
                        "25% over 55 in Somerset (004_50d8a8458b66402f.txt), 35.3% of primary "
                        "care staff (000_9e6fcafd4c89b57b.txt)",
             .dated = refused(std::string(kStartingState) +
                              "; the ages of hires are recruitment.hire_age_bands")},
            people_age_axis());
    s.bands("tenure_bands", &GroupSpec::tenure_bands,
            {.absent_text = "the steady state of the leaving hazards",
             .meaning = "Years of service of staff in post at the start.",
             .typical = "{under_1: 0.15, 1_4: 0.35, 5_plus: 0.50} (an assumption)",
             .dated = refused(kStartingState)},
            BandAxis{"tenure", "", 0.0, "", 40.0});
    s.number("pay_cost_per_wte_year", &GroupSpec::pay_cost_per_wte_year,
             {.unit = "pounds per WTE-year",
              .range = at_least(0),
              .absent_text = "no pay bill",
              .meaning = "Pay of the staff in post, with on-costs, per whole-time equivalent a "
                         "year: the pay bill (pay_bill) is then counted, and a variant's net cost "
                         "includes the pay of the staff it adds.",
              .typical = "about 45,000 for a band 5 nurse with on-costs, 25,000 for a care "
                         "worker (assumptions: the seed documents give hourly rates, £10.95 at "
                         "NHS entry level and £9.39 in care, 000_9e6fcafd4c89b57b.txt)",
              .dated = in_force("the pay bill from the date (a pay award)")});
    s.object("leaving", &GroupSpec::leaving, leaving_schema(), "How staff leave.");
    s.object("recruitment", &GroupSpec::recruitment, recruitment_schema(),
             "How posts are refilled.");
    s.object("absence", &GroupSpec::absence, absence_schema(), "Sickness absence.");
    s.object("establishment", &GroupSpec::establishment, establishment_schema(),
             "The funded WTE over time.");
    s.object("temporary_cover", &GroupSpec::temporary_cover, temporary_cover_schema(),
             "Bank and agency cover of the gap, and its cost.");
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
    s.check("age_max is greater than age_min, and at most leaving.max_working_age.", check_ages);
    return s;
}

}  // namespace

const ObjectSchema<GroupSpec>& group_schema() {
    static const ObjectSchema<GroupSpec> schema = make_group_schema();
    return schema;
}

}  // namespace wfsim::models::schema
