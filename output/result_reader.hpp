#pragma once
// Reads a result file by the paths documented in docs/output.md: root attributes, axes, and the
// per-replication values or summaries of a metric of a variant. Any missing path, or any file
// that is not a wfsim result file, throws OutputError.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "output/file_layout.hpp"
#include "output/output_error.hpp"

namespace wfsim::output {

// A dataset's values in C (row-major) order.
struct NumericArray {
    std::vector<std::size_t> shape;
    std::vector<double> values;

    double at(std::size_t i, std::size_t j) const { return values[i * shape.at(1) + j]; }
    double at(std::size_t i, std::size_t j, std::size_t k) const {
        return values[(i * shape.at(1) + j) * shape.at(2) + k];
    }
};

// The root attributes.
struct FileMetadata {
    int format_version = 0;
    std::string wfsim_version, scenario_name, scenario_path, scenario_yaml, scenario_resolved_yaml,
        command_line, created, axis_order;
    std::uint64_t seed = 0;
    std::int64_t replications_requested = 0;
    std::int64_t replications = 0;  // stored in every variant
    bool complete = false;
    int threads = 0;
    double elapsed_seconds = 0.0;
    std::vector<std::string> variants;
};

struct Axes {
    std::vector<std::string> periods;  // ISO date of each month's first day
    std::vector<std::int64_t> period_days;
    std::vector<std::string> financial_years;  // "2022/23"
    std::vector<std::int64_t> fy_first_period;
    std::vector<std::string> units, unit_kinds, unit_sectors;
};

class ResultReader {
  public:
    explicit ResultReader(const std::string& path);
    ResultReader(ResultReader&&) noexcept;
    ResultReader& operator=(ResultReader&&) noexcept;
    ~ResultReader();

    const std::string& path() const;

    // Any object, by its path in the file.
    bool exists(const std::string& object_path) const;
    std::vector<std::string> children(const std::string& group_path) const;  // creation order
    bool has_attribute(const std::string& object_path, const std::string& name) const;
    std::string string_attribute(const std::string& object_path, const std::string& name) const;
    std::vector<std::string> strings_attribute(const std::string& object_path,
                                               const std::string& name) const;
    double number_attribute(const std::string& object_path, const std::string& name) const;
    std::int64_t integer_attribute(const std::string& object_path, const std::string& name) const;
    std::uint64_t unsigned_attribute(const std::string& object_path, const std::string& name) const;
    std::vector<std::string> strings(const std::string& dataset_path) const;
    std::vector<std::int64_t> integers(const std::string& dataset_path) const;
    NumericArray numbers(const std::string& dataset_path) const;
    std::vector<std::size_t> shape(const std::string& dataset_path) const;
    // A block of a dataset: `count[i]` elements from `start[i]` along each dimension.
    NumericArray block(const std::string& dataset_path, const std::vector<std::size_t>& start,
                       const std::vector<std::size_t>& count) const;
    // Whether `scale_path` is attached as a dimension scale to dimension `dim` of the dataset.
    bool scale_attached(const std::string& dataset_path, const std::string& scale_path,
                        unsigned dim) const;

    // The documented layout.
    FileMetadata metadata() const;
    Axes axes() const;
    std::vector<std::string> variants() const;
    std::vector<std::int64_t> replications(const std::string& variant) const;
    // The metrics of a variant, in creation order (the group's coordinates left out).
    std::vector<std::string> metrics(const std::string& variant, Period period) const;
    // [replication, period, unit]
    NumericArray values(const std::string& variant, Period period, const std::string& metric) const;
    // [period, unit]
    NumericArray summary(const std::string& variant, Period period, const std::string& metric,
                         Statistic statistic) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace wfsim::output
