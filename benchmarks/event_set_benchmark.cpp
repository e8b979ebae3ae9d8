// The pending-event set under the "hold" model: N events are pending; each step takes the next
// one, and its entity schedules its next event at now + Exp(mean). Compared, at N = 1e5 and
// N = 1.3e6, with every variant touching the same 64-byte record per entity (exact time, key,
// draw counter, generation):
//
//   day calendar   sim::DayCalendar; the handler checks the entry's tag against the record's
//                  generation (lazy cancellation) and the calendar prefetches records ahead
//   binary heap    std::priority_queue of {time, id}
//   4-ary heap     a 4-ary min-heap of {time, id} written here, children of a node in one cache
//                  line
//
// Both heaps prefetch the record of the next top as soon as it is known (the binary heap after the
// pop, the 4-ary heap from the root's smallest child before the sift-down), so all three get the
// same help. A hold is a pop and a push for std::priority_queue, and one replace-top sift-down for
// the 4-ary heap. Every variant runs the same entities over the same simulated period with the same
// keyed random numbers, so each processes exactly the same events; the event counts are compared,
// and the heaps check that they hand events out in time order. Prints ns per hold (median of the
// repetitions, and the fastest).
//
//   event_set_benchmark [--sizes N,N,...] [--mean DAYS] [--holds H] [--reps R]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <queue>
#include <string>
#include <vector>

#include "sim/day_calendar.hpp"
#include "sim/random_stream.hpp"
#include "sim/variates.hpp"

namespace {

using wfsim::sim::DayCalendar;
using wfsim::sim::KeyedStream;

// One entity's record, as a model keeps it: a full cache line.
struct alignas(64) Record {
    double time;            // exact time of the pending event
    std::uint64_t key;      // random-stream key
    std::uint32_t counter;  // draws taken
    std::uint32_t generation;
    std::uint64_t events;  // events handled
    char payload[32];
};
static_assert(sizeof(Record) == 64);

struct Config {
    std::vector<long> sizes = {100000, 1300000};
    double mean_days = 100.0;
    double holds = 4e6;  // events per repetition (sets the simulated period)
    int reps = 7;
};

struct Workload {
    std::vector<Record> records;
    double mean = 100.0;

    // All entities at their first event: Exp(mean) from 0, the stationary state of the hold
    // model with exponential increments.
    void init(long n, double mean_days) {
        mean = mean_days;
        records.assign(static_cast<std::size_t>(n), Record{});
        const std::uint64_t rep = wfsim::sim::replication_key(2024, 0);
        for (long i = 0; i < n; ++i) {
            Record& r = records[static_cast<std::size_t>(i)];
            r.key = wfsim::sim::entity_key(rep, static_cast<std::uint64_t>(i));
            KeyedStream s(r.key, 0, r.counter);
            r.time = mean * wfsim::sim::standard_exponential(s);
        }
    }
    // Handles entity id's event: returns the time of its next one.
    double next_time(Record& r) {
        ++r.events;
        r.payload[r.events & 31] ^= 1;
        KeyedStream s(r.key, 0, r.counter);
        r.time += mean * wfsim::sim::standard_exponential(s);
        return r.time;
    }
};

struct Item {
    double time;
    std::uint32_t id;
};
struct Later {
    bool operator()(const Item& a, const Item& b) const { return a.time > b.time; }
};

// A 4-ary min-heap with the hole method. Node i's children are 4i+1..4i+4; the array is offset by
// three slots from a 64-byte boundary, so the four children (4 x 16 bytes) share one cache line.
class QuaternaryHeap {
  public:
    explicit QuaternaryHeap(std::size_t capacity) : storage_(capacity + 8) {
        auto base = reinterpret_cast<std::uintptr_t>(storage_.data());
        const std::uintptr_t aligned = (base + 63) & ~std::uintptr_t{63};
        heap_ = reinterpret_cast<Item*>(aligned) + 3;
    }
    bool empty() const { return size_ == 0; }
    const Item& top() const { return heap_[0]; }
    // The smallest child of the root: the next top, unless what replaces the top is smaller.
    const Item& runner_up() const {
        std::size_t best = 1;
        const std::size_t end = std::min<std::size_t>(5, size_);
        for (std::size_t c = 2; c < end; ++c)
            if (heap_[c].time < heap_[best].time) best = c;
        return heap_[best];
    }
    void push(Item x) {
        std::size_t i = size_++;
        while (i > 0) {
            const std::size_t parent = (i - 1) / 4;
            if (!(x.time < heap_[parent].time)) break;
            heap_[i] = heap_[parent];
            i = parent;
        }
        heap_[i] = x;
    }
    // Replaces the top by x (a pop followed by a push, in one sift-down).
    void replace_top(Item x) { sift_down(0, x); }
    void pop() {
        const Item last = heap_[--size_];
        if (size_ > 0) sift_down(0, last);
    }

  private:
    void sift_down(std::size_t i, Item x) {
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= size_) break;
            std::size_t best = first;
            const std::size_t end = std::min(first + 4, size_);
            for (std::size_t c = first + 1; c < end; ++c)
                if (heap_[c].time < heap_[best].time) best = c;
            if (!(heap_[best].time < x.time)) break;
            heap_[i] = heap_[best];
            i = best;
        }
        heap_[i] = x;
    }

    std::vector<Item> storage_;
    Item* heap_ = nullptr;
    std::size_t size_ = 0;
};

struct Run {
    double seconds = 0;
    std::uint64_t holds = 0;
};

[[noreturn]] void out_of_order(const char* what) {
    std::fprintf(stderr, "%s handed out events out of time order\n", what);
    std::exit(1);
}

void prefetch_record(const Record& r) {
    __builtin_prefetch(&r, 1, 3);
}

Run run_calendar(Workload& w, int days) {
    DayCalendar cal;
    // Room for increments far beyond the period: nothing scheduled is ever lost.
    cal.reset(days + static_cast<int>(60 * w.mean) + 1);
    for (std::size_t i = 0; i < w.records.size(); ++i)
        cal.schedule(w.records[i].time, {static_cast<std::uint32_t>(i), 0});
    Record* rec = w.records.data();
    std::uint64_t holds = 0, stale = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int day = 0; day < days; ++day) {
        cal.drain(
            day,
            [&](DayCalendar::Entry e) {
                Record& r = rec[e.id];
                if (e.tag != r.generation) {  // superseded: lazy cancellation
                    ++stale;
                    return;
                }
                ++holds;
                const double t = w.next_time(r);
                cal.schedule(t, {e.id, ++r.generation});
            },
            [&](std::uint32_t id) { prefetch_record(rec[id]); });
    }
    const auto t1 = std::chrono::steady_clock::now();
    if (stale != 0 || cal.pending() != w.records.size()) {
        std::fprintf(stderr, "calendar lost or duplicated events\n");
        std::exit(1);
    }
    return {std::chrono::duration<double>(t1 - t0).count(), holds};
}

Run run_binary_heap(Workload& w, double end_time) {
    std::vector<Item> items;
    items.reserve(w.records.size());
    for (std::size_t i = 0; i < w.records.size(); ++i)
        items.push_back({w.records[i].time, static_cast<std::uint32_t>(i)});
    std::priority_queue<Item, std::vector<Item>, Later> heap(Later{}, std::move(items));
    Record* rec = w.records.data();
    std::uint64_t holds = 0;
    const auto t0 = std::chrono::steady_clock::now();
    double last = 0;
    while (heap.top().time < end_time) {
        const Item it = heap.top();
        if (it.time < last) out_of_order("binary heap");
        last = it.time;
        heap.pop();
        prefetch_record(rec[heap.top().id]);
        Record& r = rec[it.id];
        if (r.time != it.time) continue;  // superseded
        ++holds;
        heap.push({w.next_time(r), it.id});
    }
    const auto t1 = std::chrono::steady_clock::now();
    return {std::chrono::duration<double>(t1 - t0).count(), holds};
}

Run run_quaternary_heap(Workload& w, double end_time) {
    QuaternaryHeap heap(w.records.size());
    for (std::size_t i = 0; i < w.records.size(); ++i)
        heap.push({w.records[i].time, static_cast<std::uint32_t>(i)});
    Record* rec = w.records.data();
    std::uint64_t holds = 0;
    const auto t0 = std::chrono::steady_clock::now();
    double last = 0;
    while (heap.top().time < end_time) {
        const Item it = heap.top();
        if (it.time < last) out_of_order("4-ary heap");
        last = it.time;
        Record& r = rec[it.id];
        if (r.time != it.time) {  // superseded
            heap.pop();
            continue;
        }
        ++holds;
        prefetch_record(rec[heap.runner_up().id]);
        // A hold: the entity's next event replaces the top in one sift-down.
        heap.replace_top({w.next_time(r), it.id});
    }
    const auto t1 = std::chrono::steady_clock::now();
    return {std::chrono::duration<double>(t1 - t0).count(), holds};
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::vector<long> parse_sizes(const char* text) {
    std::vector<long> sizes;
    for (const char* p = text; *p;) {
        char* end = nullptr;
        sizes.push_back(std::strtol(p, &end, 10));
        p = *end == ',' ? end + 1 : end;
        if (end == p && *p) break;
    }
    return sizes;
}

}  // namespace

int main(int argc, char** argv) {
    Config cfg;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--sizes"))
            cfg.sizes = parse_sizes(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--mean"))
            cfg.mean_days = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--holds"))
            cfg.holds = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--reps"))
            cfg.reps = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr,
                         "usage: %s [--sizes N,N,...] [--mean DAYS] [--holds H] [--reps R]\n",
                         argv[0]);
            return 64;
        }
    }
    if (argc % 2 == 0 || cfg.sizes.empty() || cfg.reps < 1 || !(cfg.mean_days > 0) ||
        !(cfg.holds > 0)) {
        std::fprintf(stderr, "usage: %s [--sizes N,N,...] [--mean DAYS] [--holds H] [--reps R]\n",
                     argv[0]);
        return 64;
    }

    std::printf("hold model: increments Exp(mean %.0f days), 64-byte record per entity, %d reps\n",
                cfg.mean_days, cfg.reps);
    std::printf("%10s %8s %6s %12s  %-13s %12s %12s\n", "pending", "per day", "days", "holds",
                "event set", "median ns", "min ns");
    Workload w;
    for (const long n : cfg.sizes) {
        // A whole number of days holding about cfg.holds events.
        const int days = std::max(1, static_cast<int>(cfg.holds * cfg.mean_days / n + 0.5));
        struct Variant {
            const char* name;
            std::function<Run()> run;
        };
        const Variant variants[] = {
            {"day calendar", [&] { return run_calendar(w, days); }},
            {"binary heap", [&] { return run_binary_heap(w, days); }},
            {"4-ary heap", [&] { return run_quaternary_heap(w, days); }},
        };
        std::uint64_t reference_holds = 0;
        for (const Variant& v : variants) {
            std::vector<double> ns;
            for (int rep = 0; rep < cfg.reps; ++rep) {
                w.init(n, cfg.mean_days);
                const Run r = v.run();
                if (reference_holds == 0) reference_holds = r.holds;
                if (r.holds != reference_holds) {
                    std::fprintf(stderr, "%s handled %llu events, expected %llu\n", v.name,
                                 static_cast<unsigned long long>(r.holds),
                                 static_cast<unsigned long long>(reference_holds));
                    return 1;
                }
                ns.push_back(r.seconds * 1e9 / static_cast<double>(r.holds));
            }
            std::printf("%10ld %8.0f %6d %12llu  %-13s %12.1f %12.1f\n", n, n / cfg.mean_days, days,
                        static_cast<unsigned long long>(reference_holds), v.name, median(ns),
                        *std::min_element(ns.begin(), ns.end()));
            std::fflush(stdout);
        }
    }
    return 0;
}
