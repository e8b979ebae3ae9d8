#pragma once
// Writes a finished sweep to one HDF5 file (layout in docs/output.md, "Sweep files"): the
// factors and outputs as tables, then a group per design with its design matrix, each point's
// outputs (and, on request, each replication's), and the design's sensitivity measures with
// their intervals. Every data group holds its own coordinates (point, factor, output,
// replication) as dimension scales, as the run's result file does, so that xarray opens any one
// of them with its coordinates. Written to a temporary file and renamed into place, as results
// are (temporary_file.hpp).
#include <cstdint>
#include <string>
#include <vector>

#include "models/scenario/factor_spec.hpp"
#include "models/sweep_run/sweep_results.hpp"
#include "output/hdf5_handle.hpp"

namespace wfsim::output {

// Root attribute `file_kind` of a sweep file ("result" files of `wfsim run` have none).
inline constexpr const char* kSweepFileKind = "sweep";

struct SweepMetadata {
    std::string wfsim_version, source_version;
    std::string sweep_name, sweep_description, sweep_path, sweep_yaml;
    std::string scenario_name, scenario_path, scenario_yaml;
    std::string design_file_path, design_file_sha256;  // empty without --design-file
    std::string command_line;
    std::uint64_t seed = 0;
    std::size_t replications = 0;
    bool common_random_numbers = true;
    std::string calibration;  // "baseline" or "each_point"
    int bootstrap_resamples = 0;
    double bootstrap_confidence = 0.95;
    unsigned threads = 1;
    double elapsed_seconds = 0.0;
    double setup_seconds = 0.0, simulation_seconds = 0.0;  // summed over threads
};

struct SweepFactorInfo {
    std::string name, path, change, distribution, description;
    double lower = 0.0, upper = 0.0;  // the range grid designs span
};

// Each factor as the files describe it.
std::vector<SweepFactorInfo> factor_infos(const std::vector<models::FactorSpec>& factors);
// The columns of a table of factors in `group`: its row coordinate `factor` (returned), `path`,
// `change`, `distribution` and `description` (as `source` gives it). `where` names the group.
hdf5::Dataset write_factor_columns(hid_t group, const std::vector<SweepFactorInfo>& factors,
                                   const std::string& source, const std::string& where);

struct SweepOutputInfo {
    std::string name, text, description, units;
};

// Writes `final_path` (replacing it). OutputError when it cannot.
void write_sweep_file(const std::string& final_path, const SweepMetadata& metadata,
                      const std::vector<SweepFactorInfo>& factors,
                      const std::vector<SweepOutputInfo>& outputs,
                      const std::vector<models::DesignRun>& designs, bool keep_replications);

}  // namespace wfsim::output
