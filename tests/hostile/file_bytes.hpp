#pragma once
// The bytes of a file ("" when it cannot be read).
#include <fstream>
#include <sstream>
#include <string>

namespace wfsim::testing {

inline std::string read_whole_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace wfsim::testing
