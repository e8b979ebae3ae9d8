#include "cli/output_path_checks.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "models/scenario/input_file.hpp"

namespace wfsim::cli {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> directory_problem(const fs::path& directory) {
    const std::string shown = directory.empty() ? "." : directory.string();
    struct stat info {};
    if (::stat(shown.c_str(), &info) != 0) {
        return "its directory " + shown + " cannot be used: " + std::strerror(errno) +
               " (create it first)";
    }
    if (!S_ISDIR(info.st_mode)) return shown + " is not a directory";
    if (::access(shown.c_str(), W_OK | X_OK) != 0)
        return "cannot write in " + shown + ": " + std::strerror(errno);
    return std::nullopt;
}

}  // namespace

std::optional<std::string> output_path_problem(const std::string& output,
                                               const std::vector<NamedInput>& inputs) {
    if (output.empty()) return "the output path is empty";
    if (output.back() == '/') return "names a directory; give a file name, such as DIR/result.h5";
    struct stat info {};
    if (::stat(output.c_str(), &info) == 0) {
        for (const NamedInput& input : inputs) {
            std::error_code ec;
            if (!input.path.empty() && fs::equivalent(output, input.path, ec)) {
                return "is " + input.what + " (" + input.path +
                       "): the result would replace it; choose another output name";
            }
        }
        if (S_ISDIR(info.st_mode))
            return "is a directory; give a file name, such as " +
                   (fs::path(output) / "result.h5").string();
        if (!S_ISREG(info.st_mode))
            return "is " + models::file_type_text(info.st_mode) +
                   ", not a file a result can replace";
    } else if (errno != ENOENT) {
        return std::string("cannot be used: ") + std::strerror(errno);
    }
    return directory_problem(fs::path(output).parent_path());
}

}  // namespace wfsim::cli
