#include "cli/sweep_session.hpp"

#include "cli/progress_meter.hpp"
#include "output/output_error.hpp"

namespace wfsim::cli {

void restore_from_journal(const std::vector<output::JournalPoint>& points,
                          std::vector<models::DesignRun>& designs, std::size_t replications,
                          std::size_t outputs, const std::string& journal_path) {
    for (const output::JournalPoint& p : points) {
        if (p.design >= designs.size() || p.point >= designs[p.design].points() ||
            p.replications != replications || p.outputs != outputs ||
            p.values.size() != replications * outputs)
            throw output::OutputError(journal_path +
                                      ": holds a point this sweep does not have; start again "
                                      "without --resume");
        designs[p.design].values[p.point] = p.values;
        designs[p.design].errors[p.point] = p.error;
    }
}

bool run_sweep_designs(models::PointEvaluator& evaluator, const models::FactorOverrides& overrides,
                       std::vector<models::DesignRun>& designs, models::SweepRunSettings settings,
                       output::SweepJournal& journal, const std::atomic<bool>& stop,
                       bool show_progress) {
    std::size_t points_total = 0, points_done = 0;
    for (const auto& d : designs) {
        points_total += d.points();
        points_done += d.points_done();
    }
    const std::size_t reps = settings.replications;
    const std::size_t reps_total = (points_total - points_done) * reps;
    std::size_t reps_done = 0;
    ProgressMeter progress(show_progress);
    bool complete = true;
    for (std::size_t d = 0; d < designs.size() && complete; ++d) {
        models::DesignRun& design = designs[d];
        const std::vector<std::size_t> todo = design.points_to_run();
        if (todo.empty()) continue;
        settings.design_key = design.plan.key();
        const std::size_t k = design.plan.design.factors;
        std::size_t reps_before = reps_done;
        const auto outcome = models::run_sweep_points(
            evaluator, todo,
            [&](std::size_t p) {
                return overrides.overrides(
                    std::span<const double>(design.plan.values.data() + p * k, k));
            },
            settings, stop,
            [&](models::PointResult&& r) {
                journal.append(
                    {static_cast<std::uint32_t>(d), r.point, static_cast<std::uint32_t>(reps),
                     static_cast<std::uint32_t>(evaluator.outputs()), r.values, r.error});
                design.values[r.point] = std::move(r.values);
                design.errors[r.point] = std::move(r.error);
                ++points_done;
            },
            [&](const models::SweepProgress& p) {
                reps_done = reps_before + p.replications_done;
                progress.update(reps_done, reps_total,
                                std::to_string(points_done) + "/" + std::to_string(points_total) +
                                    " points (" + design.plan.name() + ")");
            });
        complete = !outcome.stopped;
        reps_before = reps_done;
    }
    progress.finish();
    return complete;
}

}  // namespace wfsim::cli
