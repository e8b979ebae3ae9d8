#include "output/summary_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include "output/hdf5_io.hpp"
#include "sim/replication_statistics.hpp"

namespace wfsim::output {
namespace {

// Two blocks are in memory at once: the one being summarised and the one being read.
constexpr hsize_t kReadBudgetBytes = 32ull * 1024 * 1024;
constexpr std::size_t kRealStatistics = 7;  // all but n

// The summary tables of one metric, [period, unit] each.
struct Tables {
    std::array<std::vector<double>, kRealStatistics> real;  // in kStatistics order, without n
    std::vector<std::int64_t> n;
};

void describe(hid_t object, const MetricDescription& metric, std::string_view long_name,
              std::string_view units, Period period, const std::string& where) {
    hdf5::write_string_attribute(object, "units", units, where);
    hdf5::write_string_attribute(object, "long_name", long_name, where);
    hdf5::write_string_attribute(object, "accumulation", metric.accumulation, where);
    hdf5::write_string_attribute(object, "axis_order", axis_order(period, false), where);
}

}  // namespace

struct SummaryPipeline::Pending {
    const hsize_t rows, periods, units;
    hid_t summary_group;
    MetricDescription metric;
    Period period;
    const AxisValues* axes;
    std::string group_path, file_name;
    Tables tables;
    // rows x count x units values from period `first` (not zero-filled: read over at once)
    std::unique_ptr<double[]> block;
    hsize_t first = 0, count = 0;

    // Columns [begin, end) of the block (column = period within the block x units + unit).
    void summarise_columns(hsize_t begin, hsize_t end) {
        std::vector<double> column(rows), scratch;
        scratch.reserve(rows);
        for (hsize_t c = begin; c < end; ++c) {
            const hsize_t p = c / units, u = c % units;
            for (hsize_t r = 0; r < rows; ++r) column[r] = block[(r * count + p) * units + u];
            const sim::ColumnSummary s = sim::summarise(column, scratch);
            const hsize_t cell = (first + p) * units + u;
            const std::array<double, kRealStatistics> row = {s.mean, s.mcse, s.p5, s.p10,
                                                             s.p50,  s.p90,  s.p95};
            for (std::size_t i = 0; i < kRealStatistics; ++i) tables.real[i][cell] = row[i];
            tables.n[cell] = s.n;
        }
    }
    // The whole block, its columns shared among `threads` threads (this one included).
    void summarise_block(unsigned threads) {
        const hsize_t columns = count * units;
        const hsize_t parts = std::max<hsize_t>(1, std::min<hsize_t>(threads, columns));
        std::vector<std::thread> others;
        for (hsize_t k = 1; k < parts; ++k)
            others.emplace_back([this, k, parts, columns] {
                summarise_columns(columns * k / parts, columns * (k + 1) / parts);
            });
        summarise_columns(0, columns / parts);
        for (auto& t : others) t.join();
    }

    void write() const {
        const std::string metric_path = group_path + "/" + metric.name;
        const std::string metric_where = metric_path + " in " + file_name;
        hdf5::Group group = hdf5::create_ordered_group(summary_group, metric.name, metric_where);
        describe(group.get(), metric, metric.long_name, metric.units, period, metric_where);
        hdf5::write_string_attribute(group.get(), "note",
                                     "spread across replications, not confidence intervals",
                                     metric_where);
        const GroupCoordinates coordinates =
            write_group_coordinates(group.get(), *axes, period, metric_path, file_name);
        for (std::size_t i = 0; i < kStatistics.size(); ++i) {
            const Statistic s = kStatistics[i];
            const std::string name(statistic_name(s));
            const std::string where = metric_path + "/" + name + " in " + file_name;
            const bool is_count = s == Statistic::N;
            hdf5::Dataset d =
                is_count ? write_table(group.get(), name, H5T_STD_I64LE, H5T_NATIVE_INT64,
                                       tables.n.data(), periods, units, where)
                         : write_table(group.get(), name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE,
                                       tables.real[i].data(), periods, units, where);
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
};

SummaryPipeline::SummaryPipeline(unsigned threads) : threads_(std::max(1u, threads)) {}

SummaryPipeline::~SummaryPipeline() {
    if (running_.valid()) running_.wait();  // before the pending datasets go
}

void SummaryPipeline::add(const ReplicationDataset& values, hid_t summary_group,
                          const MetricDescription& metric, Period period, const AxisValues& axes,
                          const std::string& group_path, const std::string& file_name) {
    const hsize_t rows = values.rows(), periods = values.periods(), units = values.units();
    queue_.push_back(std::make_unique<Pending>(Pending{rows,
                                                       periods,
                                                       units,
                                                       summary_group,
                                                       metric,
                                                       period,
                                                       &axes,
                                                       group_path,
                                                       file_name,
                                                       {},
                                                       {}}));
    Pending& next = *queue_.back();
    for (auto& table : next.tables.real) table.assign(periods * units, 0.0);
    next.tables.n.assign(periods * units, 0);
    const hsize_t row_block_bytes = std::max<hsize_t>(1, rows * units * sizeof(double));
    const hsize_t block = std::max<hsize_t>(1, kReadBudgetBytes / row_block_bytes);
    for (hsize_t first = 0; first < periods; first += block) {
        const hsize_t count = std::min(block, periods - first);
        std::unique_ptr<double[]> buffer(new double[rows * count * units]);
        values.read_periods(first, count, buffer.get());  // while the block before is summarised
        if (running_.valid()) running_.get();
        write_completed(1);
        next.block = std::move(buffer);
        next.first = first;
        next.count = count;
        running_ =
            std::async(std::launch::async, [&next, t = threads_] { next.summarise_block(t); });
    }
}

// Writes the queued datasets but the last `keep` (whose statistics are not all done).
void SummaryPipeline::write_completed(std::size_t keep) {
    while (queue_.size() > keep) {
        queue_.front()->write();
        queue_.erase(queue_.begin());
    }
}

void SummaryPipeline::finish() {
    if (running_.valid()) running_.get();
    write_completed(0);
}

}  // namespace wfsim::output
