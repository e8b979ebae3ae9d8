#pragma once
// What a variant changes, measured on common random numbers: for every metric, period and unit,
// the paired difference (variant - baseline) of each replication both hold, summarised as the mean
// difference with its paired Monte Carlo standard error and 95% interval, and the spread of the
// paired differences across replications. Written as /variants/<v>/monthly_difference and
// /variants/<v>/fy_difference (docs/output.md); the per-replication differences are the
// difference of the two variants' datasets, row by row of the same replication.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "output/chunked_datasets.hpp"
#include "output/variant_output.hpp"

namespace wfsim::output {

// The statistics of a paired difference, in the order written.
enum class DifferenceStatistic { Mean, Mcse, Ci95Low, Ci95High, P5, P10, P50, P90, P95, N };
std::string_view difference_statistic_name(DifferenceStatistic s);
inline constexpr std::array<DifferenceStatistic, 10> kDifferenceStatistics = {
    DifferenceStatistic::Mean,     DifferenceStatistic::Mcse, DifferenceStatistic::Ci95Low,
    DifferenceStatistic::Ci95High, DifferenceStatistic::P5,   DifferenceStatistic::P10,
    DifferenceStatistic::P50,      DifferenceStatistic::P90,  DifferenceStatistic::P95,
    DifferenceStatistic::N};

// The rows of `baseline` and `variant` that hold the same replication, in replication order
// (after an interrupt the two may hold different replications).
std::vector<std::pair<hsize_t, hsize_t>> paired_rows(const std::vector<std::int64_t>& baseline,
                                                     const std::vector<std::int64_t>& variant);

// Writes `variant`'s paired differences from `baseline` (both still open).
void write_variant_differences(const VariantOutput& baseline, const VariantOutput& variant);

}  // namespace wfsim::output
