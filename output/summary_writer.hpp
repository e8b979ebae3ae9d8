#pragma once
// Summaries of per-replication datasets: for every (period, unit) the mean, Monte Carlo
// standard error, 5/10/50/90/95th percentiles and count of defined values across replications,
// written as <summary group>/<metric>/<statistic> [period, unit].
//
// HDF5 is used from one thread only (the library is built without thread safety), so the
// datasets are read back and the tables written on the calling thread, while the statistics of
// the block read before run on other threads: reading (inflating) one dataset overlaps with
// summarising the one before, and the end of a run uses every core it was given. Each column's
// statistics are computed as on one thread, in replication order, so the tables do not depend on
// the thread count.
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "output/axes.hpp"
#include "output/chunked_datasets.hpp"
#include "output/file_layout.hpp"
#include "output/metric_description.hpp"

namespace wfsim::output {

class SummaryPipeline {
  public:
    // `threads`: how many threads summarise (at least 1; the calling thread reads and writes).
    explicit SummaryPipeline(unsigned threads);
    ~SummaryPipeline();  // waits for what is running; writes nothing more
    SummaryPipeline(const SummaryPipeline&) = delete;
    SummaryPipeline& operator=(const SummaryPipeline&) = delete;

    // Reads `values` back now, a block of periods at a time (memory stays bounded however many
    // replications there are), and writes its summary group under `summary_group` (which must
    // stay open until finish()) once its statistics are done: during a later add() or finish().
    // The metric's group also holds its coordinates (period or fy, unit, unit_kind, unit_sector).
    void add(const ReplicationDataset& values, hid_t summary_group, const MetricDescription& metric,
             Period period, const AxisValues& axes, const std::string& group_path,
             const std::string& file_name);
    // Waits for the statistics still running and writes what is pending.
    void finish();

    struct Pending;  // a dataset whose statistics are under way (summary_writer.cpp)

  private:
    void write_completed(std::size_t keep);
    unsigned threads_;
    std::vector<std::unique_ptr<Pending>> queue_;  // read, not yet written: at most two
    std::future<void> running_;  // the statistics of the last block read (of queue_.back())
};

}  // namespace wfsim::output
