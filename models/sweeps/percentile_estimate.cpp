#include <algorithm>
#include <cmath>

#include "models/sweeps/sensitivity.hpp"

namespace wfsim::sweeps {

Estimate percentile_estimate(double value, std::vector<double> replicates, double confidence) {
    std::erase_if(replicates, [](double v) { return std::isnan(v); });
    Estimate e;
    e.value = value;
    if (replicates.empty()) return e;
    std::sort(replicates.begin(), replicates.end());
    const double tail = 0.5 * (1.0 - confidence);
    e.low = sorted_quantile(replicates, tail);
    e.high = sorted_quantile(replicates, 1.0 - tail);
    return e;
}

}  // namespace wfsim::sweeps
