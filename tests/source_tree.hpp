#pragma once
// Files of the source tree that tests read (shipped scenarios, docs, test data), by their path
// from its root.
#include <string>
#include <string_view>

namespace wfsim::testing {

// `relative` then `name`, after the source root. Appended piece by piece rather than with
// "literal" + std::string, on which GCC 12.2 warns falsely (-Wrestrict and -Warray-bounds,
// GCC bugs 105329 and 105651, fixed in 12.3).
inline std::string source_file(std::string_view relative, std::string_view name = {}) {
    std::string path = WFSIM_SOURCE_DIR;
    path += '/';
    path += relative;
    path += name;
    return path;
}

inline std::string shipped_scenario(std::string_view name) {
    return source_file("scenarios/", name);
}

}  // namespace wfsim::testing
