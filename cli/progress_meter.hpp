#pragma once
// Progress of a run on stderr, redrawn in place, only when stderr is a terminal.
#include <chrono>
#include <cstddef>
#include <string>

namespace wfsim::cli {

class ProgressMeter {
  public:
    explicit ProgressMeter(bool enabled);
    void update(std::size_t done, std::size_t total);
    // Progress `done` of `total` (the time left assumes the rest goes as fast), shown as `what`
    // ("12/40 points"); redrawn at most five times a second.
    void update(std::size_t done, std::size_t total, const std::string& what);
    void finish();

  private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace wfsim::cli
