#pragma once
// Design points of the workforce model: a point's resolved scenario is built from its overrides
// by a PointScenarioBuilder (sweep_point_builders.hpp), and each worker runs replications of it on
// a WorkforceModel kept while the worker stays on that point.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/sweep_run/output_extractor.hpp"
#include "models/sweep_run/point_evaluator.hpp"
#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {

// Whether two runs record the same metrics of the same units over the same months, so that
// their values can be compared or pooled.
bool same_metrics(const ResultLayout& a, const ResultLayout& b);

// Throws PointError when the overrides cannot give a scenario that runs.
using PointScenarioBuilder =
    std::function<ResolvedScenario(const std::vector<ParameterOverride>& overrides)>;

class WorkforceEvaluator final : public PointEvaluator {
  public:
    // `baseline` fixes the result layout every point must keep (a point that would report other
    // metrics, by switching a route on, is a PointError).
    WorkforceEvaluator(PointScenarioBuilder builder, const std::vector<SweepOutputSpec>& outputs,
                       const ResolvedScenario& baseline, unsigned workers);

    std::size_t outputs() const override { return extractor_.size(); }
    EvaluatorTimings timings() const override;
    const OutputExtractor& extractor() const { return extractor_; }
    std::shared_ptr<const PreparedPoint> prepare(
        const std::vector<ParameterOverride>& overrides) const override;
    std::optional<std::vector<double>> run(const std::shared_ptr<const PreparedPoint>& point,
                                           unsigned worker, std::uint64_t seed,
                                           std::uint64_t replication,
                                           const std::atomic<bool>& stop) override;

  private:
    struct Worker {
        std::shared_ptr<const PreparedPoint> point;
        std::unique_ptr<WorkforceModel> model;
    };
    PointScenarioBuilder builder_;
    ResultLayout layout_;
    sim::TimeAxis axis_;
    OutputExtractor extractor_;
    std::vector<Worker> workers_;
    // Nanoseconds, summed over threads.
    mutable std::atomic<std::int64_t> setup_ns_{0}, simulation_ns_{0};
    mutable std::atomic<std::size_t> prepared_{0};
};

}  // namespace wfsim::models
