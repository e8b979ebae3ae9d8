#pragma once
// The chart of one design's sensitivity measures for one output of a sweep file
// (sweep_data.hpp), as SVG: a tornado for one at a time, mu* against sigma for Morris, first-
// and total-order bars for Sobol, bars of the measure of influence (with its sign, for the
// standardised regression coefficients) for the factorial, Latin hypercube and external designs.
#include <string>

#include "output/report/svg_chart.hpp"
#include "output/report/sweep_data.hpp"

namespace wfsim::output::report {

// "chart-sweep-<design>-<output>".
std::string sweep_chart_id(const SweepDesignData& design, const SweepOutputRow& output);

std::string sweep_chart_svg(const SweepData& sweep, const SweepDesignData& design,
                            std::size_t output);

// The kind of value an output holds, from its units.
ValueKind output_value_kind(const SweepOutputRow& output);

// A factor's value as the sweep applies it: "0.08", "x 1.5" (multiply), "+0.01" (add).
std::string factor_value_text(const SweepFactorRow& factor, double value);

// "one at a time", "Morris", ...: the design's name as a reader knows it.
std::string design_title(const std::string& design);

}  // namespace wfsim::output::report
