#include "output/report/html_report.hpp"

#include <cmath>

#include "output/report/outcome_sections.hpp"
#include "output/report/report_charts.hpp"
#include "output/report/svg_chart.hpp"
#include "output/report/uncertainty_section.hpp"
#include "output/report/variant_sections.hpp"
#include "output/report_figures.hpp"

namespace wfsim::output::report {
namespace {

std::string esc(const std::string& s) {
    return escape_xml(s);
}

std::string anchor(const std::string& unit) {
    std::string out = "unit-";
    for (char c : unit) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
    return out;
}

void provenance(std::string& o, const ResultReader& reader, const FileMetadata& m,
                const ReportContext& context) {
    if (m.complete) {
        o += "<p class=\"complete\" id=\"status\">Complete: all " + std::to_string(m.replications) +
             " replications requested were simulated.</p>";
    } else {
        o += "<p class=\"warning\" id=\"status\">INCOMPLETE: this run stopped early. It holds " +
             std::to_string(m.replications) + " of the " +
             std::to_string(m.replications_requested) +
             " replications requested; every figure below is based on those only.</p>";
    }
    o += "<h2 class=\"first\" id=\"provenance\">Provenance</h2><table class=\"provenance\">";
    auto row = [&](const std::string& name, const std::string& value) {
        o += "<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>";
    };
    row("Scenario", m.scenario_name);
    if (!context.description.empty()) row("Description", context.description);
    row("Scenario file", m.scenario_path);
    row("Scenario SHA-256", reader.string_attribute("/", "scenario_sha256"));
    const auto overrides = reader.has_attribute("/", "overrides")
                               ? reader.strings_attribute("/", "overrides")
                               : std::vector<std::string>{};
    std::string joined;
    for (const auto& s : overrides) joined += (joined.empty() ? "" : "; ") + s;
    row("Overrides (--set)", joined.empty() ? "none" : joined);
    row("Seed", std::to_string(m.seed));
    row("Replications", std::to_string(m.replications) + " stored of " +
                            std::to_string(m.replications_requested) + " requested");
    row("Complete", m.complete ? "yes" : "no (interrupted)");
    std::string variants;
    for (const auto& v : m.variants) variants += (variants.empty() ? "" : ", ") + v;
    row("Variants", variants);
    const std::string source = reader.has_attribute("/", "source_version")
                                   ? " (" + reader.string_attribute("/", "source_version") + ")"
                                   : "";
    row("wfsim version", m.wfsim_version + source);
    row("Result file", reader.path() + ", format " + std::to_string(m.format_version));
    row("Run date (UTC)", m.created);
    o += "</table>";
}

struct KeyMetric {
    const char* name;
    const char* label;
    ValueKind kind;
};
const KeyMetric kKeyMetrics[] = {
    {"headcount", "Headcount", ValueKind::Count},
    {"wte", "WTE in post", ValueKind::Wte},
    {"establishment_wte", "Establishment WTE", ValueKind::Wte},
    {"vacancy_rate", "Vacancy rate", ValueKind::Fraction},
    {"turnover", "Turnover", ValueKind::Fraction},
    {"absence_rate", "Absence rate", ValueKind::Fraction},
};

void key_figures(std::string& o, const ResultReader& reader, const std::string& variant,
                 const Axes& axes) {
    std::vector<std::string> names;
    for (const auto& k : kKeyMetrics) names.emplace_back(k.name);
    const auto years = financial_year_figures(reader, variant, names);
    if (years.empty()) {
        o += "<p class=\"note\">No whole financial year (April to March) lies inside the run: "
             "see the monthly charts below.</p>";
        return;
    }
    std::size_t total = 0;
    for (std::size_t u = 0; u < axes.units.size(); ++u)
        if (axes.unit_kinds[u] == "total") total = u;
    o += "<table class=\"key-figures\"><tr><th>Financial year</th>";
    for (const auto& k : kKeyMetrics) o += std::string("<th>") + k.label + "</th>";
    o += "</tr>";
    for (const auto& year : years) {
        o += "<tr><td>" + esc(year.label) + "</td>";
        for (const auto& k : kKeyMetrics) {
            const auto found = year.by_metric.find(k.name);
            if (found == year.by_metric.end()) {
                o += "<td>-</td>";
                continue;
            }
            const Figure& f = found->second.at(total);
            o += "<td>" + esc(format_chart_value(f.median, k.kind)) + "<br><small>" +
                 esc(format_chart_value(f.p5, k.kind)) + " to " +
                 esc(format_chart_value(f.p95, k.kind)) + "</small></td>";
        }
        o += "</tr>";
    }
    o += "</table><p class=\"note\">System total, " + esc(variant) +
         ": median across replications, and below it the 5% to 95% spread across replications "
         "(not a confidence interval). Stocks at the year end (March); turnover is leavers in "
         "the year / mean headcount; rates are of the whole year.</p>";
}

void inputs_reproduced(std::string& o, const ResultReader& reader, const std::string& variant,
                       const Axes& axes, const std::vector<QuotedFigures>& quoted) {
    o += "<h2 id=\"inputs\">Inputs reproduced</h2>";
    if (quoted.empty()) {
        o += "<p class=\"note\">The scenario's quoted figures could not be read from the file.</p>";
        return;
    }
    const auto years =
        financial_year_figures(reader, variant, {"turnover", "vacancy_rate", "absence_rate"});
    if (years.empty()) {
        o += "<p class=\"note\">No whole financial year was simulated.</p>";
        return;
    }
    const PeriodFigures& first = years.front();
    o += "<table class=\"inputs\"><tr><th rowspan=\"2\">Group</th><th colspan=\"2\">Turnover</th>"
         "<th colspan=\"2\">Vacancy rate</th><th colspan=\"2\">Absence rate</th></tr><tr>";
    for (int i = 0; i < 3; ++i) o += "<th>simulated</th><th>quoted</th>";
    o += "</tr>";
    for (std::size_t u = 0; u < axes.units.size(); ++u) {
        if (axes.unit_kinds[u] != "group") continue;
        const QuotedFigures* q = nullptr;
        for (const auto& candidate : quoted)
            if (candidate.group == axes.units[u]) q = &candidate;
        o += "<tr><td>" + esc(axes.units[u]) + "</td>";
        const std::pair<const char*, std::optional<double>> rates[] = {
            {"turnover", q ? q->turnover : std::nullopt},
            {"vacancy_rate", q ? q->vacancy_rate : std::nullopt},
            {"absence_rate", q ? q->absence_rate : std::nullopt}};
        for (const auto& [metric, given] : rates) {
            const auto found = first.by_metric.find(metric);
            const double simulated =
                found == first.by_metric.end() ? NAN : found->second.at(u).mean;
            o += "<td>" + esc(format_chart_value(simulated, ValueKind::Fraction)) + "</td><td>" +
                 (given ? esc(format_chart_value(*given, ValueKind::Fraction)) : "-") + "</td>";
        }
        o += "</tr>";
    }
    o += "</table><p class=\"note\">Simulated: mean across replications in " + esc(first.label) +
         " (" + esc(variant) + "), beside the figure the scenario quotes.</p>";
}

}  // namespace

std::string render_html_report(const ResultReader& reader, const ReportContext& context,
                               std::vector<std::pair<std::string, std::string>>* charts) {
    const FileMetadata m = reader.metadata();
    const Axes axes = reader.axes();
    const std::string baseline = m.variants.front();
    std::string o;
    o.reserve(1 << 20);
    o += page_start(m.scenario_name + ": wfsim report");
    o += "<h1>" + esc(m.scenario_name) + "</h1>";
    provenance(o, reader, m, context);

    o += "<h2 id=\"key-figures\">Key figures by financial year</h2>";
    key_figures(o, reader, baseline, axes);
    inputs_reproduced(o, reader, baseline, axes, context.quoted);
    append_outcome_sections(o, reader, charts);
    append_variant_comparison(o, reader, charts);
    append_uncertainty_section(o, reader, charts);

    const auto units = build_report_charts(reader);
    o += "<nav><h2 id=\"contents\">Charts</h2><ul>";
    for (const auto& u : units)
        o += "<li><a href=\"#" + anchor(u.unit) + "\">" + esc(u.heading) + "</a></li>";
    o += "</ul></nav>";
    o += "<p class=\"note\">Bands show the spread across replications (the range of outcomes the "
         "model produces), not confidence intervals. Hover over a point at each March to read "
         "the values.</p>\n";
    for (const auto& u : units) {
        o += "<h2 id=\"" + anchor(u.unit) + "\">" + esc(u.heading) + "</h2>\n";
        for (const auto& chart : u.charts) {
            const std::string svg = render_svg(chart);
            o += "<figure>" + svg + "</figure>\n";
            if (charts) charts->emplace_back(chart.id, svg);
        }
    }
    o += "<p class=\"note\">Written by wfsim " + esc(m.wfsim_version) + " from " +
         esc(reader.path()) + ".</p></body></html>\n";
    return o;
}

HtmlReportSummary write_html_report(const ResultReader& reader, const ReportContext& context,
                                    const std::string& html_path,
                                    const HtmlReportOptions& options) {
    std::vector<std::pair<std::string, std::string>> charts;
    const std::string page = render_html_report(reader, context, &charts);
    return write_page_files(html_path, page, charts, options.chart_directory);
}

}  // namespace wfsim::output::report
