#include "models/outcomes/risk_evaluation.hpp"

#include <algorithm>
#include <vector>

namespace wfsim::models::outcomes {
namespace {

bool missed(const TargetOutcome& t) {
    return t.met != Met::Met;
}

// The consequence scores the risk can have, ascending.
std::vector<int> levels_of(const RiskDefinition& risk) {
    std::vector<int> levels;
    if (risk.spec.consequence) levels.push_back(*risk.spec.consequence);
    for (const auto& step : risk.spec.consequence_by_shortfall)
        if (levels.empty() || levels.back() != step.consequence) levels.push_back(step.consequence);
    return levels;
}

struct Level {
    int consequence;
    Proportion probability;  // of an event of this consequence or worse
};

int rating_at(const std::vector<Level>& levels, const LikelihoodBands& bands,
              double Proportion::*end) {
    int best = 0;
    for (const Level& l : levels)
        best = std::max(best, likelihood_score(l.probability.*end, bands) * l.consequence);
    return best;
}

}  // namespace

int risk_consequence(const RiskDefinition& risk, std::span<const TargetOutcome> targets) {
    bool happened = false;
    switch (risk.event) {
        case AdverseEvent::NotModelled:
            return 0;
        case AdverseEvent::Missed:
        case AdverseEvent::AnyMissed:
            happened = std::any_of(risk.targets.begin(), risk.targets.end(),
                                   [&](int t) { return missed(targets[t]); });
            break;
        case AdverseEvent::AllMissed:
            happened = std::all_of(risk.targets.begin(), risk.targets.end(),
                                   [&](int t) { return missed(targets[t]); });
            break;
    }
    if (!happened) return 0;
    if (risk.spec.consequence) return *risk.spec.consequence;
    const auto& steps = risk.spec.consequence_by_shortfall;
    const TargetOutcome& target = targets[risk.targets.front()];
    if (target.met == Met::Undefined) return steps.back().consequence;
    int score = steps.front().consequence;
    for (const auto& step : steps)
        if (target.shortfall >= step.from) score = step.consequence;
    return score;
}

RiskSummary summarise_risk(const RiskDefinition& risk, std::span<const std::int8_t> consequence,
                           const LikelihoodBands& bands) {
    RiskSummary s;
    if (risk.event == AdverseEvent::NotModelled) return s;
    s.modelled = true;
    const auto trials = static_cast<std::int64_t>(consequence.size());
    const auto at_least = [&](int c) {
        return static_cast<std::int64_t>(std::count_if(consequence.begin(), consequence.end(),
                                                       [&](std::int8_t x) { return x >= c; }));
    };
    s.event = wilson_interval(at_least(1), trials);
    std::vector<Level> levels;
    for (int c : levels_of(risk)) levels.push_back({c, wilson_interval(at_least(c), trials)});

    for (const Level& l : levels) {
        const int rating = likelihood_score(l.probability.estimate, bands) * l.consequence;
        if (rating >= s.rating) {
            s.rating = rating;
            s.consequence = l.consequence;
            s.rated = l.probability;
            s.likelihood = rating / l.consequence;
        }
    }
    s.grade = grade_of(s.rating);
    s.reached = s.rating <= risk.spec.target_rating;

    const int low = rating_at(levels, bands, &Proportion::low);
    const int high = rating_at(levels, bands, &Proportion::high);
    s.straddles = low != high;
    if (!s.straddles) return s;
    const auto boundaries = inner_boundaries(bands);
    for (const Level& l : levels) {
        if (likelihood_score(l.probability.high, bands) * l.consequence <= low) continue;
        const auto crossed = straddled(l.probability.low, l.probability.high, bands);
        for (std::size_t b = 0; b < boundaries.size(); ++b) {
            if (!crossed[b]) continue;
            const std::int64_t n = replications_to_exclude(l.probability.estimate, boundaries[b]);
            if (n < 0) {
                s.replications_to_settle = -1;
                return s;
            }
            s.replications_to_settle = std::max(s.replications_to_settle, n);
        }
    }
    return s;
}

}  // namespace wfsim::models::outcomes
