#pragma once
// Runs a sweep's designs one after another over every design point not yet run, appending each
// finished point to the journal as it finishes (so an interrupted sweep keeps it), and showing
// progress across the whole sweep with the time left.
#include <atomic>

#include "models/sweep_file/factor_overrides.hpp"
#include "models/sweep_run/sweep_results.hpp"
#include "models/sweep_run/sweep_runner.hpp"
#include "output/sweep_journal.hpp"

namespace wfsim::cli {

// Puts the journal's points into `designs` (the design, point and sizes must fit: OutputError
// otherwise, naming the journal).
void restore_from_journal(const std::vector<output::JournalPoint>& points,
                          std::vector<models::DesignRun>& designs, std::size_t replications,
                          std::size_t outputs, const std::string& journal_path);

// Runs every point of `designs` without values. `settings.design_key` is set per design. False
// when `stop` cut it short (every point finished by then is in `designs` and the journal).
bool run_sweep_designs(models::PointEvaluator& evaluator, const models::FactorOverrides& overrides,
                       std::vector<models::DesignRun>& designs, models::SweepRunSettings settings,
                       output::SweepJournal& journal, const std::atomic<bool>& stop,
                       bool show_progress);

}  // namespace wfsim::cli
