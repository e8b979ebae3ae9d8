#pragma once
// A staff group as the user wrote it: size, profiles, and the parameters of its flows.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/distribution.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models {

// A share of people in an age (or tenure) band [from, to) in years. Labels as users write them:
// "under_25" is [age_min, 25), "25_34" is [25, 35), "55_plus" is [55, age_max); for tenure,
// "under_1" is [0, 1) and "5_plus" is [5, 40).
struct Band {
    std::string label;
    double from = 0.0;
    double to = 0.0;
    // The share of people in the band (shares of a profile sum to 1, normalised by the loader);
    // in a multiplier profile (`*_multipliers`, `hazard_by_age`), the band's value instead.
    double share = 0.0;
};

// A value for a financial year, keyed by the year's label ("2024/25").
struct FinancialYearValue {
    int start_year = 0;  // 2024 for 2024/25
    double value = 0.0;
};

// Retirement splits the turnover (it never adds to it): a hazard by age, shifted by dated pension
// changes, with retire-and-return.
struct PensionChange {
    std::string name;
    sim::Date from;
    double shift_years = 0.0;  // the age schedule moves this many years older from `from`
};

struct RetirementSpec {
    std::vector<Band> hazard_by_age;  // retirements a year per person in the band (value)
    std::vector<PensionChange> pension_changes;
    double return_probability = 0.0;  // of retirees, the share who come back
    DurationDistribution return_gap_days = DurationDistribution::fixed(30.0);
    double return_wte_factor = 0.6;  // returners' WTE as a share of their WTE before
    DurationDistribution return_stay_days = DurationDistribution::lognormal(730.0, 365.0);
};

struct GroupShare {
    std::string group;
    double share = 0.0;
};
struct LabelShare {
    std::string label;
    double share = 0.0;
};

struct LeavingSpec {
    // Leavers a year per mean headcount, every way out counted (DESIGN.md "Turnover").
    std::optional<double> turnover;
    // Or the base hazard directly (a year), or as wastage, the chance of leaving within a year
    // at that hazard (1 - e^(-hazard)); exactly one of the three.
    std::optional<double> hazard_per_year;
    std::optional<double> wastage;
    double first_year_multiplier = 1.0;
    // Or, with wastage, the chance of leaving within the first year of service at the base:
    // first_year_multiplier = ln(1 - first_year_wastage) / ln(1 - wastage).
    std::optional<double> first_year_wastage;
    std::vector<Band> age_multipliers;  // leaving hazard multiplier by age band (value)
    std::optional<RetirementSpec> retirement;
    // Of those who leave (retirement aside): moves to other groups of the system, keeping the
    // person and their history; the rest leave the system, with reasons as labels.
    std::vector<GroupShare> to_groups;
    std::vector<LabelShare> reasons;
    // Share of the turnover that is moves between employers within the group (counted as a
    // leaver and a joiner, the person staying): set when the quoted figure counts such moves.
    double moves_within_group = 0.0;
    // Nobody works past this age: staff reaching it leave then (counted as retiring), whatever
    // the hazards say.
    double max_working_age = 75.0;
};

// The domestic labour market of a group: the candidates there are, a year. A vacancy that finds a
// candidate takes one from the pool (newly qualified first); when the pool is empty it waits
// until the pool refills. Candidates not hired by the end of a financial year are gone.
struct LabourPoolSpec {
    std::optional<double> experienced_per_year;  // arriving evenly, month by month; none: unlimited
    double newly_qualified_per_year = 0.0;       // a cohort, at the start of the month below
    int newly_qualified_month = 9;               // September
    std::vector<Band> newly_qualified_age_bands;  // empty: the hire age profile
};

struct WteShare {
    double wte = 1.0;
    double share = 0.0;
};

struct RecruitmentSpec {
    DurationDistribution time_to_hire = DurationDistribution::lognormal(90.0, 30.0);
    // Fixed-rate Poisson inflow instead of refilling vacancies (hires a year).
    std::optional<double> hires_per_year;
    // Or a Poisson inflow whose rate is this share of the headcount in post a year, set again at
    // the start of each month (joiners as a share of the stock, as national supply models quote).
    std::optional<double> hires_share_of_headcount;
    // false: no domestic hiring at all (vacancies stay open but for other routes), as
    // hires_per_year: 0.
    bool domestic = true;
    std::vector<Band> hire_age_bands;  // empty: the group's age profile
    std::vector<WteShare> hire_wte;    // empty: the group's WTE per head
    std::optional<LabourPoolSpec> labour_pool;
};

struct AbsenceSpec {
    std::optional<double> rate;             // WTE-days lost / WTE-days available
    std::optional<double> onsets_per_year;  // spells a year while at work; exclusive with rate
    DurationDistribution spell_days = DurationDistribution::lognormal(8.0, 10.0);
    std::vector<double> seasonality;    // 12 relative onset rates, January first; empty: flat
    std::vector<Band> age_multipliers;  // onset multiplier by age band (value)
    double long_term_days = 28.0;       // a spell longer than this is long-term ...
    double long_term_leaving = 0.0;     // ... and ends in leaving with this probability
};

// Establishment over time: changes at the start of each financial year after the first.
struct EstablishmentSpec {
    std::optional<double> growth;                    // a year
    std::vector<FinancialYearValue> growth_by_year;  // replaces `growth` for those years
    std::vector<FinancialYearValue> wte_by_year;     // the establishment WTE from that year
    double population_elasticity = 0.0;  // establishment follows population index^elasticity
};

// Bank and agency staff fill part of the gap (vacant WTE-days and WTE-days lost to sickness).
struct TemporaryCoverSpec {
    double bank_fill = 0.0;
    double agency_fill = 0.0;
    double bank_cost_per_wte_day = 0.0;
    double agency_cost_per_wte_day = 0.0;
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
    EstablishmentSpec establishment;
    TemporaryCoverSpec temporary_cover;
    // Pay of the staff in post (pounds per WTE-year): the pay bill is then a metric, and the net
    // cost of a variant counts the pay of the extra staff it brings.
    std::optional<double> pay_cost_per_wte_year;
};

}  // namespace wfsim::models
