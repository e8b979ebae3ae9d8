#pragma once
// Peak resident set size of this process, from /proc/self/status (VmHWM), in MiB.
#include <fstream>
#include <string>

namespace wfsim::bench {

inline double peak_rss_mib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return -1.0;
}

}  // namespace wfsim::bench
