#pragma once
// The event loop. Day by day: the model's day-start hook runs first (month ends and dated changes
// happen at midnight, before any event of that day), then the day's events in the order they
// were scheduled. Each event carries its exact time in the model's records; the day only orders
// them. The stop flag is polled once a simulated month, so an interrupt is honoured promptly
// without a check per event.
#include <atomic>
#include <cstdint>

#include "sim/day_calendar.hpp"

namespace wfsim::sim {

// Model interface: on_day_start(int day), on_event(DayCalendar::Entry), prefetch(uint32_t id),
// on_end(). Returns false when stopped before the horizon.
template <class Model>
bool run_event_loop(Model& model, DayCalendar& calendar, const std::atomic<bool>* stop = nullptr) {
    const int days = calendar.horizon_days();
    for (int day = 0; day < days; ++day) {
        if (stop && day % 30 == 0 && stop->load(std::memory_order_relaxed)) return false;
        calendar.begin_day(day);
        model.on_day_start(day);
        calendar.drain(
            day, [&](DayCalendar::Entry e) { model.on_event(e); },
            [&](std::uint32_t id) { model.prefetch(id); });
    }
    model.on_end();
    return true;
}

}  // namespace wfsim::sim
