#pragma once
// Helpers for the tests of the group flows, programmes and shocks in scenario files: the one
// diagnostic a bad file gives, and where it is.
#include <string>
#include <vector>

#include "models/scenario/scenario_loader.hpp"
#include "tests/scenario/scenario_test_support.hpp"

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

using scenario_test::check_at;
using scenario_test::diagnostics_of;
using scenario_test::only_diagnostic;

}  // namespace flows_test
