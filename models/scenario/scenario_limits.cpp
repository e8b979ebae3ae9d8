#include "models/scenario/scenario_limits.hpp"

#include <cmath>
#include <cstdio>

namespace wfsim::models {

std::string memory_text(double bytes) {
    char text[48];
    if (bytes >= 1024.0 * 1024 * 1024 * 1024)
        std::snprintf(text, sizeof text, "%.3g TiB", bytes / (1024.0 * 1024 * 1024 * 1024));
    else if (bytes >= 1024.0 * 1024 * 1024)
        std::snprintf(text, sizeof text, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    else
        std::snprintf(text, sizeof text, "%.0f MiB", std::ceil(bytes / (1024.0 * 1024)));
    return text;
}

std::optional<std::string> group_size_problem(double value, const std::string& unit) {
    if (value <= kMaxGroupSize) return std::nullopt;
    char written[32];
    std::snprintf(written, sizeof written, "%.4g", value);
    return std::string(written) + " " + unit + " is more than the 10,000,000 a group may " +
           "have: a run holds every person in memory, about " +
           memory_text(value * kBytesPerPerson) +
           " for this group in each thread; check the figure";
}

}  // namespace wfsim::models
