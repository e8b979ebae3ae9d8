#include "cli/memory_budget.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace wfsim::cli {
namespace {

void keep_least(double& least, double candidate) {
    if (candidate > 0.0 && (least == 0.0 || candidate < least)) least = candidate;
}

double limit_of(int resource) {
    struct rlimit limit {};
    if (::getrlimit(resource, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 0.0;
    return static_cast<double>(limit.rlim_cur);
}

double read_limit(const std::string& path) {
    std::ifstream in(path);
    double bytes = 0.0;
    if (!(in >> bytes) || bytes >= 1e18) return 0.0;  // "max", or the "unlimited" 2^63 - 4096
    return bytes;
}

// The memory limit of this process's control group: memory.max (cgroup v2) or
// memory.limit_in_bytes (v1), where the group is mounted as /proc/self/cgroup names it or at the
// root of the mount (inside a container).
double control_group_limit() {
    std::ifstream groups("/proc/self/cgroup");
    std::string line;
    double least = 0.0;
    while (std::getline(groups, line)) {
        const std::size_t colon = line.find(':'), second = line.find(':', colon + 1);
        if (colon == std::string::npos || second == std::string::npos) continue;
        const std::string controllers = line.substr(colon + 1, second - colon - 1);
        const std::string path = line.substr(second + 1);
        if (controllers.empty()) {
            keep_least(least, read_limit("/sys/fs/cgroup" + path + "/memory.max"));
            keep_least(least, read_limit("/sys/fs/cgroup/memory.max"));
        } else if (controllers == "memory") {
            keep_least(least,
                       read_limit("/sys/fs/cgroup/memory" + path + "/memory.limit_in_bytes"));
            keep_least(least, read_limit("/sys/fs/cgroup/memory/memory.limit_in_bytes"));
        }
    }
    return least;
}

std::string people_text(double people) {
    char text[32];
    if (people >= 1e6)
        std::snprintf(text, sizeof text, "%.1f million", people / 1e6);
    else
        std::snprintf(text, sizeof text, "%.0f", people);
    return text;
}

}  // namespace

double available_memory_bytes() {
    double least = 0.0;
    const long pages = ::sysconf(_SC_PHYS_PAGES), page = ::sysconf(_SC_PAGESIZE);
    if (pages > 0 && page > 0) keep_least(least, static_cast<double>(pages) * page);
    keep_least(least, limit_of(RLIMIT_AS));
    keep_least(least, limit_of(RLIMIT_DATA));
    keep_least(least, control_group_limit());
    return least;
}

std::optional<std::string> memory_problem(const models::RunFootprint& footprint, unsigned threads,
                                          double available) {
    const double needed = footprint.bytes(threads);
    if (available <= 0.0 || needed <= available) return std::nullopt;
    std::string message =
        "the run needs about " + models::memory_text(needed) + " of memory (up to " +
        people_text(footprint.people) + " people at about " +
        std::to_string(static_cast<int>(models::kBytesPerPerson)) + " bytes each, and " +
        models::memory_text(footprint.bytes_per_result) + " of results a replication, in each of " +
        std::to_string(threads) + (threads == 1 ? " thread" : " threads") + "), more than the " +
        models::memory_text(available) + " this process may use";
    if (threads > 1 && footprint.bytes(1) <= available)
        return message + ": run it with fewer threads (-j 1 needs " +
               models::memory_text(footprint.bytes(1)) + ")";
    return message + ": simulate a smaller system, or fewer years";
}

}  // namespace wfsim::cli
