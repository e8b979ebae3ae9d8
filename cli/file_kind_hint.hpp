#pragma once
// A hint when a command is given the other kind of YAML file: a sweep file to `run` or
// `validate`, or a scenario to `sweep`. Both are YAML with a `schema_version`, so the reader
// reports the other kind's top-level keys as unknown; the hint, after those problems, says
// which command the file is for.
#include <string>

#include "models/scenario/diagnostic.hpp"

namespace wfsim::cli {

enum class ExpectedFile { Scenario, Sweep };

// "" unless the problems are those of the other kind of file: for a scenario, the top-level
// keys `scenario` and `factors` unknown (a sweep file); for a sweep, `groups` unknown (a
// scenario).
std::string other_file_kind_hint(const models::ScenarioError& e, const std::string& path,
                                 ExpectedFile expected);

}  // namespace wfsim::cli
