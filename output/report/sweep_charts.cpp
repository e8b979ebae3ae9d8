#include "output/report/sweep_charts.hpp"

#include <cmath>
#include <cstdio>

#include "output/report/report_charts.hpp"
#include "output/report/sensitivity_svg.hpp"

namespace wfsim::output::report {
namespace {

std::string interval_text(const SweepData& s) {
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "whiskers: %g%% bootstrap intervals",
                  s.bootstrap_confidence * 100);
    return buffer;
}

// The output at an end of the factor's range, with the interval of the paired change from the
// baseline moved onto it.
sweeps::Estimate output_at_end(const SweepDesignData& d, const std::string& end, std::size_t o,
                               std::size_t f) {
    const double at = d.estimate(end + "_end", o, f).value;
    const sweeps::Estimate effect = d.estimate(end + "_effect", o, f);
    return {at, at + (effect.low - effect.value), at + (effect.high - effect.value)};
}

std::string tornado(const SweepData& s, const SweepDesignData& d, std::size_t o) {
    const SweepOutputRow& out = s.outputs[o];
    TornadoChart c;
    c.id = sweep_chart_id(d, out);
    c.title = out.name + ": one at a time (tornado)";
    c.subtitle = "each factor at the ends of its range, the others at the scenario's values; " +
                 interval_text(s);
    c.x_label = out.definition + (out.units == "1" ? "" : " (" + out.units + ")");
    c.kind = output_value_kind(out);
    c.output = out.name;
    const auto baseline = d.per_output.find("baseline");
    c.baseline = baseline == d.per_output.end() ? NAN : baseline->second.at(o);
    for (std::size_t f : d.by_rank(o)) {
        const SweepFactorRow& factor = s.factors[f];
        c.rows.push_back({factor.name, factor_value_text(factor, factor.lower),
                          factor_value_text(factor, factor.upper), output_at_end(d, "low", o, f),
                          output_at_end(d, "high", o, f)});
    }
    return render_tornado(c);
}

std::string morris(const SweepData& s, const SweepDesignData& d, std::size_t o) {
    const SweepOutputRow& out = s.outputs[o];
    MorrisChart c;
    c.id = sweep_chart_id(d, out);
    c.title = out.name + ": Morris elementary effects";
    c.subtitle = "per factor: mu* (importance) against sigma (interactions or non-linearity); " +
                 interval_text(s) + " of mu*";
    const std::string per = (out.units == "1" ? "" : out.units + " ") + "per factor range";
    c.x_label = "mu*: mean absolute elementary effect (" + per + ")";
    c.y_label = "sigma: sd of the effects (" + per + ")";
    c.kind = difference_kind(output_value_kind(out));  // effects of a rate are in points
    for (std::size_t f : d.by_rank(o))
        c.points.push_back({s.factors[f].name, d.estimate("mu_star", o, f),
                            d.estimate("mu", o, f).value, d.estimate("sigma", o, f).value});
    return render_morris(c);
}

std::string bars(const SweepData& s, const SweepDesignData& d, std::size_t o) {
    const SweepOutputRow& out = s.outputs[o];
    IntervalBarChart c;
    c.id = sweep_chart_id(d, out);
    std::vector<std::string> measures;
    if (d.name == "sobol") {
        c.title = out.name + ": Sobol indices";
        c.subtitle = "share of the output's variance due to each factor; " + interval_text(s);
        c.x_label = "Sobol index (share of the variance of " + out.name + ")";
        measures = {"first_order", "total_order"};
        c.series = {"S1", "ST"};
        c.series_legend = {"first order S1, alone (Saltelli 2010)",
                           "total order ST, with interactions (Jansen 1999)"};
    } else {
        const bool regression = d.has("src");
        const std::string measure = regression                   ? "src"
                                    : d.has("main_effect_share") ? "main_effect_share"
                                                                 : "influence";
        const std::string name = regression                       ? "SRC"
                                 : measure == "main_effect_share" ? "main-effect share"
                                                                  : d.influence_measure;
        c.title = out.name + ": " + design_title(d.name) + ", " + name;
        c.subtitle =
            (regression ? "standardised regression coefficients, signed; " : "") + interval_text(s);
        c.x_label = name + " of " + out.name;
        measures = {measure};
        c.series = {name};
        c.series_legend = {name};
    }
    for (std::size_t f : d.by_rank(o)) {
        IntervalBarChart::Row row{s.factors[f].name, {}};
        for (const auto& m : measures) row.values.push_back(d.estimate(m, o, f));
        c.rows.push_back(std::move(row));
    }
    return render_interval_bars(c);
}

}  // namespace

std::string sweep_chart_id(const SweepDesignData& design, const SweepOutputRow& output) {
    return "chart-sweep-" + design.name + "-" + output.name;
}

ValueKind output_value_kind(const SweepOutputRow& output) {
    return value_kind_of_units(output.units);
}

std::string factor_value_text(const SweepFactorRow& factor, double value) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    if (factor.change == "multiply") return std::string("x ") + buffer;
    std::string text = buffer;
    if (factor.change == "add" && value >= 0) text.insert(text.begin(), '+');
    return text;
}

std::string design_title(const std::string& design) {
    if (design == "oat") return "one at a time";
    if (design == "morris") return "Morris";
    if (design == "sobol") return "Sobol";
    if (design == "factorial") return "full factorial";
    if (design == "lhs") return "Latin hypercube";
    if (design == "external") return "design file";
    return design;
}

std::string sweep_chart_svg(const SweepData& s, const SweepDesignData& d, std::size_t output) {
    if (d.name == "oat") return tornado(s, d, output);
    if (d.name == "morris") return morris(s, d, output);
    return bars(s, d, output);
}

}  // namespace wfsim::output::report
