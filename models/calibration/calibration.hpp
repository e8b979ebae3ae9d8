#pragma once
// Turns the figures users quote into the rates the flows run on, following DESIGN.md's
// definitions:
//  - turnover is leavers per mean headcount, every way out counted, so the base leaving hazard
//    is solved such that the expected turnover at the start, with first-year and age effects,
//    retirement and ill-health leaving included, equals the quoted figure: retirement and the
//    other ways out split the total, they never add to it;
//  - a quoted vacancy rate is the equilibrium, so the time a vacancy waits for a candidate is
//    solved from Little's law on top of the time to hire;
//  - a quoted absence rate fixes the onset rate while at work (an alternating renewal process,
//    cut short by leaving, with its seasonal and age profile).
#include <array>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/records/staff_records.hpp"
#include "models/scenario/distribution.hpp"
#include "models/scenario/scenario.hpp"
#include "models/scenario/timeline.hpp"
#include "models/vocabulary/person_vocabulary.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::models {

inline constexpr double kDaysPerYear = 365.25;

// Rates run per kDaysPerYear days, but a quoted turnover is leavers in a financial year as users
// count them, however long it is: the calibration reproduces it in the run's first twelve months
// (365 or 366 days). Counts a year (programme intakes and cohorts) are counted the same way.
// This is kDaysPerYear / the days in the first twelve months: a quoted figure times it is the
// rate per kDaysPerYear days.
double first_year_scale(const sim::TimeAxis& axis);

struct CalibrationError : std::runtime_error {
    CalibrationError(std::string path, const std::string& message)
        : std::runtime_error(path + ": " + message), key_path(std::move(path)), problem(message) {}
    std::string key_path;
    std::string problem;  // the message without the key path

    // Placed where the scenario gave the value at key_path (file:line:column, the entry of
    // `defaults` it came from, or the override that set it).
    Diagnostic located(const Scenario& scenario) const {
        return diagnostic_at(scenario.key_places, scenario.source_path, key_path, problem);
    }
};

// The index of leaving reason `label` in `labels`, added if new; a label beyond
// kMaxReasonLabels is an error at `path` (the label's key).
int reason_label_index(std::vector<std::string>& labels, const std::string& label,
                       const std::string& path);

// Dated multipliers of one group's hazards and volumes (shocks), and the share unavailable.
struct GroupTimelines {
    Timeline leaving, retirement, absence_onset, recruitment, international, training;
    Timeline unavailable{0.0, Timeline::Combine::Add};
};

// Retire and return in equilibrium over the starting age profile (retire_and_return.cpp).
struct ReturnerEquilibrium {
    double returns_per_year = 0.0;       // retirees coming back, a year per head
    double stays_ending_per_year = 0.0;  // stays running to their end, a year per head
    double in_post_share = 0.0;          // returners in post, of the headcount at the start
    double waiting_per_head = 0.0;       // retirees in their gap at the start, per head
    double returner_exit_per_day = 0.0;  // mean hazard of returners in post (leaving, retiring)
    std::vector<Band> staff_ages;        // the other starting staff, in one-year bands
    std::vector<Band> returner_ages;     // returners in post at the start
    std::vector<Band> retiree_ages;      // those retiring who will come back
};

struct GroupRates {
    std::string name;
    int sector_unit = 0;

    // Size: headcount and WTE in post at the start, and the funded establishment.
    int headcount = 0;
    // A group that starts empty (headcount 0): the heads of its establishment filled, whom the
    // calibration counts its per-head flows against.
    double heads_when_filled = 0.0;
    double heads_for_rates() const { return headcount > 0 ? headcount : heads_when_filled; }
    double wte_per_head = 1.0;
    double wte = 0.0;
    double establishment_wte = 0.0;
    // From the start of month `first`, the establishment is `wte` (growth, demand, values).
    struct EstablishmentChange {
        int month;
        double wte;
    };
    std::vector<EstablishmentChange> establishment_changes;

    // Leaving: hazard per day = base x first-year multiplier x age multiplier x route multiplier
    // x shocks, plus retirement by (pension-shifted) age; split by destination at the event.
    double leave_base_per_day = 0.0;
    double first_year_multiplier = 1.0;
    double first_year_share = 0.0;  // of the starting headcount (before the cap by age)
    // The share in their first year of service averaged over the run's first year, which sets
    // its turnover (first_year_turnover.cpp).
    double first_year_share_mean = 0.0;
    // The total hazard (a year) in and after the first year of service, averaged over ages: the
    // steady-state tenure of the starting workforce follows from it.
    double service_hazard_first_year = 0.0, service_hazard_after = 0.0;
    double expected_turnover = 0.0;  // per kDaysPerYear days, at the start, every way out
    // The same in the first twelve months of the run, as users count it (first_year_scale).
    double expected_first_year_turnover = 0.0;
    bool steady_state_tenure = true;
    bool from_records = false;                // size and profiles from staff records
    std::vector<Band> leave_age_multipliers;  // share = multiplier
    std::vector<Band> retirement_per_day;     // share = hazard per day, by age
    Timeline pension_shift_years{0.0, Timeline::Combine::Add};
    double expected_retirement_rate = 0.0;  // a year per head, at the start
    // Nobody works past the maximum working age (here in days from birth): staff reaching it
    // leave then, as retiring. At the start, the age profile's density there, a year per head.
    double age_limit_days = 75.0 * kDaysPerYear;
    double expected_age_limit_rate = 0.0;
    bool age_limit_within_run = false;      // someone may reach it before the run ends
    double expected_ill_health_rate = 0.0;  // long-term sickness ending in leaving, a year
    double other_leaving_per_day = 0.0;     // every way out but ill health: cuts spells short
    // Leavers a year per head that no hazard makes: to internal training, return-to-practice
    // completers not retained, returners' stays ending (route_flows.cpp).
    double programme_leaving_rate = 0.0;
    // Leavers a year per head by the hazard other than retirement: those that destinations split.
    double destination_leaving_rate = 0.0;
    double moves_within_group = 0.0;
    std::vector<int> to_groups;           // destinations within the system ...
    std::vector<double> to_group_shares;  // ... and their shares of leavers
    std::vector<int> reason_metric;       // leaver reasons: index into the reason labels
    std::vector<double> reason_shares;
    double return_probability = 0.0;
    DurationDistribution return_gap_days = DurationDistribution::fixed(30.0);
    DurationDistribution return_stay_days = DurationDistribution::fixed(730.0);
    double return_wte_factor = 1.0;
    ReturnerEquilibrium returners;
    int returners_at_start = 0;  // of the starting headcount, returners in post
    // The WTE of each other starting member of staff when returners are among them (their WTE
    // reduced by return_wte_factor), so that the WTE in post is as given; else wte_per_head.
    double start_wte_per_head = 0.0;
    // The WTE of a post: of anyone but a returner. Flows of posts are counted in it.
    double post_wte() const { return start_wte_per_head > 0.0 ? start_wte_per_head : wte_per_head; }

    // Recruitment.
    bool poisson_inflow = false;
    double hires_per_day = 0.0;  // Poisson inflow (following the headcount: at the start)
    // A Poisson inflow at hires_share_per_year x the headcount in post a year, set again at the
    // start of each month (recruitment.hires_share_of_headcount).
    bool inflow_follows_headcount = false;
    double hires_share_per_year = 0.0;
    double search_mean_days = 0.0;  // wait for a candidate before the time to hire
    DurationDistribution time_to_hire;
    double expected_vacancy_rate = 0.0;  // equilibrium, for refilled vacancies
    // Arrivals a year by routes other than hiring (domestic cohorts among them), in posts (their
    // WTE over the group's WTE per head), each taking a vacant post if there is one
    // (route_flows.cpp); hiring fills the rest of the posts that fall vacant.
    double other_arrivals_per_year = 0.0;
    // Trainees' WTE counted in the group's WTE in post while they train (wte_while_training), on
    // average over a year (route_flows.cpp). It fills part of the establishment without holding
    // a post, so hiring is calibrated for the posts the staff hold.
    double trainee_wte = 0.0;
    // With domestic cohorts, where the start falls in their yearly cycle (cohort_cycle.cpp): the
    // vacant WTE at the start beyond the cycle's mean (posts opened since the last cohort that
    // the next will fill; negative just after one), taken from the staff in post, as whole
    // heads of post_wte (so the run starts with headcount - start_cycle_heads), so that the
    // first year's mean is as given; and the share of the vacancies at the start still waiting
    // for a candidate (negative: the steady flow's, search / (search + time to hire)).
    double start_extra_vacant_wte = 0.0;
    int start_cycle_heads = 0;
    double start_searching_share = -1.0;
    // Hires' WTE: empty, the post's (post_wte); from staff records without recruitment.hire_wte,
    // the records' own mix. hire_wte_upto holds the running sums of the shares.
    std::vector<WteShare> hire_wte;
    std::vector<double> hire_wte_upto;
    // Sets both together: a draw reads the running sums and the profile by the same index.
    void set_hire_wte(std::vector<WteShare> shares);
    bool pool_limited = false;
    double experienced_per_month = 0.0;
    double newly_qualified_per_year = 0.0;
    int newly_qualified_month = 9;
    std::vector<Band> newly_qualified_age_bands;

    // Absence.
    double absence_onset_per_day = 0.0;  // the base: x seasonality x age multiplier x shocks
    double expected_absence_share = 0.0;
    // The share already absent at the start of a run, for each band of absence_age_multipliers
    // and, last, for ages outside them: each multiplier's own steady state, and with seasonality
    // the periodic steady state's share on the start date (not the annual mean).
    std::vector<double> start_absence_share;
    // With seasonality, for each entry of start_absence_share: the relative number of spells
    // starting on each day of the 365-day year in that periodic steady state (onset rate x share
    // at work, scaled to a maximum of 1). A spell under way at the start began `elapsed` days
    // before it, on day start_day_of_year - elapsed, with a chance proportional to this weight.
    std::vector<std::vector<double>> start_onset_weights;
    int start_day_of_year = 0;  // the start date's day in the 365-day year (0 = 1 January)
    DurationDistribution spell_days;
    std::array<double, 12> seasonality{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};  // January first
    bool seasonal = false;
    std::vector<Band> absence_age_multipliers;
    double long_term_days = 28.0;
    double long_term_leaving = 0.0;

    // Profiles (shares normalised; empty tenure bands mean steady state).
    double age_min = 18.0;
    double age_max = 67.0;
    std::vector<Band> age_bands;
    std::vector<Band> hire_age_bands;
    std::vector<Band> tenure_bands;

    TemporaryCoverSpec temporary_cover;
    double pay_per_wte_day = 0.0;  // pounds; the pay bill is counted when a group gives its pay
    bool has_pay = false;
    GroupTimelines timelines;

    // The figures as quoted, for reports.
    std::optional<double> quoted_turnover, quoted_vacancy_rate, quoted_absence_rate;
};

struct InternationalRates {
    std::string name;
    int group = 0;
    std::vector<int> recruit_months;  // calendar months 1..12
    double leaving_multiplier = 1.0;
    std::vector<Band> age_bands;
    double wte = 1.0;
    double from_day = -sim::kNever, to_day = sim::kNever;
    struct Policy {
        double from_day;
        double per_year, cap_per_year, dropout, cost_per_recruit;
        DurationDistribution pipeline_days;
    };
    std::vector<Policy> policies;  // in force from their day; the first from the beginning
    const Policy& policy_at(double day) const;
};

struct TrainingRates {
    std::string name;
    Route route = Route::Training;
    int to_group = 0;
    int from_group = -1;  // -1: external recruits
    double intake_per_year = 0.0;
    double places = sim::kNever;
    int intake_month = 9;
    DurationDistribution duration_days;
    double attrition = 0.0;
    double wte_while_training = 0.0;
    std::vector<Band> age_bands;
    double source_pool = sim::kNever;
    double retention = 1.0;
    double from_day = -sim::kNever, to_day = sim::kNever;
};

struct GraduateRates {
    std::string name;
    int group = 0;
    double per_year = 0.0;
    int month = 9;
    double local_retention = 1.0;
    double from_day = -sim::kNever, to_day = sim::kNever;  // cohorts arrive inside [from, to)
};

struct DomesticCohortRates {
    std::string name;
    int group = 0;
    double per_year = 0.0;
    int month = 9;
    std::vector<Band> age_bands;
    double wte = 1.0;
    double cost_per_hire = 0.0;
    double from_day = -sim::kNever, to_day = sim::kNever;  // cohorts start inside [from, to)
};

struct ReservistRates {
    std::string name;
    int group = 0;
    double wte = 0.0;                                // people x WTE each
    std::vector<std::pair<double, double>> windows;  // [from, to) days of the named shocks
};

struct VariantChanges;  // models/variants/variant_changes.hpp

struct ResolvedScenario {
    Scenario scenario;
    sim::TimeAxis axis;
    UnitAxis units;
    std::vector<GroupRates> groups;
    std::vector<InternationalRates> international;
    std::vector<TrainingRates> training;
    std::vector<GraduateRates> graduates;
    std::vector<DomesticCohortRates> domestic_cohorts;
    std::vector<ReservistRates> reservists;
    std::optional<FeedbackSpec> feedback;
    std::vector<std::string> reason_labels;  // leaver reasons given by any group
    std::vector<std::string> warnings;
    // The starting workforce from staff records (shared by every replication), when given.
    std::shared_ptr<const std::vector<StaffRecord>> staff_records;
    // A variant's dated changes and the baseline it pairs with (models/variants/); none for the
    // baseline.
    std::shared_ptr<const VariantChanges> changes;
};

// Throws CalibrationError naming the key path when the figures cannot be reproduced, and
// ScenarioError when the scenario's staff records cannot be read.
ResolvedScenario resolve_scenario(const Scenario& scenario);

// Mean length of service in years when the hazard (a year) is h1 in the first year of service
// and h2 after; its reciprocal is the steady-state turnover (leavers per mean headcount).
double expected_service_years(double h1, double h2);
// The base b (a year) at which the steady-state turnover is `turnover`, when the hazard is
// b A f + c in the first year of service and b A + c after: A the mean age multiplier, f the
// first-year multiplier, c the other ways out (retirement, ill health, programmes).
double solve_base_hazard(double turnover, double age_factor, double f, double other_ways_out);
// Share of a steady-state workforce in its first year of service, for hazards h1 and h2.
double steady_state_first_year_share(double h1, double h2);
// Whether the run starts with the steady state's tenure mix: not when the starting staff's
// service is capped at their age less age_min for some of them, or follows a given profile.
bool start_in_tenure_steady_state(const GroupRates& r);
// The share in their first year of service averaged over the run's first year, from the starting
// mix, the hazards h1 (first year) and h2 (after), and joiners a year per head
// (first_year_turnover.cpp).
double mean_first_year_share(const GroupRates& r, double h1, double h2, double hire_rate);
// The base b at which the first year's turnover from the starting mix is `turnover`.
double solve_first_year_base(const GroupRates& r, double turnover, double age_factor, double f,
                             double other_ways_out);
// A fraction as a percentage with two decimals: "11.12%".
std::string percent_text(double fraction);

// Share of in-post time absent for onset rate a (per day at work), spells D, and a leaving
// hazard lambda (per day) that cuts spells short: a (1 - L) / (lambda + a (1 - L)), with
// L = E[exp(-lambda D)]; a d / (1 + a d) when lambda = 0.
double absence_share(double onset_per_day, const DurationDistribution& spell, double leave_per_day);
double onset_rate_for_share(double share, const DurationDistribution& spell, double leave_per_day);

// Parts of resolve_scenario, by concern (leaving_calibration.cpp, absence_calibration.cpp,
// programme_resolution.cpp).
void resolve_leaving(const GroupSpec& g, const std::string& path, GroupRates& r,
                     const sim::TimeAxis& axis);
void resolve_leaving_destinations(const Scenario& s, ResolvedScenario& out);
void resolve_absence(const GroupSpec& g, const std::string& path, GroupRates& r,
                     const sim::TimeAxis& axis);
void resolve_size_from_records(const std::vector<StaffRecord>& records, int group,
                               const std::string& path, GroupRates& r);
void resolve_programmes(const Scenario& s, ResolvedScenario& out);
void resolve_programme_leaving(ResolvedScenario& out);
void resolve_route_arrivals(ResolvedScenario& out);
void resolve_trainee_wte(ResolvedScenario& out);
// Trainees a year at the start: the planned intake, within the places and any source pool.
double intake_at_start(const TrainingRates& t);
// International recruits arriving a year at the start (0 when the programme is not running).
double international_arrivals_at_start(const InternationalRates& p);
// Hires of a domestic cohort in the run's first twelve months (0 when none of its cohorts starts
// in them).
double cohort_hires_in_first_year(const DomesticCohortRates& c, const sim::TimeAxis& axis);
void resolve_establishment_changes(const Scenario& s, ResolvedScenario& out);
// The start's place in the yearly cycle of each group's domestic cohorts (cohort_cycle.cpp).
void resolve_cohort_cycle(const Scenario& s, ResolvedScenario& out);
// Warnings where the calibration lands somewhere implausible (plausibility_warnings.cpp).
void add_plausibility_warnings(ResolvedScenario& out);

// Retire and return in equilibrium for the group's profile, at a base leaving hazard (a year).
ReturnerEquilibrium returner_equilibrium(const GroupRates& r, double base_per_year);

// A quoted figure solved again with everything else held at a resolved group's values, for a
// variant that changes the figure itself (models/variants/): the base leaving hazard (a year) at
// which the expected turnover at the start would be `turnover` (as quoted, per financial year);
// the mean wait for a candidate (days) at which `vacancy_rate` would be the equilibrium, with the
// group's hiring flows; the base onset rate (a day at work) at which `absence_rate` would be the
// share absent. Each gives the group's own value for its own quoted figure. CalibrationError
// (naming `path`) when the figure cannot be reached.
double base_hazard_for_turnover(const GroupRates& r, double turnover, const sim::TimeAxis& axis,
                                const std::string& path);
double search_days_for_vacancy_rate(const GroupRates& r, double vacancy_rate,
                                    const std::string& path);
// Hires a year per head the quoted vacancy rate is held with: the posts that fall vacant less
// those other routes fill.
double hiring_per_head(const GroupRates& r);
double onset_rate_for_absence_rate(const GroupRates& r, double absence_rate);

// The mean of a multiplier profile over an age profile, `outside` where no band holds an age;
// with the profile's ages shifted down by shift_years (a pension rule moving the schedule).
double mean_multiplier(const std::vector<Band>& age_profile, const std::vector<Band>& multipliers,
                       double shift_years = 0.0, double outside = 1.0);
// The value of a multiplier profile at `years` (1, or `outside`, when no band holds it), and
// where that value ends (in years).
struct BandValue {
    double value;
    double until;
};
BandValue band_value_at(const std::vector<Band>& bands, double years, double outside = 1.0);

}  // namespace wfsim::models
