#include "output/report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "output/report/svg_parts.hpp"
#include "output/report_format.hpp"

namespace wfsim::output::report {
namespace {

constexpr double kWidth = 720, kHeight = 320;
constexpr double kLeft = 72, kRight = 16, kTop = 50, kBottom = 92;
constexpr double kPlotWidth = kWidth - kLeft - kRight, kPlotHeight = kHeight - kTop - kBottom;

using svg::fixed;
using svg::kColours;
using svg::kDashes;
using svg::kStyles;
using svg::nice_step;

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string month_label(const std::string& iso) {
    const int month = std::stoi(iso.substr(5, 2));
    return std::string(kMonths[month - 1]) + " " + iso.substr(0, 4);
}

struct Scale {
    double low, high;
    std::size_t periods;
    double step;  // between ticks; the one the range was rounded to
    double x(std::size_t p) const {
        return kLeft + (periods > 1 ? kPlotWidth * static_cast<double>(p) / (periods - 1) : 0.0);
    }
    double y(double v) const { return kTop + kPlotHeight * (high - v) / (high - low); }
};

Scale make_scale(const ChartSpec& c) {
    double low = std::numeric_limits<double>::infinity(), high = -low;
    auto take = [&](const std::vector<double>& values) {
        for (double v : values)
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    };
    for (const auto& b : c.bands) take(b.low), take(b.high);
    for (const auto& l : c.lines) take(l.values);
    if (!std::isfinite(low)) low = 0, high = 1;
    // Counts and rates read best from zero unless the series sits far from it.
    if (!c.signed_values && low > 0 && low < 0.5 * high) low = 0;
    if (c.signed_values) low = std::min(low, 0.0), high = std::max(high, 0.0);
    if (high - low < 1e-12 * std::max(1.0, std::fabs(high))) {
        const double pad =
            std::max(std::fabs(high) * 0.05, c.kind == ValueKind::Fraction ? 0.001 : 1.0);
        low -= pad, high += pad;
    }
    const double step = nice_step(high - low, 5);
    return {std::floor(low / step) * step, std::ceil(high / step) * step, c.periods.size(), step};
}

// Appends a path command and its point ("L12.3,45.6").
void point(std::string& d, char command, double x, double y) {
    d += command;
    d += fixed(x);
    d += ',';
    d += fixed(y);
}

// A path through the finite values, broken at NaN.
std::string line_path(const std::vector<double>& values, const Scale& s) {
    std::string d;
    bool pen = false;
    for (std::size_t p = 0; p < values.size(); ++p) {
        if (!std::isfinite(values[p])) {
            pen = false;
            continue;
        }
        point(d, pen ? 'L' : 'M', s.x(p), s.y(values[p]));
        pen = true;
    }
    return d;
}

// Closed polygons between low and high over each run of finite values.
std::string band_path(const ChartBand& b, const Scale& s) {
    std::string d;
    const std::size_t n = std::min(b.low.size(), b.high.size());
    std::size_t p = 0;
    while (p < n) {
        while (p < n && !(std::isfinite(b.low[p]) && std::isfinite(b.high[p]))) ++p;
        const std::size_t first = p;
        while (p < n && std::isfinite(b.low[p]) && std::isfinite(b.high[p])) ++p;
        if (p == first) continue;
        for (std::size_t i = first; i < p; ++i)
            point(d, i == first ? 'M' : 'L', s.x(i), s.y(b.high[i]));
        for (std::size_t i = p; i-- > first;) point(d, 'L', s.x(i), s.y(b.low[i]));
        d += "Z";
    }
    return d;
}

// Hover points: each March (a financial year's end) and the last month.
std::vector<std::size_t> hover_periods(const std::vector<std::string>& periods) {
    std::vector<std::size_t> out;
    for (std::size_t p = 0; p < periods.size(); ++p)
        if (periods[p].substr(5, 2) == "03" || p + 1 == periods.size()) out.push_back(p);
    return out;
}

std::string hover_text(const ChartSpec& c, std::size_t p) {
    std::string text = month_label(c.periods[p]);
    for (const auto& l : c.lines)
        if (p < l.values.size() && std::isfinite(l.values[p]))
            text +=
                "\n" + l.label + ": " + format_chart_value(l.values[p], c.kind, c.signed_values);
    for (const auto& b : c.bands)
        if (p < b.low.size() && std::isfinite(b.low[p]))
            text += "\n" + b.label + ": " + format_chart_value(b.low[p], c.kind, c.signed_values) +
                    " to " + format_chart_value(b.high[p], c.kind, c.signed_values);
    return text;
}

}  // namespace

std::string escape_xml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += ch;
        }
    }
    return out;
}

std::string format_chart_value(double value, ValueKind kind, bool with_sign) {
    if (!std::isfinite(value)) return "n/a";
    std::string sign = with_sign && value > 0 ? "+" : "";
    switch (kind) {
        case ValueKind::Fraction: {
            const double percent = value * 100;
            const int decimals = std::fabs(percent) >= 10 ? 1 : 2;
            return sign + format_number(percent, decimals) + "%";
        }
        case ValueKind::Points: {
            const double points = value * 100;
            return sign + format_number(points, std::fabs(points) >= 10 ? 1 : 2) + " pts";
        }
        case ValueKind::Wte:
            return sign + format_number(value, std::fabs(value) >= 100 ? 0 : 1);
        case ValueKind::Money: {
            // The sign before the currency: -£342,470, +£1.25m. Built by appending: GCC 12.2's
            // -Wrestrict misfires on assigning a literal to a std::string (GCC bug 105329).
            std::string text(value < 0 ? 1 : sign.size(), value < 0 ? '-' : '+');
            text += "£";
            const double size = std::fabs(value);
            text += size >= 1e6 ? format_number(size / 1e6, 2) + "m" : format_number(size, 0);
            return text;
        }
        case ValueKind::Plain: {
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%.3g", value);
            return sign + buffer;
        }
        case ValueKind::Count:
            break;
    }
    return sign +
           format_number(value, std::fabs(value) >= 100 || value == std::round(value) ? 0 : 1);
}

std::string format_tick(double value, double step, ValueKind kind, bool with_sign) {
    if (!std::isfinite(value) || !(step > 0)) return format_chart_value(value, kind, with_sign);
    // The decimals that show the step exactly: 0 for 1, 2 or 5 and above, 1 for 0.5, 2 for 0.05.
    const auto decimals = [](double s) {
        return std::clamp(static_cast<int>(-std::floor(std::log10(s) + 1e-9)), 0, 12);
    };
    const std::string sign = with_sign && value > 0 ? "+" : "";
    switch (kind) {
        case ValueKind::Fraction:
            return sign + format_number(value * 100, decimals(step * 100)) + "%";
        case ValueKind::Points:
            return sign + format_number(value * 100, decimals(step * 100)) + " pts";
        case ValueKind::Money: {
            std::string text(value < 0 ? 1 : sign.size(), value < 0 ? '-' : '+');
            text += "£";
            const double size = std::fabs(value);
            // Millions on an axis whose steps are of a hundred thousand or more.
            text += step >= 1e5 ? format_number(size / 1e6, decimals(step / 1e6)) + "m"
                                : format_number(size, decimals(step));
            return text;
        }
        case ValueKind::Count:
        case ValueKind::Wte:
        case ValueKind::Plain:
            break;
    }
    return sign + format_number(value, decimals(step));
}

std::string render_svg(const ChartSpec& c) {
    const Scale s = make_scale(c);
    std::string o;
    o.reserve(16384);
    // The legend's rows, below the plot: a new row where the next entry would run off the
    // chart. The chart grows by the rows the plot's margin does not hold (a fan with several
    // variants has a band and a median of each to name).
    std::vector<std::pair<double, double>> at;  // each entry's x and baseline: bands, then lines
    {
        double x = kLeft, y = kTop + kPlotHeight + 36;
        auto place = [&](const std::string& label) {
            const double width = 30 + 6.2 * static_cast<double>(label.size());
            if (x > kLeft && x + width > kWidth - kRight) x = kLeft, y += 14;
            at.emplace_back(x, y);
            x += width;
        };
        for (const auto& b : c.bands) place(b.label);
        for (const auto& l : c.lines) place(l.label);
    }
    const double height = at.empty() ? kHeight : std::max(kHeight, at.back().second + 14);
    o += svg::open_chart(c.id, kWidth, height, c.title, c.subtitle);

    // Horizontal grid and y ticks.
    // The scale's own step: asked again of the rounded range, a step of 0.005 can come back as
    // 0.01 (0.025 / 5 rounds above 0.005) and leave the top of the axis unlabelled.
    const double step = s.step;
    for (double v = s.low; v <= s.high + step * 1e-6; v += step) {
        const double y = s.y(v);
        o += "<line x1=\"" + fixed(kLeft) + "\" x2=\"" + fixed(kWidth - kRight) + "\" y1=\"" +
             fixed(y) + "\" y2=\"" + fixed(y) + "\" stroke=\"" +
             (std::fabs(v) < step * 1e-6 && c.signed_values ? "#555555" : "#dddddd") + "\"/>";
        o += "<text x=\"" + fixed(kLeft - 6) + "\" y=\"" + fixed(y + 4) +
             "\" text-anchor=\"end\">" +
             escape_xml(
                 format_tick(std::fabs(v) < step * 1e-6 ? 0.0 : v, step, c.kind, c.signed_values)) +
             "</text>";
    }
    o += "<text transform=\"translate(14," + fixed(kTop + kPlotHeight / 2) +
         ") rotate(-90)\" text-anchor=\"middle\">" + escape_xml(c.y_label) + "</text>";

    // x ticks at each April (the financial year's start), or the first month.
    std::size_t labelled = 0;
    for (std::size_t p = 0; p < c.periods.size(); ++p) {
        if (!(c.periods[p].substr(5, 2) == "04" || p == 0)) continue;
        const double x = s.x(p);
        o += "<line x1=\"" + fixed(x) + "\" x2=\"" + fixed(x) + "\" y1=\"" + fixed(kTop) +
             "\" y2=\"" + fixed(kTop + kPlotHeight + 4) + "\" stroke=\"#eeeeee\"/>";
        const bool crowded = c.periods.size() > 72 && labelled % 2 == 1;
        ++labelled;
        if (crowded) continue;
        o += "<text x=\"" + fixed(x) + "\" y=\"" + fixed(kTop + kPlotHeight + 16) +
             "\" text-anchor=\"middle\">" + month_label(c.periods[p]) + "</text>";
    }
    o += "<rect x=\"" + fixed(kLeft) + "\" y=\"" + fixed(kTop) + "\" width=\"" + fixed(kPlotWidth) +
         "\" height=\"" + fixed(kPlotHeight) + "\" fill=\"none\" stroke=\"#999999\"/>";

    for (const auto& b : c.bands)
        o += "<path class=\"band\" d=\"" + band_path(b, s) + "\" fill=\"" +
             kColours[b.style % kStyles] + "\" fill-opacity=\"" + (b.inner ? "0.35" : "0.15") +
             "\" stroke=\"none\"/>";
    for (const auto& l : c.lines) {
        o += "<path class=\"line\" d=\"" + line_path(l.values, s) + "\" fill=\"none\" stroke=\"" +
             kColours[l.style % kStyles] + "\" stroke-width=\"2\"";
        if (*kDashes[l.style % kStyles])
            o += std::string(" stroke-dasharray=\"") + kDashes[l.style % kStyles] + "\"";
        o += "/>";
    }
    for (std::size_t p : hover_periods(c.periods)) {
        for (const auto& l : c.lines) {
            if (p >= l.values.size() || !std::isfinite(l.values[p])) continue;
            o += "<circle class=\"point\" cx=\"" + fixed(s.x(p)) + "\" cy=\"" +
                 fixed(s.y(l.values[p])) + "\" r=\"3\" fill=\"" + kColours[l.style % kStyles] +
                 "\"><title>" + escape_xml(hover_text(c, p)) + "</title></circle>";
            break;  // one point per month carries every value
        }
    }

    // Legend below the plot, where it was placed above.
    std::size_t entry = 0;
    for (const auto& b : c.bands) {
        const auto [x, y] = at[entry++];
        o += "<rect x=\"" + fixed(x) + "\" y=\"" + fixed(y - 9) +
             "\" width=\"18\" height=\"10\" fill=\"" + kColours[b.style % kStyles] +
             "\" fill-opacity=\"" + (b.inner ? "0.35" : "0.15") + "\"/>";
        o += "<text x=\"" + fixed(x + 22) + "\" y=\"" + fixed(y) + "\">" + escape_xml(b.label) +
             "</text>";
    }
    for (const auto& l : c.lines) {
        const auto [x, y] = at[entry++];
        o += "<line x1=\"" + fixed(x) + "\" x2=\"" + fixed(x + 18) + "\" y1=\"" + fixed(y - 4) +
             "\" y2=\"" + fixed(y - 4) + "\" stroke=\"" + kColours[l.style % kStyles] +
             "\" stroke-width=\"2\"";
        if (*kDashes[l.style % kStyles])
            o += std::string(" stroke-dasharray=\"") + kDashes[l.style % kStyles] + "\"";
        o += "/><text x=\"" + fixed(x + 22) + "\" y=\"" + fixed(y) + "\">" + escape_xml(l.label) +
             "</text>";
    }
    o += "</svg>";
    return o;
}

}  // namespace wfsim::output::report
