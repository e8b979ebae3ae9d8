#include "output/summary_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "output/axes.hpp"
#include "output/hdf5_io.hpp"
#include "sim/replication_statistics.hpp"

namespace wfsim::output {
namespace {

constexpr hsize_t kReadBudgetBytes = 64ull * 1024 * 1024;
constexpr std::size_t kRealStatistics = 7;  // all but n

// The summary tables of one metric, [period, unit] each.
struct Tables {
    std::array<std::vector<double>, kRealStatistics> real;  // in kStatistics order, without n
    std::vector<std::int64_t> n;
};

Tables summarise_columns(const ReplicationDataset& values) {
    const hsize_t rows = values.rows(), periods = values.periods(), units = values.units();
    const hsize_t cells = periods * units;
    Tables t;
    for (auto& table : t.real) table.assign(cells, 0.0);
    t.n.assign(cells, 0);
    const hsize_t row_block_bytes = std::max<hsize_t>(1, rows * units * sizeof(double));
    const hsize_t block = std::max<hsize_t>(1, kReadBudgetBytes / row_block_bytes);
    std::vector<double> buffer(rows * std::min(block, std::max<hsize_t>(periods, 1)) * units);
    std::vector<double> column(rows), scratch;
    scratch.reserve(rows);
    for (hsize_t first = 0; first < periods; first += block) {
        const hsize_t count = std::min(block, periods - first);
        values.read_periods(first, count, buffer.data());
        for (hsize_t p = 0; p < count; ++p) {
            for (hsize_t u = 0; u < units; ++u) {
                for (hsize_t r = 0; r < rows; ++r) column[r] = buffer[(r * count + p) * units + u];
                const sim::ColumnSummary s = sim::summarise(column, scratch);
                const hsize_t cell = (first + p) * units + u;
                const std::array<double, kRealStatistics> row = {s.mean, s.mcse, s.p5, s.p10,
                                                                 s.p50,  s.p90,  s.p95};
                for (std::size_t i = 0; i < kRealStatistics; ++i) t.real[i][cell] = row[i];
                t.n[cell] = s.n;
            }
        }
    }
    return t;
}

void describe(hid_t object, const MetricDescription& metric, std::string_view long_name,
              std::string_view units, Period period, const std::string& where) {
    hdf5::write_string_attribute(object, "units", units, where);
    hdf5::write_string_attribute(object, "long_name", long_name, where);
    hdf5::write_string_attribute(object, "accumulation", metric.accumulation, where);
    hdf5::write_string_attribute(object, "axis_order", axis_order(period, false), where);
}

}  // namespace

void write_metric_summary(const ReplicationDataset& values, hid_t summary_group,
                          const MetricDescription& metric, Period period, const AxisValues& axes,
                          const std::string& group_path, const std::string& file_name) {
    const Tables tables = summarise_columns(values);
    const std::string metric_path = group_path + "/" + metric.name;
    const std::string metric_where = metric_path + " in " + file_name;
    hdf5::Group group = hdf5::create_ordered_group(summary_group, metric.name, metric_where);
    describe(group.get(), metric, metric.long_name, metric.units, period, metric_where);
    hdf5::write_string_attribute(
        group.get(), "note", "spread across replications, not confidence intervals", metric_where);

    const GroupCoordinates coordinates =
        write_group_coordinates(group.get(), axes, period, metric_path, file_name);
    for (std::size_t i = 0; i < kStatistics.size(); ++i) {
        const Statistic s = kStatistics[i];
        const std::string name(statistic_name(s));
        const std::string where = metric_path + "/" + name + " in " + file_name;
        const bool is_count = s == Statistic::N;
        hdf5::Dataset d =
            is_count ? write_table(group.get(), name, H5T_STD_I64LE, H5T_NATIVE_INT64,
                                   tables.n.data(), values.periods(), values.units(), where)
                     : write_table(group.get(), name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE,
                                   tables.real[i].data(), values.periods(), values.units(), where);
        const std::string long_name =
            metric.long_name + ": " + std::string(statistic_description(s));
        describe(d.get(), metric, long_name, is_count ? "1" : metric.units, period, where);
        hdf5::write_string_attribute(d.get(), "statistic", name, where);
        hdf5::write_string_attribute(d.get(), "coordinates", kAuxiliaryCoordinates, where);
        attach_scale(d.get(), coordinates.period.get(), 0, where);
        attach_scale(d.get(), coordinates.unit.get(), 1, where);
        d.close(where);
    }
    group.close(metric_where);
}

}  // namespace wfsim::output
