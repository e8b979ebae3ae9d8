#pragma once
// A scenario as the user wrote it, after parsing and validation: figures as quoted (turnover,
// vacancy rate, absence rate), not yet turned into hazards. calibration.hpp derives the rates
// the flows run on. Groups and their flows are in scenario_group.hpp; programmes, shocks and
// system-wide settings in scenario_programmes.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/distribution.hpp"
#include "models/scenario/factor_spec.hpp"
#include "models/scenario/key_places.hpp"
#include "models/scenario/scenario_group.hpp"
#include "models/scenario/scenario_outcomes.hpp"
#include "models/scenario/scenario_programmes.hpp"
#include "models/scenario/scenario_variants.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models {

// The starting workforce from a CSV extract of staff records, one row per person, instead of
// synthesising it from the groups' size and profiles. Paths are relative to the scenario file.
struct StaffRecordsSpec {
    std::string file;
    // Column headings in the file (matched exactly, after trimming spaces); other columns are
    // ignored. A row gives date_of_birth or age (years at `as_of`), and start_date or nothing
    // (tenure then drawn from the group's steady state).
    std::string group_column = "group";
    std::string date_of_birth_column = "date_of_birth";
    std::string age_column = "age";
    std::string wte_column = "wte";
    std::string start_date_column = "start_date";
    // Values of the group column -> scenario group names; empty: the values are group names.
    std::vector<std::pair<std::string, std::string>> group_names;
    std::optional<sim::Date> as_of;  // the date ages refer to; default: the scenario's start
};

struct Scenario {
    int schema_version = 1;
    std::string name;
    std::string description;
    sim::Date start;
    int months = 0;  // run length; `years` in YAML is 12 * years
    std::vector<GroupSpec> groups;
    std::optional<StaffRecordsSpec> staff_records;
    std::optional<PopulationProjection> population;
    std::vector<InternationalProgramme> international;
    std::vector<TrainingProgramme> training;
    std::vector<GraduateCohort> graduates;
    std::vector<DomesticCohort> domestic_cohorts;
    std::vector<ShockSpec> shocks;
    std::vector<ReservistPool> reservists;
    std::optional<FeedbackSpec> feedback;
    std::vector<TargetSpec> targets;
    std::vector<RiskSpec> risks;
    LikelihoodBands likelihood_bands;
    // Parameters whose values are uncertain: `wfsim run` draws a set of them per outer sample.
    std::vector<FactorSpec> uncertainty;
    // Named sets of interventions run beside the baseline (scenario_variants.hpp).
    std::vector<VariantSpec> variants;
    // Text as given (file contents) and as resolved (every default filled in), for provenance.
    std::string source_path;
    std::string source_text;
    // Where each key was given (file, `defaults` or override), for problems found later.
    KeyPlaces key_places;
};

}  // namespace wfsim::models
