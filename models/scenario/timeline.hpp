#pragma once
// A value over time that changes at known dates: a shock's multiplier on a hazard, a pension
// rule's shift of the retirement ages, the share of staff on strike. Piecewise constant, and
// known from the start of a run, so that event times can be inverted through it exactly.
#include <vector>

#include "sim/hazard_inversion.hpp"

namespace wfsim::models {

class Timeline {
  public:
    enum class Combine { Multiply, Add };

    explicit Timeline(double base = 1.0, Combine combine = Combine::Multiply)
        : base_(base), combine_(combine) {}

    // Applies `value` on [from, to) (days), combined with whatever else applies there.
    void apply(double from, double to, double value);
    // From `from` on, `value` replaces the base (a rule change that does not end; of several,
    // the latest to have started holds).
    void set_from(double from, double value);

    bool constant() const { return times_.empty(); }

    struct Piece {
        double value;
        double until;  // the value holds from the query time up to here
    };
    // Inline for the common case of no change at all (read on every leaving hazard's piece).
    Piece at(double t) const { return times_.empty() ? Piece{base_, sim::kNever} : search(t); }
    double value_at(double t) const { return at(t).value; }
    // Every change point, in time order.
    const std::vector<double>& change_times() const { return times_; }

  private:
    Piece search(double t) const;
    struct Interval {
        double from, to, value;
    };
    void rebuild();

    double base_;
    Combine combine_;
    std::vector<Interval> intervals_;
    std::vector<Interval> steps_;  // set_from: `to` unused
    std::vector<double> times_;    // change points
    std::vector<double> values_;   // values_[i] holds on [times_[i], times_[i+1])
};

}  // namespace wfsim::models
