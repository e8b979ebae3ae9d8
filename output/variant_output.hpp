#pragma once
// Everything stored for one variant: /variants/<v>/{replication, monthly, fy, monthly_summary,
// fy_summary}. Rows are appended as replications arrive; summaries are written at the end. Each
// group of data datasets carries its own coordinates (output/axes.hpp says why).
#include <cstdint>
#include <string>
#include <vector>

#include "output/axes.hpp"
#include "output/chunked_datasets.hpp"
#include "output/metric_description.hpp"

namespace wfsim::output {

struct VariantShape {
    hsize_t months = 0;
    hsize_t financial_years = 0;
    hsize_t units = 0;
    hsize_t expected_replications = 0;
};

class VariantOutput {
  public:
    VariantOutput(hid_t variants_group, const std::string& name,
                  const std::vector<MetricDescription>& metrics, const VariantShape& shape,
                  const AxisScales& scales, const std::string& file_name);

    // One replication: monthly[i] and fy[i] point at metric i's [period][unit] values, in the
    // order of the descriptions given to the constructor.
    void append(std::int64_t replication, const std::vector<const double*>& monthly,
                const std::vector<const double*>& fy);

    // Writes the replication scale and the summaries (their statistics on `threads` threads),
    // then closes every object of the variant.
    void finish(unsigned threads = 1);

    const std::string& name() const { return name_; }
    const std::vector<std::int64_t>& replications() const { return replications_; }

    // What is written beside the variant's own datasets (its differences from the baseline, its
    // cost-effectiveness) reads these while the variant is open, before finish().
    hid_t group() const { return group_.get(); }
    const std::vector<MetricDescription>& metrics() const { return metrics_; }
    const ReplicationDataset& values(Period period, std::size_t metric) const {
        return period == Period::Monthly ? monthly_values_[metric] : fy_values_[metric];
    }
    const AxisValues& axis_values() const { return axis_values_; }
    const std::string& file_name() const { return file_name_; }

  private:
    std::string name_;
    std::string file_name_;
    std::vector<MetricDescription> metrics_;
    std::vector<std::int64_t> replications_;
    AxisValues axis_values_;
    hdf5::Group group_, monthly_, fy_;
    GroupCoordinates monthly_coordinates_, fy_coordinates_;
    std::vector<ReplicationDataset> monthly_values_, fy_values_;
};

}  // namespace wfsim::output
