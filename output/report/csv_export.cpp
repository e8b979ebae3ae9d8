#include "output/report/csv_export.hpp"

#include <filesystem>
#include <optional>

#include "output/axes.hpp"
#include "output/report/csv_writer.hpp"
#include "output/report/result_tables.hpp"

namespace wfsim::output::report {
namespace {

const std::vector<std::string> kKeyColumns = {"variant", "metric", "unit",        "sector",
                                              "group",   "period", "period_label"};

// Where a reporting unit sits: sector and group columns ("total" for the system).
struct UnitPlace {
    std::string sector, group;
};

std::vector<UnitPlace> unit_places(const Axes& axes) {
    std::vector<UnitPlace> places;
    for (std::size_t u = 0; u < axes.units.size(); ++u) {
        if (axes.unit_kinds[u] == "group")
            places.push_back({axes.unit_sectors[u], axes.units[u]});
        else if (axes.unit_kinds[u] == "sector")
            places.push_back({axes.units[u], ""});
        else
            places.push_back({"total", ""});
    }
    return places;
}

// ISO date of each period's first day, and its label ("2023-04", "2023/24").
struct PeriodColumns {
    std::vector<std::string> start, label;
};

PeriodColumns period_columns(const Axes& axes, Period period) {
    PeriodColumns c;
    if (period == Period::Monthly) {
        c.start = axes.periods;
        for (const auto& p : axes.periods) c.label.push_back(p.substr(0, 7));
    } else {
        for (std::size_t f = 0; f < axes.financial_years.size(); ++f) {
            c.start.push_back(axes.periods.at(static_cast<std::size_t>(axes.fy_first_period[f])));
            c.label.push_back(axes.financial_years[f]);
        }
    }
    return c;
}

std::string units_of(const ResultReader& reader, const std::string& variant, Period period,
                     const std::string& metric) {
    return reader.string_attribute(path::values(variant, period, metric), "units");
}

// The rows of one [period, unit] statistic of a summaries-shaped table.
struct StatisticKey {
    std::string_view variant, metric, units, statistic;
};
void statistic_rows(CsvWriter& csv, const StatisticKey& key, const NumericArray& values,
                    const std::vector<UnitPlace>& places, const PeriodColumns& periods) {
    for (std::size_t p = 0; p < values.shape[0]; ++p)
        for (std::size_t u = 0; u < values.shape[1]; ++u) {
            csv.text(key.variant).text(key.metric).text(key.units).text(places[u].sector);
            csv.text(places[u].group).text(periods.start[p]).text(periods.label[p]);
            csv.text(key.statistic).number(values.at(p, u));
            csv.end_row();
        }
}

CsvFile write_summaries(const ResultReader& reader, const Axes& axes, Period period,
                        const std::string& file) {
    auto header = kKeyColumns;
    header.insert(header.end(), {"statistic", "value"});
    CsvWriter csv(file, header);
    const auto places = unit_places(axes);
    const auto periods = period_columns(axes, period);
    for (const auto& variant : reader.variants()) {
        for (const auto& metric : reader.metrics(variant, period)) {
            const std::string units = units_of(reader, variant, period, metric);
            for (Statistic s : kStatistics) {
                const NumericArray values = reader.summary(variant, period, metric, s);
                const std::string_view statistic = statistic_name(s);
                statistic_rows(csv, {variant, metric, units, statistic}, values, places, periods);
            }
        }
    }
    return {file, csv.finish()};
}

CsvFile write_replications(const ResultReader& reader, const Axes& axes, Period period,
                           const std::string& file) {
    auto header = kKeyColumns;
    header.insert(header.end(), {"replication", "value"});
    CsvWriter csv(file, header);
    const auto places = unit_places(axes);
    const auto periods = period_columns(axes, period);
    for (const auto& variant : reader.variants()) {
        const auto replications = reader.replications(variant);
        for (const auto& metric : reader.metrics(variant, period)) {
            const std::string units = units_of(reader, variant, period, metric);
            const std::string dataset = path::values(variant, period, metric);
            const auto shape = reader.shape(dataset);
            for (std::size_t r = 0; r < shape[0]; ++r) {
                const NumericArray row = reader.block(dataset, {r, 0, 0}, {1, shape[1], shape[2]});
                for (std::size_t p = 0; p < shape[1]; ++p)
                    for (std::size_t u = 0; u < shape[2]; ++u) {
                        csv.text(variant).text(metric).text(units).text(places[u].sector);
                        csv.text(places[u].group).text(periods.start[p]).text(periods.label[p]);
                        csv.integer(replications[r]).number(row.at(0, p, u));
                        csv.end_row();
                    }
            }
        }
    }
    return {file, csv.finish()};
}

// The [fy, unit] statistics every variant but the baseline has under `/variants/<v>/<kind>`
// (fy_difference, cost_effectiveness), as summaries are written: one row per variant, metric (or
// measure), unit, year and statistic. nullopt when no variant has them.
std::optional<CsvFile> write_variant_statistics(const ResultReader& reader, const Axes& axes,
                                                const std::string& kind, const std::string& file) {
    std::vector<std::string> variants;
    for (const auto& v : reader.variants())
        if (reader.exists(path::variant(v) + "/" + kind)) variants.push_back(v);
    if (variants.empty()) return std::nullopt;
    auto header = kKeyColumns;
    header.insert(header.end(), {"statistic", "value"});
    CsvWriter csv(file, header);
    const auto places = unit_places(axes);
    const auto periods = period_columns(axes, Period::FinancialYear);
    for (const auto& variant : variants) {
        const std::string group = path::variant(variant) + "/" + kind;
        for (const auto& metric : reader.children(group)) {
            if (is_coordinate_name(metric)) continue;
            const std::string measure = group + "/" + metric;
            const std::string units = reader.has_attribute(measure, "units")
                                          ? reader.string_attribute(measure, "units")
                                          : "";
            for (const auto& statistic : reader.children(measure)) {
                if (is_coordinate_name(statistic)) continue;
                const NumericArray values = reader.numbers(measure + "/" + statistic);
                statistic_rows(csv, {variant, metric, units, statistic}, values, places, periods);
            }
        }
    }
    return CsvFile{file, csv.finish()};
}

CsvFile write_run(const ResultReader& reader, const std::string& file) {
    const FileMetadata m = reader.metadata();
    CsvWriter csv(file, {"attribute", "value"});
    auto row = [&](const char* name, const std::string& value) {
        csv.text(name).text(value);
        csv.end_row();
    };
    row("scenario_name", m.scenario_name);
    row("scenario_path", m.scenario_path);
    row("scenario_sha256", reader.string_attribute("/", "scenario_sha256"));
    row("wfsim_version", m.wfsim_version);
    row("format_version", std::to_string(m.format_version));
    row("seed", std::to_string(m.seed));
    row("replications", std::to_string(m.replications));
    row("replications_requested", std::to_string(m.replications_requested));
    row("complete", m.complete ? "true" : "false");
    row("created", m.created);
    std::string variants;
    for (const auto& v : m.variants) variants += (variants.empty() ? "" : " ") + v;
    row("variants", variants);
    return {file, csv.finish()};
}

// One row per variant and target (or risk): the definition's columns, then the variant's results
// (a result column named like a definition column is prefixed "simulated_").
std::optional<CsvFile> write_outcome_table(const ResultReader& reader, const std::string& name,
                                           const std::string& row, const std::string& file) {
    const auto definitions = read_table(reader, "/" + name, row);
    if (!definitions) return std::nullopt;
    std::vector<std::pair<std::string, Table>> results;
    for (const auto& variant : reader.variants())
        if (auto t = read_table(reader, path::variant(variant) + "/" + name, row))
            results.emplace_back(variant, std::move(*t));
    std::vector<std::string> header = {"variant"};
    for (const auto& c : definitions->columns) header.push_back(c.name);
    std::vector<std::string> result_names;
    if (!results.empty())
        for (std::size_t i = 1; i < results.front().second.columns.size(); ++i) {
            const std::string& n = results.front().second.columns[i].name;
            result_names.push_back(n);
            header.push_back(definitions->column(n) ? "simulated_" + n : n);
        }
    CsvWriter csv(file, header);
    for (const auto& [variant, table] : results) {
        for (std::size_t r = 0; r < definitions->rows(); ++r) {
            csv.text(variant);
            for (const auto& c : definitions->columns)
                c.text ? csv.text(c.strings[r]) : csv.number(c.numbers[r]);
            for (const auto& n : result_names) {
                const TableColumn* c = table.column(n);
                if (c == nullptr)
                    csv.text("");
                else
                    c->text ? csv.text(c->strings[r]) : csv.number(c->numbers[r]);
            }
            csv.end_row();
        }
    }
    return CsvFile{file, csv.finish()};
}

}  // namespace

std::vector<CsvFile> export_csv(const ResultReader& reader, const std::string& directory,
                                const CsvOptions& options) {
    const Axes axes = reader.axes();
    auto in = [&](const char* name) { return (std::filesystem::path(directory) / name).string(); };
    std::vector<CsvFile> files;
    files.push_back(write_run(reader, in("run.csv")));
    files.push_back(write_summaries(reader, axes, Period::FinancialYear, in("summary_fy.csv")));
    files.push_back(write_summaries(reader, axes, Period::Monthly, in("summary_monthly.csv")));
    if (auto t = write_outcome_table(reader, "targets", "target", in("targets.csv")))
        files.push_back(*t);
    if (auto r = write_outcome_table(reader, "risks", "risk", in("risks.csv"))) files.push_back(*r);
    if (auto d = write_variant_statistics(reader, axes, "fy_difference", in("differences_fy.csv")))
        files.push_back(*d);
    if (auto c = write_variant_statistics(reader, axes, "cost_effectiveness",
                                          in("cost_effectiveness.csv")))
        files.push_back(*c);
    if (options.per_replication) {
        files.push_back(
            write_replications(reader, axes, Period::FinancialYear, in("replications_fy.csv")));
        files.push_back(
            write_replications(reader, axes, Period::Monthly, in("replications_monthly.csv")));
    }
    return files;
}

}  // namespace wfsim::output::report
