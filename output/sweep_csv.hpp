#pragma once
// A sweep's results as CSV beside its HDF5 file, for spreadsheets and for other tools:
//   <stem>.points.csv    one row per design point (an external design's rows in the order of
//                        the design file): design, point, block, row, each factor's value,
//                        status and error, each output and its Monte Carlo standard error
//   <stem>.measures.csv  one row per design, output, factor and measure (tidy): value, the
//                        ends of its interval, and the factor's rank by influence
//   <stem>.problem.txt   the factors as a SALib problem file (models/sweep_file/design_file.hpp)
// Each is written under a temporary name and renamed into place (report/csv_writer.hpp).
#include <string>
#include <vector>

#include "output/sweep_writer.hpp"

namespace wfsim::output {

struct SweepCsvPaths {
    std::string points, measures, problem;
};
// The paths beside `hdf5_path` ("out/x.h5" -> "out/x.points.csv", ...).
SweepCsvPaths sweep_csv_paths(const std::string& hdf5_path);

// OutputError when a file cannot be written.
void write_sweep_csv(const SweepCsvPaths& paths, const std::vector<SweepFactorInfo>& factors,
                     const std::vector<SweepOutputInfo>& outputs,
                     const std::vector<models::DesignRun>& designs,
                     const std::string& problem_text);

}  // namespace wfsim::output
