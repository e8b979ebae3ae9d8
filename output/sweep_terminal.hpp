#pragma once
// A sweep on the terminal: for each design and output, the factors ranked by the design's
// measure of influence, each with its interval, beside the design's other measures (Sobol: S1
// beside ST; Morris: mu and sigma beside mu*; one at a time: the output at each end beside the
// swing). Points that could not run are counted under the table.
#include <ostream>
#include <vector>

#include "output/sweep_writer.hpp"

namespace wfsim::output {

void print_sweep_ranking(std::ostream& out, const std::vector<SweepFactorInfo>& factors,
                         const std::vector<SweepOutputInfo>& outputs,
                         const std::vector<models::DesignRun>& designs, double confidence);

// A number to `digits` significant figures, in plain or scientific notation ("0.0123",
// "1.23e+06"); NaN as "n/a".
std::string significant(double value, int digits = 3);

}  // namespace wfsim::output
