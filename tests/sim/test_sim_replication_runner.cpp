// run_replications: index-ordered delivery whatever the completion order, the stop flag, and
// exceptions from work and from delivery. Catch2 assertions are not thread-safe, so work (which
// runs on the worker threads) only records what it sees; the checks run on the calling thread.
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "sim/replication_runner.hpp"

using wfsim::sim::run_replications;
using namespace std::chrono_literals;

namespace {

// Counts work calls in flight, so a test can see that none is left running.
struct InFlight {
    std::atomic<int> now{0};
    std::atomic<int> started{0};
    struct Guard {
        InFlight& f;
        explicit Guard(InFlight& in) : f(in) {
            ++f.now;
            ++f.started;
        }
        ~Guard() { --f.now; }
    };
};

// Waits (bounded) until pred holds; returns whether it did.
template <class Pred>
bool wait_for(Pred pred, std::chrono::milliseconds limit = 5000ms) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!pred()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(200us);
    }
    return true;
}

struct TestFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace

TEST_CASE("runner: results are delivered in index order whatever order they finish in",
          "[sim][runner]") {
    for (unsigned threads : {1u, 2u, 7u}) {
        DYNAMIC_SECTION("threads: " << threads) {
            const std::size_t n = 23;
            const std::atomic<bool> stop{false};
            std::atomic<bool> one_done{false}, bad_worker{false}, waited_in_vain{false};
            std::mutex order_mutex;
            std::vector<std::size_t> completion;
            std::vector<std::size_t> delivered;
            std::vector<std::size_t> progress_done;
            const auto caller = std::this_thread::get_id();
            bool deliver_on_caller = true;
            const auto outcome = run_replications<std::unique_ptr<std::size_t>>(
                n, threads, stop,
                [&](unsigned worker, std::size_t index) {
                    if (worker >= threads) bad_worker = true;
                    // With more than one thread, replication 0 waits for replication 1, so the
                    // completion order is certainly not the index order; the others sleep
                    // 0-4 ms, later indices often shorter.
                    if (index == 0 && threads > 1 && !wait_for([&] { return one_done.load(); }))
                        waited_in_vain = true;
                    std::this_thread::sleep_for(std::chrono::milliseconds((n - index) % 5));
                    if (index == 1) one_done = true;
                    {
                        std::lock_guard lock(order_mutex);
                        completion.push_back(index);
                    }
                    // A move-only result, carrying a value derived from the index.
                    return std::optional(std::make_unique<std::size_t>(index * index + 1));
                },
                [&](std::size_t index, std::unique_ptr<std::size_t>&& r) {
                    deliver_on_caller &= std::this_thread::get_id() == caller;
                    REQUIRE(r);
                    CHECK(*r == index * index + 1);
                    delivered.push_back(index);
                },
                [&](std::size_t done, std::size_t total) {
                    CHECK(total == n);
                    progress_done.push_back(done);
                });
            CHECK(outcome.delivered == n);
            CHECK_FALSE(outcome.stopped);
            CHECK(deliver_on_caller);
            CHECK_FALSE(bad_worker);
            CHECK_FALSE(waited_in_vain);
            REQUIRE(delivered.size() == n);
            REQUIRE(progress_done.size() == n);
            for (std::size_t i = 0; i < n; ++i) {
                CHECK(delivered[i] == i);
                CHECK(progress_done[i] == i + 1);
            }
            REQUIRE(completion.size() == n);
            if (threads > 1) CHECK(completion.front() != 0);  // the reordering was exercised
        }
    }
}

TEST_CASE("runner: no replications, and more threads than replications", "[sim][runner]") {
    const std::atomic<bool> stop{false};
    int calls = 0;
    auto outcome = run_replications<int>(
        0, 4, stop, [&](unsigned, std::size_t) { return std::optional<int>(++calls); },
        [&](std::size_t, int&&) { FAIL("nothing to deliver"); }, [](std::size_t, std::size_t) {});
    CHECK(outcome.delivered == 0);
    CHECK_FALSE(outcome.stopped);
    CHECK(calls == 0);

    std::vector<std::size_t> delivered;
    std::atomic<unsigned> max_worker{0};
    outcome = run_replications<int>(
        3, 16, stop,
        [&](unsigned worker, std::size_t index) {
            unsigned seen = max_worker.load();
            while (worker > seen && !max_worker.compare_exchange_weak(seen, worker)) {
            }
            return std::optional<int>(static_cast<int>(index));
        },
        [&](std::size_t index, int&& r) {
            CHECK(r == static_cast<int>(index));
            delivered.push_back(index);
        },
        [](std::size_t, std::size_t) {});
    CHECK(outcome.delivered == 3);
    CHECK(delivered == std::vector<std::size_t>{0, 1, 2});
    CHECK(max_worker.load() < 3);  // no more workers than replications
}

TEST_CASE("runner: the stop flag stops new work and finished results are still delivered",
          "[sim][runner]") {
    // Two threads: one takes replication 0 and holds it until stop is raised, then gives up
    // (nullopt). The other runs 1, 2 and 3; replication 3 raises stop as it finishes. So 1-3
    // finish, 0 does not, and nothing after 3 may start.
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<std::size_t> started, delivered;
    InFlight in_flight;
    std::atomic<bool> waited_in_vain{false};
    const auto outcome = run_replications<std::size_t>(
        50, 2, stop,
        [&](unsigned, std::size_t index) -> std::optional<std::size_t> {
            InFlight::Guard guard(in_flight);
            {
                std::lock_guard lock(mutex);
                started.push_back(index);
            }
            if (index == 0) {
                if (!wait_for([&] { return stop.load(); })) waited_in_vain = true;
                return std::nullopt;
            }
            std::this_thread::sleep_for(1ms);
            if (index == 3) stop = true;
            return index * 10;
        },
        [&](std::size_t index, std::size_t&& r) {
            CHECK(r == index * 10);
            delivered.push_back(index);
        },
        [](std::size_t, std::size_t) {});
    CHECK_FALSE(waited_in_vain);
    CHECK(in_flight.now == 0);
    std::sort(started.begin(), started.end());
    CHECK(started == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(delivered == std::vector<std::size_t>{1, 2, 3});  // in index order, with a gap at 0
    CHECK(outcome.delivered == 3);
    CHECK(outcome.stopped);
}

TEST_CASE("runner: a stop raised before the start runs nothing", "[sim][runner]") {
    const std::atomic<bool> stop{true};
    int calls = 0;
    const auto outcome = run_replications<int>(
        10, 2, stop,
        [&](unsigned, std::size_t) {
            ++calls;
            return std::optional<int>(1);
        },
        [](std::size_t, int&&) {}, [](std::size_t, std::size_t) {});
    CHECK(calls == 0);
    CHECK(outcome.delivered == 0);
    CHECK(outcome.stopped);
}

TEST_CASE("runner: an exception from work is rethrown on the calling thread", "[sim][runner]") {
    for (unsigned threads : {1u, 3u}) {
        DYNAMIC_SECTION("threads: " << threads) {
            const std::atomic<bool> stop{false};
            InFlight in_flight;
            std::vector<std::size_t> delivered;
            const auto caller = std::this_thread::get_id();
            std::thread::id thrown_on;
            try {
                run_replications<int>(
                    20, threads, stop,
                    [&](unsigned, std::size_t index) {
                        InFlight::Guard guard(in_flight);
                        std::this_thread::sleep_for(std::chrono::milliseconds(index % 3));
                        if (index == 5) throw TestFailure("replication 5 failed");
                        return std::optional<int>(static_cast<int>(index));
                    },
                    [&](std::size_t index, int&&) { delivered.push_back(index); },
                    [](std::size_t, std::size_t) {});
                FAIL("no exception reached the caller");
            } catch (const TestFailure& e) {
                thrown_on = std::this_thread::get_id();
                CHECK(std::string(e.what()) == "replication 5 failed");
            }
            CHECK(thrown_on == caller);
            CHECK(in_flight.now == 0);  // every worker had finished when the exception arrived
            // Only replications before the failed one can have been delivered, in order.
            CHECK(delivered.size() <= 5);
            for (std::size_t i = 0; i < delivered.size(); ++i) CHECK(delivered[i] == i);
        }
    }
}

TEST_CASE("runner: after a failed replication the other workers take no new work",
          "[sim][runner]") {
    // Replication 0 fails at once; the run cannot succeed, so the second worker should not go
    // on through the remaining replications before the error is reported.
    const std::atomic<bool> stop{false};
    InFlight in_flight;
    const std::size_t n = 200;
    CHECK_THROWS_AS(run_replications<int>(
                        n, 2, stop,
                        [&](unsigned, std::size_t index) {
                            InFlight::Guard guard(in_flight);
                            if (index == 0) throw TestFailure("replication 0 failed");
                            std::this_thread::sleep_for(1ms);
                            return std::optional<int>(0);
                        },
                        [](std::size_t, int&&) {}, [](std::size_t, std::size_t) {}),
                    TestFailure);
    CHECK(in_flight.now == 0);
    CHECK(in_flight.started < 20);
}

TEST_CASE("runner: an exception from deliver stops the workers and propagates", "[sim][runner]") {
    const std::atomic<bool> stop{false};
    InFlight in_flight;
    const std::size_t n = 400;
    std::vector<std::size_t> delivered;
    CHECK_THROWS_AS(run_replications<int>(
                        n, 2, stop,
                        [&](unsigned, std::size_t index) {
                            InFlight::Guard guard(in_flight);
                            std::this_thread::sleep_for(1ms);
                            return std::optional<int>(static_cast<int>(index));
                        },
                        [&](std::size_t index, int&&) {
                            if (index == 4) throw TestFailure("cannot write replication 4");
                            delivered.push_back(index);
                        },
                        [](std::size_t, std::size_t) {}),
                    TestFailure);
    CHECK(in_flight.now == 0);
    CHECK(delivered == std::vector<std::size_t>{0, 1, 2, 3});
    // Without the stop the workers would have run all 400 (about 200 ms each); they stop soon
    // after the failure instead.
    CHECK(in_flight.started < 100);
}

TEST_CASE("runner: an exception from progress propagates like one from deliver", "[sim][runner]") {
    const std::atomic<bool> stop{false};
    InFlight in_flight;
    CHECK_THROWS_AS(run_replications<int>(
                        400, 2, stop,
                        [&](unsigned, std::size_t) {
                            InFlight::Guard guard(in_flight);
                            std::this_thread::sleep_for(1ms);
                            return std::optional<int>(0);
                        },
                        [](std::size_t, int&&) {},
                        [](std::size_t done, std::size_t) {
                            if (done == 2) throw TestFailure("progress display failed");
                        }),
                    TestFailure);
    CHECK(in_flight.now == 0);
    CHECK(in_flight.started < 100);
}
