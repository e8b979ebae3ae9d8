#include "output/variant_differences.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "output/axes.hpp"
#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"
#include "sim/replication_statistics.hpp"

namespace wfsim::output {
namespace {

constexpr hsize_t kReadBudgetBytes = 64ull * 1024 * 1024;
constexpr double kZ95 = 1.959963984540054;  // the 97.5% point of the standard normal

std::string_view description(DifferenceStatistic s) {
    switch (s) {
        case DifferenceStatistic::Mean:
            return "mean of the paired differences (variant - baseline), the estimated effect";
        case DifferenceStatistic::Mcse:
            return "Monte Carlo standard error of that mean: the standard deviation of the "
                   "paired differences / sqrt(n)";
        case DifferenceStatistic::Ci95Low:
            return "lower end of the 95% confidence interval of the mean difference (mean - "
                   "1.96 mcse)";
        case DifferenceStatistic::Ci95High:
            return "upper end of the 95% confidence interval of the mean difference (mean + "
                   "1.96 mcse)";
        case DifferenceStatistic::P5:
            return "5th percentile of the paired differences across replications";
        case DifferenceStatistic::P10:
            return "10th percentile of the paired differences across replications";
        case DifferenceStatistic::P50:
            return "median of the paired differences across replications";
        case DifferenceStatistic::P90:
            return "90th percentile of the paired differences across replications";
        case DifferenceStatistic::P95:
            return "95th percentile of the paired differences across replications";
        case DifferenceStatistic::N:
            return "replications whose difference is defined";
    }
    return "";
}

struct Tables {
    std::array<std::vector<double>, 9> real;  // every statistic but n, in order
    std::vector<std::int64_t> n;
};

Tables summarise_differences(const ReplicationDataset& base, const ReplicationDataset& variant,
                             const std::vector<std::pair<hsize_t, hsize_t>>& pairs) {
    const hsize_t periods = base.periods(), units = base.units(), cells = periods * units;
    Tables t;
    for (auto& table : t.real) table.assign(cells, std::nan(""));
    t.n.assign(cells, 0);
    if (pairs.empty()) return t;  // nothing paired (an interrupted run): every cell undefined
    const hsize_t rows = std::max(base.rows(), variant.rows());
    const hsize_t block =
        std::max<hsize_t>(1, kReadBudgetBytes / std::max<hsize_t>(1, 2 * rows * units * 8));
    std::vector<double> b(base.rows() * std::min(block, std::max<hsize_t>(periods, 1)) * units);
    std::vector<double> v(variant.rows() * std::min(block, std::max<hsize_t>(periods, 1)) * units);
    std::vector<double> column(pairs.size()), scratch;
    for (hsize_t first = 0; first < periods; first += block) {
        const hsize_t count = std::min(block, periods - first);
        base.read_periods(first, count, b.data());
        variant.read_periods(first, count, v.data());
        for (hsize_t p = 0; p < count; ++p) {
            for (hsize_t u = 0; u < units; ++u) {
                for (std::size_t k = 0; k < pairs.size(); ++k)
                    column[k] = v[(pairs[k].second * count + p) * units + u] -
                                b[(pairs[k].first * count + p) * units + u];
                const sim::ColumnSummary s = sim::summarise(column, scratch);
                const hsize_t cell = (first + p) * units + u;
                const std::array<double, 9> row = {s.mean,
                                                   s.mcse,
                                                   s.mean - kZ95 * s.mcse,
                                                   s.mean + kZ95 * s.mcse,
                                                   s.p5,
                                                   s.p10,
                                                   s.p50,
                                                   s.p90,
                                                   s.p95};
                for (std::size_t i = 0; i < row.size(); ++i) t.real[i][cell] = row[i];
                t.n[cell] = s.n;
            }
        }
    }
    return t;
}

void write_metric(const Tables& tables, hid_t parent, const MetricDescription& metric,
                  Period period, const AxisValues& axes, hsize_t periods, hsize_t units,
                  const std::string& group_path, const std::string& file_name) {
    const std::string metric_path = group_path + "/" + metric.name;
    const std::string metric_where = metric_path + " in " + file_name;
    hdf5::Group group = hdf5::create_ordered_group(parent, metric.name, metric_where);
    hdf5::write_string_attribute(group.get(), "units", metric.units, metric_where);
    hdf5::write_string_attribute(group.get(), "long_name",
                                 metric.long_name + ": variant - baseline, paired by replication",
                                 metric_where);
    hdf5::write_string_attribute(group.get(), "accumulation", metric.accumulation, metric_where);
    hdf5::write_string_attribute(group.get(), "axis_order", axis_order(period, false),
                                 metric_where);
    hdf5::write_string_attribute(
        group.get(), "note",
        "paired differences on common random numbers: mean, mcse and ci95 are the estimated "
        "effect and its uncertainty; the percentiles are the spread of the effect across "
        "replications, not confidence intervals",
        metric_where);
    const GroupCoordinates coordinates =
        write_group_coordinates(group.get(), axes, period, metric_path, file_name);
    for (std::size_t i = 0; i < kDifferenceStatistics.size(); ++i) {
        const DifferenceStatistic s = kDifferenceStatistics[i];
        const std::string name(difference_statistic_name(s));
        const std::string where = metric_path + "/" + name + " in " + file_name;
        const bool is_count = s == DifferenceStatistic::N;
        hdf5::Dataset d = is_count
                              ? write_table(group.get(), name, H5T_STD_I64LE, H5T_NATIVE_INT64,
                                            tables.n.data(), periods, units, where)
                              : write_table(group.get(), name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE,
                                            tables.real[i].data(), periods, units, where);
        hdf5::write_string_attribute(d.get(), "units", is_count ? "1" : metric.units, where);
        hdf5::write_string_attribute(d.get(), "long_name",
                                     metric.long_name + ": " + std::string(description(s)), where);
        hdf5::write_string_attribute(d.get(), "statistic", name, where);
        hdf5::write_string_attribute(d.get(), "axis_order", axis_order(period, false), where);
        hdf5::write_string_attribute(d.get(), "coordinates", kAuxiliaryCoordinates, where);
        attach_scale(d.get(), coordinates.period.get(), 0, where);
        attach_scale(d.get(), coordinates.unit.get(), 1, where);
        d.close(where);
    }
    group.close(metric_where);
}

}  // namespace

std::string_view difference_statistic_name(DifferenceStatistic s) {
    switch (s) {
        case DifferenceStatistic::Mean:
            return "mean";
        case DifferenceStatistic::Mcse:
            return "mcse";
        case DifferenceStatistic::Ci95Low:
            return "ci95_low";
        case DifferenceStatistic::Ci95High:
            return "ci95_high";
        case DifferenceStatistic::P5:
            return "p5";
        case DifferenceStatistic::P10:
            return "p10";
        case DifferenceStatistic::P50:
            return "p50";
        case DifferenceStatistic::P90:
            return "p90";
        case DifferenceStatistic::P95:
            return "p95";
        case DifferenceStatistic::N:
            return "n";
    }
    return "";
}

std::vector<std::pair<hsize_t, hsize_t>> paired_rows(const std::vector<std::int64_t>& baseline,
                                                     const std::vector<std::int64_t>& variant) {
    std::vector<std::pair<hsize_t, hsize_t>> out;
    std::size_t i = 0, j = 0;
    while (i < baseline.size() && j < variant.size()) {  // both in increasing order
        if (baseline[i] < variant[j]) {
            ++i;
        } else if (variant[j] < baseline[i]) {
            ++j;
        } else {
            out.emplace_back(i++, j++);
        }
    }
    return out;
}

void write_variant_differences(const VariantOutput& baseline, const VariantOutput& variant) {
    const auto pairs = paired_rows(baseline.replications(), variant.replications());
    const std::string& file = variant.file_name();
    for (Period period : {Period::Monthly, Period::FinancialYear}) {
        const std::string group_name =
            period == Period::Monthly ? "monthly_difference" : "fy_difference";
        const std::string group_path = path::variant(variant.name()) + "/" + group_name;
        hdf5::Group group =
            hdf5::create_ordered_group(variant.group(), group_name, group_path + " in " + file);
        hdf5::write_scalar_attribute<std::int64_t>(group.get(), "paired_replications",
                                                   static_cast<std::int64_t>(pairs.size()),
                                                   group_path + " in " + file);
        for (std::size_t m = 0; m < variant.metrics().size(); ++m) {
            const ReplicationDataset& b = baseline.values(period, m);
            const ReplicationDataset& v = variant.values(period, m);
            write_metric(summarise_differences(b, v, pairs), group.get(), variant.metrics()[m],
                         period, variant.axis_values(), v.periods(), v.units(), group_path, file);
        }
        group.close(group_path + " in " + file);
    }
}

}  // namespace wfsim::output
