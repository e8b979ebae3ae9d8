#pragma once
// One replication of the workforce: the person store, the flows, the metrics, driven by the
// engine's day-bucket event loop. A WorkforceModel is built once per worker thread and reused for
// every replication it runs; replication i depends only on (scenario, seed, i).
#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

#include "models/absence_flow.hpp"
#include "models/calibration.hpp"
#include "models/leaving_flow.hpp"
#include "models/metrics_recorder.hpp"
#include "models/person_store.hpp"
#include "models/recruitment_flow.hpp"
#include "models/results.hpp"
#include "sim/day_calendar.hpp"

namespace wfsim::models {

class WorkforceModel {
  public:
    explicit WorkforceModel(const ResolvedScenario& resolved);

    const ResultLayout& layout() const { return metrics_.layout(); }

    // nullopt when `stop` was raised before the end of the run.
    std::optional<ReplicationResult> run(std::uint64_t seed, std::uint64_t replication,
                                         const std::atomic<bool>* stop = nullptr);

    // The event-loop interface (sim/event_loop.hpp).
    void on_day_start(int day);
    void on_event(sim::DayCalendar::Entry entry);
    void prefetch(std::uint32_t id) const { __builtin_prefetch(&store_[id]); }
    void on_end();

  private:
    // What a random-stream key is derived from: stable across variants for the same entity.
    enum class Identity : std::uint64_t {
        InitialStaff = 1,
        InitialVacancy,
        Vacancy,
        InflowSource,
        InflowHire
    };
    std::uint64_t key_for(Identity kind, int group, std::uint64_t sequence) const;

    void populate();  // the starting workforce, in equilibrium (workforce_population.cpp)
    void add_initial_staff(int g, std::uint64_t index);
    void add_initial_vacancy(int g, std::uint64_t index, double wte);
    void start_in_post(std::uint32_t id, double now, Route route);
    std::int32_t turns_55_month(std::int32_t birth_day) const;

    void leave(std::uint32_t id, double now);
    void absence_changes(std::uint32_t id, double now);
    void recruitment_step(std::uint32_t id, double now);
    void schedule(std::uint32_t id) {
        PersonRecord& r = store_[id];
        ++r.generation;
        calendar_.schedule(r.next_time(), {id, r.generation});
    }

    const ResolvedScenario& resolved_;
    LeavingFlow leaving_;
    AbsenceFlow absence_;
    RecruitmentFlow recruitment_;
    PersonStore store_;
    sim::DayCalendar calendar_;
    MetricsRecorder metrics_;

    std::uint64_t replication_key_ = 0;
    std::vector<std::uint64_t> vacancies_opened_;  // per group, for vacancy identities
    std::vector<std::uint64_t> inflow_hires_;      // per group, for inflow-hire identities
    double horizon_ = 0.0;
    int month_ = 0;
    int next_month_day_ = 0;
    std::uint64_t events_ = 0;
};

}  // namespace wfsim::models
