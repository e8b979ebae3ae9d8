#include "sim/piecewise_integral.hpp"

#include <algorithm>
#include <cassert>
#include <iterator>
#include <utility>

namespace wfsim::sim {

PiecewiseIntegral::PiecewiseIntegral(std::vector<double> starts, std::vector<double> values,
                                     double end)
    : starts_(std::move(starts)), values_(std::move(values)), end_(end) {
    assert(!starts_.empty() && starts_.size() == values_.size() && starts_.front() == 0.0);
    cumulative_.resize(starts_.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < starts_.size(); ++i) {
        cumulative_[i] = sum;
        const double to = i + 1 < starts_.size() ? starts_[i + 1] : end_;
        sum += values_[i] * (to - starts_[i]);
    }
}

std::size_t PiecewiseIntegral::piece(double t) const {
    const auto next = std::upper_bound(starts_.begin(), starts_.end(), t);
    return next == starts_.begin() ? 0 : static_cast<std::size_t>(next - starts_.begin()) - 1;
}

double PiecewiseIntegral::integral_to(double t) const {
    // The piece holding t: the last start at or before it.
    const std::size_t i = static_cast<std::size_t>(
        std::distance(starts_.begin(), std::upper_bound(starts_.begin(), starts_.end(), t)) - 1);
    return cumulative_[i] + values_[i] * (t - starts_[i]);
}

double PiecewiseIntegral::time_reaching(double level) const {
    // The last piece whose running integral at its start is at or below the level: the level is
    // passed inside it, so its value is positive (past a zero piece, the next start's integral
    // equals its own).
    const std::size_t i = static_cast<std::size_t>(
        std::distance(cumulative_.begin(),
                      std::upper_bound(cumulative_.begin(), cumulative_.end(), level)) -
        1);
    return starts_[i] + (level - cumulative_[i]) / values_[i];
}

}  // namespace wfsim::sim
