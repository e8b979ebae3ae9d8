#include "output/report/variant_sections.hpp"

#include <cmath>

#include "output/report/report_charts.hpp"
#include "output/report/sensitivity_svg.hpp"
#include "output/report/svg_chart.hpp"

namespace wfsim::output::report {
namespace {

struct KeyDifference {
    const char* metric;
    const char* label;
};
const KeyDifference kKeyDifferences[] = {
    {"wte", "WTE in post"},   {"vacancy_rate", "Vacancy rate"},
    {"turnover", "Turnover"}, {"absence_rate", "Absence rate"},
    {"leavers", "Leavers"},   {"temporary_cost", "Bank and agency cost"},
};

struct CostMeasure {
    const char* name;
    const char* label;
};
const CostMeasure kCostMeasures[] = {
    {"net_cost_cumulative", "net cost"},
    {"wte_years_gained_cumulative", "WTE-years gained"},
    {"vacancy_wte_years_avoided_cumulative", "vacant WTE-years avoided"},
    {"leavers_avoided_cumulative", "leavers avoided"},
    {"cost_per_wte_year_gained_cumulative", "net cost per WTE-year gained"},
    {"cost_per_vacancy_wte_year_avoided_cumulative", "net cost per vacant WTE-year avoided"},
    {"cost_per_leaver_avoided_cumulative", "net cost per leaver avoided"},
};

std::string esc(const std::string& s) {
    return escape_xml(s);
}

ValueKind kind_of(const std::string& units) {
    if (units.rfind("GBP", 0) == 0) return ValueKind::Money;  // also "GBP per WTE-year"
    if (units.rfind("WTE", 0) == 0) return ValueKind::Wte;    // also "WTE-years"
    return value_kind_of_units(units);
}

std::string units_of(const ResultReader& reader, const std::string& group) {
    return reader.has_attribute(group, "units") ? reader.string_attribute(group, "units") : "";
}

// A [fy, unit] statistic's column of the system total; empty when the file lacks it.
std::vector<double> total_column(const ResultReader& reader, const std::string& path,
                                 std::size_t total) {
    if (!reader.exists(path)) return {};
    const NumericArray a = reader.numbers(path);
    std::vector<double> out;
    for (std::size_t y = 0; y < a.shape.at(0); ++y) out.push_back(a.at(y, total));
    return out;
}

struct Interval {
    std::vector<double> mean, low, high;  // per financial year
};
Interval interval_of(const ResultReader& reader, const std::string& group, std::size_t total) {
    return {total_column(reader, group + "/mean", total),
            total_column(reader, group + "/ci95_low", total),
            total_column(reader, group + "/ci95_high", total)};
}

std::string cell(const Interval& i, std::size_t y, ValueKind kind, bool sign) {
    if (y >= i.mean.size()) return "<td>-</td>";
    std::string text = "<td>" + esc(format_chart_value(i.mean[y], kind, sign));
    if (y < i.low.size() && std::isfinite(i.low[y]) && y < i.high.size())
        text += "<br><small>" + esc(format_chart_value(i.low[y], kind, sign)) + " to " +
                esc(format_chart_value(i.high[y], kind, sign)) + "</small>";
    return text + "</td>";
}

}  // namespace

void append_variant_comparison(std::string& o, const ResultReader& reader,
                               std::vector<std::pair<std::string, std::string>>* charts) {
    const auto all = reader.variants();
    std::vector<std::string> variants;
    for (std::size_t v = 1; v < all.size(); ++v)
        if (reader.exists(path::variant(all[v]) + "/fy_difference")) variants.push_back(all[v]);
    if (variants.empty()) return;
    const Axes axes = reader.axes();
    if (axes.financial_years.empty()) return;
    std::size_t total = 0;
    for (std::size_t u = 0; u < axes.units.size(); ++u)
        if (axes.unit_kinds[u] == "total") total = u;
    const std::size_t last = axes.financial_years.size() - 1;

    o += "<h2 id=\"variant-comparison\">Variants compared with the baseline</h2><p "
         "class=\"note\">Each variant ran on the baseline's random numbers, so the difference of "
         "a pair of replications isolates what the variant changes. Mean paired difference "
         "(variant - baseline) for the system total, with its 95% confidence interval: unlike "
         "the bands of the fan charts, these intervals are of the estimated effect.</p>";
    o += "<table class=\"differences\"><tr><th>" + esc(axes.financial_years[last]) + "</th>";
    for (const auto& v : variants) o += "<th>" + esc(v) + " - baseline</th>";
    o += "</tr>";
    for (const auto& k : kKeyDifferences) {
        const std::string first = path::variant(variants.front()) + "/fy_difference/" + k.metric;
        if (!reader.exists(first)) continue;
        const ValueKind kind = difference_kind(kind_of(units_of(reader, first)));
        o += "<tr><td>" + std::string(k.label) + "</td>";
        for (const auto& v : variants)
            o += cell(interval_of(reader, path::variant(v) + "/fy_difference/" + k.metric, total),
                      last, kind, true);
        o += "</tr>";
    }
    o += "</table>";

    for (const auto& k : kKeyDifferences) {
        const std::string first = path::variant(variants.front()) + "/fy_difference/" + k.metric;
        if (!reader.exists(first)) continue;
        const std::string units = units_of(reader, first);
        IntervalBarChart c;
        c.id = std::string("chart-difference-") + k.metric;
        c.title = std::string("System total: ") + k.label + ", difference from the baseline";
        c.subtitle =
            "mean paired difference (variant - baseline) by financial year; whiskers: 95% "
            "confidence intervals";
        c.kind = difference_kind(kind_of(units));
        c.x_label = c.kind == ValueKind::Points
                        ? "difference (percentage points)"
                        : "difference" + (units.empty() || units == "1" ? "" : " (" + units + ")");
        c.first_style = 1;  // the variants' colours in the fan charts, the baseline's is 0
        c.signed_values = true;
        std::vector<Interval> per_variant;
        for (const auto& v : variants) {
            c.series.push_back(v);
            c.series_legend.push_back(v + " - baseline");
            per_variant.push_back(
                interval_of(reader, path::variant(v) + "/fy_difference/" + k.metric, total));
        }
        for (std::size_t y = 0; y < axes.financial_years.size(); ++y) {
            IntervalBarChart::Row row{axes.financial_years[y], {}};
            for (const auto& i : per_variant)
                row.values.push_back({y < i.mean.size() ? i.mean[y] : NAN,
                                      y < i.low.size() ? i.low[y] : NAN,
                                      y < i.high.size() ? i.high[y] : NAN});
            c.rows.push_back(std::move(row));
        }
        const std::string svg = render_interval_bars(c);
        o += "<figure>" + svg + "</figure>\n";
        if (charts) charts->emplace_back(c.id, svg);
    }

    o += "<h2 id=\"cost-effectiveness\">Cost-effectiveness</h2>";
    for (const auto& v : variants) {
        const std::string group = path::variant(v) + "/cost_effectiveness";
        if (!reader.exists(group)) continue;
        o += "<h3>" + esc(v) +
             "</h3><table class=\"cost-effectiveness\"><tr><th>from the start "
             "to the end of</th>";
        std::vector<std::pair<Interval, ValueKind>> columns;
        for (const auto& m : kCostMeasures) {
            const std::string measure = group + "/" + m.name;
            if (!reader.exists(measure)) continue;
            o += "<th>" + std::string(m.label) + "</th>";
            columns.emplace_back(interval_of(reader, measure, total),
                                 kind_of(units_of(reader, measure)));
        }
        o += "</tr>";
        for (std::size_t y = 0; y < axes.financial_years.size(); ++y) {
            o += "<tr><td>" + esc(axes.financial_years[y]) + "</td>";
            for (const auto& [interval, kind] : columns) o += cell(interval, y, kind, false);
            o += "</tr>";
        }
        o += "</table>";
    }
    o += "<p class=\"note\">System total, cumulative from the start of the run. Net cost: the "
         "variant's intervention costs plus its change in bank and agency, international "
         "recruitment and pay costs (a saving is negative). A cost per unit is the ratio of the "
         "means with its 95% interval; it is n/a unless the mean gain is above zero, and not worth "
         "reading when the gain's interval includes zero (docs/output.md).</p>";
}

}  // namespace wfsim::output::report
