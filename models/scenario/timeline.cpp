#include "models/scenario/timeline.hpp"

#include <algorithm>

namespace wfsim::models {

void Timeline::apply(double from, double to, double value) {
    if (!(to > from)) return;
    intervals_.push_back({from, to, value});
    rebuild();
}

void Timeline::set_from(double from, double value) {
    steps_.push_back({from, sim::kNever, value});
    std::stable_sort(steps_.begin(), steps_.end(),
                     [](const Interval& a, const Interval& b) { return a.from < b.from; });
    rebuild();
}

void Timeline::rebuild() {
    std::vector<double> points;
    for (const Interval& i : intervals_) {
        points.push_back(i.from);
        if (i.to < sim::kNever) points.push_back(i.to);
    }
    for (const Interval& s : steps_) points.push_back(s.from);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    times_.clear();
    values_.clear();
    double previous = base_;
    for (double t : points) {
        double v = base_;
        for (const Interval& s : steps_)
            if (s.from <= t) v = s.value;
        for (const Interval& i : intervals_)
            if (i.from <= t && t < i.to)
                v = combine_ == Combine::Multiply ? v * i.value : v + i.value;
        if (v != previous) {
            times_.push_back(t);
            values_.push_back(v);
            previous = v;
        }
    }
}

Timeline::Piece Timeline::search(double t) const {
    // The first change point after t ends the piece that holds at t.
    const auto next = std::upper_bound(times_.begin(), times_.end(), t);
    const double until = next == times_.end() ? sim::kNever : *next;
    if (next == times_.begin()) return {base_, until};
    return {values_[static_cast<std::size_t>(next - times_.begin()) - 1], until};
}

}  // namespace wfsim::models
