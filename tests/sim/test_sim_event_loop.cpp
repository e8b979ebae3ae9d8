// run_event_loop with a toy model: day starts precede the day's events, every event runs on its
// own day, lazy cancellation through the tag, the stop flag.
#include <atomic>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "sim/day_calendar.hpp"
#include "sim/event_loop.hpp"

using wfsim::sim::DayCalendar;
using wfsim::sim::run_event_loop;

namespace {

// Entities that each fire every `step` days from a start time. reschedule() moves an entity's
// pending event: the entry already in the calendar goes stale and is skipped by its tag.
struct ToyModel {
    struct Handled {
        std::uint32_t id;
        double time;
        int day_started;  // the last on_day_start before the event
    };

    DayCalendar& cal;
    std::vector<double> time, step;
    std::vector<std::uint32_t> generation;
    std::vector<int> days_started;
    std::vector<Handled> handled;
    std::vector<std::uint32_t> prefetched;
    std::atomic<bool>* stop_at_day_40 = nullptr;
    int ended = 0;
    int stale = 0;
    // Extra events scheduled from on_day_start: (day, time) pairs.
    std::vector<std::pair<int, double>> day_start_events;

    explicit ToyModel(DayCalendar& c) : cal(c) {}

    std::uint32_t add(double start, double every) {
        const auto id = static_cast<std::uint32_t>(time.size());
        time.push_back(start);
        step.push_back(every);
        generation.push_back(0);
        cal.schedule(start, {id, 0});
        return id;
    }
    void reschedule(std::uint32_t id, double t) {
        time[id] = t;
        cal.schedule(t, {id, ++generation[id]});
    }

    void on_day_start(int day) {
        days_started.push_back(day);
        for (const auto& [d, t] : day_start_events)
            if (d == day) add(t, 1e9);  // a one-off event
    }
    void on_event(DayCalendar::Entry e) {
        if (e.tag != generation[e.id]) {
            ++stale;
            return;
        }
        handled.push_back({e.id, time[e.id], days_started.empty() ? -1 : days_started.back()});
        if (stop_at_day_40 && time[e.id] >= 40.0) stop_at_day_40->store(true);
        reschedule(e.id, time[e.id] + step[e.id]);
    }
    void prefetch(std::uint32_t id) { prefetched.push_back(id); }
    void on_end() { ++ended; }
};

}  // namespace

TEST_CASE("event loop: every day starts before its events, and every event runs on its day",
          "[sim][loop]") {
    const int days = 400;
    DayCalendar cal;
    cal.reset(days);
    ToyModel model(cal);
    // 300 entities with steps from 0.37 to ~40 days, so many share days and some fire twice in
    // one day; entity 0 fires at exactly midnight every day.
    model.add(0.0, 1.0);
    for (int i = 1; i < 300; ++i) model.add(std::fmod(i * 1.618, 20.0), 0.37 + (i % 97) * 0.41);
    // Move a few entities: their first entries go stale.
    for (std::uint32_t id = 5; id < 300; id += 50) model.reschedule(id, model.time[id] + 3.3);
    model.day_start_events = {{0, 0.0}, {17, 17.25}, {399, 399.9}};

    REQUIRE(run_event_loop(model, cal));
    CHECK(model.ended == 1);

    REQUIRE(model.days_started.size() == static_cast<std::size_t>(days));
    for (int d = 0; d < days; ++d) CHECK(model.days_started[d] == d);

    // Expected number of events: each entity fires at start + k * step while that is < days
    // (the one-off events once each).
    std::size_t expected = 3;
    for (std::size_t id = 0; id < 300; ++id) {
        double t = std::fmod(id * 1.618, 20.0);
        if (id == 0) t = 0.0;
        if (id % 50 == 5) t += 3.3;
        const double every = id == 0 ? 1.0 : 0.37 + (id % 97) * 0.41;
        for (; t < days; t += every) ++expected;
    }
    CHECK(model.handled.size() == expected);
    CHECK(model.stale == 6);

    bool on_own_day = true, days_in_order = true;
    double previous_day = 0;
    for (const auto& h : model.handled) {
        on_own_day &= static_cast<int>(std::floor(h.time)) == h.day_started;
        days_in_order &= std::floor(h.time) >= previous_day;
        previous_day = std::floor(h.time);
    }
    CHECK(on_own_day);
    CHECK(days_in_order);
    CHECK(cal.pending() == 0);

    // Events scheduled from a day start run on that day.
    int one_offs = 0;
    for (const auto& h : model.handled)
        if (model.step[h.id] == 1e9) {
            ++one_offs;
            CHECK(h.day_started == static_cast<int>(h.time));
        }
    CHECK(one_offs == 3);

    // The model is asked to prefetch only entities it then handles.
    std::vector<bool> was_handled(model.time.size(), false);
    for (const auto& h : model.handled) was_handled[h.id] = true;
    CHECK_FALSE(model.prefetched.empty());
    for (std::uint32_t id : model.prefetched) CHECK(was_handled[id]);
}

TEST_CASE("event loop: a stop raised before the run returns false at once", "[sim][loop]") {
    DayCalendar cal;
    cal.reset(100);
    ToyModel model(cal);
    model.add(0.5, 1.0);
    const std::atomic<bool> stop{true};
    CHECK_FALSE(run_event_loop(model, cal, &stop));
    CHECK(model.handled.empty());
    CHECK(model.ended == 0);
}

TEST_CASE("event loop: a stop raised during the run returns false within a month", "[sim][loop]") {
    DayCalendar cal;
    cal.reset(365);
    ToyModel model(cal);
    for (int i = 0; i < 10; ++i) model.add(i * 0.1, 1.0 + i * 0.5);
    std::atomic<bool> stop{false};
    model.stop_at_day_40 = &stop;
    CHECK_FALSE(run_event_loop(model, cal, &stop));
    CHECK(model.ended == 0);
    REQUIRE_FALSE(model.days_started.empty());
    // The stop is polled once a simulated month: no day more than a month after day 40 starts.
    CHECK(model.days_started.back() >= 40);
    CHECK(model.days_started.back() <= 40 + 31);

    // Without the stop flag the same model runs to the end.
    DayCalendar cal2;
    cal2.reset(365);
    ToyModel full(cal2);
    for (int i = 0; i < 10; ++i) full.add(i * 0.1, 1.0 + i * 0.5);
    CHECK(run_event_loop(full, cal2));
    CHECK(full.days_started.size() == 365);
    CHECK(full.ended == 1);
}

TEST_CASE("event loop: a time before the day, scheduled at the day's start, runs that day",
          "[sim][loop]") {
    // DayCalendar sends times before the current day to the current day. At on_day_start(d) the
    // current day must be d; an event at an earlier time (a change applied at midnight that moves
    // someone's event into the past) must then run on day d, not be lost.
    DayCalendar cal;
    cal.reset(30);
    ToyModel model(cal);
    model.add(0.5, 1e9);  // one ordinary event on day 0
    model.day_start_events = {{10, 9.5}, {12, 3.0}};
    REQUIRE(run_event_loop(model, cal));
    int late = 0;
    for (const auto& h : model.handled)
        if (h.time == 9.5 || h.time == 3.0) {
            ++late;
            CHECK(h.day_started == (h.time == 9.5 ? 10 : 12));
        }
    CHECK(late == 2);
    CHECK(cal.pending() == 0);
}
