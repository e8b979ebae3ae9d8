#pragma once
// Summaries of one per-replication dataset: for every (period, unit) the mean, Monte Carlo
// standard error, 5/10/50/90/95th percentiles and count of defined values across replications,
// written as <summary group>/<metric>/<statistic> [period, unit].
#include <string>

#include "output/axes.hpp"
#include "output/chunked_datasets.hpp"
#include "output/file_layout.hpp"
#include "output/metric_description.hpp"

namespace wfsim::output {

// The metric's group also holds its coordinates (period or fy, unit, unit_kind, unit_sector).
// Reads `values` back a block of periods at a time (so memory stays bounded however many
// replications there are) and takes statistics in replication order.
void write_metric_summary(const ReplicationDataset& values, hid_t summary_group,
                          const MetricDescription& metric, Period period, const AxisValues& axes,
                          const std::string& group_path, const std::string& file_name);

}  // namespace wfsim::output
