#pragma once
// The sensitivity measures of one design as tables of [output][factor] values with the ends of
// their bootstrap intervals, in the order the sweep file and the CSV list them: first the
// design's measure of influence (the one factors are ranked by), then the design's own measures.
#include <string>
#include <vector>

#include "models/sweep_run/sweep_results.hpp"

namespace wfsim::output {

struct MeasureTable {
    std::string name, long_name;
    std::vector<double> value, low, high;  // [output][factor]
    bool interval = false;                 // low and high are meaningful
};

std::vector<MeasureTable> measure_tables(const models::DesignRun& design, std::size_t factors);

}  // namespace wfsim::output
