#pragma once
// `wfsim run` of a scenario with `uncertainty`: its parameter sets resolved before the run,
// replication r run in set r mod M, each replication's key metrics recorded, and the split of
// their variance (parameter uncertainty, individual chance) made at the end for the result file
// and the terminal (docs/model.md, "Two-level uncertainty").
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/sweep_run/parameter_sets.hpp"
#include "models/sweep_run/parameter_uncertainty.hpp"
#include "output/result_writer.hpp"
#include "output/uncertainty_tables.hpp"

namespace wfsim::cli {

class UncertainRun {
  public:
    // nullopt after printing why a set cannot be made (exit 65). `layout` must outlive this.
    static std::optional<UncertainRun> prepare(const models::ResolvedScenario& resolved,
                                               const std::vector<models::ParameterOverride>& ov,
                                               std::size_t sets, std::uint64_t seed,
                                               unsigned threads,
                                               const models::ResultLayout& layout);

    // The scenario replication `replication` runs.
    const models::ResolvedScenario& scenario_of(std::size_t replication) const {
        return *sets_.scenarios[replication % sets_.scenarios.size()];
    }
    // Replications in index order (ResultWriter::append's order).
    void record(std::size_t replication, const models::ReplicationResult& result) {
        recorder_.record(replication, result);
    }
    // Splits the variance of what was recorded and has `writer` write it with the results.
    void finish(output::ResultWriter& writer);
    const output::UncertaintyResults& results() const { return results_; }

  private:
    UncertainRun(models::ParameterSets sets, models::UncertaintyRecorder recorder,
                 output::UncertaintyResults results, std::uint64_t seed)
        : sets_(std::move(sets)),
          recorder_(std::move(recorder)),
          results_(std::move(results)),
          seed_(seed) {}
    models::ParameterSets sets_;
    models::UncertaintyRecorder recorder_;
    output::UncertaintyResults results_;
    std::uint64_t seed_;
};

}  // namespace wfsim::cli
