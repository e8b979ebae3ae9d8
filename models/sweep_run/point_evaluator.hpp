#pragma once
// What a sweep needs from the model: a design point's overrides in, each replication's output
// values out. The sweep runner (sweep_runner.hpp) knows nothing else of the workforce, so the
// same runner serves every way of building a point (workforce_evaluator.hpp) and the tests.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "models/scenario/schema/parameter_override.hpp"

namespace wfsim::models {

// Whatever an evaluator builds once for a point and shares between its replications.
struct PreparedPoint {
    virtual ~PreparedPoint() = default;
};

// A point that cannot run: its values make the scenario invalid or impossible to calibrate.
// The sweep records the message and gives the point undefined (NaN) outputs.
struct PointError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Where a sweep's time goes, summed over the worker threads: building each point (resolving
// its scenario, and making a worker's model of it) and simulating replications.
struct EvaluatorTimings {
    double setup_seconds = 0.0, simulation_seconds = 0.0;
    std::size_t points_prepared = 0;
};

class PointEvaluator {
  public:
    virtual ~PointEvaluator() = default;
    virtual std::size_t outputs() const = 0;
    virtual EvaluatorTimings timings() const { return {}; }
    // Called once per point, from any worker thread (several points may be prepared at once).
    // Throws PointError.
    virtual std::shared_ptr<const PreparedPoint> prepare(
        const std::vector<ParameterOverride>& overrides) const = 0;
    // The output values of one replication, on worker `worker` (each worker calls from its own
    // thread); nullopt when `stop` was raised first.
    virtual std::optional<std::vector<double>> run(
        const std::shared_ptr<const PreparedPoint>& point, unsigned worker, std::uint64_t seed,
        std::uint64_t replication, const std::atomic<bool>& stop) = 0;
};

}  // namespace wfsim::models
