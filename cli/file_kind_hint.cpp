#include "cli/file_kind_hint.hpp"

#include <algorithm>

namespace wfsim::cli {
namespace {

// Whether the file has the top-level key `key` that the reader did not know.
bool unknown_top_level_key(const models::ScenarioError& e, const std::string& key) {
    return std::any_of(e.diagnostics().begin(), e.diagnostics().end(),
                       [&](const models::Diagnostic& d) {
                           return d.path == key && d.message.rfind("unknown key", 0) == 0;
                       });
}

}  // namespace

std::string other_file_kind_hint(const models::ScenarioError& e, const std::string& path,
                                 ExpectedFile expected) {
    if (expected == ExpectedFile::Scenario && unknown_top_level_key(e, "scenario") &&
        unknown_top_level_key(e, "factors"))
        return path +
               " is a sweep file (it names a scenario and factors): run it with `wfsim sweep " +
               path + "` (docs/sweeps.md)";
    if (expected == ExpectedFile::Sweep && unknown_top_level_key(e, "groups"))
        return path + " is a scenario (it has groups): run it with `wfsim run " + path +
               "`, or name it in a sweep file's `scenario:` (docs/sweeps.md)";
    return "";
}

}  // namespace wfsim::cli
