#include "output/report_figures.hpp"

#include <algorithm>

#include "models/metrics/derived_metrics.hpp"
#include "sim/replication_statistics.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::output {
namespace {

constexpr std::size_t kReplicationBlock = 256;  // replications read at a time

const char* const kMonthNames[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

std::string month_label(const std::string& iso_date) {
    const int month = std::stoi(iso_date.substr(5, 2));
    return std::string(kMonthNames[month - 1]) + " " + iso_date.substr(0, 4);
}

Figure figure_of(const sim::ColumnSummary& s) {
    return {s.p50, s.p5, s.p95, s.mean, s.mcse, s.n};
}

// Figures for period index `p` of the stored summaries (monthly or fy).
void add_stored_figures(const ResultReader& reader, const std::string& variant, Period period,
                        std::size_t p, const std::vector<std::string>& metrics,
                        PeriodFigures& out) {
    for (const auto& metric : metrics) {
        if (!reader.exists(path::summary_group(variant, period) + "/" + metric)) continue;
        auto get = [&](Statistic s) { return reader.summary(variant, period, metric, s); };
        const auto median = get(Statistic::P50), p5 = get(Statistic::P5), p95 = get(Statistic::P95),
                   mean = get(Statistic::Mean), mcse = get(Statistic::Mcse), n = get(Statistic::N);
        auto& figures = out.by_metric[metric];
        for (std::size_t u = 0; u < median.shape.at(1); ++u)
            figures.push_back({median.at(p, u), p5.at(p, u), p95.at(p, u), mean.at(p, u),
                               mcse.at(p, u), static_cast<std::int64_t>(n.at(p, u))});
    }
}

// The additive metrics stored for a variant, as a layout the derivations accept.
models::ResultLayout stored_layout(const ResultReader& reader, const std::string& variant,
                                   int months, const Axes& axes) {
    models::ResultLayout layout;
    layout.months = months;
    for (const auto& name : reader.metrics(variant, Period::Monthly)) {
        const auto accumulation =
            reader.string_attribute(path::values(variant, Period::Monthly, name), "accumulation");
        models::Accumulation a;
        if (accumulation == "stock")
            a = models::Accumulation::Stock;
        else if (accumulation == "flow")
            a = models::Accumulation::Flow;
        else if (accumulation == "integral")
            a = models::Accumulation::Integral;
        else
            continue;  // derived
        layout.metrics.push_back({name, a, "", ""});
    }
    layout.units.names = axes.units;
    layout.units.kinds = axes.unit_kinds;
    return layout;
}

}  // namespace

std::vector<PeriodFigures> financial_year_figures(const ResultReader& reader,
                                                  const std::string& variant,
                                                  const std::vector<std::string>& metrics) {
    std::vector<PeriodFigures> out;
    const auto labels = reader.strings(std::string(path::kFinancialYear));
    for (std::size_t f = 0; f < labels.size(); ++f) {
        PeriodFigures figures;
        figures.label = labels[f];
        add_stored_figures(reader, variant, Period::FinancialYear, f, metrics, figures);
        out.push_back(std::move(figures));
    }
    return out;
}

PeriodFigures trailing_figures(const ResultReader& reader, const std::string& variant,
                               const std::vector<std::string>& metrics) {
    const Axes axes = reader.axes();
    const std::size_t months = axes.periods.size(), units = axes.units.size();
    PeriodFigures out;
    if (months < 12) {
        out.label = month_label(axes.periods.back());
        out.note = "only " + std::to_string(months) +
                   " months simulated: values of the last month; turnover and stability need "
                   "12 months";
        add_stored_figures(reader, variant, Period::Monthly, months - 1, metrics, out);
        return out;
    }
    out.label = "12 months to " + month_label(axes.periods.back());
    out.note = "no financial year (April to March) lies wholly inside the run";

    // The window becomes one financial year of a 12-month axis starting in an April with the
    // same number of days, so the rates come from the same derivation as every stored year.
    std::int64_t window_days = 0;
    for (std::size_t p = months - 12; p < months; ++p) window_days += axes.period_days[p];
    const sim::TimeAxis window_axis(sim::Date::from_ymd(window_days == 366 ? 2023 : 2022, 4, 1),
                                    12);
    const models::ResultLayout layout = stored_layout(reader, variant, 12, axes);
    const auto derived = models::derived_metric_infos(layout);
    const std::size_t rows = reader.replications(variant).size();
    const std::size_t cells = 12 * units;

    // columns[metric][unit] holds one value per replication.
    std::map<std::string, std::vector<std::vector<double>>> columns;
    for (const auto& m : metrics) columns[m].assign(units, {});
    std::vector<double> window(layout.metrics.size() * cells);
    for (std::size_t first = 0; first < rows; first += kReplicationBlock) {
        const std::size_t count = std::min(kReplicationBlock, rows - first);
        std::vector<NumericArray> blocks;  // [replication, month, unit] of each metric
        for (const auto& metric : layout.metrics)
            blocks.push_back(reader.block(path::values(variant, Period::Monthly, metric.name),
                                          {first, months - 12, 0}, {count, 12, units}));
        for (std::size_t r = 0; r < count; ++r) {
            for (std::size_t m = 0; m < blocks.size(); ++m)
                std::copy_n(blocks[m].values.begin() + static_cast<std::ptrdiff_t>(r * cells),
                            cells, window.begin() + static_cast<std::ptrdiff_t>(m * cells));
            const auto year = models::financial_year_values(layout, window_axis, window.data());
            const auto rates = models::derive_financial_years(layout, window_axis, year.data());
            for (auto& [metric, by_unit] : columns) {
                const double* source = nullptr;
                const int additive = layout.metric_index(metric);
                if (additive >= 0) source = year.data() + additive * units;
                for (std::size_t d = 0; d < derived.size(); ++d)
                    if (derived[d].name == metric) source = rates.data() + d * units;
                if (source == nullptr) continue;
                for (std::size_t u = 0; u < units; ++u) by_unit[u].push_back(source[u]);
            }
        }
    }
    std::vector<double> scratch;
    for (const auto& [metric, by_unit] : columns) {
        if (by_unit.front().empty() && rows > 0) continue;  // not stored
        auto& figures = out.by_metric[metric];
        for (const auto& values : by_unit)
            figures.push_back(figure_of(sim::summarise(values, scratch)));
    }
    return out;
}

}  // namespace wfsim::output
