#pragma once
// Every member of staff, and every post being recruited to, is a record in the person store.
// Fields touched by every event sit together in one 64-byte record (one cache line per event,
// prefetched a few events ahead); fields read only when a person joins or leaves live in
// separate arrays. Dates are stored, never ages or tenure, which change every day.
#include <cstdint>
#include <vector>

#include "sim/hazard_inversion.hpp"
#include "sim/random_stream.hpp"

namespace wfsim::models {

enum class PersonState : std::uint8_t {
    Free,          // an unused slot
    AtWork,        // in post and at work
    Absent,        // in post, on a sickness absence spell
    Searching,     // a vacancy being advertised: no candidate yet
    Pipeline,      // a candidate has accepted and will start after the time to hire
    InflowSource,  // the group's Poisson stream of hires (a fixed-rate inflow), not a person
};

inline bool in_post(PersonState s) {
    return s == PersonState::AtWork || s == PersonState::Absent;
}

enum class Route : std::uint8_t { Initial, Domestic };

// Independent random streams per person: one per flow, so that a change in one flow does not
// shift another flow's draws.
enum RandomFlow : unsigned {
    kLeavingDraws,
    kAbsenceDraws,
    kRecruitmentDraws,
    kDemographyDraws,
    kRandomFlows
};

struct alignas(64) PersonRecord {
    double t_leave;       // time of leaving (sim::kNever when not before the horizon)
    double t_absence;     // next absence onset (at work) or return (absent)
    double t_transition;  // next recruitment step (offer, start) or inflow arrival
    std::uint64_t key;    // random-stream key: hash of (seed, replication, identity)
    std::uint32_t draws[kRandomFlows];
    std::uint32_t generation;  // matches the live calendar entry; older entries are stale
    float wte;
    std::uint16_t group;
    PersonState state;
    Route route;

    sim::KeyedStream stream(RandomFlow flow) { return {key, flow, draws[flow]}; }
    double next_time() const {
        const double t = t_leave < t_absence ? t_leave : t_absence;
        return t < t_transition ? t : t_transition;
    }
};
static_assert(sizeof(PersonRecord) == 64, "one cache line per person");

class PersonStore {
  public:
    void clear() {
        hot_.clear();
        birth_day_.clear();
        start_day_.clear();
        group_start_month_.clear();
        turns_55_month_.clear();
        free_.clear();
    }
    void reserve(std::size_t n) {
        hot_.reserve(n);
        birth_day_.reserve(n);
        start_day_.reserve(n);
        group_start_month_.reserve(n);
        turns_55_month_.reserve(n);
    }

    // A fresh record in a reused or new slot; all times at kNever, counters at zero.
    std::uint32_t allocate(std::uint16_t group, PersonState state, std::uint64_t key) {
        std::uint32_t id;
        if (!free_.empty()) {
            id = free_.back();
            free_.pop_back();
        } else {
            id = static_cast<std::uint32_t>(hot_.size());
            hot_.push_back({});
            birth_day_.push_back(0);
            start_day_.push_back(0.0);
            group_start_month_.push_back(0);
            turns_55_month_.push_back(0);
        }
        reset(id, group, state, key);
        return id;
    }
    // Reuses a slot for a new identity (a leaver's slot becoming the vacancy they leave).
    void reset(std::uint32_t id, std::uint16_t group, PersonState state, std::uint64_t key) {
        PersonRecord& r = hot_[id];
        const std::uint32_t generation = r.generation;  // kept: stale entries must stay stale
        r = PersonRecord{};
        r.t_leave = r.t_absence = r.t_transition = sim::kNever;
        r.key = key;
        r.generation = generation;
        r.group = group;
        r.state = state;
    }
    void release(std::uint32_t id) {
        hot_[id].state = PersonState::Free;
        ++hot_[id].generation;
        free_.push_back(id);
    }

    PersonRecord& operator[](std::uint32_t id) { return hot_[id]; }
    const PersonRecord& operator[](std::uint32_t id) const { return hot_[id]; }
    std::size_t slots() const { return hot_.size(); }
    const PersonRecord* data() const { return hot_.data(); }

    // Cold fields, read when a person joins or leaves.
    std::int32_t& birth_day(std::uint32_t id) { return birth_day_[id]; }  // days from the run start
    double& start_day(std::uint32_t id) { return start_day_[id]; }        // joined the system
    std::int32_t& group_start_month(std::uint32_t id) { return group_start_month_[id]; }
    std::int32_t& turns_55_month(std::uint32_t id) { return turns_55_month_[id]; }

  private:
    std::vector<PersonRecord> hot_;
    std::vector<std::int32_t> birth_day_;
    std::vector<double> start_day_;
    std::vector<std::int32_t> group_start_month_;  // month joined the group; -1 before the run
    std::vector<std::int32_t> turns_55_month_;     // first month end at which aged 55 or more
    std::vector<std::uint32_t> free_;
};

}  // namespace wfsim::models
