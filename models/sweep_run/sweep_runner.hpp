#pragma once
// Runs design points over a pool of worker threads, parallel over points and replications: the
// work is every (point, replication) pair, handed out point by point, so the workers share the
// point in hand and each point is prepared once (by the first worker to reach it). A point is
// delivered, on the calling thread, once all its replications are in; its replication r always
// has the same random numbers (seed and r; with common random numbers off, a seed of its own
// from the point's key), so what it delivers does not depend on threads, order or interruption.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "models/sweep_run/point_evaluator.hpp"
#include "sim/replication_runner.hpp"

namespace wfsim::models {

struct PointResult {
    std::size_t point = 0;       // the point's index in its design
    std::vector<double> values;  // [replication][output]
    std::string error;           // why it could not run ("" when it ran)
};

struct SweepRunSettings {
    std::size_t replications = 100;
    std::uint64_t seed = 1;
    bool common_random_numbers = true;
    std::uint64_t design_key = 0;  // separates the designs' independent seeds
    unsigned threads = 1;
};

// The seed of a point's replications: the sweep's seed with common random numbers, else one
// derived from (seed, design_key, point).
std::uint64_t point_seed(const SweepRunSettings& settings, std::size_t point);

struct SweepProgress {
    std::size_t points_done = 0, points_total = 0;
    std::size_t replications_done = 0, replications_total = 0;
};

// Runs `points` (indices into the design). overrides_of(point) gives a point's overrides;
// deliver(PointResult&&) is called for each completed point, in the order of `points` unless
// `stop` cut the run short; progress after every replication delivered. A point whose
// preparation throws PointError is delivered at once with NaN values and its message.
sim::RunnerOutcome run_sweep_points(
    PointEvaluator& evaluator, const std::vector<std::size_t>& points,
    const std::function<std::vector<ParameterOverride>(std::size_t point)>& overrides_of,
    const SweepRunSettings& settings, const std::atomic<bool>& stop,
    const std::function<void(PointResult&&)>& deliver,
    const std::function<void(const SweepProgress&)>& progress);

}  // namespace wfsim::models
