#pragma once
// A piecewise-constant, non-negative function on [0, end) with its running integral, so that
// the integral up to t and the time at which it reaches a value are each one binary search.
// Hazards that change many times along a path (a seasonal rate changing every month) are then
// inverted without walking the pieces one by one.
#include <vector>

namespace wfsim::sim {

class PiecewiseIntegral {
  public:
    // values[i] holds on [starts[i], starts[i + 1]) (the last up to `end`); starts begin at 0 and
    // increase strictly; values are >= 0.
    PiecewiseIntegral(std::vector<double> starts, std::vector<double> values, double end);

    double end() const { return end_; }
    // The integral from 0 to t, for 0 <= t <= end.
    double integral_to(double t) const;
    // The time at which the integral passes `level`, for integral_to(0) <= level <
    // integral_to(end): a level held through pieces of value 0 maps to their end (where the
    // hazard starts again), as a walk through the pieces would.
    double time_reaching(double level) const;
    // The value that holds at t (0 <= t < end), and where its piece ends.
    double value_at(double t) const { return values_[piece(t)]; }
    double piece_end(double t) const {
        const std::size_t i = piece(t);
        return i + 1 < starts_.size() ? starts_[i + 1] : end_;
    }

  private:
    std::size_t piece(double t) const;
    std::vector<double> starts_, values_;
    std::vector<double> cumulative_;  // the integral from 0 to starts_[i]
    double end_;
};

}  // namespace wfsim::sim
