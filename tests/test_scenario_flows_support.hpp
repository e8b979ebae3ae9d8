#pragma once
// Helpers for the tests of the group flows, programmes and shocks in scenario files: the one
// diagnostic a bad file gives, and where it is.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "models/scenario/scenario_loader.hpp"

namespace flows_test {

using wfsim::models::Diagnostic;
using wfsim::models::ScenarioError;

// A valid scenario with two groups; cases append lines (line 14 onwards) to the `care` group
// (indented four spaces) or to the top level (not indented).
inline const std::string kBase =
    "schema_version: 1\n"              // 1
    "name: Test\n"                     // 2
    "start: 2022-04-01\n"              // 3
    "years: 5\n"                       // 4
    "groups:\n"                        // 5
    "  nursing:\n"                     // 6
    "    sector: nhs\n"                // 7
    "    headcount: 100\n"             // 8
    "    leaving: {turnover: 0.12}\n"  // 9
    "  care:\n"                        // 10
    "    sector: social_care\n"        // 11
    "    headcount: 50\n"              // 12
    "    leaving: {turnover: 0.3}\n";  // 13

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

}  // namespace flows_test
