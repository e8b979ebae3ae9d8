#include "models/outcomes/risk_matrix.hpp"

#include <cmath>

namespace wfsim::models::outcomes {

std::array<ProbabilityBand, 5> bands_in_order(const LikelihoodBands& b) {
    return {b.rare, b.unlikely, b.possible, b.likely, b.almost_certain};
}

const char* likelihood_descriptor(int score) {
    static const char* const kNames[] = {"",         "rare",   "unlikely",
                                         "possible", "likely", "almost certain"};
    return score >= 1 && score <= 5 ? kNames[score] : "";
}

int likelihood_score(double probability, const LikelihoodBands& bands) {
    if (std::isnan(probability)) return 0;
    const auto ordered = bands_in_order(bands);
    for (int score = 1; score < 5; ++score)
        if (probability <= ordered[score - 1].to) return score;
    return 5;
}

Grade grade_of(int rating) {
    if (rating <= 0) return Grade::None;
    if (rating <= 3) return Grade::Low;
    if (rating <= 6) return Grade::Moderate;
    if (rating <= 12) return Grade::High;
    return Grade::Extreme;
}

const char* grade_name(Grade g) {
    switch (g) {
        case Grade::Low:
            return "low";
        case Grade::Moderate:
            return "moderate";
        case Grade::High:
            return "high";
        case Grade::Extreme:
            return "extreme";
        case Grade::None:
            break;
    }
    return "";
}

std::array<GradeBand, 4> grade_bands() {
    return {{{Grade::Low, 1, 3},
             {Grade::Moderate, 4, 6},
             {Grade::High, 8, 12},
             {Grade::Extreme, 15, 25}}};
}

std::array<double, 4> inner_boundaries(const LikelihoodBands& bands) {
    const auto ordered = bands_in_order(bands);
    return {ordered[0].to, ordered[1].to, ordered[2].to, ordered[3].to};
}

std::array<bool, 4> straddled(double low, double high, const LikelihoodBands& bands) {
    std::array<bool, 4> out{};
    if (std::isnan(low) || std::isnan(high)) return out;
    const auto boundaries = inner_boundaries(bands);
    for (std::size_t i = 0; i < boundaries.size(); ++i)
        out[i] = low <= boundaries[i] && high > boundaries[i];
    return out;
}

}  // namespace wfsim::models::outcomes
