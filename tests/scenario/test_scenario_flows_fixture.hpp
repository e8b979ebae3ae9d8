#pragma once
// Scenarios that use every key of the group flows, programmes and shocks, and none of them, for
// the tests of reading and of the resolved YAML.

namespace flows_test {

inline const char* const kFlowsScenario = R"(schema_version: 1
name: Every flow
start: 2022-04-01
years: 5
defaults:
  sector: nhs
  leaving: {reasons: {other_employer: 50%, personal: 30%, other: 19%}}
  temporary_cover: {bank_cost_per_wte_day: 210}
population:
  description: over-65 population
  by_year: {2033: 328255, 2023: 264300}
groups:
  registered_nursing:
    wte: 5188.22
    wte_per_head: 0.89
    age_max: 70
    leaving:
      turnover: 11.12%
      age_multipliers: {under_25: 1.4, 25_54: 1, 55_plus: 1.3}
      retirement:
        hazard_by_age: {60_64: 0.12, 55_59: 0.03, 65_plus: 0.35}
        pension_changes:
          remedy: {from: 2023-10-01, shift_years: -0.5}
          state_age: {from: 2026-04-01, shift_years: 1}
        return_probability: 15%
        return_gap_days: 45
        return_wte_factor: 0.6
        return_stay_days: {lognormal: {mean: 700, sd: 300}}
      to_groups: {care_workers: 5%}
      moves_within_group: 10%
    recruitment:
      hire_wte: {1.0: 60%, 0.6: 15%, 0.8: 25%}
      labour_pool:
        experienced_per_year: 400
        newly_qualified_per_year: 300
        newly_qualified_month: 10
        newly_qualified_age_bands: {under_25: 0.6, 25_34: 0.3, 35_plus: 0.1}
    absence:
      rate: 5.72%
      spell_days: {mixture: [{share: 80%, lognormal: {mean: 4, sd: 3}}, {share: 20%, lognormal: {mean: 40, sd: 30}}]}
      seasonality: {jan: 1.3, feb: 1.2, mar: 1.05, apr: 0.95, may: 0.9, jun: 0.85, jul: 0.85, aug: 0.85, sep: 0.95, oct: 1.05, nov: 1.15, dec: 1.25}
      age_multipliers: {under_25: 0.9, 55_plus: 1.2}
      long_term_days: 21
      long_term_leaving: 8%
    establishment:
      growth: 2%
      growth_by_year: {2025/26: -1%, 2023/24: 3%}
      wte_by_year: {2024/25: 5600}
      population_elasticity: 0.5
    temporary_cover: {bank_fill: 40%, agency_fill: 10%, agency_cost_per_wte_day: 400}
  care_workers:
    sector: social_care
    headcount: 1200
    age_min: 16
    leaving: {turnover: 27.3%, to_groups: {registered_nursing: 2%}}
    absence:
      seasonality: [1.3, 1.2, 1.05, 0.95, 0.9, 0.85, 0.85, 0.85, 0.95, 1.05, 1.15, 1.25]
    establishment: {growth: -5%}
international:
  nurses_abroad:
    group: registered_nursing
    per_year: 300
    cap_per_year: 400
    recruit_months: [10, 4, 1]
    pipeline_days: {lognormal: {mean: 150, sd: 40}}
    dropout: 10%
    cost_per_recruit: 10000
    leaving_multiplier: 1.2
    age_bands: {under_30: 0.5, 30_plus: 0.5}
    wte: 1.0
    from: 2022-06-01
    to: 2025-04-01
    changes:
      visa_rule: {from: 2024-01-01, per_year: 150, pipeline_days: 200}
      fees: {from: 2024-04-01, cost_per_recruit: 12000, dropout: 15%, cap_per_year: 200}
training:
  associates:
    route: apprenticeship
    to_group: registered_nursing
    from_group: care_workers
    intake_per_year: 80
    places: 80
    intake_month: 1
    duration_days: {uniform: {min: 600, max: 800}}
    attrition: 15%
    wte_while_training: 0.3
    age_bands: {under_25: 0.5, 25_plus: 0.5}
    from: 2022-09-01
    to: 2026-09-01
  return_to_practice:
    route: return_to_practice
    to_group: registered_nursing
    intake_per_year: 10
    source_pool: 60
    retention: 0.667
graduates:
  local_university: {group: registered_nursing, per_year: 250, month: 8, local_retention: 60%}
shocks:
  winter_wave:
    from: 2022-12-01
    to: 2023-03-01
    groups: [registered_nursing, care_workers]
    leaving: 1.1
    retirement: 1.5
    absence_onset: 2
    recruitment: 0.5
    international: 0
    training: 0.5
  strike: {from: 2023-01-18, to: 2023-01-20, groups: [registered_nursing], unavailable: 20%}
reservists:
  reserve: {group: care_workers, people: 336, wte_each: 0.25, shocks: [winter_wave, strike]}
feedback:
  vacancy_threshold: 9%
  absence_threshold: 5.5%
  leaving_per_vacancy_point: 0.03
  leaving_per_absence_point: 0.01
  absence_per_vacancy_point: 0.005
  absence_per_absence_point: 0.025
  max_multiplier: 2.5
)";

inline const char* const kPlainScenario = R"(schema_version: 1
name: Plain
start: 2023-01-01
months: 18
groups:
  nursing:
    sector: nhs
    headcount: 100
    leaving: {turnover: 0.12}
)";

}  // namespace flows_test
