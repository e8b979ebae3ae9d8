#pragma once
// Runs replications 0..n-1 over a pool of worker threads. Each replication is computed by one
// worker from its index alone; results reach the calling thread in index order, whatever order
// they finish in, so anything reduced from them is independent of the thread count.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace wfsim::sim {

struct RunnerOutcome {
    std::size_t delivered = 0;
    bool stopped = false;  // the stop flag was raised before every replication finished
};

// work(worker, index) -> std::optional<Result>: nullopt when it gave up because stop was raised.
// deliver(index, Result&&) and progress(done, total) run on the calling thread. Replications
// still running when stop is raised are abandoned; those already finished are all delivered
// (in index order, so after a stop the delivered indices need not be contiguous).
template <class Result, class Work, class Deliver, class Progress>
RunnerOutcome run_replications(std::size_t n, unsigned threads, const std::atomic<bool>& stop,
                               Work&& work, Deliver&& deliver, Progress&& progress) {
    if (threads == 0) threads = 1;
    if (threads > n) threads = n == 0 ? 1 : static_cast<unsigned>(n);

    std::mutex mutex;
    std::condition_variable ready;
    std::map<std::size_t, Result> finished;
    std::exception_ptr failure;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> abandon{false};  // raised when delivery fails: workers stop taking work
    unsigned running = threads;

    auto worker = [&](unsigned id) {
        for (;;) {
            if (stop.load(std::memory_order_relaxed) || abandon.load()) break;
            const std::size_t index = next.fetch_add(1);
            if (index >= n) break;
            std::optional<Result> result;
            try {
                result = work(id, index);
            } catch (...) {
                abandon = true;  // the run has failed: the other workers take no new work
                std::lock_guard lock(mutex);
                if (!failure) failure = std::current_exception();
                break;
            }
            if (!result) break;
            std::lock_guard lock(mutex);
            finished.emplace(index, std::move(*result));
            ready.notify_one();
        }
        std::lock_guard lock(mutex);
        --running;
        ready.notify_one();
    };

    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker, t);

    RunnerOutcome outcome;
    std::size_t expected = 0;
    try {
        std::unique_lock lock(mutex);
        for (;;) {
            ready.wait(lock, [&] { return running == 0 || finished.count(expected) > 0; });
            while (!finished.empty() && finished.begin()->first == expected) {
                Result r = std::move(finished.begin()->second);
                finished.erase(finished.begin());
                lock.unlock();
                deliver(expected, std::move(r));
                ++outcome.delivered;
                progress(outcome.delivered, n);
                lock.lock();
                ++expected;
            }
            if (running == 0) break;
        }
    } catch (...) {
        abandon = true;
        for (auto& t : pool) t.join();
        throw;
    }
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    // After a stop, replications that finished out of order are delivered too.
    for (auto& [index, r] : finished) {
        deliver(index, std::move(r));
        ++outcome.delivered;
        progress(outcome.delivered, n);
    }
    outcome.stopped = outcome.delivered < n;
    return outcome;
}

}  // namespace wfsim::sim
