#pragma once
// The pending-event set: one bucket per simulated day, each a list of fixed-size blocks drawn
// from a shared pool. Scheduling appends to the bucket of floor(t); a day's bucket is drained in
// the order its entries were scheduled (FIFO), including entries scheduled for the same day while
// it drains. Entries carry only an entity id and a tag; the model keeps each entity's exact event
// time and uses the tag (a generation counter) to skip entries that were superseded, so
// cancellation is lazy and costs nothing.
//
// Why buckets and not a heap: with a million pending events a binary heap costs 400-500 ns per
// event in cache misses, while appending to and sweeping a bucket touches memory sequentially
// (benchmarks/event_set_benchmark.cpp measures both).
#include <cstdint>
#include <vector>

#include "sim/huge_page_allocator.hpp"

namespace wfsim::sim {

class DayCalendar {
  public:
    struct Entry {
        std::uint32_t id;
        std::uint32_t tag;
    };

    // Empties the calendar for a run of `days` days; pool memory is kept for reuse.
    void reset(int days);

    int horizon_days() const { return static_cast<int>(head_.size()); }
    std::size_t pending() const { return pending_; }

    // Schedules e at time t (days). Entries at or beyond the horizon are not kept: returns false.
    // Times before the day being drained go to that day (they cannot be in the past).
    bool schedule(double t, Entry e) {
        if (!(t < horizon_)) return false;  // also refuses NaN
        // Clamp before converting: a time far in the past does not fit in an int.
        const int day = t < current_day_start_ ? current_day_ : static_cast<int>(t);
        append(day, e);
        return true;
    }

    // Makes `day` the current day: from now on nothing can be scheduled before it. The event
    // loop calls this before the day-start hooks, so that they schedule into live buckets.
    void begin_day(int day) {
        current_day_ = day;
        current_day_start_ = static_cast<double>(day);
    }

    // Calls handle(entry) for every entry of `day`, in FIFO order; prefetch(id) is called a few
    // entries ahead so that the model can pull the entity's record into cache.
    template <class Handle, class Prefetch>
    void drain(int day, Handle&& handle, Prefetch&& prefetch);

  private:
    static constexpr std::uint32_t kNone = 0xffffffffu;
    static constexpr std::uint32_t kBlockEntries = 63;  // a block is 512 bytes
    static constexpr std::uint32_t kPrefetchAhead = 6;

    // Every block of a day but its tail is full, so only the tail's fill is kept, in a small
    // array by day: an append then touches one line of the block, not also a count at its end
    // (at national scale the tails of far-off days are out of cache).
    struct Block {
        Entry entries[kBlockEntries];
        std::uint32_t next;
        std::uint32_t unused;
    };
    std::uint32_t entries_in(std::uint32_t b, int day) const {
        return b == tail_[day] ? tail_fill_[day] : kBlockEntries;
    }

    void append(int day, Entry e) {
        std::uint32_t tail = tail_[day];
        std::uint32_t fill = tail_fill_[day];
        if (tail == kNone || fill == kBlockEntries) {
            const std::uint32_t fresh = take_block();
            if (tail == kNone)
                head_[day] = fresh;
            else
                blocks_[tail].next = fresh;
            tail_[day] = tail = fresh;
            fill = 0;
        }
        blocks_[tail].entries[fill] = e;
        tail_fill_[day] = fill + 1;
        ++pending_;
    }

    std::uint32_t take_block();
    void release_block(std::uint32_t b) {
        blocks_[b].next = free_;
        free_ = b;
    }

    std::vector<Block, HugePageAllocator<Block>> blocks_;
    std::uint32_t free_ = kNone;
    std::vector<std::uint32_t> head_, tail_;
    std::vector<std::uint32_t> tail_fill_;  // entries in each day's tail block
    std::size_t pending_ = 0;
    int current_day_ = 0;
    // The horizon and the current day as times, so that schedule() converts nothing.
    double horizon_ = 0.0, current_day_start_ = 0.0;
};

template <class Handle, class Prefetch>
void DayCalendar::drain(int day, Handle&& handle, Prefetch&& prefetch) {
    begin_day(day);
    std::uint32_t b = head_[day];
    // A second cursor runs kPrefetchAhead entries ahead of the one being handled, across block
    // boundaries, and prefetches each entity as it passes. It stops at the end of what is
    // scheduled and picks up entries appended to the day while it drains. Only a day's tail block
    // can grow, so each cursor keeps the count of its block and asks again only on reaching it.
    std::uint32_t ahead_block = b, ahead_i = 0;
    std::uint32_t ahead_end = b == kNone ? 0 : entries_in(b, day);
    auto prefetch_next = [&] {
        if (ahead_i == ahead_end) {
            if (ahead_block == kNone) return;
            ahead_end = entries_in(ahead_block, day);
            if (ahead_i == ahead_end) {
                if (blocks_[ahead_block].next == kNone) return;
                ahead_block = blocks_[ahead_block].next;
                ahead_i = 0;
                ahead_end = entries_in(ahead_block, day);
            }
        }
        prefetch(blocks_[ahead_block].entries[ahead_i++].id);
    };
    for (std::uint32_t k = 0; k < kPrefetchAhead; ++k) prefetch_next();
    while (b != kNone) {
        std::uint32_t i = 0;
        for (std::uint32_t end = entries_in(b, day); i < end; end = entries_in(b, day)) {
            // blocks_ may grow while handlers schedule, so index it afresh after every call.
            for (; i < end; ++i) {
                prefetch_next();
                --pending_;  // pending() is exact inside a handler too
                handle(blocks_[b].entries[i]);
            }
        }
        const std::uint32_t next = blocks_[b].next;
        if (ahead_block == b) {  // caught up: the block is about to be reused
            ahead_block = next;
            ahead_i = 0;
            ahead_end = next == kNone ? 0 : entries_in(next, day);
        }
        release_block(b);
        b = next;
    }
    head_[day] = tail_[day] = kNone;
}

}  // namespace wfsim::sim
