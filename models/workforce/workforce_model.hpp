#pragma once
// One replication of the workforce: the person store, the flows, the metrics, driven by the
// engine's day-bucket event loop. A WorkforceModel is built once per worker thread and reused for
// every replication it runs; replication i depends only on (scenario, seed, i).
//
// The class is split by concern across files: workforce_model.cpp (the loop and dispatch),
// workforce_population.cpp (the starting workforce), workforce_staffing.cpp (joining, leaving,
// moves, retirement), workforce_recruitment.cpp (vacancies, the labour pool, the establishment),
// workforce_absence.cpp, workforce_programmes.cpp (international supply, training, graduates,
// domestic cohorts, month-start actions), workforce_feedback.cpp (pressure) and
// workforce_variant.cpp (a variant's second clocks and dated changes).
//
// A variant (a resolved scenario with `changes`, models/variants/) runs through the same code:
// values read at an event are those in force then, and each hazard's first clock is the
// baseline's, so that where nothing differs the variant draws exactly what the baseline draws.
#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "models/workforce/absence_flow.hpp"
#include "models/workforce/key_ordered_sets.hpp"
#include "models/workforce/leaving_hazard.hpp"
#include "models/workforce/person_store.hpp"
#include "models/workforce/recruitment_flow.hpp"
#include "sim/day_calendar.hpp"

namespace wfsim::models {

class WorkforceModel {
  public:
    explicit WorkforceModel(const ResolvedScenario& resolved);
    // Runs another scenario of the same shape (a variant of the same baseline: the same groups,
    // time axis and metric layout) with this model's buffers.
    void bind(const ResolvedScenario& resolved);

    const ResultLayout& layout() const { return metrics_.layout(); }

    // nullopt when `stop` was raised before the end of the run.
    std::optional<ReplicationResult> run(std::uint64_t seed, std::uint64_t replication,
                                         const std::atomic<bool>* stop = nullptr);

    // The event-loop interface (sim/event_loop.hpp).
    void on_day_start(int day);
    void on_event(sim::DayCalendar::Entry entry);
    // The details too: leaving, joining, recruitment steps and age-dependent absence read them,
    // and at national scale they are a cache miss each (1.3M staff: 60 -> 52 ns per event).
    void prefetch(std::uint32_t id) {
        __builtin_prefetch(&store_[id]);
        __builtin_prefetch(&store_.details(id));
    }
    void on_end();

    // The oldest age, in years at the end of the last run, of anyone then in post in group g (a
    // scan of the store, for checks: nobody works past the maximum working age).
    double oldest_in_post_years(int g) const;

    // Group g's WTE now, by where it is (a scan of the store, for checks): the establishment is
    // the WTE in post, plus that advertised (vacancies searching or hired), plus that nobody has
    // advertised yet: carried by people (PersonDetails::owed, each within a post) or the group's
    // WTE to recruit to.
    struct WteBalance {
        double establishment = 0.0, in_post = 0.0, advertised = 0.0, carried = 0.0;
        double largest_carried = 0.0;  // by one person, in absolute value
    };
    WteBalance wte_balance(int g) const;

  private:
    // What a random-stream key is derived from: what the entity is, never when it was created
    // among others, so that the same entity has the same key in every variant. (4 was a
    // vacancy's place in its group's sequence; vacancies are now keyed by who left them.)
    enum class Identity : std::uint64_t {
        InitialStaff = 1,
        InitialVacancy = 2,
        InflowSource = 4,
        InflowHire = 5,
        NewPost = 6,  // posts opened by a rise in the establishment: (group, day)
        InternationalRecruit = 7,
        Trainee = 8,
        ProgrammeDraws = 9,   // a programme's own draws (cohort sizes, choice of trainees)
        WaitingRetiree = 10,  // retired before the start, coming back
        RoundedPost = 11,  // the n-th part of a hire rounded in a group on a day: (group, day, n)
        CohortDraws = 12,  // a domestic cohort's size: (cohort, month)
        CohortHire = 13,   // a domestic cohort's hire: (cohort, month x kPerCohort + j)
        EstablishmentCut = 14,  // a fall in the establishment: (group, day)
        GroupRounding = 15,     // the group's uniform for rounding its WTE to recruit to
    };
    std::uint64_t key_for(Identity kind, int owner, std::uint64_t sequence) const;
    // The key of the vacancies a person's leaving, arriving or moving opens (recruit_to): derived
    // from their own key and how many times they have keyed posts before, so that a variant in
    // which they leave at another time (or others leave in another order) still gives their post,
    // and the person hired into it, the same random numbers.
    static std::uint64_t post_key_from(PersonRecord& person) {
        return sim::hash_combine(person.key ^ 0x7661636174656421ULL, person.vacated++);
    }
    // The point from which a choice among a group's vacancies or members is made
    // (KeyOrderedSets::after): the n-th of whoever or whatever chooses, keyed `key`.
    static std::uint64_t choice_point(std::uint64_t key, std::uint64_t n = 0) {
        return sim::hash_combine(key ^ 0x63686f6963652121ULL, n);
    }
    void schedule(std::uint32_t id) {
        PersonRecord& r = store_[id];
        ++r.generation;
        calendar_.schedule(r.next_time(), {id, r.generation});
    }
    PersonClock clock(std::uint32_t id) {
        const PersonDetails& d = store_.details(id);
        return {static_cast<double>(d.birth_day), d.start_day, d.leave_multiplier};
    }

    // workforce_population.cpp
    void populate();
    // One of the starting staff: drawn from the group's profiles, or as a staff record says.
    void add_initial_staff(int g, std::uint64_t index, const StaffRecord* record = nullptr);
    void add_initial_vacancy(int g, std::uint64_t index, double wte);
    void add_waiting_retiree(int g, std::uint64_t index);

    // workforce_staffing.cpp
    void set_birth(std::uint32_t id, std::int32_t birth_day);
    void join_at_drawn_age(std::uint32_t id, double now, const std::vector<Band>& bands);
    std::int32_t turns_55_month(std::int32_t birth_day) const {
        const std::int64_t i = static_cast<std::int64_t>(birth_day) - turns_55_first_birth_;
        if (i < 0) return -1;
        if (i >= static_cast<std::int64_t>(turns_55_by_birth_.size())) return turns_55_after_run_;
        return turns_55_by_birth_[static_cast<std::size_t>(i)];
    }
    std::int32_t turns_55_month_by_calendar(std::int32_t birth_day) const;
    void tabulate_turns_55();
    void enter_group(std::uint32_t id, int g, double now, Route route);
    void exit_group(std::uint32_t id, double now, LeaveReason reason);
    void start_in_post(std::uint32_t id, double now, Route route);
    void draw_leave_time(std::uint32_t id, double now);
    void leave_event(std::uint32_t id, double now);
    void leave(std::uint32_t id, double now, LeaveReason reason);
    void retire(std::uint32_t id, double now, bool may_return);
    void move_to_group(std::uint32_t id, int to, double now);
    void move_within_group(std::uint32_t id, double now);
    void return_from_retirement(std::uint32_t id, double now);
    void free_or_refill(std::uint32_t id, int g, double now, double wte);

    // workforce_recruitment.cpp
    static constexpr std::uint32_t kNoSlot = ~0u;
    void recruit_to(int g, double now, double wte, std::uint64_t key, std::uint32_t owner,
                    bool settle, std::uint32_t slot = kNoSlot);
    void settle_group(int g, double now, std::uint64_t key);
    std::uint64_t rounded_post_key(int g, double now);
    static double rounding_offset(std::uint64_t key);
    double hire_wte(int g, std::uint64_t key) const;
    double drawn_hire_wte(int g, sim::KeyedStream& demography) const;
    void open_vacancy(std::uint32_t id, int g, double now, double wte, std::uint64_t key);
    void new_vacancy(int g, double now, double wte, std::uint64_t key);
    void candidate_found(std::uint32_t id, double now);
    void hire_starts(std::uint32_t id, double now);
    bool take_from_pool(int g, PersonRecord& r);
    void serve_waiting(int g, double now);
    double fill_a_vacancy(int g, std::uint64_t point);
    double close_vacancy(int g, std::uint32_t id);
    double take_a_post(int g, double now, double wte, std::uint64_t key, std::uint32_t owner);
    void change_establishment(int g, double now, double wte);
    void inflow_arrives(std::uint32_t id, double now);
    void follow_headcount(double now);

    // workforce_absence.cpp
    void absence_changes(std::uint32_t id, double now);
    void start_at_work(std::uint32_t id, double now);
    void draw_next_onset(PersonRecord& r, std::uint32_t id, double now) {
        const std::uint32_t first_draw = r.draws[kAbsenceDraws];
        auto rng = r.stream(kAbsenceDraws);
        const int g = r.group;
        const double birth = absence_.flat(g) ? 0.0 : store_.details(id).birth_day;
        r.t_absence = absence_.next_onset(g, now, birth, rng, onset_cap_);
        r.set(kExtraOnset, false);
        if (absence_.rises(g)) add_extra_onset(r, id, now, first_draw);
    }

    // workforce_programmes.cpp
    void on_month_start(int month);
    void recruit_international(int programme, int month, double now, bool before_run);
    void start_training(int programme, int month, double now, bool before_run);
    void start_cohort(int cohort, int month, double now);
    void pipeline_step(std::uint32_t id, double now);
    void training_step(std::uint32_t id, double now);
    void refill_pools(int month);

    // workforce_variant.cpp: a variant's second clocks, the events it keeps of the baseline's
    // clocks, its dated changes and its interventions' costs.
    void bind_variant();
    void add_extra_leave(PersonRecord& r, std::uint32_t id, double now, std::uint32_t first_draw);
    void add_extra_onset(PersonRecord& r, std::uint32_t id, double now, std::uint32_t first_draw);
    void add_extra_candidate(PersonRecord& r, double now, std::uint32_t first_draw);
    // Only where the group's onset rate differs in the variant (absence_changes asks first).
    bool keep_onset(PersonRecord& r, std::uint32_t id, double now);
    bool keep_candidate(PersonRecord& r, double now);
    void variant_day_start(int day);
    void apply_establishment_changes(int g, double day);
    void reach(ResolvedCost::Reach reach, int g, int programme, double now, double people = 1.0);
    // The values in force today (epochs change at the start of a day).
    const GroupRates& in_force(int g) const { return today_->groups[g]; }
    const ResolvedScenario& in_force_at(double t) const {
        return changes_ ? changes_->at(t) : *resolved_;
    }

    // workforce_feedback.cpp
    void update_pressure(int closed_month);
    bool accept_onset(PersonRecord& r) {
        if (onset_cap_ == 1.0) return true;
        auto rng = r.stream(kAbsenceDraws);
        return sim::uniform01(rng) * onset_cap_ < onset_pressure_[r.group];
    }

    const ResolvedScenario* resolved_;
    const VariantChanges* changes_ = nullptr;  // a variant's, or nullptr
    const ResolvedScenario* baseline_;         // whose clocks every hazard runs first
    const ResolvedScenario* today_;            // the values in force today
    double next_epoch_day_ = sim::kNever;
    LeavingHazard leaving_;
    AbsenceFlow absence_;
    RecruitmentFlow recruitment_;
    PersonStore store_;
    KeyOrderedSets members_;    // staff in post, by group
    KeyOrderedSets vacancies_;  // vacancies being advertised, by group
    sim::DayCalendar calendar_;
    MetricsRecorder metrics_;
    const MetricCatalogue& catalogue_;

    std::uint64_t replication_key_ = 0;
    double horizon_ = 0.0;
    int month_ = 0;
    int next_month_day_ = 0;
    std::uint64_t events_ = 0;

    // Per group.
    std::vector<std::uint64_t> inflow_hires_;
    // Parts of hires rounded on rounding_day_ (rounded_post_key).
    std::vector<std::uint64_t> roundings_, rounding_day_;
    std::vector<double> establishment_;  // WTE now
    // WTE of the establishment neither in post, nor advertised, nor carried by an owner
    // (PersonDetails::owed): less than the next hire's WTE, or negative when staff are over the
    // establishment (or a cut is not yet made), which holds back the next posts to fall vacant
    // (recruit_to). Rounded by the group's own uniform, group_offset_ (settle_group).
    std::vector<double> to_recruit_;
    std::vector<double> group_offset_;
    std::vector<double> experienced_pool_, newly_qualified_pool_;
    // The Poisson stream of hires of a group with one: its rate (a day) and its record.
    std::vector<double> inflow_per_day_;
    std::vector<std::uint32_t> inflow_source_;
    std::vector<std::vector<std::uint32_t>> waiting_;  // vacancies waiting for the pool, FIFO
    std::vector<std::size_t> waiting_head_;
    std::vector<double> leave_pressure_, onset_pressure_;  // feedback multipliers this month
    double leave_cap_ = 1.0, onset_cap_ = 1.0;             // thinning bounds
    // Per programme.
    std::vector<std::uint64_t> programme_recruits_;
    std::vector<double> source_left_;
    // Dated changes to the share unavailable (industrial action): day, group, share.
    struct UnavailableChange {
        int day;
        int group;
        double share;
    };
    std::vector<UnavailableChange> unavailable_changes_;
    // turns_55_month by birth day from turns_55_first_birth_ (workforce_staffing.cpp).
    std::vector<std::int32_t> turns_55_by_birth_;
    std::int32_t turns_55_first_birth_ = 0, turns_55_after_run_ = 0;
    std::size_t next_unavailable_ = 0;
    // A variant's dated changes on days: the prices of WTE in post (pay, interventions'
    // per-WTE-day costs) of a group, what is left of a source pool; and each group's next change
    // of its establishment (changes_->groups[g].establishment_changes).
    struct DatedChange {
        double day;
        int group;          // prices of this group, or -1
        int source_change;  // an entry of changes_->source_pool_changes, or -1
    };
    std::vector<DatedChange> dated_changes_;
    std::size_t next_dated_ = 0;
    std::vector<std::size_t> next_establishment_;
};

}  // namespace wfsim::models
