#include "output/report/sensitivity_svg.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "output/report/svg_parts.hpp"

namespace wfsim::output::report {
namespace {

using svg::fixed;
using svg::kColours;

constexpr double kWidth = 720;
constexpr double kLeft = 170, kRight = 96, kTop = 58;  // factor names left, value labels right
constexpr double kPlotWidth = kWidth - kLeft - kRight;
constexpr double kAxisHeight = 74;  // tick labels, axis title and legend below the rows

std::string esc(const std::string& s) {
    return escape_xml(s);
}

std::string value(double v, ValueKind kind, bool sign = false) {
    return format_chart_value(v, kind, sign);
}

std::string interval(const sweeps::Estimate& e, ValueKind kind) {
    if (!std::isfinite(e.low) || !std::isfinite(e.high)) return "no interval";
    return "95% interval " + value(e.low, kind) + " to " + value(e.high, kind);
}

// A linear scale over [low, high] onto [left, left + width], widened to round ticks.
struct Scale {
    double low = 0, high = 1, left = kLeft, width = kPlotWidth, step = 0.2;
    double at(double v) const { return left + width * (v - low) / (high - low); }
};

Scale make_scale(std::vector<double> values, bool from_zero, double left, double width,
                 double pad_share) {
    double low = std::numeric_limits<double>::infinity(), high = -low;
    if (from_zero) values.push_back(0.0);
    for (double v : values)
        if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
    if (!std::isfinite(low)) low = 0, high = 1;
    if (high - low < 1e-12 * std::max(1.0, std::fabs(high))) {
        const double pad = std::max(std::fabs(high) * 0.05, 1e-3);
        low -= pad, high += pad;
    }
    const double pad = (high - low) * pad_share;
    if (!(from_zero && low == 0.0)) low -= pad;
    high += pad;
    const double step = svg::nice_step(high - low, 5);
    return {std::floor(low / step) * step, std::ceil(high / step) * step, left, width, step};
}

// Vertical grid lines with their labels (class x-tick) below the plot, the axis title beneath.
void x_axis(std::string& o, const Scale& s, double top, double bottom, ValueKind kind,
            const std::string& label) {
    for (double v = s.low; v <= s.high + s.step * 1e-6; v += s.step) {
        const double tick = std::fabs(v) < s.step * 1e-6 ? 0.0 : v;
        const double x = s.at(tick);
        o += "<line x1=\"" + fixed(x) + "\" x2=\"" + fixed(x) + "\" y1=\"" + fixed(top) +
             "\" y2=\"" + fixed(bottom) + "\" stroke=\"" + (tick == 0.0 ? "#555555" : "#dddddd") +
             "\"/><text class=\"x-tick\" x=\"" + fixed(x) + "\" y=\"" + fixed(bottom + 14) +
             "\" text-anchor=\"middle\">" + esc(format_tick(tick, s.step, kind)) + "</text>";
    }
    o += "<text x=\"" + fixed(s.left + s.width / 2) + "\" y=\"" + fixed(bottom + 32) +
         "\" text-anchor=\"middle\">" + esc(label) + "</text>";
}

// A horizontal bar between two values, with its hover text.
void bar(std::string& o, const std::string& css, const Scale& s, double from, double to, double y,
         double height, int style, const std::string& hover) {
    if (!std::isfinite(from) || !std::isfinite(to)) return;
    const double x0 = s.at(std::min(from, to)), x1 = s.at(std::max(from, to));
    o += "<rect class=\"bar " + css + "\" x=\"" + fixed(x0) + "\" y=\"" + fixed(y) + "\" width=\"" +
         fixed(x1 - x0) + "\" height=\"" + fixed(height) + "\" fill=\"" + kColours[style] +
         "\" fill-opacity=\"" + (style == 0 ? "0.85" : "0.6") + "\"><title>" + esc(hover) +
         "</title></rect>";
}

// An interval as a line with end caps, at height y.
void whisker(std::string& o, const std::string& css, const Scale& s, const sweeps::Estimate& e,
             double y) {
    if (!std::isfinite(e.low) || !std::isfinite(e.high)) return;
    const double x0 = s.at(e.low), x1 = s.at(e.high);
    o += "<path class=\"whisker " + css + "\" d=\"M" + fixed(x0) + "," + fixed(y - 4) + "V" +
         fixed(y + 4) + "M" + fixed(x0) + "," + fixed(y) + "H" + fixed(x1) + "M" + fixed(x1) + "," +
         fixed(y - 4) + "V" + fixed(y + 4) + "\" stroke=\"#000000\" fill=\"none\"/>";
}

// The width a text of the charts' font takes, roughly (for placing it, not for drawing it).
double text_width(const std::string& text) {
    return 6.2 * static_cast<double>(text.size());
}

// A text beside the outer end of a bar and its whisker: right of it, or left for a bar going
// left. Where that side has no room for it (it would run into the factor names, or off the
// chart), it goes to the other side of the reference line, beyond the bar's inner end there.
void end_label(std::string& o, const Scale& s, const sweeps::Estimate& e, double reference,
               double y, const std::string& text) {
    if (!std::isfinite(e.value)) return;
    const bool has_interval = std::isfinite(e.low) && std::isfinite(e.high);
    const double low = std::min(reference, has_interval ? std::min(e.low, e.value) : e.value);
    const double high = std::max(reference, has_interval ? std::max(e.high, e.value) : e.value);
    bool left = e.value < reference;
    const double width = text_width(text) + 4;
    if (left && s.at(low) - width < s.left) left = false;
    if (!left && e.value >= reference && s.at(high) + width > kWidth && s.at(low) - width >= s.left)
        left = true;
    o += "<text class=\"bar-label\" x=\"" + fixed(left ? s.at(low) - 4 : s.at(high) + 4) +
         "\" y=\"" + fixed(y + 4) + "\" text-anchor=\"" + (left ? "end" : "start") + "\">" +
         esc(text) + "</text>";
}

void factor_label(std::string& o, const std::string& factor, double y) {
    o += "<text class=\"factor-label\" x=\"" + fixed(kLeft - 8) + "\" y=\"" + fixed(y + 4) +
         "\" text-anchor=\"end\">" + esc(factor) + "</text>";
}

using LegendEntries = std::vector<std::pair<int, std::string>>;
constexpr double kLegendLine = 16;

// Legend entries (a swatch and a text each) in rows from height y, a new row where the next
// entry would run off the chart. Returns the number of rows.
int legend(std::string* o, double y, const LegendEntries& entries) {
    double x = kLeft;
    int rows = 1;
    for (const auto& [style, text] : entries) {
        const double width = 36 + text_width(text);
        if (x > kLeft && x + width - 14 > kWidth) {
            x = kLeft;
            y += kLegendLine;
            ++rows;
        }
        if (o)
            *o += "<rect x=\"" + fixed(x) + "\" y=\"" + fixed(y - 9) +
                  "\" width=\"18\" height=\"10\" fill=\"" + kColours[style] + "\" fill-opacity=\"" +
                  (style == 0 ? "0.85" : "0.6") + "\"/><text x=\"" + fixed(x + 22) + "\" y=\"" +
                  fixed(y) + "\">" + esc(text) + "</text>";
        x += width;
    }
    return rows;
}

// The frame of a chart with a row per factor: the opening, a scale over `values` and the x axis
// below the rows; `bottom` is where the rows end.
struct RowFrame {
    Scale scale;
    double bottom = 0;
};
template <typename Chart>
RowFrame open_rows(std::string& o, const Chart& c, const std::vector<double>& values,
                   double row_height, bool from_zero, double pad_share,
                   const LegendEntries& legend_entries) {
    const double rows = static_cast<double>(c.rows.size());
    RowFrame f{make_scale(values, from_zero, kLeft, kPlotWidth, pad_share),
               kTop + row_height * rows};
    const double legend_rows = legend(nullptr, 0, legend_entries);
    o += svg::open_chart(c.id, kWidth, f.bottom + kAxisHeight + kLegendLine * (legend_rows - 1),
                         c.title, c.subtitle);
    x_axis(o, f.scale, kTop - 6, f.bottom, c.kind, c.x_label);
    return f;
}

}  // namespace

std::string render_tornado(const TornadoChart& c) {
    constexpr double row = 34, half = 12;
    std::vector<double> values{c.baseline};
    for (const auto& r : c.rows)
        for (const auto* e : {&r.low_end, &r.high_end})
            values.insert(values.end(), {e->value, e->low, e->high});
    const LegendEntries entries{{0, "factor at the low end of its range (upper bar)"},
                                {1, "at the high end (lower bar)"}};
    std::string o;
    const auto [s, bottom] = open_rows(o, c, values, row, false, 0.08, entries);
    for (std::size_t i = 0; i < c.rows.size(); ++i) {
        const auto& r = c.rows[i];
        const double y = kTop + row * static_cast<double>(i) + 5;
        o += "<g class=\"factor\">";
        factor_label(o, r.factor, y + half);
        const auto end = [&](const sweeps::Estimate& e, const std::string& which,
                             const std::string& at, double top, int style) {
            const std::string hover = r.factor + " at the " + which + " end of its range (" + at +
                                      "): " + c.output + " " + value(e.value, c.kind) + ", " +
                                      value(e.value - c.baseline, difference_kind(c.kind), true) +
                                      " from the baseline " + value(c.baseline, c.kind) + "; " +
                                      interval(e, c.kind);
            bar(o, which + "-end", s, c.baseline, e.value, top, half, style, hover);
            whisker(o, which + "-end", s, e, top + half / 2);
            end_label(o, s, e, c.baseline, top + half / 2, at);
        };
        end(r.low_end, "low", r.low_label, y, 0);
        end(r.high_end, "high", r.high_label, y + half, 1);
        o += "</g>";
    }
    const double x = s.at(c.baseline);
    o += "<line class=\"baseline\" x1=\"" + fixed(x) + "\" x2=\"" + fixed(x) + "\" y1=\"" +
         fixed(kTop - 6) + "\" y2=\"" + fixed(bottom) +
         "\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/><text x=\"" +
         fixed(x) + "\" y=\"" + fixed(kTop - 10) + "\" text-anchor=\"middle\">baseline " +
         esc(value(c.baseline, c.kind)) + "</text>";
    legend(&o, bottom + 56, entries);
    return o + "</svg>";
}

std::string render_interval_bars(const IntervalBarChart& c) {
    const std::size_t n = std::max<std::size_t>(1, c.series.size());
    const double half = n == 1 ? 18 : 12, row = half * static_cast<double>(n) + 10;
    std::vector<double> values;
    for (const auto& r : c.rows)
        for (const auto& e : r.values) values.insert(values.end(), {e.value, e.low, e.high});
    LegendEntries entries;
    for (std::size_t k = 0; k < c.series_legend.size(); ++k)
        entries.emplace_back((c.first_style + static_cast<int>(k)) % svg::kStyles,
                             c.series_legend[k]);
    std::string o;
    const auto [s, bottom] = open_rows(o, c, values, row, true, 0.04, entries);
    for (std::size_t i = 0; i < c.rows.size(); ++i) {
        const auto& r = c.rows[i];
        const double y = kTop + row * static_cast<double>(i) + 5;
        o += "<g class=\"factor\">";
        factor_label(o, r.factor, y + half * static_cast<double>(n) / 2);
        for (std::size_t k = 0; k < r.values.size() && k < c.series.size(); ++k) {
            const auto& e = r.values[k];
            const double top = y + half * static_cast<double>(k);
            const std::string name = c.series[k];
            const int style = (c.first_style + static_cast<int>(k)) % svg::kStyles;
            bar(o, "series-" + std::to_string(k), s, 0.0, e.value, top, half, style,
                r.factor + ": " + name + " " + value(e.value, c.kind, c.signed_values) + "; " +
                    interval(e, c.kind));
            whisker(o, "series-" + std::to_string(k), s, e, top + half / 2);
            end_label(o, s, e, 0.0, top + half / 2,
                      name + " " + value(e.value, c.kind, c.signed_values));
        }
        o += "</g>";
    }
    legend(&o, bottom + 56, entries);
    return o + "</svg>";
}

std::string render_morris(const MorrisChart& c) {
    constexpr double height = 430, left = 80, right = 150, top = 58, bottom = 70;
    const double plot_width = kWidth - left - right, plot_height = height - top - bottom;
    std::vector<double> xs, ys;
    for (const auto& p : c.points) {
        xs.insert(xs.end(), {p.mu_star.value, p.mu_star.low, p.mu_star.high});
        ys.push_back(p.sigma);
    }
    const Scale sx = make_scale(xs, true, left, plot_width, 0.04);
    const Scale sy = make_scale(ys, true, 0, plot_height, 0.04);
    const auto y_at = [&](double v) { return top + plot_height - sy.at(v); };
    std::string o = svg::open_chart(c.id, kWidth, height, c.title, c.subtitle);
    x_axis(o, sx, top, top + plot_height, c.kind, c.x_label);
    for (double v = sy.low; v <= sy.high + sy.step * 1e-6; v += sy.step) {
        const double tick = std::fabs(v) < sy.step * 1e-6 ? 0.0 : v;
        o += "<line x1=\"" + fixed(left) + "\" x2=\"" + fixed(left + plot_width) + "\" y1=\"" +
             fixed(y_at(tick)) + "\" y2=\"" + fixed(y_at(tick)) +
             "\" stroke=\"#dddddd\"/><text class=\"y-tick\" x=\"" + fixed(left - 6) + "\" y=\"" +
             fixed(y_at(tick) + 4) + "\" text-anchor=\"end\">" +
             esc(format_tick(tick, sy.step, c.kind)) + "</text>";
    }
    o += "<text transform=\"translate(14," + fixed(top + plot_height / 2) +
         ") rotate(-90)\" text-anchor=\"middle\">" + esc(c.y_label) + "</text>";
    // sigma = mu*: above it the effects change sign or size across the range (interactions or
    // a non-linear response); on it, every effect has the same sign.
    const double diagonal = std::min(sx.high, sy.high);
    o += "<line class=\"diagonal\" x1=\"" + fixed(sx.at(0)) + "\" y1=\"" + fixed(y_at(0)) +
         "\" x2=\"" + fixed(sx.at(diagonal)) + "\" y2=\"" + fixed(y_at(diagonal)) +
         "\" stroke=\"#777777\" stroke-dasharray=\"5 3\"/><text x=\"" + fixed(sx.at(diagonal) + 4) +
         "\" y=\"" + fixed(y_at(diagonal) + 12) + "\" fill=\"#555555\">sigma = mu*</text>";
    std::vector<std::pair<double, double>> placed;
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const auto& p = c.points[i];
        if (!std::isfinite(p.mu_star.value) || !std::isfinite(p.sigma)) continue;
        const double x = sx.at(p.mu_star.value), y = y_at(p.sigma);
        int overlapping = 0;  // labels of points drawn at the same place stack downwards
        for (const auto& [px, py] : placed)
            if (std::fabs(px - x) < 8 && std::fabs(py - y) < 8) ++overlapping;
        placed.emplace_back(x, y);
        o += "<g class=\"factor\">";
        whisker(o, "mu-star", sx, p.mu_star, y);
        o += "<circle class=\"factor-point\" cx=\"" + fixed(x) + "\" cy=\"" + fixed(y) +
             "\" r=\"5\" fill=\"" + kColours[i % svg::kStyles] + "\" stroke=\"#000000\"><title>" +
             esc(p.factor + ": mu* " + value(p.mu_star.value, c.kind) + " (" +
                 interval(p.mu_star, c.kind) + "), sigma " + value(p.sigma, c.kind) + ", mu " +
                 value(p.mu, c.kind, true)) +
             "</title></circle><text class=\"factor-label\" x=\"" + fixed(x + 8) + "\" y=\"" +
             fixed(y - 6 + 12 * overlapping) + "\">" + esc(p.factor) + "</text></g>";
    }
    return o + "</svg>";
}

}  // namespace wfsim::output::report
