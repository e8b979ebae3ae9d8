#pragma once
// System-wide parts of a scenario: the population projection that drives demand, supply
// programmes (international recruitment, training, graduates, domestic cohorts), shocks, reservists
// and the optional pressure feedback. Programmes are maps of named objects in YAML.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/distribution.hpp"
#include "models/scenario/scenario_group.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models {

// A population index by year (for example the over-65 population), linear between the years
// given and flat beyond; a value for year Y holds at 1 April of Y.
struct PopulationProjection {
    std::string description;
    std::vector<std::pair<int, double>> by_year;
};

// A dated change to an international programme (an ethical-recruitment rule, a visa rule):
// from its date, each value given replaces the programme's.
struct InternationalPolicyChange {
    std::string name;
    sim::Date from;
    std::optional<double> per_year, cap_per_year, dropout, cost_per_recruit;
    std::optional<DurationDistribution> pipeline_days;
};

// Planned international recruitment into a group: cohorts recruited (offers accepted) at the
// start of the given months, arriving after the pipeline delay (offer, visa, registration);
// drop-outs leave the pipeline part-way.
struct InternationalProgramme {
    std::string name;
    std::string group;
    double per_year = 0.0;
    std::optional<double> cap_per_year;
    std::vector<int> recruit_months = {4, 10};
    DurationDistribution pipeline_days = DurationDistribution::lognormal(150.0, 40.0);
    double dropout = 0.0;
    double cost_per_recruit = 0.0;
    double leaving_multiplier = 1.0;  // recruits' leaving hazard against the group's
    std::vector<Band> age_bands;      // empty: the group's hire age profile
    std::optional<double> wte;        // per recruit; empty: the group's WTE per head
    std::optional<sim::Date> from, to;
    std::vector<InternationalPolicyChange> changes;
};

// A training programme: annual intakes into a fixed or distributed duration, attrition during
// training, completion into the target group. Internal trainees come from `from_group` and
// leave a vacancy there; external ones are recruited. Return to practice is a programme whose
// source is a limited pool (lapsed registrants) and whose completers may not all stay.
struct TrainingProgramme {
    std::string name;
    std::string route = "training";  // training | apprenticeship | return_to_practice
    std::string to_group;
    std::optional<std::string> from_group;
    double intake_per_year = 0.0;
    std::optional<double> places;  // capacity (funding, placements): intake is at most this
    int intake_month = 9;
    DurationDistribution duration_days = DurationDistribution::fixed(730.0);
    double attrition = 0.0;             // share who do not complete
    double wte_while_training = 0.0;    // share of a trainee's WTE counted in the target group
    std::vector<Band> age_bands;        // external trainees; empty: the target's hire profile
    std::optional<double> source_pool;  // a limited source, used up by intakes
    double retention = 1.0;             // share of completers still in post a year after completing
    std::optional<sim::Date> from, to;
};

// University graduates of a year: the share staying locally joins the group's labour pool as
// newly qualified candidates in the given month.
struct GraduateCohort {
    std::string name;
    std::string group;
    double per_year = 0.0;
    int month = 9;
    double local_retention = 1.0;
};

// Domestic hires who start in post together (newly qualified staff taking up posts in
// September): a cohort at the start of `month` each year inside [from, to). Unlike graduates,
// who join the labour pool as candidates, they take vacant posts as other routes' arrivals do,
// and beyond those are over establishment.
struct DomesticCohort {
    std::string name;
    std::string group;
    double per_year = 0.0;
    int month = 9;
    std::vector<Band> age_bands;  // empty: the group's hire age profile
    std::optional<double> wte;    // per hire; empty: the group's WTE per head
    double cost_per_hire = 0.0;
    std::optional<sim::Date> from, to;
};

// A dated, time-bounded change: multipliers on hazards and volumes for selected groups, and a
// share of staff unavailable (industrial action).
struct ShockSpec {
    std::string name;
    sim::Date from;
    sim::Date to;                     // exclusive
    std::vector<std::string> groups;  // empty: every group
    double leaving = 1.0;
    double retirement = 1.0;
    double absence_onset = 1.0;
    double recruitment = 1.0;    // the rate at which vacancies find candidates
    double international = 1.0;  // international cohort volumes
    double training = 1.0;       // training intakes
    double unavailable = 0.0;    // share of staff in post unavailable (industrial action)
};

// Reservists: people who can be deployed to fill part of a group's gap during named shocks.
struct ReservistPool {
    std::string name;
    std::string group;
    double people = 0.0;
    double wte_each = 0.2;
    std::vector<std::string> shocks;
};

// Pressure feedback (off unless given): a group's leaving and absence-onset hazards rise with
// its vacancy and absence rates of the month before, above thresholds:
// multiplier = min(max_multiplier, 1 + sum of per-point slopes x percentage points above).
struct FeedbackSpec {
    double vacancy_threshold = 0.10;
    double absence_threshold = 0.05;
    double leaving_per_vacancy_point = 0.02;
    double leaving_per_absence_point = 0.0;
    double absence_per_vacancy_point = 0.0;
    double absence_per_absence_point = 0.02;
    double max_multiplier = 2.0;
};

}  // namespace wfsim::models
