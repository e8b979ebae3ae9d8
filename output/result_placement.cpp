#include "output/result_placement.hpp"

#include <filesystem>

#include "output/hdf5_handle.hpp"
#include "output/result_reader.hpp"

namespace wfsim::output {

bool holds_better_result(const std::string& path, std::size_t stored) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return false;
    try {
        hdf5::silence_error_printing();
        const ResultReader existing(path);
        if (existing.integer_attribute("/", "complete") == 1) return true;
        return existing.integer_attribute("/", "replications") > static_cast<std::int64_t>(stored);
    } catch (const std::exception&) {
        return false;  // not a wfsim result file
    }
}

std::string incomplete_result_path(const std::string& final_path, std::size_t stored) {
    if (!holds_better_result(final_path, stored)) return final_path;
    const std::filesystem::path path(final_path);
    const std::string stem = (path.parent_path() / path.stem()).string();
    const std::string extension = path.extension().string();
    for (int n = 1;; ++n) {
        // Appended piece by piece: GCC 12.2's -Wrestrict misfires on "literal" + std::string (a
        // false positive, GCC bug 105651, fixed in 12.3).
        std::string candidate = stem + ".interrupted";
        if (n > 1) candidate += '-' + std::to_string(n);
        candidate += extension;
        if (!holds_better_result(candidate, stored)) return candidate;
    }
}

}  // namespace wfsim::output
