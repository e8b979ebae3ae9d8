#include "cli/progress_meter.hpp"

#include <unistd.h>
#include <cstdio>

namespace wfsim::cli {
namespace {

// "4.2 s", "95 s", "12 min", "3.5 h"
std::string duration_text(double seconds) {
    char text[32];
    if (seconds < 10)
        std::snprintf(text, sizeof text, "%.1f s", seconds);
    else if (seconds < 120)
        std::snprintf(text, sizeof text, "%.0f s", seconds);
    else if (seconds < 7200)
        std::snprintf(text, sizeof text, "%.0f min", seconds / 60);
    else
        std::snprintf(text, sizeof text, "%.1f h", seconds / 3600);
    return text;
}

}  // namespace

ProgressMeter::ProgressMeter(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void ProgressMeter::update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    update(done, total, std::to_string(done) + "/" + std::to_string(total) + " replications");
}

void ProgressMeter::update(std::size_t done, std::size_t total, const std::string& what) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double eta = done ? elapsed * (static_cast<double>(total) / done - 1.0) : 0.0;
    std::fprintf(stderr, "\r  %s, %s elapsed, about %s to go   ", what.c_str(),
                 duration_text(elapsed).c_str(), duration_text(eta).c_str());
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressMeter::finish() {
    if (drawn_) std::fputs("\n", stderr);
    drawn_ = false;
}

}  // namespace wfsim::cli
