#pragma once
// Draws from a profile of bands (age or tenure in years): the band by its share, then uniformly
// within it, from a single uniform number.
#include <vector>

#include "models/scenario/scenario.hpp"

namespace wfsim::models {

inline double sample_band_profile(const std::vector<Band>& bands, double u) {
    double cumulative = 0.0;
    for (const Band& b : bands) {
        if (b.share <= 0.0) continue;
        if (u < cumulative + b.share || &b == &bands.back()) {
            const double within = (u - cumulative) / b.share;
            const double x = b.from + (b.to - b.from) * within;
            return x < b.to ? x : b.from + (b.to - b.from) * 0.999999;
        }
        cumulative += b.share;
    }
    return bands.empty() ? 0.0 : bands.back().from;
}

}  // namespace wfsim::models
