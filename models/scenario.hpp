#pragma once
// A scenario as the user wrote it, after parsing and validation: figures as quoted (turnover,
// vacancy rate, absence rate), not yet turned into hazards. calibration.hpp derives the rates
// the flows run on.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/distribution.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models {

// A share of people in an age (or tenure) band [from, to) in years. Labels as users write them:
// "under_25" is [age_min, 25), "25_34" is [25, 35), "55_plus" is [55, age_max); for tenure,
// "under_1" is [0, 1) and "5_plus" is [5, 40).
struct Band {
    std::string label;
    double from = 0.0;
    double to = 0.0;
    double share = 0.0;  // shares of one profile sum to 1 (normalised by the loader)
};

struct LeavingSpec {
    // Leavers a year per mean headcount, every way out counted (DESIGN.md "Turnover").
    std::optional<double> turnover;
    // Or the base hazard directly (a year); exactly one of the two.
    std::optional<double> hazard_per_year;
    double first_year_multiplier = 1.0;
};

struct RecruitmentSpec {
    DurationDistribution time_to_hire = DurationDistribution::lognormal(90.0, 30.0);
    // Fixed-rate Poisson inflow instead of refilling vacancies (hires a year).
    std::optional<double> hires_per_year;
    std::vector<Band> hire_age_bands;  // empty: the group's age profile
};

struct AbsenceSpec {
    std::optional<double> rate;             // WTE-days lost / WTE-days available
    std::optional<double> onsets_per_year;  // spells a year while at work; exclusive with rate
    DurationDistribution spell_days = DurationDistribution::lognormal(8.0, 10.0);
};

struct GroupSpec {
    std::string name;
    std::string sector;
    std::optional<double> headcount;
    std::optional<double> wte;
    std::optional<double> wte_per_head;
    std::optional<double> establishment_wte;
    std::optional<double> vacancy_rate;
    double age_min = 18.0;           // youngest age in the profile (years)
    double age_max = 67.0;           // upper end of the open top band (years)
    std::vector<Band> age_bands;     // empty: uniform on [age_min, age_max)
    std::vector<Band> tenure_bands;  // empty: the steady-state tenure distribution
    LeavingSpec leaving;
    RecruitmentSpec recruitment;
    AbsenceSpec absence;
};

struct Scenario {
    int schema_version = 1;
    std::string name;
    std::string description;
    sim::Date start;
    int months = 0;  // run length; `years` in YAML is 12 * years
    std::vector<GroupSpec> groups;
    // Text as given (file contents) and as resolved (every default filled in), for provenance.
    std::string source_path;
    std::string source_text;
};

}  // namespace wfsim::models
