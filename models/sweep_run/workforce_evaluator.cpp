#include "models/sweep_run/workforce_evaluator.hpp"

#include <chrono>

#include "models/metrics/metrics_recorder.hpp"

namespace wfsim::models {
namespace {

struct ResolvedPoint final : PreparedPoint {
    explicit ResolvedPoint(ResolvedScenario r) : resolved(std::move(r)) {}
    ResolvedScenario resolved;
};

std::int64_t nanoseconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() -
                                                                start)
        .count();
}

}  // namespace

bool same_metrics(const ResultLayout& a, const ResultLayout& b) {
    if (a.metrics.size() != b.metrics.size() || a.units.names != b.units.names ||
        a.months != b.months)
        return false;
    for (std::size_t i = 0; i < a.metrics.size(); ++i)
        if (a.metrics[i].name != b.metrics[i].name) return false;
    return true;
}

WorkforceEvaluator::WorkforceEvaluator(PointScenarioBuilder builder,
                                       const std::vector<SweepOutputSpec>& outputs,
                                       const ResolvedScenario& baseline, unsigned workers)
    : builder_(std::move(builder)),
      layout_(make_result_layout(baseline)),
      axis_(baseline.axis),
      extractor_(outputs, baseline.scenario, layout_, axis_),
      workers_(workers) {}

std::shared_ptr<const PreparedPoint> WorkforceEvaluator::prepare(
    const std::vector<ParameterOverride>& overrides) const {
    const auto start = std::chrono::steady_clock::now();
    struct Count {  // counted however prepare() ends
        std::atomic<std::int64_t>& ns;
        std::chrono::steady_clock::time_point start;
        ~Count() { ns += nanoseconds_since(start); }
    } count{setup_ns_, start};
    ++prepared_;
    auto point = std::make_shared<ResolvedPoint>(builder_(overrides));
    if (!same_metrics(make_result_layout(point->resolved), layout_))
        throw PointError(
            "at this point the scenario reports other metrics than the baseline (a route "
            "switched on or off), so its outputs cannot be compared");
    return point;
}

std::optional<std::vector<double>> WorkforceEvaluator::run(
    const std::shared_ptr<const PreparedPoint>& point, unsigned worker, std::uint64_t seed,
    std::uint64_t replication, const std::atomic<bool>& stop) {
    Worker& w = workers_.at(worker);
    if (w.point != point) {
        const auto start = std::chrono::steady_clock::now();
        w.model.reset();  // it refers to the previous point's scenario
        w.point = point;
        w.model =
            std::make_unique<WorkforceModel>(static_cast<const ResolvedPoint&>(*point).resolved);
        setup_ns_ += nanoseconds_since(start);
    }
    const auto start = std::chrono::steady_clock::now();
    const auto result = w.model->run(seed, replication, &stop);
    if (!result) return std::nullopt;
    std::vector<double> values = extractor_.values(*result);
    simulation_ns_ += nanoseconds_since(start);
    return values;
}

EvaluatorTimings WorkforceEvaluator::timings() const {
    return {static_cast<double>(setup_ns_.load()) * 1e-9,
            static_cast<double>(simulation_ns_.load()) * 1e-9, prepared_.load()};
}

}  // namespace wfsim::models
