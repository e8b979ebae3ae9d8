#pragma once
// The reference workload with every supply and loss route switched on, feedback aside: the same
// N posts in 8 groups for 10 years, all filled at the start, now with an age profile and
// retirement by age (with retire-and-return), destinations (moves within the group and to the
// next group, reasons for leaving the system), a domestic labour pool, international
// recruitment, training (internal apprenticeships, external training, return to practice),
// short- and long-term sickness as a seasonal mixture (long spells may end in leaving), bank and
// agency cover, and two shocks (a winter wave and a strike). Volumes scale with N, so the
// workload per post stays the same at any size. Staff-years are still N x years.
#include <string>

#include "models/scenario/scenario.hpp"

namespace wfsim::bench {

inline models::Scenario all_flows_workload(long posts, int years = 10) {
    using models::Band;
    using models::DurationDistribution;
    models::Scenario s;
    s.name = "all flows, " + std::to_string(posts) + " posts";
    s.start = sim::Date::from_ymd(2022, 4, 1);
    s.months = 12 * years;
    const int groups = 8;
    std::vector<double> sizes;
    for (int g = 0; g < groups; ++g)
        sizes.push_back(static_cast<double>(posts / groups + (g < posts % groups ? 1 : 0)));
    for (int g = 0; g < groups; ++g) {
        models::GroupSpec spec;
        spec.name = "group_" + std::to_string(g + 1);
        spec.sector = g < 6 ? "nhs" : "social_care";
        spec.headcount = sizes[g];
        spec.wte_per_head = 1.0;
        spec.establishment_wte = sizes[g];  // all posts filled at the start
        spec.age_min = 18.0;
        spec.age_max = 70.0;
        spec.age_bands = {{"under_25", 18, 25, 0.08},
                          {"25_34", 25, 35, 0.25},
                          {"35_44", 35, 45, 0.24},
                          {"45_54", 45, 55, 0.23},
                          {"55_plus", 55, 70, 0.20}};

        models::LeavingSpec& leaving = spec.leaving;
        leaving.turnover = 0.12;
        leaving.first_year_multiplier = 1.5;
        leaving.age_multipliers = {
            {"under_25", 18, 25, 1.3}, {"25_54", 25, 55, 1.0}, {"55_plus", 55, 70, 1.2}};
        models::RetirementSpec retirement;
        retirement.hazard_by_age = {
            {"55_59", 55, 60, 0.03}, {"60_64", 60, 65, 0.12}, {"65_plus", 65, 70, 0.35}};
        retirement.pension_changes.push_back({"remedy", sim::Date::from_ymd(2024, 4, 1), -0.5});
        retirement.return_probability = 0.15;
        retirement.return_gap_days = DurationDistribution::fixed(45.0);
        retirement.return_wte_factor = 0.6;
        retirement.return_stay_days = DurationDistribution::lognormal(700.0, 300.0);
        leaving.retirement = retirement;
        leaving.to_groups = {{"group_" + std::to_string((g + 1) % groups + 1), 0.05}};
        leaving.reasons = {{"other_employer", 0.5}, {"personal", 0.3}, {"other", 0.2}};
        leaving.moves_within_group = 0.10;

        models::RecruitmentSpec& recruitment = spec.recruitment;
        recruitment.time_to_hire = DurationDistribution::lognormal(90.0, 30.0);
        recruitment.hire_wte = {{1.0, 0.6}, {0.8, 0.25}, {0.6, 0.15}};
        models::LabourPoolSpec pool;
        pool.experienced_per_year = 0.10 * sizes[g];
        pool.newly_qualified_per_year = 0.03 * sizes[g];
        pool.newly_qualified_month = 10;
        pool.newly_qualified_age_bands = {
            {"under_25", 18, 25, 0.6}, {"25_34", 25, 35, 0.3}, {"35_plus", 35, 70, 0.1}};
        recruitment.labour_pool = pool;

        models::AbsenceSpec& absence = spec.absence;
        absence.rate = 0.0572;
        absence.spell_days =
            DurationDistribution::mixture({DurationDistribution::lognormal(4.0, 3.0),
                                           DurationDistribution::lognormal(40.0, 30.0)},
                                          {0.8, 0.2});
        absence.seasonality = {1.3, 1.2, 1.05, 0.95, 0.9, 0.85, 0.85, 0.85, 0.95, 1.05, 1.15, 1.25};
        absence.age_multipliers = {{"under_25", 18, 25, 0.9}, {"55_plus", 55, 70, 1.2}};
        absence.long_term_days = 21.0;
        absence.long_term_leaving = 0.08;

        spec.temporary_cover = {0.4, 0.1, 210.0, 400.0};
        s.groups.push_back(spec);
    }

    models::InternationalProgramme international;
    international.name = "international";
    international.group = "group_1";
    international.per_year = 0.01 * posts;
    international.cap_per_year = 0.015 * posts;
    international.recruit_months = {4, 10, 1};
    international.pipeline_days = DurationDistribution::lognormal(150.0, 40.0);
    international.dropout = 0.1;
    international.cost_per_recruit = 10000.0;
    international.leaving_multiplier = 1.2;
    international.age_bands = {{"under_30", 18, 30, 0.5}, {"30_plus", 30, 70, 0.5}};
    international.wte = 1.0;
    s.international.push_back(international);

    models::TrainingProgramme apprenticeship;
    apprenticeship.name = "associates";
    apprenticeship.route = "apprenticeship";
    apprenticeship.to_group = "group_1";
    apprenticeship.from_group = "group_7";
    apprenticeship.intake_per_year = 0.002 * posts;
    apprenticeship.places = 0.002 * posts;
    apprenticeship.intake_month = 1;
    apprenticeship.duration_days = DurationDistribution::uniform(600.0, 800.0);
    apprenticeship.attrition = 0.15;
    apprenticeship.wte_while_training = 0.3;
    s.training.push_back(apprenticeship);

    models::TrainingProgramme training;
    training.name = "training";
    training.to_group = "group_2";
    training.intake_per_year = 0.005 * posts;
    training.duration_days = DurationDistribution::fixed(1095.0);
    training.attrition = 0.2;
    training.age_bands = {{"under_25", 18, 25, 0.7}, {"25_plus", 25, 70, 0.3}};
    s.training.push_back(training);

    models::TrainingProgramme return_to_practice;
    return_to_practice.name = "return_to_practice";
    return_to_practice.route = "return_to_practice";
    return_to_practice.to_group = "group_3";
    return_to_practice.intake_per_year = 0.0005 * posts;
    return_to_practice.duration_days = DurationDistribution::fixed(120.0);
    return_to_practice.source_pool = 0.004 * posts;
    return_to_practice.retention = 0.667;
    s.training.push_back(return_to_practice);

    models::ShockSpec wave;
    wave.name = "winter_wave";
    wave.from = sim::Date::from_ymd(2022, 12, 1);
    wave.to = sim::Date::from_ymd(2023, 3, 1);
    wave.leaving = 1.1;
    wave.retirement = 1.5;
    wave.absence_onset = 2.0;
    wave.recruitment = 0.5;
    wave.international = 0.0;
    wave.training = 0.5;
    s.shocks.push_back(wave);
    models::ShockSpec strike;
    strike.name = "strike";
    strike.from = sim::Date::from_ymd(2023, 1, 18);
    strike.to = sim::Date::from_ymd(2023, 1, 20);
    strike.groups = {"group_1", "group_2"};
    strike.unavailable = 0.2;
    s.shocks.push_back(strike);
    return s;
}

}  // namespace wfsim::bench
