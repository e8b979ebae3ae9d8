#pragma once
// The words every layer uses about a person: the state of a record, the route by which someone
// joined their group and why they left it. Calibration, the run, metrics and output all name
// them, so they sit below all of them.
#include <cstdint>

namespace wfsim::models {

enum class PersonState : std::uint8_t {
    Free,          // an unused slot
    AtWork,        // in post and at work
    Absent,        // in post, on a sickness absence spell
    Searching,     // a vacancy being advertised (or waiting for the labour pool): no candidate
    Pipeline,      // on the way in: a candidate or international recruit who will start
    InTraining,    // on a training programme, completing into its target group
    Retired,       // retired, and will return after a gap
    InflowSource,  // the group's Poisson stream of hires (a fixed-rate inflow), not a person
};

inline bool in_post(PersonState s) {
    return s == PersonState::AtWork || s == PersonState::Absent;
}

// The route by which someone came into their group.
enum class Route : std::uint8_t {
    Initial,  // in post at the start
    Domestic,
    International,
    Training,
    Apprenticeship,
    ReturnToPractice,
    RetireReturn,
    Transfer,  // from another group of the system, or another employer within the group
    Cohort,    // a dated cohort of domestic hires (domestic_cohorts)
    kCount
};

// Why someone left their group.
enum class LeaveReason : std::uint8_t {
    OutOfSystem,  // left the system (labelled further by the group's reasons, if given)
    Retirement,
    IllHealth,        // a long-term sickness spell ended in leaving
    ToTraining,       // internal trainee leaving their group for a programme
    ToOtherGroup,     // a move to another group of the system, keeping their history
    WithinGroupMove,  // a move between employers within the group (counted, person stays)
    NotRetained,      // a programme completer who did not stay the first year
    EndOfStay,        // the end of a retire-and-return stay
    kCount
};

}  // namespace wfsim::models
