#pragma once
// Statistics of one column of per-replication values (one metric, period and unit across
// replications). NaN values (an undefined rate, such as 12-month turnover in the first 11
// months) are skipped. Sums run in replication order, so results do not depend on how many
// threads produced the replications. These describe the spread across replications; they are
// not confidence intervals.
#include <cstdint>
#include <span>
#include <vector>

namespace wfsim::sim {

std::int64_t count_defined(std::span<const double> values);  // values that are not NaN

// NaN when no value is defined.
double mean(std::span<const double> values);

// Sample standard deviation (n - 1) / sqrt(n): NaN with fewer than two defined values.
double monte_carlo_standard_error(std::span<const double> values);

// Quantile by linear interpolation between order statistics (R type 7, numpy's default):
// h = (n - 1) p, x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). NaN when no value
// is defined; p must lie in [0, 1].
double quantile(std::span<const double> values, double p);
// The same on values already sorted ascending, with no NaN.
double quantile_of_sorted(std::span<const double> sorted, double p);

struct ColumnSummary {
    double mean;
    double mcse;
    double p5, p10, p50, p90, p95;
    std::int64_t n;
};

// All statistics at once; `scratch` is reused between calls to avoid allocation.
ColumnSummary summarise(std::span<const double> values, std::vector<double>& scratch);

}  // namespace wfsim::sim
