// The declarations of how a group is refilled: time to hire, the hires' ages and WTE, and the
// domestic labour pool that limits them (groups.<name>.recruitment).
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/keyed_map_codecs.hpp"

namespace wfsim::models::schema {
namespace {

const ObjectSchema<LabourPoolSpec>& labour_pool_schema() {
    static const ObjectSchema<LabourPoolSpec> schema = [] {
        ObjectSchema<LabourPoolSpec> s(
            "labour pool",
            "The domestic candidates there are a year. A vacancy that finds a candidate takes one "
            "from the pool (newly qualified first); when the pool is empty it waits until the "
            "pool refills. Candidates not hired by the end of a financial year are gone.");
        s.number("experienced_per_year", &LabourPoolSpec::experienced_per_year,
                 {.unit = "candidates per year",
                  .range = at_least(0),
                  .absent_text = "unlimited",
                  .meaning = "Experienced candidates a year, arriving evenly month by month.",
                  .typical = "Hampshire and Isle of Wight aims to recruit 1,500 nurses and "
                             "midwives a year, much of it internationally "
                             "(003_79f17af89db48d4b.txt): the domestic share is an assumption",
                  .dated = in_force("the monthly arrivals into the pool from the date; a pool "
                                    "added by a variant limits hiring from the date")});
        s.number("newly_qualified_per_year", &LabourPoolSpec::newly_qualified_per_year,
                 {.unit = "candidates per year",
                  .range = at_least(0),
                  .default_value = 0.0,
                  .meaning = "Newly qualified candidates a year, arriving as one cohort at the "
                             "start of newly_qualified_month; graduate cohorts (`graduates`) "
                             "add to them.",
                  .typical = "the local universities' output, e.g. 300 nurses a year (an "
                             "assumption; the seed documents give no figure)",
                  .dated = in_force("the newly qualified cohorts arriving from the date")});
        s.whole_number(
            "newly_qualified_month", &LabourPoolSpec::newly_qualified_month,
            {.unit = "month (1 = January)",
             .range = closed(1, 12),
             .default_value = 9,
             .meaning = "The month the newly qualified cohort arrives.",
             .typical = "9 (September: courses end in the summer; an assumption)",
             .dated = in_force("the cohorts arriving from the date come in the new month")});
        s.bands("newly_qualified_age_bands", &LabourPoolSpec::newly_qualified_age_bands,
                {.absent_text = "the group's hire age profile",
                 .meaning = "Ages of newly qualified candidates.",
                 .typical = "{under_25: 0.6, 25_34: 0.3, 35_plus: 0.1} (an assumption); "
                            "Somerset loses 18-20 year olds to other areas "
                            "(004_50d8a8458b66402f.txt)",
                 .dated = in_force("newly qualified hires starting from the date")},
                people_age_axis());
        return s;
    }();
    return schema;
}

ObjectSchema<RecruitmentSpec> make_recruitment_schema() {
    ObjectSchema<RecruitmentSpec> s("recruitment", "How the group is refilled.");
    s.duration(
        "time_to_hire_days", &RecruitmentSpec::time_to_hire,
        {.unit = "days",
         .default_value = DurationDistribution::lognormal(90.0, 30.0),
         .meaning = "Time from a post falling vacant (the leaver's date) to the "
                    "replacement starting.",
         .typical = "60-120 days for NHS posts (an assumption: the seed documents "
                    "give no figure)",
         .dated = in_force(
             "candidates accepting an offer from the date start after the new time to hire")});
    s.number("hires_per_year", &RecruitmentSpec::hires_per_year,
             {.unit = "hires per year",
              .range = at_least(0),
              .absent_text = "none: vacancies are refilled",
              .meaning = "A fixed Poisson inflow of hires at this rate, instead of refilling "
                         "vacancies.",
              .typical = "1,500 nurses and midwives a year across Hampshire and Isle of Wight "
                         "(003_79f17af89db48d4b.txt)",
              .dated = hazard_change("the Poisson stream of hires from the date")});
    s.rate("hires_share_of_headcount", &RecruitmentSpec::hires_share_of_headcount,
           {.unit = "hires a year per head in post",
            .range = closed(0, 1),
            .absent_text = "none: vacancies are refilled",
            .meaning = "Joiners as a share of the current stock, the form national supply models "
                       "quote: a Poisson inflow of hires, instead of refilling vacancies, whose "
                       "rate a year is this share times the group's headcount in post, set "
                       "again at the start of each month. Expected hires in a month = share x "
                       "headcount at its start x its days / 365.25; over a run, about share x "
                       "mean headcount x years. A group that starts empty stays empty.",
            .typical = "12%: joiners a year equal to 12% of the headcount (an assumption)",
            .dated = refused("the rate follows the headcount; --set it, or give a fixed "
                             "hires_per_year that a variant changes from a date")});
    s.alternatives({.keys = {"hires_per_year", "hires_share_of_headcount"},
                    .capacity = 1,
                    .rule = "Give at most one of `hires_per_year` and "
                            "`hires_share_of_headcount`."});
    s.value<BooleanCodec>(
        "domestic", &RecruitmentSpec::domestic,
        {.default_value = true,
         .meaning = "false: no domestic recruitment at all. Posts that fall vacant stay vacant "
                    "unless another route (international recruits, trainees, returners, movers "
                    "from other groups) fills them; the same as `hires_per_year: 0`, said "
                    "plainly.",
         .typical = "false for a role filled only by its own training programme, or to see a "
                    "group with no domestic supply",
         .dated = refused("whether the group recruits at all is part of its structure; a "
                          "variant changes hires_per_year or the time to hire, --set this")});
    s.bands("hire_age_bands", &RecruitmentSpec::hire_age_bands,
            {.absent_text = "the group's age profile",
             .meaning = "Ages of new hires.",
             .typical = "younger than the workforce, e.g. {under_25: 0.3, 25_34: 0.4, "
                        "35_44: 0.2, 45_plus: 0.1} (an assumption)",
             .dated = in_force("hires starting from the date")},
            people_age_axis());
    s.value<WteSharesCodec>(
        "hire_wte", &RecruitmentSpec::hire_wte,
        {.unit = "share of hires",
         .absent_text = "every hire at the group's WTE per head; from staff records, the "
                        "records' own mix",
         .meaning = "Contracted WTE of new hires: the share of hires on each WTE. Posts are "
                    "WTE: each vacancy is advertised for one hire at that hire's WTE, so "
                    "part-time hires fill the establishment with more people.",
         .typical = "{1.0: 60%, 0.8: 25%, 0.6: 15%} (an assumption); Hampshire and Isle of "
                    "Wight's 48,941 WTE in 56,405 people is 0.87 WTE a head "
                    "(003_79f17af89db48d4b.txt)",
         .dated = in_force("hires starting from the date")});
    s.object("labour_pool", &RecruitmentSpec::labour_pool, labour_pool_schema(),
             "The domestic candidates a year that limit hiring.",
             "none: every vacancy finds a candidate after its search time");
    s.check(
        "With domestic: false, neither hires_per_year, hires_share_of_headcount nor "
        "labour_pool; a labour pool goes with neither hires_per_year nor "
        "hires_share_of_headcount (a fixed inflow arrives whatever the pool holds): without "
        "them, the pool limits the hires that refill vacancies.",
        [](const RecruitmentSpec& r, CheckContext& c) {
            if (r.hires_share_of_headcount && r.domestic && r.labour_pool)
                c.error("labour_pool",
                        "a labour pool has no effect with hires_share_of_headcount (its hires "
                        "arrive whatever the pool holds): give one or the other");
            if (r.hires_per_year && r.domestic && r.labour_pool)
                c.error("labour_pool",
                        "a labour pool has no effect with hires_per_year (a fixed inflow of "
                        "hires arrives whatever the pool holds): give one or the other; without "
                        "hires_per_year the pool limits the hires that refill vacancies, and a "
                        "fixed inflow the pool can supply is one no larger than its candidates "
                        "a year");
            if (r.domestic) return;
            if (r.hires_share_of_headcount)
                c.error("hires_share_of_headcount",
                        "hires_share_of_headcount has no effect with `domestic: false` (no "
                        "domestic hires at all): give one or the other");
            if (r.hires_per_year)
                c.error("hires_per_year",
                        "hires_per_year has no effect with `domestic: false` (no domestic "
                        "hires at all): give one or the other");
            if (r.labour_pool)
                c.error("labour_pool",
                        "a labour pool has no effect with `domestic: false` (no domestic "
                        "hires at all): give one or the other");
        });
    return s;
}

}  // namespace

const ObjectSchema<RecruitmentSpec>& recruitment_schema() {
    static const ObjectSchema<RecruitmentSpec> schema = make_recruitment_schema();
    return schema;
}

}  // namespace wfsim::models::schema
