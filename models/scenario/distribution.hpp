#pragma once
// A positive duration distribution as users quote it (mean and spread in days), with the
// samplers the flows need: a draw, and a draw of the time remaining in a spell that is under way
// at a random moment in equilibrium (the forward recurrence time).
#include <cmath>
#include <string>
#include <vector>

#include "sim/variates.hpp"

namespace wfsim::models {

struct DurationDistribution {
    enum class Kind { Fixed, Exponential, LogNormal, Uniform, Mixture };
    Kind kind = Kind::Fixed;
    double mean = 0.0;                // days
    double sd = 0.0;                  // days (lognormal)
    double min = 0.0;                 // days (uniform)
    double max = 0.0;                 // days (uniform)
    sim::LogNormalParams log_params;  // (lognormal) derived from mean and sd once, not per draw
    // (mixture) components and their weights, e.g. short- and long-term sickness spells
    std::vector<DurationDistribution> components;
    std::vector<double> weights;  // sum to 1

    static DurationDistribution fixed(double days) {
        return make(Kind::Fixed, days, 0, days, days);
    }
    static DurationDistribution exponential(double mean) {
        return make(Kind::Exponential, mean, mean, 0, 0);
    }
    static DurationDistribution lognormal(double mean, double sd) {
        DurationDistribution d = make(Kind::LogNormal, mean, sd, 0, 0);
        d.log_params = sim::LogNormalParams::from_mean_sd(mean, sd);
        return d;
    }
    static DurationDistribution uniform(double lo, double hi) {
        return make(Kind::Uniform, 0.5 * (lo + hi), (hi - lo) / std::sqrt(12.0), lo, hi);
    }
    // Weights are normalised to sum to 1.
    static DurationDistribution mixture(std::vector<DurationDistribution> parts,
                                        std::vector<double> weights);

    std::string describe() const;
    double probability_longer_than(double days) const;
    // E[exp(-s D)]: the chance that an exponential clock of rate s outlasts a spell.
    double laplace(double s) const;

    template <class Engine>
    double sample(Engine& eng) const;
    // A draw weighted by its length: the spell that a random moment falls in.
    template <class Engine>
    double sample_length_biased(Engine& eng) const;
    // Time left in a spell found under way at a random moment, in equilibrium, when each spell
    // is also ended by an independent exit at `exit_rate` per day (leaving cuts spells short).
    template <class Engine>
    double sample_residual(Engine& eng, double exit_rate = 0.0) const {
        return sample_under_way(eng, exit_rate).remaining;
    }
    // The same spell with its whole length too (which decides, say, whether it is long-term).
    struct UnderWay {
        double length;
        double remaining;
    };
    template <class Engine>
    UnderWay sample_under_way(Engine& eng, double exit_rate = 0.0) const;

    std::vector<double> length_weights;  // (mixture) w_i m_i / mean

  private:
    static DurationDistribution make(Kind kind, double mean, double sd, double min, double max) {
        DurationDistribution d;
        d.kind = kind;
        d.mean = mean;
        d.sd = sd;
        d.min = min;
        d.max = max;
        return d;
    }
    static std::size_t pick(const std::vector<double>& w, double u) {
        std::size_t i = 0;
        for (double acc = w[0]; u >= acc && i + 1 < w.size(); acc += w[++i]) {
        }
        return i;
    }
};

template <class Engine>
double DurationDistribution::sample(Engine& eng) const {
    switch (kind) {
        case Kind::Fixed:
            return mean;
        case Kind::Exponential:
            return mean * sim::standard_exponential(eng);
        case Kind::LogNormal:
            return log_params.sample(eng);
        case Kind::Uniform:
            return min + (max - min) * sim::uniform01(eng);
        case Kind::Mixture:
            return components[pick(weights, sim::uniform01(eng))].sample(eng);
    }
    return mean;
}

template <class Engine>
double DurationDistribution::sample_length_biased(Engine& eng) const {
    switch (kind) {
        case Kind::Fixed:
            return mean;
        case Kind::Exponential:  // Gamma(2, mean): the sum of two exponentials
            return mean * (sim::standard_exponential(eng) + sim::standard_exponential(eng));
        case Kind::LogNormal: {  // lognormal with mu + sigma^2
            auto p = log_params;
            p.mu += p.sigma * p.sigma;
            return p.sample(eng);
        }
        case Kind::Uniform:  // density proportional to x on [min, max]
            return std::sqrt(min * min + sim::uniform01(eng) * (max * max - min * min));
        case Kind::Mixture:  // a component with weight w_i m_i, then its length-biased law
            return components[pick(length_weights, sim::uniform01(eng))].sample_length_biased(eng);
    }
    return mean;
}

template <class Engine>
DurationDistribution::UnderWay DurationDistribution::sample_under_way(Engine& eng,
                                                                      double exit_rate) const {
    if (exit_rate <= 0.0) {
        const double d = sample_length_biased(eng);
        return {d, sim::uniform01(eng) * d};
    }
    // Elapsed time a of a spell found under way has density proportional to S(a) exp(-r a):
    // draw the spell's length d with weight d f(d) (1 - exp(-r d)) / (r d) by rejection from the
    // length-biased law, then the elapsed part from the exponential truncated to [0, d].
    for (;;) {
        const double d = sample_length_biased(eng);
        const double x = exit_rate * d;
        const double keep = x > 1e-12 ? -std::expm1(-x) / x : 1.0;
        if (sim::uniform01(eng) >= keep) continue;
        const double u = sim::uniform01(eng);
        const double elapsed = x > 1e-12 ? -std::log1p(-u * -std::expm1(-x)) / exit_rate : u * d;
        return {d, d - elapsed};
    }
}

}  // namespace wfsim::models
