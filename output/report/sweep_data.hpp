#pragma once
// A sweep file (written by `wfsim sweep`, laid out in docs/output.md, "Sweep files") read for
// its report: the provenance attributes, the factors and outputs, and for each design its points'
// status and its sensitivity measures, each [output, factor] with its interval.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "models/sweeps/sensitivity.hpp"
#include "output/result_reader.hpp"

namespace wfsim::output::report {

struct SweepFactorRow {
    std::string name, path, change, distribution, description;
    double lower = 0.0, upper = 0.0;
};

struct SweepOutputRow {
    std::string name, definition, description, units;
};

struct SweepDesignData {
    std::string name;               // oat, factorial, lhs, morris, sobol, external
    std::string influence_measure;  // "ST", "mu*", "|swing|", ...
    std::size_t points = 0, failed = 0, not_run = 0;
    std::string first_error;  // why the first failed point could not run
    // Every [output, factor] measure of /designs/<d>/measures by name, values in C order; the
    // interval ends are the measures named <name>_low and <name>_high.
    std::map<std::string, std::vector<double>> measures;
    // The [output] measures (one at a time's `baseline`, Sobol's `variance`, `r_squared`).
    std::map<std::string, std::vector<double>> per_output;
    std::vector<std::int64_t> rank;  // [output, factor]
    std::size_t factors = 0;

    bool has(const std::string& measure) const { return measures.count(measure) != 0; }
    // The measure with its interval (NaN ends when it has none).
    sweeps::Estimate estimate(const std::string& measure, std::size_t output,
                              std::size_t factor) const;
    // The factors in order of rank for the output, the most influential first.
    std::vector<std::size_t> by_rank(std::size_t output) const;
};

struct SweepData {
    std::string sweep_name, sweep_description, sweep_path, sweep_sha256;
    std::string scenario_name, scenario_path, scenario_sha256;
    std::string design_file_path, calibration, wfsim_version, source_version, created;
    std::uint64_t seed = 0;
    std::int64_t replications = 0, points = 0, bootstrap_resamples = 0;
    double bootstrap_confidence = 0.95;
    bool common_random_numbers = true, complete = false;
    std::vector<SweepFactorRow> factors;
    std::vector<SweepOutputRow> outputs;
    std::vector<SweepDesignData> designs;  // in the order they ran
};

// Whether the file is a sweep file (root attribute file_kind = "sweep").
bool is_sweep_file(const ResultReader& reader);

// OutputError when a documented path is missing.
SweepData read_sweep_data(const ResultReader& reader);

}  // namespace wfsim::output::report
