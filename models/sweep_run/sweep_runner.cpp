#include "models/sweep_run/sweep_runner.hpp"

#include <limits>
#include <map>
#include <memory>
#include <mutex>

#include "sim/random_stream.hpp"

namespace wfsim::models {
namespace {

// A point in flight: prepared once by whichever worker reaches it first; the replications
// delivered so far gathered on the calling thread.
struct Slot {
    std::once_flag prepared;
    std::shared_ptr<const PreparedPoint> point;
    std::string error;
    std::vector<double> values;
    std::size_t delivered = 0;
};

}  // namespace

std::uint64_t point_seed(const SweepRunSettings& settings, std::size_t point) {
    if (settings.common_random_numbers) return settings.seed;
    return sim::hash_combine(sim::hash_combine(settings.seed, settings.design_key), point);
}

sim::RunnerOutcome run_sweep_points(
    PointEvaluator& evaluator, const std::vector<std::size_t>& points,
    const std::function<std::vector<ParameterOverride>(std::size_t point)>& overrides_of,
    const SweepRunSettings& settings, const std::atomic<bool>& stop,
    const std::function<void(PointResult&&)>& deliver,
    const std::function<void(const SweepProgress&)>& progress) {
    const std::size_t reps = settings.replications;
    const std::size_t outputs = evaluator.outputs();
    std::mutex mutex;
    std::map<std::size_t, std::shared_ptr<Slot>> slots;  // by position in `points`
    const auto slot_of = [&](std::size_t position) {
        std::lock_guard lock(mutex);
        auto& slot = slots[position];
        if (!slot) slot = std::make_shared<Slot>();
        return slot;
    };

    SweepProgress counts{0, points.size(), 0, points.size() * reps};
    using Values = std::vector<double>;
    return sim::run_replications<Values>(
        points.size() * reps, settings.threads, stop,
        [&](unsigned worker, std::size_t index) -> std::optional<Values> {
            const std::size_t position = index / reps, r = index % reps;
            const std::shared_ptr<Slot> slot = slot_of(position);
            std::call_once(slot->prepared, [&] {
                try {
                    slot->point = evaluator.prepare(overrides_of(points[position]));
                } catch (const PointError& e) {
                    slot->error = e.what();
                }
            });
            if (!slot->point) return Values(outputs, std::numeric_limits<double>::quiet_NaN());
            return evaluator.run(slot->point, worker, point_seed(settings, points[position]), r,
                                 stop);
        },
        [&](std::size_t index, Values&& values) {
            const std::size_t position = index / reps, r = index % reps;
            const std::shared_ptr<Slot> slot = slot_of(position);
            if (slot->values.empty()) slot->values.assign(reps * outputs, 0.0);
            std::copy(values.begin(), values.end(), slot->values.begin() + r * outputs);
            ++counts.replications_done;
            if (++slot->delivered == reps) {
                deliver({points[position], std::move(slot->values), slot->error});
                ++counts.points_done;
                std::lock_guard lock(mutex);
                slots.erase(position);
            }
        },
        [&](std::size_t, std::size_t) { progress(counts); });
}

}  // namespace wfsim::models
