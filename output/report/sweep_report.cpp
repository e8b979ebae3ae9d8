#include "output/report/sweep_report.hpp"

#include <cmath>
#include <cstdio>

#include "output/report/svg_chart.hpp"
#include "output/report/sweep_charts.hpp"
#include "output/report/sweep_data.hpp"

namespace wfsim::output::report {
namespace {

std::string esc(const std::string& s) {
    return escape_xml(s);
}

// What each design's chart and measures say, for a reader who has not met the method.
std::string design_note(const std::string& design) {
    if (design == "oat")
        return "Each factor is moved to the low and then the high end of its range with every "
               "other factor at the scenario's own value. The longer a factor's bars, the more "
               "the output moves across its range; the whiskers are the intervals of each end's "
               "change from the baseline (paired on the same replications).";
    if (design == "morris")
        return "Elementary effects: the change in the output when one factor moves by a fixed "
               "share of its range, from many starting points. mu* (right) ranks importance; "
               "sigma (up) large against mu* means the effect depends on the other factors or "
               "is not linear. Effects are per factor range, in the output's units.";
    if (design == "sobol")
        return "The share of the output's variance (over the factors' distributions) due to "
               "each factor alone (first order S1) and with its interactions (total order ST). "
               "A factor with ST near 0 can be fixed anywhere in its range; ST well above S1 "
               "means interactions. Estimates from few samples can fall below 0 or above 1.";
    if (design == "factorial")
        return "Main-effect share: the variance of the factor's level means over the variance "
               "of all points of the grid.";
    return "Standardised regression coefficients of the output on the factors: the change in "
           "the output, in its standard deviations, for one standard deviation of the factor. "
           "They rank factors well when R² is near 1.";
}

std::string with_interval(const sweeps::Estimate& e, ValueKind kind, bool sign = false) {
    std::string text = esc(format_chart_value(e.value, kind, sign));
    if (std::isfinite(e.low) && std::isfinite(e.high))
        text += "<br><small>" + esc(format_chart_value(e.low, kind, sign)) + " to " +
                esc(format_chart_value(e.high, kind, sign)) + "</small>";
    return text;
}

struct Column {
    std::string heading, measure;
    ValueKind kind;
    bool sign = false;
};

// The measures of one design for one output, a factor a row, in order of rank.
void measure_table(std::string& o, const SweepData& s, const SweepDesignData& d, std::size_t out) {
    const ValueKind own = output_value_kind(s.outputs[out]);
    const ValueKind effect = difference_kind(own);  // a change of a rate is in points
    std::vector<Column> columns;
    if (d.name == "oat")
        columns = {{"low end", "low_end", own},
                   {"high end", "high_end", own},
                   {"low end - baseline", "low_effect", effect, true},
                   {"high end - baseline", "high_effect", effect, true},
                   {"swing (high - low)", "swing", effect, true}};
    else if (d.name == "morris")
        columns = {
            {"mu*", "mu_star", effect}, {"mu", "mu", effect, true}, {"sigma", "sigma", effect}};
    else if (d.name == "sobol")
        columns = {{"ST (total order)", "total_order", ValueKind::Plain},
                   {"S1 (first order)", "first_order", ValueKind::Plain}};
    else if (d.has("main_effect_share"))
        columns = {{"main-effect share", "main_effect_share", ValueKind::Plain}};
    else
        columns = {{"SRC", "src", ValueKind::Plain, true}};
    o += "<table class=\"measures\"><tr><th>rank</th><th>factor</th>";
    for (const auto& c : columns) o += "<th>" + esc(c.heading) + "</th>";
    o += "</tr>";
    for (std::size_t f : d.by_rank(out)) {
        o += "<tr><td>" + std::to_string(d.rank.at(out * d.factors + f)) + "</td><td>" +
             esc(s.factors[f].name) + "</td>";
        for (const auto& c : columns)
            o += "<td>" + with_interval(d.estimate(c.measure, out, f), c.kind, c.sign) + "</td>";
        o += "</tr>";
    }
    o += "</table>";
    std::string note = "Ranked by " + d.influence_measure + ".";
    auto per_output = [&](const std::string& name) {
        const auto found = d.per_output.find(name);
        return found == d.per_output.end() ? NAN : found->second.at(out);
    };
    if (d.name == "oat")
        note += " Baseline (every factor at the scenario's value): " +
                format_chart_value(per_output("baseline"), own) + ".";
    if (d.name == "sobol") {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.4g", per_output("variance"));
        note += std::string(" Variance of the output over the samples: ") + buffer + ".";
    }
    if (d.per_output.count("r_squared"))
        note += " R² = " + format_chart_value(per_output("r_squared"), ValueKind::Plain) + ".";
    o += "<p class=\"note\">" + esc(note) + "</p>";
}

void provenance(std::string& o, const ResultReader& reader, const SweepData& s) {
    o += "<h2 class=\"first\" id=\"provenance\">Provenance</h2><table class=\"provenance\">";
    auto row = [&](const std::string& name, const std::string& value) {
        o += "<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>";
    };
    row("Sweep", s.sweep_name);
    if (!s.sweep_description.empty()) row("Question", s.sweep_description);
    row("Sweep file", s.sweep_path);
    row("Sweep file SHA-256", s.sweep_sha256);
    row("Scenario", s.scenario_name + " (" + s.scenario_path + ")");
    row("Scenario SHA-256", s.scenario_sha256);
    if (!s.design_file_path.empty()) row("Design file", s.design_file_path);
    std::string designs;
    for (const auto& d : s.designs)
        designs += (designs.empty() ? "" : ", ") + design_title(d.name) + " (" +
                   std::to_string(d.points) + " points)";
    row("Designs", designs);
    row("Replications at every point", std::to_string(s.replications));
    row("Seed", std::to_string(s.seed));
    row("Common random numbers", s.common_random_numbers ? "yes" : "no");
    row("Calibration", s.calibration);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%lld resamples, %g%% percentile intervals",
                  static_cast<long long>(s.bootstrap_resamples), s.bootstrap_confidence * 100);
    row("Bootstrap", buffer);
    row("wfsim version",
        s.wfsim_version + (s.source_version.empty() ? "" : " (" + s.source_version + ")"));
    row("Sweep result file", reader.path());
    row("Run date (UTC)", s.created);
    o += "</table>";
}

void factors_and_outputs(std::string& o, const SweepData& s) {
    o += "<h2 id=\"factors\">Factors</h2><table class=\"factors\"><tr><th>factor</th>"
         "<th>parameter (--set path)</th><th>change</th><th>distribution</th><th>range</th></tr>";
    for (const auto& f : s.factors) {
        o += "<tr><td>" + esc(f.name) +
             (f.description.empty() ? "" : "<br><small>" + esc(f.description) + "</small>") +
             "</td><td>" + esc(f.path) + "</td><td>" + esc(f.change) + "</td><td>" +
             esc(f.distribution) + "</td><td>" + esc(factor_value_text(f, f.lower)) + " to " +
             esc(factor_value_text(f, f.upper)) + "</td></tr>";
    }
    o += "</table><p class=\"note\">Range: the ends grid designs use (one at a time, factorial, "
         "Morris); sampling designs draw from the distribution.</p>";
    o += "<h2 id=\"outputs\">Outputs</h2><table class=\"outputs\"><tr><th>output</th>"
         "<th>definition</th><th>units</th></tr>";
    for (const auto& out : s.outputs)
        o += "<tr><td>" + esc(out.name) +
             (out.description.empty() ? "" : "<br><small>" + esc(out.description) + "</small>") +
             "</td><td>" + esc(out.definition) + "</td><td>" + esc(out.units) + "</td></tr>";
    o += "</table>";
}

}  // namespace

std::string render_sweep_report(const ResultReader& reader,
                                std::vector<std::pair<std::string, std::string>>* charts) {
    const SweepData s = read_sweep_data(reader);
    std::string o = page_start(s.sweep_name + ": wfsim sweep report");
    o += "<h1>" + esc(s.sweep_name) + "</h1><p>Sensitivity sweep of the scenario " +
         esc(s.scenario_name) + "</p>";
    std::size_t failed = 0, not_run = 0;
    for (const auto& d : s.designs) failed += d.failed, not_run += d.not_run;
    if (s.complete && failed == 0)
        o += "<p class=\"complete\" id=\"status\">Complete: all " + std::to_string(s.points) +
             " design points ran.</p>";
    else
        o += "<p class=\"warning\" id=\"status\">" + std::string(s.complete ? "" : "INCOMPLETE: ") +
             std::to_string(not_run) + " of the " + std::to_string(s.points) +
             " design points did not run and " + std::to_string(failed) +
             " could not run; the measures leave out what they touch.</p>";
    provenance(o, reader, s);
    factors_and_outputs(o, s);
    for (const auto& d : s.designs) {
        o += "<h2 id=\"design-" + esc(d.name) + "\">" + esc(design_title(d.name)) + "</h2><p>" +
             esc(design_note(d.name)) + "</p><p class=\"note\">" + std::to_string(d.points) +
             " points x " + std::to_string(s.replications) + " replications.";
        if (d.failed > 0)
            o += " " + std::to_string(d.failed) +
                 " points could not run (the first: " + esc(d.first_error) + ").";
        o += "</p>";
        for (std::size_t out = 0; out < s.outputs.size(); ++out) {
            o +=
                "<h3>" + esc(s.outputs[out].name) + ": " + esc(s.outputs[out].definition) + "</h3>";
            const std::string svg = sweep_chart_svg(s, d, out);
            o += "<figure>" + svg + "</figure>\n";
            if (charts) charts->emplace_back(sweep_chart_id(d, s.outputs[out]), svg);
            measure_table(o, s, d, out);
        }
    }
    o += "<p class=\"note\">Written by wfsim " + esc(s.wfsim_version) + " from " +
         esc(reader.path()) + ".</p></body></html>\n";
    return o;
}

HtmlReportSummary write_sweep_report(const ResultReader& reader, const std::string& html_path,
                                     const std::string& chart_directory) {
    std::vector<std::pair<std::string, std::string>> charts;
    const std::string page = render_sweep_report(reader, &charts);
    return write_page_files(html_path, page, charts, chart_directory);
}

}  // namespace wfsim::output::report
