#pragma once
// Progress of a run on stderr, redrawn in place, only when stderr is a terminal.
#include <chrono>
#include <cstddef>

namespace wfsim::cli {

class ProgressMeter {
  public:
    explicit ProgressMeter(bool enabled);
    void update(std::size_t done, std::size_t total);
    void finish();

  private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace wfsim::cli
