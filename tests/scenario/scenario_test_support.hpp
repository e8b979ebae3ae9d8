#pragma once
// Helpers shared by the tests of scenario files: the diagnostics a bad file gives and where they
// point, and field-by-field equality of the values a file is read into.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "models/scenario/scenario_loader.hpp"

namespace scenario_test {

using wfsim::models::Band;
using wfsim::models::Diagnostic;
using wfsim::models::DurationDistribution;
using wfsim::models::ScenarioError;

// The diagnostics of a scenario that must be refused (fails if it is accepted).
inline std::vector<Diagnostic> diagnostics_of(const std::string& yaml) {
    try {
        wfsim::models::load_scenario_text(yaml, "test.yaml");
    } catch (const ScenarioError& e) {
        return e.diagnostics();
    }
    FAIL("the scenario was accepted:\n" << yaml);
    return {};
}

// The one diagnostic a scenario gives (fails if it gives none or more).
inline Diagnostic only_diagnostic(const std::string& yaml) {
    const auto all = diagnostics_of(yaml);
    INFO(ScenarioError(all).what());
    REQUIRE(all.size() == 1);
    return all.front();
}

inline void check_at(const Diagnostic& d, int line, int column, const std::string& path) {
    INFO(d.str());
    CHECK(d.file == "test.yaml");
    CHECK(d.line == line);
    CHECK(d.column == column);
    CHECK(d.path == path);
}

inline void same_distribution(const DurationDistribution& a, const DurationDistribution& b) {
    CHECK(a.kind == b.kind);
    CHECK(a.mean == b.mean);
    CHECK(a.sd == b.sd);
    CHECK(a.min == b.min);
    CHECK(a.max == b.max);
    CHECK(a.log_params.mu == b.log_params.mu);
    CHECK(a.log_params.sigma == b.log_params.sigma);
    CHECK(a.weights == b.weights);
    CHECK(a.length_weights == b.length_weights);
    REQUIRE(a.components.size() == b.components.size());
    for (std::size_t i = 0; i < a.components.size(); ++i)
        same_distribution(a.components[i], b.components[i]);
}

inline void same_bands(const std::vector<Band>& a, const std::vector<Band>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].label == b[i].label);
        CHECK(a[i].from == b[i].from);
        CHECK(a[i].to == b[i].to);
        CHECK(a[i].share == b[i].share);
    }
}

}  // namespace scenario_test
