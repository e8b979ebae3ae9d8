#pragma once
// What a variant changes, as the run reads it: the rates in force at time t. A variant is run
// from a ResolvedScenario of its own (its programmes, the groups' rates and shocks before any
// change) whose `changes` points here. Everything the run reads when an event happens (a time to
// hire, where a leaver goes, a cohort's size) comes from the epoch in force at that time; every
// hazard keeps the baseline's calibrated base, and where the variant's hazard differs from the
// baseline's the run couples the two (docs/model.md, "Variants"): events the baseline would have
// are kept with the ratio of the two hazards where the variant's is lower, and extra events come
// from a second clock where it is higher. A baseline run has no changes (nullptr).
#include <memory>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/scenario/timeline.hpp"

namespace wfsim::models {

// A cost of one intervention, resolved: when it runs and where it is counted.
struct ResolvedCost {
    enum class Reach {
        None,                   // no per-person cost
        Joiners,                // joiners of `groups` while active
        Returners,              // retirees of `groups` returning while active
        InternationalRecruits,  // recruits of international programme `programme` (offers)
        Trainees,               // trainees of training programme `programme` at intake
        Graduates,              // graduates of cohort `programme` arriving in the pool
        CohortHires,            // hires of domestic cohort `programme` when they start
    };
    std::string intervention;
    double from_day = 0.0;  // active on [from_day, until_day)
    double until_day = 0.0;
    double one_off = 0.0, per_year = 0.0, per_person = 0.0, per_wte_day = 0.0;
    // The groups it concerns: one-off and per-year costs are split between them in proportion to
    // their WTE in post at the start; per-WTE-day costs price their staff in post.
    std::vector<int> groups;
    std::vector<double> shares;
    Reach reach = Reach::None;
    int programme = -1;
    int reservist_pool = -1;  // per-WTE-day cost of a reservist pool's deployed WTE-days
};

// A one-off change to what is left of a training programme's source pool, on a day.
struct SourcePoolChange {
    double day = 0.0;
    int programme = 0;
    bool multiply = false;  // else add; `set` is an add of the difference, resolved on the day
    bool set = false;
    double value = 0.0;
};

struct VariantChanges {
    std::string name;
    // The baseline this variant pairs with: every hazard's first clock is the baseline's.
    std::shared_ptr<const ResolvedScenario> baseline;
    // epochs[k] is in force from epoch_starts[k] (a whole day, increasing, the first 0) until the
    // next start. Each is a whole resolved scenario: the baseline's calibrated rates, the
    // variant's timelines (shocks and the multipliers of re-solved quoted figures) and the values
    // in force then.
    std::vector<double> epoch_starts;
    std::vector<std::shared_ptr<const ResolvedScenario>> epochs;

    // Per group: what differs from the baseline, so that a run follows the baseline's own code
    // (and draws) wherever nothing does.
    struct Group {
        bool leaving = false;        // the leaving or retirement hazard differs somewhere
        bool leaving_rises = false;  // ... and is above the baseline's somewhere
        bool absence = false, absence_rises = false;
        bool search = false, search_rises = false;
        bool inflow = false, inflow_rises = false;
        Timeline inflow_ratio{1.0};  // Poisson hires: the variant's rate over the baseline's
        // The establishment: when changed, every change of the run, (day, WTE), replacing the
        // baseline's financial-year changes.
        bool establishment = false;
        std::vector<std::pair<double, double>> establishment_changes;
    };
    std::vector<Group> groups;
    std::vector<ResolvedCost> costs;
    // Whether any intervention declares a cost, even one that falls outside the run: the run then
    // records intervention_cost (zeros where none is incurred).
    bool priced = false;
    std::vector<SourcePoolChange> source_pool_changes;

    // The resolved scenario every variant of the run takes its metrics from (the union of what
    // they record), so that all share one layout.
    std::shared_ptr<const ResolvedScenario> layout_basis;

    std::size_t epoch_index(double t) const;
    const ResolvedScenario& at(double t) const { return *epochs[epoch_index(t)]; }
    // The first epoch start after t (kNever if none): where values in force may change next.
    double next_change(double t) const;
};

}  // namespace wfsim::models
