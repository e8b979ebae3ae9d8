#pragma once
// One design of a sweep file: `/designs/<design>`, with its own coordinates (point, factor,
// output and, when replications are kept, replication), the design matrix, each point's outputs
// and their Monte Carlo standard errors, and `measures/`, the design's sensitivity measures per
// output and factor with their intervals (docs/output.md, "Sweep files").
#include <string>
#include <vector>

#include "models/sweep_run/sweep_results.hpp"
#include "output/hdf5_handle.hpp"
#include "output/sweep_writer.hpp"

namespace wfsim::output {

void write_design_group(hid_t designs, const models::DesignRun& design,
                        const std::vector<SweepFactorInfo>& factors,
                        const std::vector<SweepOutputInfo>& outputs, std::size_t replications,
                        bool keep_replications, const std::string& file_name);

}  // namespace wfsim::output
