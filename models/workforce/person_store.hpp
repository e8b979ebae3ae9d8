#pragma once
// Every member of staff, every post being recruited to, and everyone on the way in (an
// international recruit in the pipeline, a trainee, a retiree who will return) is a record in the
// person store. Fields touched by every event sit together in one 64-byte record (one cache line
// per event, prefetched a few events ahead); fields read only when a person joins, moves or
// leaves live in separate arrays. Dates are stored, never ages or tenure, which change every day.
#include <cstdint>
#include <vector>

#include "models/vocabulary/person_vocabulary.hpp"
#include "sim/hazard_inversion.hpp"
#include "sim/huge_page_allocator.hpp"
#include "sim/random_stream.hpp"

namespace wfsim::models {

// Per-record flags.
enum PersonFlag : std::uint8_t {
    kDropsOut = 1,            // the pipeline or training step ends in dropping out
    kNewlyQualified = 2,      // a vacancy filled from the newly qualified pool
    kSpellEndsInLeaving = 4,  // the absence spell under way ends in leaving (ill health)
    kHasReturned = 8,         // already retired and returned once
    kWaitingForPool = 16,     // a vacancy waiting for the labour pool to refill
    kEndOfStay = 32,          // t_transition of someone in post is the end of a limited stay
    kNotRetained = 64,        // t_leave is the early exit of a completer who is not retained
};

// A variant's pending events that come from its second clock (the part of a hazard above the
// baseline's), which are handled as the variant's own (leaving_hazard.hpp).
enum VariantFlag : std::uint8_t {
    kExtraLeave = 1,      // t_leave
    kExtraOnset = 2,      // t_absence
    kExtraCandidate = 4,  // t_transition of a vacancy searching for a candidate
    kExtraInflow = 8,     // the source of a group's extra Poisson hires
};

// Independent random streams per person: one per flow, so that a change in one flow does not
// shift another flow's draws.
enum RandomFlow : unsigned {
    kLeavingDraws,
    kAbsenceDraws,
    kRecruitmentDraws,
    kDemographyDraws,
    kRandomFlows
};
// The draw by which an owner rounds the WTE it makes vacant to whole posts
// (workforce_recruitment.cpp, rounding_offset): a flow no record keeps a counter for.
inline constexpr unsigned kRoundingDraws = kRandomFlows;

struct alignas(64) PersonRecord {
    double t_leave;       // time of leaving (sim::kNever when not before the horizon)
    double t_absence;     // next absence onset (at work) or return (absent)
    double t_transition;  // next recruitment, pipeline, training or return step
    std::uint64_t key;    // random-stream key: hash of (seed, replication, identity)
    std::uint32_t draws[kRandomFlows];
    std::uint32_t generation;  // matches the live calendar entry; older entries are stale
    float wte;
    std::uint16_t group;
    PersonState state;
    Route route;
    std::uint8_t flags;
    std::uint8_t vacated;  // times this identity has keyed vacancies so far (post_key_from)
    std::uint8_t variant_flags;

    sim::KeyedStream stream(RandomFlow flow) { return {key, flow, draws[flow]}; }
    double next_time() const {
        const double t = t_leave < t_absence ? t_leave : t_absence;
        return t < t_transition ? t : t_transition;
    }
    bool has(PersonFlag f) const { return (flags & f) != 0; }
    void set(PersonFlag f, bool on = true) {
        flags = on ? static_cast<std::uint8_t>(flags | f) : static_cast<std::uint8_t>(flags & ~f);
    }
    bool has(VariantFlag f) const { return (variant_flags & f) != 0; }
    void set(VariantFlag f, bool on) {
        variant_flags = on ? static_cast<std::uint8_t>(variant_flags | f)
                           : static_cast<std::uint8_t>(variant_flags & ~f);
    }
};
static_assert(sizeof(PersonRecord) == 64, "one cache line per person");

// The fields read when someone joins, moves or leaves.
struct PersonDetails {
    std::int32_t birth_day = 0;  // days from the run start
    // Months fit 16 bits: a run has at most 1,200 (100 years).
    std::int16_t group_start_month = 0;  // month joined the group; -1 before the run
    std::int16_t turns_55_month = 0;     // first month end at which aged 55 or more
    std::uint32_t set_position = 0;      // position in the group's member or vacancy set
    // WTE this person has made vacant in (or taken beyond a post of) their group and not yet
    // advertised as whole posts, nor closed: within a post of zero (recruit_to).
    float owed = 0.0f;
    double start_day = 0.0;         // joined the system (service counts from here)
    float leave_multiplier = 1.0f;  // route effect on the leaving hazard
    std::int16_t programme = -1;    // international or training programme
};
static_assert(sizeof(PersonDetails) == 32, "two people's details per cache line");

class PersonStore {
  public:
    void clear() {
        hot_.clear();
        details_.clear();
        free_.clear();
    }
    void reserve(std::size_t n) {
        hot_.reserve(n);
        details_.reserve(n);
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
            details_.emplace_back();
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
        details_[id] = PersonDetails{};
    }
    void release(std::uint32_t id) {
        hot_[id].state = PersonState::Free;
        ++hot_[id].generation;
        free_.push_back(id);
    }

    PersonRecord& operator[](std::uint32_t id) { return hot_[id]; }
    const PersonRecord& operator[](std::uint32_t id) const { return hot_[id]; }
    PersonDetails& details(std::uint32_t id) { return details_[id]; }
    const PersonDetails& details(std::uint32_t id) const { return details_[id]; }
    std::size_t slots() const { return hot_.size(); }

  private:
    // Indexed at random by every event: on huge pages where the system allows.
    std::vector<PersonRecord, sim::HugePageAllocator<PersonRecord>> hot_;
    std::vector<PersonDetails, sim::HugePageAllocator<PersonDetails>> details_;
    std::vector<std::uint32_t> free_;
};

}  // namespace wfsim::models
