// Factor distributions: quantiles, distribution functions, grid values; statistics of
// replications.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/sweeps/factor_distribution.hpp"
#include "models/sweeps/statistic.hpp"

using namespace wfsim::sweeps;

TEST_CASE("The normal quantile to full precision, against tabulated values") {
    CHECK(normal_quantile(0.975) == Approx(1.959963984540054).epsilon(1e-14));
    CHECK(normal_quantile(0.5) == 0.0);
    CHECK(normal_quantile(1e-10) == Approx(-6.361340902404056).epsilon(1e-13));
    CHECK(normal_quantile(0.01) == Approx(-2.326347874040841).epsilon(1e-14));
    CHECK(std::isinf(normal_quantile(0.0)));
    for (double p : {1e-8, 0.001, 0.02, 0.3, 0.7, 0.98, 0.999999})
        CHECK(normal_cdf(normal_quantile(p)) == Approx(p).epsilon(1e-12));
}

TEST_CASE("Each distribution: the quantile inverts the distribution function") {
    const std::vector<FactorDistribution> all = {
        FactorDistribution::uniform(0.09, 0.13),
        FactorDistribution::log_uniform(10, 1000),
        FactorDistribution::triangular(0.045, 0.0572, 0.07),
        FactorDistribution::normal(90, 15),
        FactorDistribution::truncated_normal(0.11, 0.03, 0.08, 0.2),
        FactorDistribution::truncated_normal(0.0, 1.0, 3.0, 5.0),  // far in the upper tail
        FactorDistribution::lognormal(150, 40),
    };
    for (const auto& d : all) {
        INFO(d.text());
        REQUIRE(d.problem().empty());
        for (double p : {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            const double x = d.quantile(p);
            CHECK(d.cdf(x) == Approx(p).epsilon(1e-9));
            CHECK(x >= d.lower());
            CHECK(x <= d.upper());
        }
    }
}

TEST_CASE("Distribution specifics: the lognormal's mean and sd, triangular's mode, log-uniform") {
    const auto lognormal = FactorDistribution::lognormal(150, 40);
    // The median of a lognormal is exp(mu) = mean / sqrt(1 + cv^2).
    CHECK(lognormal.quantile(0.5) == Approx(150 / std::sqrt(1 + (40.0 / 150) * (40.0 / 150))));
    const auto triangular = FactorDistribution::triangular(1, 2, 5);
    CHECK(triangular.quantile(0.25) == Approx(2.0));  // (mode - min) / (max - min)
    CHECK(triangular.mean() == Approx(8.0 / 3));
    CHECK(FactorDistribution::log_uniform(10, 1000).quantile(0.5) == Approx(100.0));
    const auto truncated = FactorDistribution::truncated_normal(0, 1, 0, 10);
    CHECK(truncated.mean() == Approx(std::sqrt(2 / M_PI)).epsilon(1e-9));  // half-normal
}

TEST_CASE("Grid values: ends of bounded ranges, the central 95% of unbounded ones, value lists") {
    const auto uniform = FactorDistribution::uniform(0.09, 0.13);
    CHECK(uniform.grid_value(0.0) == 0.09);
    CHECK(uniform.grid_value(1.0) == 0.13);
    CHECK(uniform.grid_value(0.5) == Approx(0.11));
    const auto normal = FactorDistribution::normal(90, 15);
    CHECK(normal.grid_lower() == Approx(90 - 1.959963984540054 * 15));
    CHECK(normal.grid_upper() == Approx(90 + 1.959963984540054 * 15));
    // Levels between the ends are evenly spaced in probability (docs/sweeps.md): the middle
    // level of triangular(4%, 4.5%, 8%) is its median, 8% - sqrt(0.5 x 4% x 3.5%) = 5.354%, not
    // the middle of the range, 6%.
    const auto triangular = FactorDistribution::triangular(0.04, 0.045, 0.08);
    CHECK(triangular.grid_value(0.0) == 0.04);
    CHECK(triangular.grid_value(1.0) == 0.08);
    CHECK(triangular.grid_value(0.5) == Approx(0.08 - std::sqrt(0.5 * 0.04 * 0.035)));
    const auto values = FactorDistribution::values({60, 90, 120});
    CHECK(values.grid_value(0.0) == 60);
    CHECK(values.grid_value(0.5) == 90);
    CHECK(values.grid_value(1.0) == 120);
    CHECK(values.quantile(0.2) == 60);
    CHECK(values.quantile(0.5) == 90);
    CHECK(values.quantile(0.99) == 120);
}

TEST_CASE("Distribution problems are named") {
    CHECK(FactorDistribution::uniform(2, 1).problem() == "min must be below max");
    CHECK(FactorDistribution::normal(0, 0).problem() == "sd must be above 0");
    CHECK(FactorDistribution::log_uniform(0, 1).problem().find("above 0") != std::string::npos);
    CHECK(FactorDistribution::triangular(2, 1, 1).problem() == "min must be below max");
    CHECK(FactorDistribution::triangular(0, 2, 3).problem().empty());
    CHECK(FactorDistribution::triangular(0, 4, 3).problem() == "mode must lie within [min, max]");
    CHECK(FactorDistribution::values({1}).problem() == "give at least two values");
    CHECK(FactorDistribution::values({1, 2, 1}).problem() == "the value 1 is given twice");
}

TEST_CASE("Statistics of replications: mean, sd, quantiles as numpy, probabilities, NaN skipped") {
    const std::vector<double> x{3, 1, 4, 1, 5, 9, 2, 6, NAN};
    CHECK(reduce(Statistic::mean(), x) == Approx(31.0 / 8));
    CHECK(reduce(Statistic::quantile(0.9), x) == Approx(6.9));  // numpy.percentile(.., 90)
    CHECK(reduce(Statistic::quantile(0.5), x) == Approx(3.5));
    CHECK(reduce(Statistic::at_most(2), x) == Approx(3.0 / 8));
    CHECK(reduce(Statistic::at_least(5), x) == Approx(3.0 / 8));
    CHECK(reduce(Statistic::sd(), std::vector<double>{1, 2, 3, 4}) == Approx(std::sqrt(5.0 / 3)));
    CHECK(std::isnan(reduce(Statistic::mean(), std::vector<double>{NAN})));
    CHECK(Statistic::quantile(0.9).text() == "p90");
    CHECK(Statistic::at_most(0.1).text() == "P(<= 0.1)");
    CHECK(reduce_standard_error(Statistic::mean(), std::vector<double>{1, 2, 3, 4}, 0, 1) ==
          Approx(std::sqrt(5.0 / 3) / 2));
    CHECK(reduce_standard_error(Statistic::at_most(2), std::vector<double>{1, 2, 3, 4}, 0, 1) ==
          Approx(0.25));
    const double bootstrap =
        reduce_standard_error(Statistic::quantile(0.5), std::vector<double>{1, 2, 3, 4, 5}, 500, 1);
    CHECK(bootstrap > 0.3);
    CHECK(bootstrap < 1.5);
}
