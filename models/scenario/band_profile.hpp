#pragma once
// A profile of bands (age or tenure in years), people spread uniformly within each band: draws
// from it, and the share below an age.
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

// The share of the profile below `years`.
inline double share_below(const std::vector<Band>& bands, double years) {
    double share = 0.0;
    for (const Band& b : bands) {
        if (years >= b.to)
            share += b.share;
        else if (years > b.from)
            share += b.share * (years - b.from) / (b.to - b.from);
    }
    return share;
}

}  // namespace wfsim::models
