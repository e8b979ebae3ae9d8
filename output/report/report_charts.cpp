#include "output/report/report_charts.hpp"

#include <map>

#include "output/report/replication_quantiles.hpp"

namespace wfsim::output::report {
namespace {

constexpr const char* kSpreadNote = "spread across replications, not confidence intervals";

// A fan metric: drawn as median with 50% and 90% bands.
struct FanMetric {
    const char* name;
    const char* title;
    const char* y_label;
};

const FanMetric kFanMetrics[] = {
    {"wte", "WTE in post against establishment", "WTE"},
    {"vacancy_rate", "Vacancy rate", "% of establishment WTE"},
    {"turnover", "Turnover, rolling 12 months", "leavers / mean headcount, % a year"},
    {"absence_rate", "Sickness absence rate", "% of WTE-days available"},
};

struct Context {
    const ResultReader& reader;
    Axes axes;
    std::vector<std::string> variants;
    std::string period_text;  // "monthly, April 2023 to March 2034"
    // quantiles[variant][metric]
    std::map<std::string, std::map<std::string, PeriodQuantiles>> quantiles;
    std::map<std::string, std::map<std::string, PeriodQuantiles>> differences;  // non-baseline
};

std::string month_text(const std::string& iso) {
    static const char* const names[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
    return std::string(names[std::stoi(iso.substr(5, 2)) - 1]) + " " + iso.substr(0, 4);
}

std::vector<double> column(const PeriodQuantiles& q, std::size_t k, std::size_t unit) {
    std::vector<double> out(q.periods);
    for (std::size_t p = 0; p < q.periods; ++p) out[p] = q.at(k, p, unit);
    return out;
}

std::vector<double> stored_median(const ResultReader& reader, const std::string& variant,
                                  const std::string& metric, std::size_t unit) {
    const NumericArray a = reader.summary(variant, Period::Monthly, metric, Statistic::P50);
    std::vector<double> out(a.shape[0]);
    for (std::size_t p = 0; p < a.shape[0]; ++p) out[p] = a.at(p, unit);
    return out;
}

std::string safe_id(const std::string& text) {
    std::string out;
    for (char c : text) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
    return out;
}

std::string variant_label(const Context& c, const std::string& variant) {
    return c.variants.size() > 1 ? variant + ": " : "";
}

ChartSpec base_chart(const Context& c, const std::string& id, const std::string& title,
                     const std::string& subtitle, const std::string& y_label, ValueKind kind) {
    ChartSpec chart;
    chart.id = id;
    chart.title = title;
    chart.subtitle = subtitle;
    chart.y_label = y_label;
    chart.kind = kind;
    chart.periods = c.axes.periods;
    return chart;
}

// One variant's fan (bands and median) in style `style`.
void add_fan(ChartSpec& chart, const Context& c, const std::string& variant,
             const PeriodQuantiles& q, std::size_t unit, int style, bool inner_band) {
    const std::string prefix = variant_label(c, variant);
    chart.bands.push_back({prefix + "90% of replications", column(q, kP5, unit),
                           column(q, kP95, unit), style, false});
    if (inner_band)
        chart.bands.push_back({prefix + "50% of replications", column(q, kP25, unit),
                               column(q, kP75, unit), style, true});
    chart.lines.push_back({prefix + "median", column(q, kP50, unit), style});
}

ChartSpec fan_chart(const Context& c, const FanMetric& m, std::size_t unit,
                    const std::string& heading) {
    const std::string units = c.reader.string_attribute(
        path::values(c.variants.front(), Period::Monthly, m.name), "units");
    ChartSpec chart = base_chart(
        c, "chart-" + safe_id(c.axes.units[unit]) + "-" + m.name, heading + ": " + m.title,
        std::string("Median, 50% and 90% bands: ") + kSpreadNote + "; " + c.period_text, m.y_label,
        value_kind_of_units(units));
    const bool several = c.variants.size() > 1;
    for (std::size_t v = 0; v < c.variants.size(); ++v)
        add_fan(chart, c, c.variants[v], c.quantiles.at(c.variants[v]).at(m.name), unit,
                static_cast<int>(v), !several || v == 0);
    if (std::string(m.name) == "wte" &&
        c.reader.exists(path::summary_group(c.variants.front(), Period::Monthly) +
                        "/establishment_wte")) {
        for (std::size_t v = 0; v < c.variants.size(); ++v)
            chart.lines.push_back(
                {variant_label(c, c.variants[v]) + "establishment (median)",
                 stored_median(c.reader, c.variants[v], "establishment_wte", unit),
                 static_cast<int>(c.variants.size() + v)});
    }
    return chart;
}

ChartSpec difference_chart(const Context& c, const FanMetric& m, std::size_t unit,
                           const std::string& heading, const std::string& variant) {
    const std::string units =
        c.reader.string_attribute(path::values(variant, Period::Monthly, m.name), "units");
    ChartSpec chart = base_chart(
        c,
        "chart-" + safe_id(c.axes.units[unit]) + "-" + m.name + "-difference-" + safe_id(variant),
        heading + ": " + m.title + ", " + variant + " minus " + c.variants.front(),
        std::string("Paired difference on common random numbers; median, 50% and 90% bands: ") +
            kSpreadNote + "; " + c.period_text,
        std::string("difference, ") + m.y_label, difference_kind(value_kind_of_units(units)));
    if (chart.kind == ValueKind::Points) chart.y_label = "difference, percentage points";
    chart.signed_values = true;
    add_fan(chart, c, "", c.differences.at(variant).at(m.name), unit, 1, true);
    return chart;
}

// Median lines of the metrics named prefix + something (joiners_<route>, leavers_<reason>).
ChartSpec breakdown_chart(const Context& c, const std::string& prefix, const std::string& title,
                          const std::vector<std::string>& exclude, std::size_t unit,
                          const std::string& heading) {
    ChartSpec chart = base_chart(
        c, "chart-" + safe_id(c.axes.units[unit]) + "-" + prefix + "by", heading + ": " + title,
        std::string("Median across replications of each month's count; ") + c.period_text,
        "people a month", ValueKind::Count);
    const auto& variant = c.variants.front();
    int style = 0;
    for (const auto& metric : c.reader.metrics(variant, Period::Monthly)) {
        if (metric.rfind(prefix, 0) != 0) continue;
        const std::string part = metric.substr(prefix.size());
        bool skip = false;
        for (const auto& e : exclude) skip = skip || part.rfind(e, 0) == 0;
        if (skip) continue;
        std::string label = part;
        for (char& ch : label)
            if (ch == '_') ch = ' ';
        chart.lines.push_back({label, stored_median(c.reader, variant, metric, unit), style++});
    }
    if (c.variants.size() > 1) chart.subtitle += " (" + variant + ")";
    return chart;
}

}  // namespace

ValueKind value_kind_of_units(const std::string& units) {
    if (units == "WTE") return ValueKind::Wte;
    if (units == "1" || units == "year-1") return ValueKind::Fraction;
    if (units == "GBP") return ValueKind::Money;
    return ValueKind::Count;
}

std::vector<UnitCharts> build_report_charts(const ResultReader& reader) {
    Context c{reader, reader.axes(), reader.variants(), "", {}, {}};
    if (c.axes.periods.empty()) return {};
    c.period_text = "monthly, " + month_text(c.axes.periods.front()) + " to " +
                    month_text(c.axes.periods.back());
    for (const auto& variant : c.variants)
        for (const auto& m : kFanMetrics)
            if (reader.exists(path::values(variant, Period::Monthly, m.name)))
                c.quantiles[variant][m.name] =
                    replication_quantiles(reader, variant, Period::Monthly, m.name);
    for (std::size_t v = 1; v < c.variants.size(); ++v)
        for (const auto& m : kFanMetrics)
            if (c.quantiles[c.variants[v]].count(m.name))
                c.differences[c.variants[v]][m.name] = paired_difference_quantiles(
                    reader, c.variants[v], c.variants.front(), Period::Monthly, m.name);

    std::vector<std::size_t> order;
    for (const char* kind : {"total", "sector", "group"})
        for (std::size_t u = 0; u < c.axes.units.size(); ++u)
            if (c.axes.unit_kinds[u] == kind) order.push_back(u);
    std::vector<UnitCharts> out;
    for (std::size_t u : order) {
        const std::string& kind = c.axes.unit_kinds[u];
        UnitCharts unit{c.axes.units[u],
                        kind,
                        kind == "total"    ? "System total"
                        : kind == "sector" ? "Sector " + c.axes.units[u]
                                           : "Group " + c.axes.units[u],
                        {}};
        for (const auto& m : kFanMetrics) {
            if (!c.quantiles[c.variants.front()].count(m.name)) continue;
            unit.charts.push_back(fan_chart(c, m, u, unit.heading));
        }
        unit.charts.push_back(
            breakdown_chart(c, "joiners_", "Joiners by route", {}, u, unit.heading));
        unit.charts.push_back(
            breakdown_chart(c, "leavers_", "Leavers by reason", {"reason_"}, u, unit.heading));
        for (std::size_t v = 1; v < c.variants.size(); ++v)
            for (const auto& m : kFanMetrics)
                if (c.differences[c.variants[v]].count(m.name))
                    unit.charts.push_back(difference_chart(c, m, u, unit.heading, c.variants[v]));
        out.push_back(std::move(unit));
    }
    return out;
}

}  // namespace wfsim::output::report
