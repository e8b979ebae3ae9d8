// Interventions on every group of one sector (`sector:` with a `groups.*.` parameter), exactly:
// on common random numbers, the selected groups run as if each had been named in its own
// intervention, the other sector's groups are the baseline's bit for bit, and the costs fall on
// the selected groups alone.
#include <catch2/catch.hpp>

#include "tests/model/variant_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

// Two sectors of two groups each. `by_sector` changes social care with set, multiply and add,
// dated and undated, and its establishment; `by_name` writes the same changes group by group;
// `every_group` is `by_sector` without `sector`.
const std::string kSectors = R"(schema_version: 1
name: two sectors
start: 2023-04-01
years: 3
defaults:
  recruitment: {time_to_hire_days: {lognormal: {mean: 60, sd: 20}}}
  absence: {rate: 5%, spell_days: {lognormal: {mean: 8, sd: 10}}}
groups:
  nurses: {sector: nhs, headcount: 500, vacancy_rate: 8%, leaving: {turnover: 12%}}
  porters: {sector: nhs, headcount: 200, vacancy_rate: 5%, leaving: {turnover: 15%}}
  carers: {sector: social_care, headcount: 400, vacancy_rate: 10%, leaving: {turnover: 28%}}
  cooks: {sector: social_care, headcount: 100, vacancy_rate: 6%, leaving: {turnover: 20%}}
variants:
  by_sector:
    interventions:
      pay: {parameter: groups.*.leaving.turnover, sector: social_care, multiply: 0.8,
            from: 2023-10-01, until: 2025-01-01}
      wellbeing: {parameter: groups.*.absence.rate, sector: social_care, add: -0.01,
                  from: 2024-01-01}
      hiring: {parameter: groups.*.recruitment.time_to_hire_days, sector: social_care,
               set: 30, from: 2024-04-01, until: 2025-04-01}
      posts: {parameter: groups.*.establishment_wte, sector: social_care, multiply: 1.05,
              from: 2024-07-01}
  by_name:
    interventions:
      pay_carers: {parameter: groups.carers.leaving.turnover, multiply: 0.8,
                   from: 2023-10-01, until: 2025-01-01}
      pay_cooks: {parameter: groups.cooks.leaving.turnover, multiply: 0.8,
                  from: 2023-10-01, until: 2025-01-01}
      wellbeing_carers: {parameter: groups.carers.absence.rate, add: -0.01, from: 2024-01-01}
      wellbeing_cooks: {parameter: groups.cooks.absence.rate, add: -0.01, from: 2024-01-01}
      hiring_carers: {parameter: groups.carers.recruitment.time_to_hire_days,
                      set: 30, from: 2024-04-01, until: 2025-04-01}
      hiring_cooks: {parameter: groups.cooks.recruitment.time_to_hire_days,
                     set: 30, from: 2024-04-01, until: 2025-04-01}
      posts_carers: {parameter: groups.carers.establishment_wte, multiply: 1.05,
                     from: 2024-07-01}
      posts_cooks: {parameter: groups.cooks.establishment_wte, multiply: 1.05,
                    from: 2024-07-01}
  every_group:
    interventions:
      pay: {parameter: groups.*.leaving.turnover, multiply: 0.8,
            from: 2023-10-01, until: 2025-01-01}
)";

// Whether every metric of `group` is the same, month by month, in two results.
bool same_group(const models::ReplicationResult& a, const models::ReplicationResult& b,
                const models::ResultLayout& l, int group) {
    for (std::size_t m = 0; m < l.metrics.size(); ++m)
        for (int month = 0; month < l.months; ++month)
            if (!same_value(value(a, l, static_cast<int>(m), month, group),
                            value(b, l, static_cast<int>(m), month, group)))
                return false;
    return true;
}

}  // namespace

TEST_CASE(
    "a sector's interventions are those of each of its groups, and leave the other "
    "sector's groups as the baseline's",
    "[model][variants][sector]") {
    const VariantRuns v = variant_runs(kSectors);
    REQUIRE(v.names == std::vector<std::string>{"baseline", "by_sector", "by_name", "every_group"});
    models::WorkforceModel model(v.runs[0]);
    const auto& l = model.layout();
    const int nurses = 0, porters = 1, carers = 2, cooks = 3;
    for (std::uint64_t rep = 0; rep < 4; ++rep) {
        INFO("replication " << rep);
        std::vector<models::ReplicationResult> r;
        for (const auto& run : v.runs) {
            model.bind(run);
            r.push_back(*model.run(11, rep));
        }
        const auto &base = r[0], &by_sector = r[1], &by_name = r[2], &every = r[3];
        for (int g : {nurses, porters, carers, cooks}) {
            INFO("group " << g);
            CHECK(same_group(by_sector, by_name, l, g));
        }
        CHECK(same_group(by_sector, base, l, nurses));
        CHECK(same_group(by_sector, base, l, porters));
        // The changes do reach social care, and without `sector` the NHS too: the comparisons
        // above could fail.
        CHECK_FALSE(same_group(by_sector, base, l, carers));
        CHECK_FALSE(same_group(by_sector, base, l, cooks));
        CHECK_FALSE(same_group(every, base, l, nurses));
        // Nothing changes before the first date, 1 October 2023 (month 6).
        CHECK(first_month_differing(by_sector, base, l) >= 6);
    }
    // The establishment: social care's grows by 5% from July 2024, the NHS's stays.
    const auto& changes = *v.runs[1].changes;
    CHECK_FALSE(changes.groups[nurses].establishment);
    CHECK_FALSE(changes.groups[porters].establishment);
    CHECK(changes.groups[carers].establishment);
    CHECK(changes.groups[cooks].establishment);
}

TEST_CASE("an intervention on groups.* with a sector changes and charges that sector's groups",
          "[model][variants][costs][sector]") {
    const VariantRuns v = variant_runs(R"(schema_version: 1
name: sectors
start: 2023-04-01
years: 2
defaults:
  leaving: {hazard_per_year: 0.2}
  recruitment: {time_to_hire_days: {lognormal: {mean: 60, sd: 20}}}
groups:
  nurses: {sector: nhs, headcount: 400, wte_per_head: 1, establishment_wte: 420}
  carers: {sector: social, headcount: 300, wte_per_head: 1, establishment_wte: 320}
  cooks: {sector: social, headcount: 100, wte_per_head: 1, establishment_wte: 100}
variants:
  care_retention:
    interventions:
      pay:
        parameter: groups.*.leaving.hazard_per_year
        sector: social
        multiply: 0.5
        cost: {one_off: 8000, per_year: 36525, per_person: 500, per_wte_day: 1}
)");
    models::WorkforceModel model(v.runs[0]);
    const auto& l = model.layout();
    const int nurses = 0, carers = 1, cooks = 2;
    const auto sum = [&](const models::ReplicationResult& r, const char* name, int g) {
        return sum_of(r, l, name, g, 0, l.months);
    };
    double base_care = 0.0, variant_care = 0.0;
    for (std::uint64_t rep = 0; rep < 5; ++rep) {
        INFO("replication " << rep);
        model.bind(v.runs[0]);
        const auto b = *model.run(3, rep);
        model.bind(v.runs[1]);
        const auto r = *model.run(3, rep);
        // The NHS group is the baseline's, metric by metric and month by month, with no cost.
        for (std::size_t m = 0; m < l.metrics.size(); ++m) {
            if (l.metrics[m].name.rfind("intervention_cost", 0) == 0) continue;
            for (int month = 0; month < l.months; ++month)
                CHECK(same_value(value(r, l, static_cast<int>(m), month, nurses),
                                 value(b, l, static_cast<int>(m), month, nurses)));
        }
        CHECK(sum(r, "intervention_cost", nurses) == 0.0);
        // The social care groups carry it all. The one-off and the cost a year (36,525 / 365.25
        // = 100 a day for the run's 731 days) are shared 300 : 100 by WTE at the start.
        CHECK(sum(r, "intervention_cost_one_off", carers) == 6000.0);
        CHECK(sum(r, "intervention_cost_one_off", cooks) == 2000.0);
        CHECK(sum(r, "intervention_cost_per_year", carers) ==
              Approx(0.75 * 73100.0).epsilon(1e-12));
        CHECK(sum(r, "intervention_cost_per_year", cooks) == Approx(0.25 * 73100.0).epsilon(1e-12));
        for (int g : {carers, cooks}) {
            INFO("group " << g);
            // 500 for each joiner of the group, and a pound a WTE-day in post.
            CHECK(sum(r, "joiners", g) > 0.0);
            CHECK(sum(r, "intervention_cost_per_person", g) == 500.0 * sum(r, "joiners", g));
            CHECK(sum(r, "intervention_cost_per_wte_day", g) ==
                  Approx(sum(r, "wte_days", g)).epsilon(1e-12));
        }
        base_care += sum(b, "leavers", carers);
        variant_care += sum(r, "leavers", carers);
    }
    // Halving a hazard of 0.2 a year: about 120 leavers from 300 carers in two years become 60
    // (5 replications: 600 against 300, Poisson SE about 25 and 17).
    CHECK(variant_care < 0.65 * base_care);
    CHECK(variant_care > 0.35 * base_care);
}
