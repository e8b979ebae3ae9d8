#pragma once
// Writes one run to one HDF5 file (layout in docs/output.md). Everything goes to a temporary file
// beside the destination; only finish() renames it into place, so an existing file is never
// half-overwritten and a failed or abandoned run leaves nothing behind. HDF5 failures throw
// OutputError naming the file and the operation. A writer is not synchronised: use it from one
// thread at a time.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "models/outcomes/outcome_recorder.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "output/axes.hpp"
#include "output/output_error.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::output {

struct RunMetadata {
    std::string wfsim_version;
    std::string source_version;  // `git describe --always --dirty` at build time, or "unknown"
    std::string scenario_name;
    std::string scenario_path;
    std::string scenario_yaml;           // the text as given; its SHA-256 is stored beside it
    std::string scenario_resolved_yaml;  // every default filled in, overrides applied
    std::vector<std::string> overrides;  // each `--set PATH=VALUE` as given, in order
    // The staff records file the starting workforce was read from, and its bytes' SHA-256;
    // empty when the scenario has none.
    std::string staff_records_path;
    std::string staff_records_sha256;
    std::string command_line;
    std::uint64_t seed = 0;
    std::size_t replications_requested = 0;
    unsigned threads = 1;
};

class ResultWriter {
  public:
    // Creates the temporary file (temporary_file.hpp) and writes the metadata and axes. The layout
    // must hold the metrics derived_metrics.cpp derives from (std::logic_error otherwise); variant
    // names must be distinct HDF5 link names (std::invalid_argument otherwise).
    ResultWriter(std::string final_path, const RunMetadata& metadata,
                 const models::ResultLayout& layout, const sim::TimeAxis& axis,
                 std::vector<std::string> variants = {"baseline"});
    ResultWriter(ResultWriter&&) noexcept;
    ResultWriter& operator=(ResultWriter&&) = delete;
    ResultWriter(const ResultWriter&) = delete;
    ResultWriter& operator=(const ResultWriter&) = delete;
    // If finish() did not succeed: closes and removes the temporary file. Never throws.
    ~ResultWriter();

    // Appends replication `replication` of variant `variant` (an index into the variants given
    // to the constructor). Per variant, replication indices must increase; after an interrupt
    // they may skip. Rows are written as they arrive: nothing accumulates in memory.
    void append(std::size_t variant, std::size_t replication, const models::ReplicationResult&);

    // The targets and risks of the run (output/outcome_tables.hpp), written by finish(); their
    // variants and replications must be those appended.
    void set_outcomes(models::outcomes::OutcomeResults outcomes);

    // More tables for finish() to write, after the targets and risks: `write(file, axes,
    // file_name)` adds its groups to the open file (the two-level uncertainty's, say).
    using TableWriter =
        std::function<void(hid_t file, const AxisValues& axes, const std::string& file_name)>;
    void add_tables(TableWriter write);

    // Writes the replication axes, the summaries, the targets and risks and the closing root
    // attributes, closes the file and renames it to the final path. `complete` is stored only if
    // every variant holds every requested replication. An incomplete file never replaces a better
    // result: it goes beside it (result_placement.hpp), and final_path() then says where.
    void finish(bool complete, double elapsed_seconds);

    const std::string& final_path() const;
    const std::string& temporary_path() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace wfsim::output
