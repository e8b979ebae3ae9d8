#include "cli/progress_meter.hpp"

#include <unistd.h>
#include <cstdio>

namespace wfsim::cli {

ProgressMeter::ProgressMeter(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void ProgressMeter::update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double eta = done ? elapsed * (static_cast<double>(total) / done - 1.0) : 0.0;
    std::fprintf(stderr, "\r  %zu/%zu replications, %.1f s elapsed, about %.0f s to go   ", done,
                 total, elapsed, eta);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressMeter::finish() {
    if (drawn_) std::fputs("\n", stderr);
    drawn_ = false;
}

}  // namespace wfsim::cli
