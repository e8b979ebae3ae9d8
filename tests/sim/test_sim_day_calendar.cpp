// DayCalendar: FIFO within a day, same-day appends while draining, the horizon, block boundaries,
// reset and the prefetch callback. A randomised test compares it with a plain reference model of
// the documented semantics.
#include <malloc.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <random>
#include <vector>

#include "sim/day_calendar.hpp"

using wfsim::sim::DayCalendar;
using Entry = DayCalendar::Entry;

namespace {

// Drains `day` and returns the ids handled, in order.
std::vector<std::uint32_t> drain_ids(DayCalendar& cal, int day) {
    std::vector<std::uint32_t> ids;
    cal.drain(
        day, [&](Entry e) { ids.push_back(e.id); }, [](std::uint32_t) {});
    return ids;
}

std::vector<std::uint32_t> iota_ids(std::uint32_t first, std::uint32_t count) {
    std::vector<std::uint32_t> v(count);
    for (std::uint32_t i = 0; i < count; ++i) v[i] = first + i;
    return v;
}

}  // namespace

TEST_CASE("calendar: entries of one day are handled in the order they were scheduled",
          "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(10);
    // Times within day 3 deliberately out of time order: the day orders by scheduling, not time.
    const double times[] = {3.9, 3.1, 3.5, 3.0, 3.999};
    for (std::uint32_t i = 0; i < 5; ++i) REQUIRE(cal.schedule(times[i], {i, 100 + i}));
    REQUIRE(cal.schedule(2.5, {50, 0}));
    REQUIRE(cal.schedule(4.0, {60, 0}));

    std::vector<Entry> got;
    cal.drain(
        3, [&](Entry e) { got.push_back(e); }, [](std::uint32_t) {});
    REQUIRE(got.size() == 5);
    for (std::uint32_t i = 0; i < 5; ++i) {
        CHECK(got[i].id == i);
        CHECK(got[i].tag == 100 + i);  // the tag travels with the id
    }
    CHECK(drain_ids(cal, 2) == std::vector<std::uint32_t>{50});
    CHECK(drain_ids(cal, 4) == std::vector<std::uint32_t>{60});
}

TEST_CASE("calendar: entries scheduled for the day being drained run in the same drain",
          "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(10);
    REQUIRE(cal.schedule(5.2, {1, 0}));
    REQUIRE(cal.schedule(5.7, {2, 0}));
    std::vector<std::uint32_t> order;
    cal.drain(
        5,
        [&](Entry e) {
            order.push_back(e.id);
            // Each of the first entries schedules a follow-up later on the same day; id 11
            // schedules one more, so appends chain.
            if (e.id == 1) cal.schedule(5.9, {11, 0});
            if (e.id == 2) cal.schedule(5.0, {12, 0});
            if (e.id == 11) cal.schedule(5.95, {21, 0});
            if (e.id == 12) cal.schedule(6.5, {30, 0});  // the next day, not this drain
        },
        [](std::uint32_t) {});
    CHECK(order == std::vector<std::uint32_t>{1, 2, 11, 12, 21});
    CHECK(cal.pending() == 1);
    CHECK(drain_ids(cal, 6) == std::vector<std::uint32_t>{30});
    CHECK(cal.pending() == 0);
}

TEST_CASE("calendar: entries at or beyond the horizon are refused", "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(30);
    CHECK(cal.horizon_days() == 30);
    CHECK_FALSE(cal.schedule(30.0, {1, 0}));
    CHECK_FALSE(cal.schedule(30.5, {2, 0}));
    CHECK_FALSE(cal.schedule(1e300, {3, 0}));
    CHECK_FALSE(cal.schedule(std::numeric_limits<double>::infinity(), {4, 0}));
    CHECK_FALSE(cal.schedule(std::nan(""), {5, 0}));
    CHECK(cal.pending() == 0);
    // The last instant before the horizon is kept, in the last day.
    const double last = std::nextafter(30.0, 0.0);
    CHECK(cal.schedule(last, {6, 0}));
    CHECK(cal.pending() == 1);
    CHECK(drain_ids(cal, 29) == std::vector<std::uint32_t>{6});

    DayCalendar empty;  // never reset: no days, nothing is kept
    CHECK(empty.horizon_days() == 0);
    CHECK_FALSE(empty.schedule(0.0, {7, 0}));
    CHECK(empty.pending() == 0);
}

TEST_CASE("calendar: times before the current day go to the current day", "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(20);
    // Before any drain the current day is day 0.
    REQUIRE(cal.schedule(-0.5, {1, 0}));
    REQUIRE(cal.schedule(-7.0, {2, 0}));
    REQUIRE(cal.schedule(0.25, {3, 0}));
    CHECK(drain_ids(cal, 0) == std::vector<std::uint32_t>{1, 2, 3});

    REQUIRE(cal.schedule(8.5, {10, 0}));
    std::vector<std::uint32_t> order;
    cal.drain(
        8,
        [&](Entry e) {
            order.push_back(e.id);
            if (e.id == 10) {
                REQUIRE(cal.schedule(2.5, {11, 0}));   // an earlier day
                REQUIRE(cal.schedule(7.99, {12, 0}));  // the day before
                REQUIRE(cal.schedule(-3.0, {13, 0}));  // before the run
            }
        },
        [](std::uint32_t) {});
    CHECK(order == std::vector<std::uint32_t>{10, 11, 12, 13});
    CHECK(cal.pending() == 0);
    // Nothing was left behind in the earlier buckets.
    for (int d = 0; d < 8; ++d) CHECK(drain_ids(cal, d).empty());
}

TEST_CASE("calendar: times too early for an int go to the current day", "[sim][calendar]") {
    // schedule() converts t to int before clamping it to the current day; for t below INT_MIN
    // (or -infinity) that conversion is undefined behaviour. On x86-64 it yields INT_MIN and the
    // clamp then gives the right day, so this passes here, but -fsanitize=float-cast-overflow
    // reports it and another compiler or target may place the entry anywhere.
    DayCalendar cal;
    cal.reset(10);
    std::vector<std::uint32_t> order;
    REQUIRE(cal.schedule(4.5, {1, 0}));
    cal.drain(
        4,
        [&](Entry e) {
            order.push_back(e.id);
            if (e.id == 1) {
                REQUIRE(cal.schedule(-1e12, {2, 0}));
                REQUIRE(cal.schedule(-std::numeric_limits<double>::infinity(), {3, 0}));
            }
        },
        [](std::uint32_t) {});
    CHECK(order == std::vector<std::uint32_t>{1, 2, 3});
    CHECK(cal.pending() == 0);
}

TEST_CASE("calendar: days of more than one block keep FIFO order", "[sim][calendar]") {
    // A block holds 63 entries; cover counts on both sides of one, two and several blocks.
    for (std::uint32_t count : {1u, 62u, 63u, 64u, 125u, 126u, 127u, 1000u}) {
        DYNAMIC_SECTION("entries in the day: " << count) {
            DayCalendar cal;
            cal.reset(4);
            // Interleave two days so that their blocks alternate in the pool.
            for (std::uint32_t i = 0; i < count; ++i) {
                REQUIRE(cal.schedule(1.5, {i, 0}));
                REQUIRE(cal.schedule(2.5, {100000 + i, 0}));
            }
            CHECK(cal.pending() == 2 * count);
            CHECK(drain_ids(cal, 1) == iota_ids(0, count));
            CHECK(cal.pending() == count);
            CHECK(drain_ids(cal, 2) == iota_ids(100000, count));
            CHECK(cal.pending() == 0);
        }
    }
}

TEST_CASE("calendar: appends while draining cross block boundaries in order", "[sim][calendar]") {
    for (std::uint32_t initial : {60u, 62u, 63u, 64u, 126u}) {
        DYNAMIC_SECTION("initial entries: " << initial) {
            DayCalendar cal;
            cal.reset(3);
            for (std::uint32_t i = 0; i < initial; ++i) REQUIRE(cal.schedule(1.0, {i, 0}));
            // Every entry with an id below 2000 appends one more to the same day (id + 1000),
            // so the day doubles while it drains and its tail crosses one or more blocks. The
            // drained blocks go back to the pool while the day is still growing, so appends
            // reuse them: this is where a free-list mistake would show.
            std::vector<std::uint32_t> order;
            cal.drain(
                1,
                [&](Entry e) {
                    order.push_back(e.id);
                    if (e.id < 1000) REQUIRE(cal.schedule(1.5, {e.id + 1000, 0}));
                    if (e.id >= 1000 && e.id < 1000 + initial / 2)
                        REQUIRE(cal.schedule(2.5, {e.id + 5000, 0}));
                },
                [](std::uint32_t) {});
            std::vector<std::uint32_t> expected = iota_ids(0, initial);
            const auto appended = iota_ids(1000, initial);
            expected.insert(expected.end(), appended.begin(), appended.end());
            CHECK(order == expected);
            CHECK(cal.pending() == initial / 2);
            CHECK(drain_ids(cal, 2) == iota_ids(6000, initial / 2));
        }
    }
}

TEST_CASE("calendar: the last entry of a full block appending to its own day", "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(2);
    for (std::uint32_t i = 0; i < 63; ++i) REQUIRE(cal.schedule(0.0, {i, 0}));
    std::vector<std::uint32_t> order;
    cal.drain(
        0,
        [&](Entry e) {
            order.push_back(e.id);
            if (e.id == 62) REQUIRE(cal.schedule(0.5, {63, 0}));
            if (e.id == 63) REQUIRE(cal.schedule(0.5, {64, 0}));
        },
        [](std::uint32_t) {});
    CHECK(order == iota_ids(0, 65));
    CHECK(cal.pending() == 0);
}

TEST_CASE("calendar: pending() counts scheduled and not yet handled entries", "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(5);
    CHECK(cal.pending() == 0);
    for (std::uint32_t i = 0; i < 100; ++i) REQUIRE(cal.schedule(i % 5 + 0.5, {i, 0}));
    CHECK(cal.pending() == 100);
    CHECK_FALSE(cal.schedule(5.0, {999, 0}));
    CHECK(cal.pending() == 100);
    // Inside a handler, the entry being handled no longer counts.
    std::size_t seen = 0;
    std::vector<std::size_t> pending_in_handler;
    cal.drain(
        0,
        [&](Entry) {
            ++seen;
            pending_in_handler.push_back(cal.pending());
        },
        [](std::uint32_t) {});
    REQUIRE(seen == 20);
    for (std::size_t k = 0; k < seen; ++k) CHECK(pending_in_handler[k] == 100 - (k + 1));
    CHECK(cal.pending() == 80);
    for (int d = 1; d < 5; ++d) drain_ids(cal, d);
    CHECK(cal.pending() == 0);
}

TEST_CASE("calendar: reset empties the calendar", "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(50);
    for (std::uint32_t i = 0; i < 5000; ++i) REQUIRE(cal.schedule((i * 7) % 50 + 0.3, {i, 0}));
    drain_ids(cal, 0);
    drain_ids(cal, 1);
    REQUIRE(cal.pending() > 0);

    cal.reset(20);
    CHECK(cal.horizon_days() == 20);
    CHECK(cal.pending() == 0);
    CHECK_FALSE(cal.schedule(20.0, {1, 0}));
    // The current day is day 0 again: a time before the run goes to day 0, not to day 1.
    REQUIRE(cal.schedule(-1.0, {7, 0}));
    CHECK(drain_ids(cal, 0) == std::vector<std::uint32_t>{7});
    for (int d = 1; d < 20; ++d) CHECK(drain_ids(cal, d).empty());

    // After a reset the calendar works as new, including days of several blocks.
    for (std::uint32_t i = 0; i < 300; ++i) REQUIRE(cal.schedule(19.5, {i, 0}));
    CHECK(drain_ids(cal, 19) == iota_ids(0, 300));
}

#if !defined(__SANITIZE_ADDRESS__)
// The two tests below watch the heap through mallinfo2, which AddressSanitizer's allocator does not
// maintain; nothing else allocates between the two readings.
namespace {
std::size_t heap_in_use() {
    const auto m = mallinfo2();
    return m.uordblks + m.hblkhd;  // small chunks in use + large (mmapped) ones
}
}  // namespace

TEST_CASE("calendar: memory is bounded by what is pending, not by what was scheduled",
          "[sim][calendar]") {
    // A steady state: 1000 entities spread over three days, each rescheduled exactly 3 days on,
    // so every day holds the same entries. After the first days, drained blocks must be reused:
    // 2000 more days (2 million events) may not allocate at all.
    DayCalendar cal;
    cal.reset(2100);
    for (std::uint32_t i = 0; i < 1000; ++i) REQUIRE(cal.schedule(i * 0.003, {i, 0}));
    std::vector<double> time(1000);
    for (std::uint32_t i = 0; i < 1000; ++i) time[i] = i * 0.003;
    std::uint64_t handled = 0;
    auto run_days = [&](int from, int to) {
        for (int d = from; d < to; ++d)
            cal.drain(
                d,
                [&](Entry e) {
                    ++handled;
                    time[e.id] += 3.0;
                    cal.schedule(time[e.id], e);
                },
                [](std::uint32_t) {});
    };
    run_days(0, 10);
    const auto before = heap_in_use();
    run_days(10, 2010);
    const auto after = heap_in_use();
    CHECK(handled == 1000 * 670);  // each entity fires every third day of 2010
    CHECK(cal.pending() == 1000);
    CHECK(after == before);
}

TEST_CASE("calendar: reset reuses the block pool", "[sim][calendar]") {
    // Later runs have the same shape as the first, so they must not allocate.
    DayCalendar cal;
    auto one_run = [&](std::uint64_t& handled) {
        cal.reset(200);
        for (std::uint32_t i = 0; i < 20000; ++i) cal.schedule((i * 37) % 200 + 0.5, {i, 0});
        for (int d = 0; d < 200; ++d)
            cal.drain(
                d,
                [&](Entry e) {
                    ++handled;
                    if (e.id % 3 == 0) cal.schedule(d + 3.5, {e.id + 1, 0});
                },
                [](std::uint32_t) {});
    };
    std::uint64_t first = 0, later = 0;
    one_run(first);
    const auto before = heap_in_use();
    for (int run = 0; run < 10; ++run) one_run(later);
    const auto after = heap_in_use();
    CHECK(later == 10 * first);
    CHECK(after == before);
}
#endif

TEST_CASE("calendar: prefetch is called ahead for ids that are then handled", "[sim][calendar]") {
    DayCalendar cal;
    cal.reset(3);
    const std::uint32_t count = 500;
    // Ids in a scrambled order, so that a neighbouring id is never the right one by accident.
    for (std::uint32_t i = 0; i < count; ++i) REQUIRE(cal.schedule(1.25, {(i * 263) % count, 0}));
    std::vector<std::int64_t> prefetched_at(2 * count, -1), handled_at(2 * count, -1);
    std::int64_t step = 0;
    std::size_t prefetches = 0;
    cal.drain(
        1,
        [&](Entry e) {
            REQUIRE(e.id < 2 * count);
            handled_at[e.id] = step++;
            if (e.id < count / 2) REQUIRE(cal.schedule(1.75, {e.id + count, 0}));
        },
        [&](std::uint32_t id) {
            ++prefetches;
            REQUIRE(id < 2 * count);
            CHECK(prefetched_at[id] == -1);  // at most once per entry
            CHECK(handled_at[id] == -1);     // before it is handled
            prefetched_at[id] = step;
        });
    const std::uint32_t total = count + count / 2;
    for (std::uint32_t id = 0; id < total; ++id) REQUIRE(handled_at[id] >= 0);
    for (std::uint32_t id = total; id < 2 * count; ++id) CHECK(handled_at[id] == -1);
    // Every prefetched id is handled afterwards, and soon afterwards ("a few entries ahead").
    for (std::uint32_t id = 0; id < 2 * count; ++id) {
        if (prefetched_at[id] < 0) continue;
        CHECK(handled_at[id] >= prefetched_at[id]);
        CHECK(handled_at[id] - prefetched_at[id] <= 16);
    }
    // Most entries are prefetched (all but the first few of each block).
    CHECK(prefetches >= total / 2);
}

TEST_CASE("calendar: randomised comparison with a reference model", "[sim][calendar]") {
    // The reference keeps one FIFO list per day and applies the documented rules: refuse at or
    // beyond the horizon, send earlier times to the day being drained.
    std::mt19937_64 rng(20240611);
    DayCalendar cal;
    for (int run = 0; run < 6; ++run) {
        const int days = 30 + 40 * run;
        cal.reset(days);
        std::vector<std::deque<Entry>> ref(days);
        std::size_t ref_pending = 0;
        int ref_current = 0;
        std::uint32_t next_id = 0;
        std::uniform_real_distribution<double> offset(-5.0, 25.0);
        auto schedule_both = [&](double t) {
            const Entry e{next_id, next_id * 2654435761u};
            ++next_id;
            const bool kept = cal.schedule(t, e);
            const bool ref_kept = t < days;
            REQUIRE(kept == ref_kept);
            if (!ref_kept) return;
            const int day = std::max(static_cast<int>(std::floor(t)), ref_current);
            ref[day].push_back(e);
            ++ref_pending;
        };
        // An initial load with some very full days.
        for (int i = 0; i < 40 * days; ++i)
            schedule_both(i % 4 == 0 ? (i % 3) + 0.5
                                     : std::uniform_real_distribution<>(0, days)(rng));
        REQUIRE(cal.pending() == ref_pending);
        for (int day = 0; day < days; ++day) {
            ref_current = day;
            std::vector<Entry> got;
            cal.drain(
                day,
                [&](Entry e) {
                    got.push_back(e);
                    // Handlers schedule 0-2 follow-ups, some on the same day, some in the past.
                    const auto r = rng() % 8;
                    if (r < 3) schedule_both(day + offset(rng));
                    if (r == 0) schedule_both(day + 0.999);
                    if (r == 1 && got.size() < 400) schedule_both(day + 0.1);
                },
                [](std::uint32_t) {});
            // The reference order: everything in the day's list, including what was appended
            // while it drained (the reference list grows during the drain above).
            REQUIRE(got.size() == ref[day].size());
            for (std::size_t k = 0; k < got.size(); ++k) {
                REQUIRE(got[k].id == ref[day][k].id);
                REQUIRE(got[k].tag == ref[day][k].tag);
            }
            ref_pending -= ref[day].size();
            ref[day].clear();
            REQUIRE(cal.pending() == ref_pending);
        }
        CHECK(cal.pending() == 0);
    }
}
