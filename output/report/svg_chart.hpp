#pragma once
// Time-series charts as SVG text, written by the program: fan charts (bands of the spread across
// replications around a median) and line charts, with a title, the period, axes in the metric's
// units, a legend and hover values (SVG <title>) at each financial year's end. The output is
// deterministic (fixed layout, coordinates printed to one decimal) and needs no script or font
// download, so the same chart serves the HTML report, print and slides. Colours are the
// Okabe-Ito palette, distinguishable with the common colour-vision deficiencies, and lines also
// differ by dash pattern.
#include <string>
#include <vector>

namespace wfsim::output::report {

// Plain: a dimensionless measure (a sensitivity index) to three significant figures. Points: a
// difference of two rates or probabilities, in percentage points ("-0.94 pts"), so that it is not
// read as a relative change of the rate.
enum class ValueKind { Count, Wte, Fraction, Money, Plain, Points };

// The kind of a difference of two values of `kind`: a difference of fractions is in points.
inline ValueKind difference_kind(ValueKind kind) {
    return kind == ValueKind::Fraction ? ValueKind::Points : kind;
}

struct ChartLine {
    std::string label;
    std::vector<double> values;  // one per period; NaN leaves a gap
    int style = 0;               // colour and dash pattern: 0, 1, 2, ...
};

struct ChartBand {
    std::string label;
    std::vector<double> low, high;
    int style = 0;       // colour of the line style it surrounds
    bool inner = false;  // the 50% band (darker) rather than the 90% band
};

struct ChartSpec {
    std::string id;        // unique in the page; used for the SVG's id
    std::string title;     // "System total: WTE in post against establishment"
    std::string subtitle;  // what the bands are, and the period covered
    std::string y_label;   // the units, e.g. "WTE", "% of establishment"
    ValueKind kind = ValueKind::Count;
    bool signed_values = false;        // differences: ticks show a sign, zero line drawn
    std::vector<std::string> periods;  // ISO date of each month's first day
    std::vector<ChartBand> bands;      // drawn first, in order
    std::vector<ChartLine> lines;      // drawn over the bands
};

// A standalone <svg> element (with xmlns), usable inline in HTML or saved as an .svg file.
std::string render_svg(const ChartSpec& chart);

// A value as a reader reads it: "1,234", "5,432.1", "9.7%", "-0.94 pts", "£1.2m", "0.0123";
// signed when asked.
std::string format_chart_value(double value, ValueKind kind, bool with_sign = false);

// A tick of an axis whose ticks are `step` apart (a step of 1, 2 or 5 times a power of ten):
// every tick of one axis with the decimals the step needs, so that "9.5%" stands beside "10.0%",
// never "9.50%" beside "10.0%" nor "9.5%" beside "10%".
std::string format_tick(double value, double step, ValueKind kind, bool with_sign = false);

// Text made safe for XML and HTML content and attribute values.
std::string escape_xml(const std::string& text);

}  // namespace wfsim::output::report
