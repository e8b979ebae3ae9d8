#pragma once
// The risk matrix: a probability to a likelihood score through the likelihood bands (the
// scenario's, by default the NPSA's of 2008), a rating (likelihood x consequence) to its grade,
// and whether an interval of probabilities can be given one score or straddles a boundary.
#include <array>
#include <string>

#include "models/scenario/scenario_outcomes.hpp"

namespace wfsim::models::outcomes {

// The bands in score order: [0] is score 1 (rare), [4] score 5 (almost certain).
std::array<ProbabilityBand, 5> bands_in_order(const LikelihoodBands& bands);

// "rare", "unlikely", "possible", "likely", "almost certain"; score 1-5.
const char* likelihood_descriptor(int score);

// The score 1-5 of a probability in [0, 1]: the band holding it, a band holding (from, to] (the
// first [0, to]), so that a probability on a boundary takes the lower score. 0 for NaN.
int likelihood_score(double probability, const LikelihoodBands& bands);

// The conventional grades of a 5 x 5 rating (NPSA 2008, "Risk scoring and grading"): 1-3 low,
// 4-6 moderate, 8-12 high, 15-25 extreme.
enum class Grade { None, Low, Moderate, High, Extreme };
Grade grade_of(int rating);       // None for 0 (not rated)
const char* grade_name(Grade g);  // "low", ..., "extreme"; "" for None
// The lowest and highest rating of each grade, for the documented table.
struct GradeBand {
    Grade grade;
    int from, to;
};
std::array<GradeBand, 4> grade_bands();

// The boundaries between scores (four), ascending.
std::array<double, 4> inner_boundaries(const LikelihoodBands& bands);

// The boundaries between scores that lie in the interval [low, high] in a way that leaves its
// ends with different scores (low on or below a boundary, high above it).
std::array<bool, 4> straddled(double low, double high, const LikelihoodBands& bands);

}  // namespace wfsim::models::outcomes
