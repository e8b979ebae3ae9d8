#pragma once
// Charts of a sweep's sensitivity measures as SVG text, written by the program like the report's
// other charts (svg_chart.hpp): a tornado for one at a time (the output at each end of each
// factor's range around the baseline), bars with intervals for indices (Sobol's first and total
// order, or one measure of influence), and Morris's mu* against sigma. Factors are rows in order
// of influence, the most influential on top. Every bar, whisker and point carries a hover text
// (<title>) with its values; series differ by position and text label as well as colour.
#include <string>
#include <vector>

#include "models/sweeps/sensitivity.hpp"
#include "output/report/svg_chart.hpp"

namespace wfsim::output::report {

struct TornadoChart {
    std::string id, title, subtitle, x_label;
    ValueKind kind = ValueKind::Count;
    std::string output;  // the output's name, for hover texts
    double baseline = 0.0;
    struct Row {
        std::string factor;
        std::string low_label, high_label;  // the factor's value at each end ("0.08", "x 1.5")
        // value: the output at that end; low, high: the interval of the output there (the
        // interval of the paired change from the baseline, moved to the end's value).
        sweeps::Estimate low_end, high_end;
    };
    std::vector<Row> rows;  // top first
};

struct IntervalBarChart {
    std::string id, title, subtitle, x_label;
    ValueKind kind = ValueKind::Plain;
    std::vector<std::string> series;         // short names written beside each bar ("S1", "ST")
    std::vector<std::string> series_legend;  // what each is ("first order S1 (Saltelli 2010)")
    int first_style = 0;                     // the colour of the first series (svg_parts.hpp)
    bool signed_values = false;              // differences: values written with their sign
    struct Row {
        std::string factor;
        std::vector<sweeps::Estimate> values;  // one per series
    };
    std::vector<Row> rows;  // top first
};

struct MorrisChart {
    std::string id, title, subtitle, x_label, y_label;
    ValueKind kind = ValueKind::Count;
    struct Point {
        std::string factor;
        sweeps::Estimate mu_star;
        double mu = 0.0, sigma = 0.0;
    };
    std::vector<Point> points;
};

std::string render_tornado(const TornadoChart& chart);
std::string render_interval_bars(const IntervalBarChart& chart);
std::string render_morris(const MorrisChart& chart);

}  // namespace wfsim::output::report
