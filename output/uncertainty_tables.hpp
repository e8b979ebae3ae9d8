#pragma once
// The two-level uncertainty of a run in its result file (docs/output.md, "Two-level
// uncertainty"): `/uncertainty` with the factors, the parameter sets drawn, and under
// `decomposition/<metric>` the split of each key metric's variance across replications into
// parameter uncertainty and individual chance, per financial year and unit, with the group's own
// coordinates.
#include <string>
#include <vector>

#include "models/sweep_run/parameter_uncertainty.hpp"
#include "output/axes.hpp"
#include "output/sweep_writer.hpp"

namespace wfsim::output {

struct UncertaintyResults {
    std::vector<SweepFactorInfo> factors;
    std::size_t parameter_sets = 0;
    std::vector<double> values;  // [set][factor]
    std::size_t inner = 0;       // replications of each set the decomposition used
    std::vector<models::UncertaintyRecorder::Table> decomposition;
    double confidence = 0.95;
};

void write_uncertainty_tables(hid_t file, const UncertaintyResults& results, const AxisValues& axes,
                              const std::string& file_name);

}  // namespace wfsim::output
