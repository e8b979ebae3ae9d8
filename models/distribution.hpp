#pragma once
// A positive duration distribution as users quote it (mean and spread in days), with the
// samplers the flows need: a draw, and a draw of the time remaining in a spell that is under way
// at a random moment in equilibrium (the forward recurrence time).
#include <cmath>
#include <string>

#include "sim/variates.hpp"

namespace wfsim::models {

struct DurationDistribution {
    enum class Kind { Fixed, Exponential, LogNormal, Uniform };
    Kind kind = Kind::Fixed;
    double mean = 0.0;  // days
    double sd = 0.0;    // days (lognormal)
    double min = 0.0;   // days (uniform)
    double max = 0.0;   // days (uniform)
    sim::LogNormalParams log_params;  // (lognormal) derived from mean and sd once, not per draw

    static DurationDistribution fixed(double days) {
        return {Kind::Fixed, days, 0, days, days, {}};
    }
    static DurationDistribution exponential(double mean) {
        return {Kind::Exponential, mean, mean, 0, 0, {}};
    }
    static DurationDistribution lognormal(double mean, double sd) {
        return {Kind::LogNormal, mean, sd, 0, 0, sim::LogNormalParams::from_mean_sd(mean, sd)};
    }
    static DurationDistribution uniform(double lo, double hi) {
        return {Kind::Uniform, 0.5 * (lo + hi), (hi - lo) / std::sqrt(12.0), lo, hi, {}};
    }

    std::string describe() const;
    // E[exp(-s D)]: the chance that an exponential clock of rate s outlasts a spell.
    double laplace(double s) const;

    template <class Engine>
    double sample(Engine& eng) const;
    // Time left in a spell found under way at a random moment: U times a length-biased draw.
    template <class Engine>
    double sample_residual(Engine& eng) const;
};

template <class Engine>
double DurationDistribution::sample(Engine& eng) const {
    switch (kind) {
        case Kind::Fixed: return mean;
        case Kind::Exponential: return mean * sim::standard_exponential(eng);
        case Kind::LogNormal: return log_params.sample(eng);
        case Kind::Uniform: return min + (max - min) * sim::uniform01(eng);
    }
    return mean;
}

template <class Engine>
double DurationDistribution::sample_residual(Engine& eng) const {
    switch (kind) {
        case Kind::Fixed: return mean * sim::uniform01(eng);
        case Kind::Exponential: return mean * sim::standard_exponential(eng);
        case Kind::LogNormal: {
            // The length-biased lognormal is lognormal with mu + sigma^2.
            auto p = log_params;
            p.mu += p.sigma * p.sigma;
            return sim::uniform01(eng) * p.sample(eng);
        }
        case Kind::Uniform: {
            // Length-biased uniform on [a, b] has density proportional to x.
            const double u = sim::uniform01(eng);
            const double x = std::sqrt(min * min + u * (max * max - min * min));
            return sim::uniform01(eng) * x;
        }
    }
    return 0.0;
}

}  // namespace wfsim::models
