#pragma once
// A duration distribution flattened once, when a model binds its scenario, for the draws made
// at every event (absence spells): a mixture's weights and its components' parameters inline, so
// a draw is one pick and one component, with no recursion and no walk through nested vectors.
// It draws exactly what DurationDistribution::sample draws (the same variates in the same order,
// the weights summed in the same order, the same arithmetic), so results are bit-identical. A
// distribution it cannot flatten (a mixture of mixtures, or of more than kMaxParts components)
// is drawn by DurationDistribution::sample itself.
#include <cmath>
#include <cstddef>

#include "models/scenario/distribution.hpp"
#include "sim/variates.hpp"

namespace wfsim::models {

class DurationSampler {
  public:
    static constexpr std::size_t kMaxParts = 4;

    DurationSampler() = default;
    explicit DurationSampler(const DurationDistribution& d) : general_(&d) {
        using Kind = DurationDistribution::Kind;
        if (d.kind != Kind::Mixture) {
            parts_[0] = part_of(d);
            count_ = 1;
            general_ = nullptr;
            return;
        }
        if (d.components.size() > kMaxParts || d.components.size() != d.weights.size()) return;
        for (const auto& c : d.components)
            if (c.kind == Kind::Mixture) return;
        for (std::size_t i = 0; i < d.components.size(); ++i) {
            parts_[i] = part_of(d.components[i]);
            weights_[i] = d.weights[i];
        }
        count_ = d.components.size();
        mixture_ = true;
        general_ = nullptr;
    }

    template <class Engine>
    double sample(Engine& eng) const {
        if (general_) return general_->sample(eng);
        std::size_t i = 0;
        if (mixture_) {  // as DurationDistribution::pick: a draw even with one component
            const double u = sim::uniform01(eng);
            for (double acc = weights_[0]; u >= acc && i + 1 < count_; acc += weights_[++i]) {
            }
        }
        const Part& p = parts_[i];
        switch (p.kind) {
            case DurationDistribution::Kind::LogNormal:
                return std::exp(p.a + p.b * sim::standard_normal(eng));
            case DurationDistribution::Kind::Exponential:
                return p.a * sim::standard_exponential(eng);
            case DurationDistribution::Kind::Uniform:
                return p.a + p.b * sim::uniform01(eng);
            default:
                return p.a;  // fixed
        }
    }

  private:
    // lognormal: mu, sigma; exponential and fixed: the mean; uniform: min, max - min.
    struct Part {
        DurationDistribution::Kind kind = DurationDistribution::Kind::Fixed;
        double a = 0.0, b = 0.0;
    };
    static Part part_of(const DurationDistribution& d) {
        switch (d.kind) {
            case DurationDistribution::Kind::LogNormal:
                return {d.kind, d.log_params.mu, d.log_params.sigma};
            case DurationDistribution::Kind::Exponential:
                return {d.kind, d.mean, 0.0};
            case DurationDistribution::Kind::Uniform:
                return {d.kind, d.min, d.max - d.min};
            default:
                return {DurationDistribution::Kind::Fixed, d.mean, 0.0};
        }
    }

    Part parts_[kMaxParts];
    double weights_[kMaxParts] = {};
    std::size_t count_ = 0;
    bool mixture_ = false;
    const DurationDistribution* general_ = nullptr;  // drawn by itself when not flattened
};

}  // namespace wfsim::models
