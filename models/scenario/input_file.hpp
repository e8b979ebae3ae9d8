#pragma once
// Opening the files a run reads (the scenario, staff records): only regular files, so that a
// device (/dev/zero, /dev/stdin), a named pipe or a directory is refused at once instead of read
// without end or waited on.
#include <cstddef>
#include <optional>
#include <string>

namespace wfsim::models {

// Why `path` cannot be read as `what` ("scenario file", "staff records file"): it does not
// exist, cannot be opened, or is not a regular file; nullopt when it can. Opening never blocks,
// even on a named pipe.
std::optional<std::string> input_file_problem(const std::string& path, const std::string& what);

// What a file that is not a regular one is, from its st_mode: "a directory", "a character
// device", "a named pipe (FIFO)", ...
std::string file_type_text(unsigned mode);

// The bytes of the regular file `path`, at most `max_bytes` of them; nullopt with `problem` set
// when it cannot be read or is larger (the message names the limit).
std::optional<std::string> read_input_file(const std::string& path, const std::string& what,
                                           std::size_t max_bytes, std::string& problem);

}  // namespace wfsim::models
