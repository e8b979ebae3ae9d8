#pragma once
// What a sweep has found so far, design by design: each point's replication values (as the
// runner delivers them, or as the journal kept them) and, once analysed, the measures of every
// output. Points not run yet (an interrupted sweep) have no values.
#include <string>
#include <vector>

#include "models/sweep_run/sweep_analysis.hpp"
#include "models/sweep_run/sweep_plan.hpp"

namespace wfsim::models {

struct DesignRun {
    PlannedDesign plan;
    std::vector<std::vector<double>> values;  // [point] -> [replication][output]; empty: not run
    std::vector<std::string> errors;          // [point]: why it could not run, "" when it ran
    std::vector<OutputAnalysis> analysis;     // [output], from analyse()

    explicit DesignRun(PlannedDesign p)
        : plan(std::move(p)), values(plan.design.points()), errors(plan.design.points()) {}
    std::size_t points() const { return values.size(); }
    std::size_t points_done() const {
        std::size_t n = 0;
        for (const auto& v : values) n += !v.empty();
        return n;
    }
    std::vector<std::size_t> points_to_run() const {
        std::vector<std::size_t> out;
        for (std::size_t p = 0; p < values.size(); ++p)
            if (values[p].empty()) out.push_back(p);
        return out;
    }
};

}  // namespace wfsim::models
