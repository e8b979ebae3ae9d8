#pragma once
// What a sweep factor (or an uncertain parameter) ranges over: a distribution on the real line
// or a list of values. Designs work in the unit cube and map each coordinate to a value here:
//  - sampling designs (Latin hypercube, Sobol) read a coordinate as a probability p in (0, 1)
//    and take the quantile (the inverse of the distribution function);
//  - grid designs (one at a time, factorial, Morris) read it as a level u in [0, 1] of the
//    factor's range: the quantile at u for a bounded distribution (u = 0 and 1 are its ends),
//    at 2.5% + 95% u for an unbounded one (normal, lognormal: the central 95%), and for a list
//    of n values the value at position round(u (n - 1)).
#include <string>
#include <vector>

namespace wfsim::sweeps {

enum class DistributionKind {
    Uniform,          // min, max
    LogUniform,       // min, max (> 0): uniform in the logarithm
    Triangular,       // min, mode, max
    Normal,           // mean, sd
    TruncatedNormal,  // mean, sd of the normal, cut to [min, max]
    LogNormal,        // mean, sd of the value itself (not of its logarithm)
    Values,           // equally likely values
};

inline constexpr double kUnboundedGridTail = 0.025;  // each side, for grid designs

class FactorDistribution {
  public:
    static FactorDistribution uniform(double min, double max);
    static FactorDistribution log_uniform(double min, double max);
    static FactorDistribution triangular(double min, double mode, double max);
    static FactorDistribution normal(double mean, double sd);
    static FactorDistribution truncated_normal(double mean, double sd, double min, double max);
    static FactorDistribution lognormal(double mean, double sd);
    static FactorDistribution values(std::vector<double> values);

    DistributionKind kind() const { return kind_; }
    // The parameters as constructed (mean and sd for the lognormal, not its log-scale ones).
    const std::vector<double>& parameters() const { return parameters_; }
    const std::vector<double>& value_list() const { return values_; }

    bool bounded() const;
    // The smallest and largest values the distribution takes (infinite when unbounded).
    double lower() const;
    double upper() const;
    // The smallest and largest values a grid design uses (grid_value(0), grid_value(1)).
    double grid_lower() const { return grid_value(0.0); }
    double grid_upper() const { return grid_value(1.0); }

    // The quantile at probability p in [0, 1] (infinite at 0 or 1 when unbounded).
    double quantile(double p) const;
    double cdf(double x) const;
    double mean() const;
    // The value at level u in [0, 1] of a grid design (see the top of this file).
    double grid_value(double u) const;

    // "uniform(0.09, 0.13)", "values(60, 90, 120)": for files and messages.
    std::string text() const;
    // A problem with the parameters (min not below max, sd not positive, ...), or "".
    std::string problem() const;

  private:
    DistributionKind kind_ = DistributionKind::Uniform;
    std::vector<double> parameters_;
    std::vector<double> values_;
    double mu_ = 0.0, sigma_ = 0.0;  // lognormal: of the logarithm
};

// The standard normal distribution function and its inverse (Acklam's rational approximation
// refined by one Halley step on erfc: about 1e-15 relative error).
double normal_cdf(double x);
double normal_quantile(double p);

}  // namespace wfsim::sweeps
