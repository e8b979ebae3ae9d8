// A variant's changes against their exact expectations, within four standard errors: a leaving
// hazard lowered or raised from a date (kept events and a second clock), an onset rate changed
// for a window, a vacancy rate re-solved, an added international programme, hires' WTE from a
// date; and the re-solved quoted figures give the baseline's own rates for the baseline's own
// figures.
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/model/variant_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::kDaysPerYear;

namespace {

const std::string kAttrition = R"(schema_version: 1
name: pure attrition
start: 2022-04-01
years: 4
groups:
  staff:
    sector: nhs
    headcount: 20000
    leaving: {hazard_per_year: 0.3}
    recruitment: {hires_per_year: 0}
variants:
  lower:
    interventions:
      cut: {parameter: groups.staff.leaving.hazard_per_year, multiply: 0.5, from: 2023-04-01}
  higher:
    interventions:
      rise: {parameter: groups.staff.leaving.hazard_per_year, multiply: 1.5, from: 2023-04-01}
)";

}  // namespace

TEST_CASE("a leaving hazard changed from a date: N(t) = N0 exp(-l D - l' (t - D))",
          "[model][variants][analytic]") {
    const VariantRuns v = variant_runs(kAttrition);
    const double day = v.baseline->axis.day_of(sim::Date::from_ymd(2023, 4, 1));
    for (std::size_t k : {1u, 2u}) {
        const double factor = k == 1 ? 0.5 : 1.5;
        models::WorkforceModel model(v.runs[k]);
        const auto r = *model.run(3, 0);
        for (int m : {5, 11, 17, 23, 35, 47}) {
            const double t = v.baseline->axis.month_start_day(m + 1);
            const double exposure = 0.3 * (std::min(t, day) + factor * std::max(0.0, t - day));
            const double p = std::exp(-exposure / kDaysPerYear);
            const double se = std::sqrt(20000 * p * (1 - p));  // binomial survivors
            INFO(v.names[k] << ", month " << m);
            CHECK(std::abs(value(r, model.layout(), models::kHeadcount, m, 0) - 20000 * p) <
                  4 * se);
        }
    }
}

TEST_CASE("an onset rate changed for a window: the share absent a' d / (1 + a' d) inside it",
          "[model][variants][analytic]") {
    const std::string yaml = R"(schema_version: 1
name: absence window
start: 2022-04-01
years: 3
groups:
  staff:
    sector: nhs
    headcount: 5000
    leaving: {hazard_per_year: 0}
    absence: {onsets_per_year: 3, spell_days: {exponential: {mean: 10}}}
  quoted:
    sector: nhs
    headcount: 5000
    leaving: {hazard_per_year: 0}
    absence: {rate: 6%, spell_days: {exponential: {mean: 10}}}
variants:
  lower:
    interventions:
      fewer: {parameter: groups.staff.absence.onsets_per_year, multiply: 0.6,
              from: 2023-01-01, until: 2024-01-01}
  higher:
    interventions:
      more: {parameter: groups.quoted.absence.rate, set: 12%, from: 2023-01-01,
             until: 2024-01-01}
)";
    const VariantRuns v = variant_runs(yaml);
    // Months 12-20 (April to December 2023): well inside the window, spells of ~10 days settled.
    auto share = [&](const models::ResolvedScenario& run, int unit) {
        return collect(run, 8, 21, [unit](const auto& res, const auto& layout) {
            double lost = 0.0, available = 0.0;
            for (int m = 12; m < 21; ++m) {
                lost += value(res, layout, models::kAbsenceWteDays, m, unit);
                available += value(res, layout, models::kWteDays, m, unit);
            }
            return lost / available;
        });
    };
    const double a = 3.0 / kDaysPerYear, d = 10.0;
    const auto lower = estimate(share(v.runs[1], 0));
    const double expected_lower = 0.6 * a * d / (1 + 0.6 * a * d);
    CHECK(std::abs(lower.mean - expected_lower) < 4 * lower.se);
    // A quoted rate solved again: 12% absent while the change holds.
    const auto higher = estimate(share(v.runs[2], 1));
    CHECK(std::abs(higher.mean - 0.12) < 4 * higher.se);
    // After the window, the baseline's rate again (the last year).
    const auto after = estimate(collect(v.runs[2], 8, 21, [](const auto& res, const auto& layout) {
        return sum_of(res, layout, "absence_wte_days", 1, 27, 36) /
               sum_of(res, layout, "wte_days", 1, 27, 36);
    }));
    CHECK(std::abs(after.mean - 0.06) < 4 * after.se);
}

TEST_CASE("a vacancy rate solved again: vacancies settle at the new figure, turnover unchanged",
          "[model][variants][analytic]") {
    const std::string yaml = R"(schema_version: 1
name: vacancies
start: 2022-04-01
years: 4
groups:
  staff:
    sector: nhs
    headcount: 4000
    vacancy_rate: 10%
    leaving: {turnover: 20%}
    recruitment: {time_to_hire_days: {lognormal: {mean: 60, sd: 20}}}
variants:
  faster:
    interventions:
      fill: {parameter: groups.staff.vacancy_rate, set: 6%}
  slower:
    interventions:
      wait: {parameter: groups.staff.vacancy_rate, set: 14%}
)";
    const VariantRuns v = variant_runs(yaml);
    for (std::size_t k : {1u, 2u}) {
        const double target = k == 1 ? 0.06 : 0.14;
        // Years 2 to 4, once the starting vacancies have been worked through.
        const auto rate = estimate(collect(v.runs[k], 12, 3, [](const auto& res, const auto& l) {
            return 1.0 - total_over(res, l, models::kWteDays, 12, 48) /
                             total_over(res, l, models::kEstablishmentWteDays, 12, 48);
        }));
        INFO(v.names[k]);
        CHECK(std::abs(rate.mean - target) < 4 * rate.se);
    }
}

TEST_CASE("an added international programme: arrivals = recruits x (1 - drop-out)",
          "[model][variants][analytic]") {
    const std::string yaml = R"(schema_version: 1
name: added cohorts
start: 2022-04-01
years: 3
groups:
  nurses:
    sector: nhs
    headcount: 2000
    leaving: {hazard_per_year: 0.1}
    recruitment: {hires_per_year: 0}
variants:
  abroad:
    interventions:
      cohorts:
        international: {group: nurses, per_year: 300, recruit_months: [4, 10], dropout: 25%,
                        pipeline_days: 60}
        from: 2022-10-01
)";
    const VariantRuns v = variant_runs(yaml);
    models::WorkforceModel model(v.runs[1]);
    const auto& layout = model.layout();
    const int recruits = layout.metric_index("international_recruits");
    const int joiners = layout.metric_index("joiners_international");
    REQUIRE(recruits >= 0);
    REQUIRE(joiners >= 0);
    // Cohorts of 150 in October 2022 and April and October 2023 and 2024 (5), each arriving
    // 60 days on (all inside the run), the first none before its date.
    const auto arrivals = collect(v.runs[1], 20, 4, [&](const auto& res, const auto& l) {
        CHECK(total_over(res, l, recruits, 0, l.months) == 750.0);
        CHECK(total_over(res, l, recruits, 0, 6) == 0.0);
        return total_over(res, l, joiners, 0, l.months);
    });
    const auto e = estimate(arrivals);
    const double se = std::sqrt(750 * 0.25 * 0.75 / arrivals.size());  // binomial, per mean
    CHECK(std::abs(e.mean - 750 * 0.75) < 4 * se);
}

TEST_CASE("hires' WTE changed from a date: each later hire works the profile's mean WTE",
          "[model][variants][analytic]") {
    // A fixed inflow and nobody leaving: the variant's hires are the baseline's people (the
    // same count every month); from April 2023 each works 0.5 or 1.0 WTE with even chances, so
    // the WTE gained from then is 0.75 a hire, with a binomial sd of 0.25 sqrt(hires).
    const std::string yaml = R"(schema_version: 1
name: part-time hires from a date
start: 2022-04-01
years: 2
groups:
  staff:
    sector: nhs
    headcount: 1000
    leaving: {hazard_per_year: 0}
    recruitment: {hires_per_year: 1200}
variants:
  part_time:
    interventions:
      mix: {parameter: groups.staff.recruitment.hire_wte, set: {0.5: 50%, 1.0: 50%},
            from: 2023-04-01}
)";
    const VariantRuns v = variant_runs(yaml);
    models::WorkforceModel model(v.runs[0]);
    const auto& layout = model.layout();
    const auto base = *model.run(7, 0);
    model.bind(v.runs[1]);
    const auto variant = *model.run(7, 0);
    CHECK(first_month_differing(base, variant, layout) == 12);
    for (int m = 0; m < layout.months; ++m)
        CHECK(value(variant, layout, models::kHeadcount, m, 0) ==
              value(base, layout, models::kHeadcount, m, 0));
    const double hires = value(variant, layout, models::kHeadcount, 23, 0) -
                         value(variant, layout, models::kHeadcount, 11, 0);
    const double gained =
        value(variant, layout, models::kWte, 23, 0) - value(variant, layout, models::kWte, 11, 0);
    INFO(hires << " hires from April 2023 gained " << gained << " WTE");
    REQUIRE(hires > 1000);
    CHECK(std::abs(gained - 0.75 * hires) < 4 * 0.25 * std::sqrt(hires));
}

TEST_CASE("re-solved figures give the baseline's own rates for its own figures",
          "[model][variants]") {
    for (const char* file : {"staffordshire_stoke_nhs.yaml", "hertfordshire_west_essex.yaml",
                             "hampshire_isle_of_wight.yaml", "vicious_cycle.yaml"}) {
        const auto r = models::resolve_scenario(
            models::load_scenario_file(wfsim::testing::shipped_scenario(file)));
        for (std::size_t g = 0; g < r.groups.size(); ++g) {
            const models::GroupRates& rates = r.groups[g];
            const models::GroupSpec& spec = r.scenario.groups[g];
            INFO(file << ": " << rates.name);
            if (spec.leaving.turnover)
                CHECK(models::base_hazard_for_turnover(rates, *spec.leaving.turnover, r.axis, "") ==
                      Approx(rates.leave_base_per_day * kDaysPerYear).epsilon(1e-9));
            if (spec.vacancy_rate && rates.search_mean_days > 0.0)
                CHECK(models::search_days_for_vacancy_rate(rates, *spec.vacancy_rate, "") ==
                      Approx(rates.search_mean_days).epsilon(1e-9));
            if (spec.absence.rate)
                CHECK(models::onset_rate_for_absence_rate(rates, *spec.absence.rate) ==
                      Approx(rates.absence_onset_per_day).epsilon(1e-9));
        }
    }
}
