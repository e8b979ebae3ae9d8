#pragma once
// Turns the figures users quote into the rates the flows run on, following DESIGN.md's
// definitions:
//  - turnover is leavers per mean headcount, so the base leaving hazard is solved such that the
//    expected turnover at the start, first-year effect included, equals the quoted figure;
//  - a quoted vacancy rate is the equilibrium, so the time a vacancy waits for a candidate is
//    solved from Little's law on top of the time to hire;
//  - a quoted absence rate fixes the onset rate while at work (an alternating renewal process,
//    cut short by leaving).
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/distribution.hpp"
#include "models/results.hpp"
#include "models/scenario.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::models {

inline constexpr double kDaysPerYear = 365.25;

struct CalibrationError : std::runtime_error {
    CalibrationError(std::string path, const std::string& message)
        : std::runtime_error(path + ": " + message), key_path(std::move(path)) {}
    std::string key_path;
};

struct GroupRates {
    std::string name;
    int sector_unit = 0;

    // Size: headcount and WTE in post at the start, and the funded establishment.
    int headcount = 0;
    double wte_per_head = 1.0;
    double wte = 0.0;
    double establishment_wte = 0.0;

    // Leaving: hazard per day = base * (first_year_multiplier during the first year of service).
    double leave_base_per_day = 0.0;
    double first_year_multiplier = 1.0;
    double first_year_share = 0.0;   // of the starting headcount
    double expected_turnover = 0.0;  // a year, at the start
    bool steady_state_tenure = true;

    // Recruitment.
    bool poisson_inflow = false;
    double hires_per_day = 0.0;     // Poisson inflow
    double search_mean_days = 0.0;  // wait for a candidate before the time to hire
    DurationDistribution time_to_hire;
    double expected_vacancy_rate = 0.0;  // equilibrium, for refilled vacancies

    // Absence.
    double absence_onset_per_day = 0.0;
    double expected_absence_share = 0.0;
    DurationDistribution spell_days;

    // Profiles (shares normalised; empty tenure bands mean steady state).
    double age_min = 18.0;
    double age_max = 67.0;
    std::vector<Band> age_bands;
    std::vector<Band> hire_age_bands;
    std::vector<Band> tenure_bands;

    // The figures as quoted, for reports.
    std::optional<double> quoted_turnover, quoted_vacancy_rate, quoted_absence_rate;
};

struct ResolvedScenario {
    Scenario scenario;
    sim::TimeAxis axis;
    UnitAxis units;
    std::vector<GroupRates> groups;
    std::vector<std::string> warnings;
};

// Throws CalibrationError naming the key path when the figures cannot be reproduced.
ResolvedScenario resolve_scenario(const Scenario& scenario);

// Expected length of service in years under base hazard b (a year) with multiplier f for the
// first year; its reciprocal is the steady-state turnover (leavers per mean headcount).
double expected_service_years(double b, double f);
// Solves expected_service_years(b, f) = 1 / turnover for b.
double solve_base_hazard(double turnover, double first_year_multiplier);
// Share of a steady-state workforce in its first year of service.
double steady_state_first_year_share(double b, double f);

// Share of in-post time absent for onset rate a (per day at work), spells D, and a leaving
// hazard lambda (per day) that cuts spells short: a (1 - L) / (lambda + a (1 - L)), with
// L = E[exp(-lambda D)]; a d / (1 + a d) when lambda = 0.
double absence_share(double onset_per_day, const DurationDistribution& spell, double leave_per_day);
double onset_rate_for_share(double share, const DurationDistribution& spell, double leave_per_day);

}  // namespace wfsim::models
