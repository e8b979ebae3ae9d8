#pragma once
// Variants as the user wrote them: named sets of interventions run beside the baseline on the
// same random numbers. An intervention is a dated change to a declared parameter (named by its
// `--set` path) or an added programme, each with its costs. models/variants/ resolves them
// against the calibrated baseline.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/scenario_programmes.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models {

// What an intervention costs (pounds), counted in the run where it arises.
struct InterventionCost {
    double one_off = 0.0;      // on the day it starts
    double per_year = 0.0;     // a year while it is active, day by day
    double per_person = 0.0;   // for each person it reaches (recruit, trainee, returner, joiner)
    double per_wte_day = 0.0;  // for each WTE-day of staff in post in the groups it concerns
    bool any() const {
        return one_off != 0.0 || per_year != 0.0 || per_person != 0.0 || per_wte_day != 0.0;
    }
};

struct InterventionSpec {
    std::string name;
    // A dated change: the parameter's path (as `--set` names it, `*` for every group) and one
    // of a new value (YAML text, read as the same value in the file), a factor or an amount.
    std::string parameter;
    std::optional<std::string> set;
    std::optional<double> multiply;
    std::optional<double> add;
    // With a `groups.*` parameter: only the groups of this sector (empty: every group).
    std::string sector;
    // Or an added programme of a kind the scenario can declare, named after the intervention.
    std::optional<InternationalProgramme> international;
    std::optional<TrainingProgramme> training;
    std::optional<GraduateCohort> graduates;
    std::optional<DomesticCohort> domestic_cohort;
    std::optional<ReservistPool> reservists;
    std::optional<ShockSpec> shock;
    // When it acts: [from, until); absent, from the start and to the end of the run.
    std::optional<sim::Date> from;
    std::optional<sim::Date> until;
    InterventionCost cost;

    // Whether a group of `group_sector` is among those the change may reach.
    bool keeps_sector(const std::string& group_sector) const {
        return sector.empty() || sector == group_sector;
    }
    bool adds_programme() const {
        return international || training || graduates || domestic_cohort || reservists || shock;
    }
};

struct Scenario;

// A piece of the run in which some of a variant's dated changes are active, and the scenario in
// force there: the baseline with those changes applied in order (variant_worlds.hpp).
struct VariantWorld {
    sim::Date from;   // first day, within the run
    sim::Date until;  // first day after
    std::shared_ptr<const Scenario> scenario;
    // The declared parameters whose values differ from the baseline's, as concrete key paths
    // ("groups.nursing.leaving.turnover"), in the order of the declarations.
    std::vector<std::string> changed;
    // The parameter changes active in the piece (indices into the variant's interventions).
    std::vector<std::size_t> active;
};

struct VariantSpec {
    std::string name;
    std::string description;
    std::vector<InterventionSpec> interventions;
    // Derived when the scenario is read (not written): the pieces of the run with changes in
    // force, in time order.
    std::vector<VariantWorld> worlds;
};

}  // namespace wfsim::models
