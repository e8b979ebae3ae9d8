#pragma once
// Checks of the output path made before simulating, so that a run never destroys an input and
// never finds out only at the end that it cannot write its result.
#include <optional>
#include <string>
#include <vector>

namespace wfsim::cli {

struct NamedInput {
    std::string path;
    std::string what;  // "the scenario file", "the staff records file"
};

// Why `output` cannot take the result: it is one of `inputs` (the same file by any name), a
// directory, a device or other non-regular file, or in a directory that does not exist or cannot
// be written; nullopt when it can.
std::optional<std::string> output_path_problem(const std::string& output,
                                               const std::vector<NamedInput>& inputs);

}  // namespace wfsim::cli
