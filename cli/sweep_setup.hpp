#pragma once
// What `wfsim sweep` prepares before it simulates: the sweep file read with its scenario, the
// baseline resolved once, the outputs and factor values checked against it, the designs planned
// (or read from a design file), and the descriptions the result files carry. Every problem is
// printed at its place; nullopt then (exit 65).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/sweep_file/factor_overrides.hpp"
#include "models/sweep_file/sweep_loader.hpp"
#include "models/sweep_run/sweep_results.hpp"
#include "output/sweep_writer.hpp"

namespace wfsim::cli {

struct SweepRequest {
    std::string sweep_path;
    std::optional<std::size_t> replications;  // -n, else the file's
    std::optional<std::uint64_t> seed;        // --seed, else the file's
    std::string design_file;                  // --design-file, else the file's designs
    std::string design;                       // --design: only this one of the file's
};

struct PreparedSweep {
    models::LoadedSweep sweep;
    std::shared_ptr<const models::ResolvedScenario> baseline;
    std::unique_ptr<models::FactorOverrides> overrides;
    std::vector<models::DesignRun> designs;
    std::vector<output::SweepFactorInfo> factors;
    std::vector<output::SweepOutputInfo> outputs;
    std::size_t replications = 0;
    std::uint64_t seed = 0;
    std::string design_file_sha256;
};

std::optional<PreparedSweep> prepare_sweep(const SweepRequest& request);

// What decides the sweep's results, for its journal's header: a resumed sweep must match it.
std::vector<std::pair<std::string, std::string>> journal_header(const PreparedSweep& sweep,
                                                                const std::string& version);

}  // namespace wfsim::cli
