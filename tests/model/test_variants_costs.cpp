// Interventions' costs, counted where they arise, against their exact identities: a one-off cost
// in the month of its first day, a cost a year day by day while active, a cost per recruit of an
// added programme (drop-outs included: they cost when recruited), a cost per WTE-day of staff in
// post; split between groups by their WTE in post at the start; the total the sum of its parts.
// And the pay bill: WTE-days in post x pay per WTE-day.
#include <catch2/catch.hpp>

#include "tests/model/variant_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

const std::string kCosts = R"(schema_version: 1
name: costs
start: 2023-04-01
years: 2
defaults:
  sector: nhs
  leaving: {hazard_per_year: 0.15}
  recruitment: {time_to_hire_days: {lognormal: {mean: 60, sd: 20}}}
groups:
  nurses: {headcount: 600, wte_per_head: 1, establishment_wte: 650, pay_cost_per_wte_year: 36525}
  porters: {headcount: 300, wte_per_head: 1, establishment_wte: 300}
variants:
  costed:
    interventions:
      launch:
        parameter: groups.*.recruitment.time_to_hire_days
        add: -10
        from: 2023-06-10
        cost: {one_off: 9000}
      team:
        parameter: groups.nurses.leaving.hazard_per_year
        multiply: 0.9
        from: 2023-05-01
        until: 2024-03-01
        cost: {per_year: 36525, per_wte_day: 2}
      abroad:
        international: {group: nurses, per_year: 100, recruit_months: [7], dropout: 30%,
                        pipeline_days: 90, cost_per_recruit: 7000}
        from: 2023-06-01
        cost: {per_person: 1500}
)";

double metric_sum(const models::ReplicationResult& r, const models::ResultLayout& l,
                  const std::string& name, int unit, int from, int to) {
    const double s = sum_of(r, l, name, unit, from, to);
    REQUIRE(s >= 0.0);  // the layout has the metric
    return s;
}

}  // namespace

TEST_CASE("interventions' costs are exact where they arise", "[model][variants][costs]") {
    const VariantRuns v = variant_runs(kCosts);
    models::WorkforceModel model(v.runs[1]);
    const auto& l = model.layout();
    const int nurses = 0, porters = 1, total = l.units.total_unit();
    for (std::uint64_t rep = 0; rep < 3; ++rep) {
        const auto r = *model.run(17, rep);
        INFO("replication " << rep);
        // One-off: 9,000 in June 2023 (month 2), shared 600 : 300 by WTE in post at the start.
        CHECK(metric_sum(r, l, "intervention_cost_one_off", nurses, 2, 3) == 6000.0);
        CHECK(metric_sum(r, l, "intervention_cost_one_off", porters, 2, 3) == 3000.0);
        CHECK(metric_sum(r, l, "intervention_cost_one_off", total, 0, l.months) == 9000.0);
        // A year: 36,525 / 365.25 = 100 a day from 1 May 2023 to 1 March 2024, 305 days.
        CHECK(metric_sum(r, l, "intervention_cost_per_year", nurses, 0, l.months) ==
              Approx(30500.0).epsilon(1e-12));
        CHECK(metric_sum(r, l, "intervention_cost_per_year", nurses, 1, 2) ==
              Approx(3100.0).epsilon(1e-12));  // May: 31 days
        // Per WTE-day: 2 x the nurses' WTE-days in post, in the months it is active (exact:
        // the window is whole months).
        CHECK(metric_sum(r, l, "intervention_cost_per_wte_day", nurses, 1, 11) ==
              2.0 * metric_sum(r, l, "wte_days", nurses, 1, 11));
        CHECK(metric_sum(r, l, "intervention_cost_per_wte_day", nurses, 11, l.months) == 0.0);
        // Per person: 1,500 per recruit of the added programme when recruited, drop-outs too.
        CHECK(metric_sum(r, l, "intervention_cost_per_person", nurses, 0, l.months) ==
              1500.0 * metric_sum(r, l, "international_recruits", nurses, 0, l.months));
        CHECK(metric_sum(r, l, "international_recruits", nurses, 0, l.months) == 200.0);
        CHECK(metric_sum(r, l, "international_dropouts", nurses, 0, l.months) > 0.0);
        // The total, month by month, is the sum of its parts.
        for (int m = 0; m < l.months; ++m)
            for (int u = 0; u < l.units.size(); ++u) {
                const double parts = metric_sum(r, l, "intervention_cost_one_off", u, m, m + 1) +
                                     metric_sum(r, l, "intervention_cost_per_year", u, m, m + 1) +
                                     metric_sum(r, l, "intervention_cost_per_person", u, m, m + 1) +
                                     metric_sum(r, l, "intervention_cost_per_wte_day", u, m, m + 1);
                CHECK(metric_sum(r, l, "intervention_cost", u, m, m + 1) == parts);
            }
        // Pay: 36,525 a WTE-year is 100 a WTE-day in post.
        CHECK(metric_sum(r, l, "pay_bill", nurses, 0, l.months) ==
              Approx(100.0 * metric_sum(r, l, "wte_days", nurses, 0, l.months)).epsilon(1e-12));
        CHECK(metric_sum(r, l, "pay_bill", porters, 0, l.months) == 0.0);
    }
    // The baseline beside it records the same metrics, with no intervention costs.
    model.bind(v.runs[0]);
    const auto b = *model.run(17, 0);
    CHECK(metric_sum(b, l, "intervention_cost", total, 0, l.months) == 0.0);
    CHECK(metric_sum(b, l, "international_recruits", total, 0, l.months) == 0.0);
}

TEST_CASE("a costed intervention dated after the run still records its costs, as zeros",
          "[model][variants][costs]") {
    // The one-off and the cost a year start on 1 January 2040, long after the run's two years:
    // none is incurred, but the variant declares costs, so intervention_cost exists (zeros).
    std::string yaml = kCosts;
    for (const char* date : {"2023-06-10", "2023-05-01", "2023-06-01"})
        yaml.replace(yaml.find(date), 10, "2040-01-01");
    yaml.replace(yaml.find("        until: 2024-03-01\n"), 26, "");
    const VariantRuns v = variant_runs(yaml);
    models::WorkforceModel model(v.runs[1]);
    const auto& l = model.layout();
    const auto r = *model.run(17, 0);
    for (const char* name :
         {"intervention_cost", "intervention_cost_one_off", "intervention_cost_per_year",
          "intervention_cost_per_person", "intervention_cost_per_wte_day"})
        CHECK(metric_sum(r, l, name, l.units.total_unit(), 0, l.months) == 0.0);
    // Each is named, where it was written, as starting after the run.
    const auto late = models::late_interventions(*v.baseline, v.baseline->scenario.variants[0]);
    REQUIRE(late.size() == 3);
    CHECK(late[0].str() ==
          "test.yaml:18:15: variants.costed.interventions.launch.from: intervention 'launch' of "
          "variant 'costed' starts on 2040-01-01, after the run's last day, 2025-03-31: it "
          "changes nothing in the run, and its costs are never incurred");
    CHECK(late[2].path == "variants.costed.interventions.abroad.from");
}
