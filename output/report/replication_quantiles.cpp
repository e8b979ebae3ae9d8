#include "output/report/replication_quantiles.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "sim/replication_statistics.hpp"

namespace wfsim::output::report {
namespace {

constexpr std::size_t kBlockBytes = 64ull * 1024 * 1024;

// Calls `use(first_period, block)` for consecutive blocks of periods of a [replication, period,
// unit] dataset.
template <class Use>
void for_period_blocks(const ResultReader& reader, const std::string& dataset, Use&& use) {
    const auto shape = reader.shape(dataset);
    const std::size_t rows = shape.at(0), periods = shape.at(1), units = shape.at(2);
    const std::size_t per_period = std::max<std::size_t>(1, rows * units * sizeof(double));
    const std::size_t step = std::max<std::size_t>(1, kBlockBytes / per_period);
    for (std::size_t first = 0; first < periods; first += step) {
        const std::size_t count = std::min(step, periods - first);
        use(first, reader.block(dataset, {0, first, 0}, {rows, count, units}));
    }
}

PeriodQuantiles empty_quantiles(std::size_t periods, std::size_t units) {
    PeriodQuantiles out;
    out.periods = periods;
    out.units = units;
    for (auto& v : out.q) v.assign(periods * units, std::numeric_limits<double>::quiet_NaN());
    return out;
}

// Fills column (period, unit) of `out` from the values in `column` (NaN skipped).
void fill(PeriodQuantiles& out, std::size_t period, std::size_t unit, std::vector<double>& column) {
    column.erase(
        std::remove_if(column.begin(), column.end(), [](double x) { return std::isnan(x); }),
        column.end());
    if (column.empty()) return;
    std::sort(column.begin(), column.end());
    for (std::size_t k = 0; k < kFanProbabilities.size(); ++k)
        out.q[k][period * out.units + unit] = sim::quantile_of_sorted(column, kFanProbabilities[k]);
}

}  // namespace

PeriodQuantiles replication_quantiles(const ResultReader& reader, const std::string& variant,
                                      Period period, const std::string& metric) {
    const std::string dataset = path::values(variant, period, metric);
    const auto shape = reader.shape(dataset);
    PeriodQuantiles out = empty_quantiles(shape.at(1), shape.at(2));
    std::vector<double> column;
    for_period_blocks(reader, dataset, [&](std::size_t first, const NumericArray& block) {
        const std::size_t rows = block.shape[0], count = block.shape[1], units = block.shape[2];
        for (std::size_t p = 0; p < count; ++p)
            for (std::size_t u = 0; u < units; ++u) {
                column.clear();
                for (std::size_t r = 0; r < rows; ++r) column.push_back(block.at(r, p, u));
                fill(out, first + p, u, column);
            }
    });
    return out;
}

PeriodQuantiles paired_difference_quantiles(const ResultReader& reader, const std::string& variant,
                                            const std::string& baseline, Period period,
                                            const std::string& metric) {
    const auto variant_rows = reader.replications(variant);
    const auto baseline_rows = reader.replications(baseline);
    std::map<std::int64_t, std::size_t> baseline_row_of;
    for (std::size_t i = 0; i < baseline_rows.size(); ++i) baseline_row_of[baseline_rows[i]] = i;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (variant row, baseline row)
    for (std::size_t i = 0; i < variant_rows.size(); ++i)
        if (auto found = baseline_row_of.find(variant_rows[i]); found != baseline_row_of.end())
            pairs.emplace_back(i, found->second);

    const std::string a = path::values(variant, period, metric);
    const std::string b = path::values(baseline, period, metric);
    const auto shape = reader.shape(a);
    const std::size_t periods = shape.at(1), units = shape.at(2);
    PeriodQuantiles out = empty_quantiles(periods, units);
    std::vector<double> column;
    const std::size_t per_period =
        std::max<std::size_t>(1, (variant_rows.size() + baseline_rows.size()) * units * 8);
    const std::size_t step = std::max<std::size_t>(1, kBlockBytes / per_period);
    for (std::size_t first = 0; first < periods; first += step) {
        const std::size_t count = std::min(step, periods - first);
        const NumericArray va = reader.block(a, {0, first, 0}, {variant_rows.size(), count, units});
        const NumericArray vb =
            reader.block(b, {0, first, 0}, {baseline_rows.size(), count, units});
        for (std::size_t p = 0; p < count; ++p)
            for (std::size_t u = 0; u < units; ++u) {
                column.clear();
                for (const auto& [ra, rb] : pairs)
                    column.push_back(va.at(ra, p, u) - vb.at(rb, p, u));
                fill(out, first + p, u, column);
            }
    }
    return out;
}

}  // namespace wfsim::output::report
