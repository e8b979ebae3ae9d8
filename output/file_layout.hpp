#pragma once
// Names and paths of the result file (format_version 2). docs/output.md documents each one; the
// writer, the reader and the tests all build paths through these functions.
#include <array>
#include <string>
#include <string_view>

namespace wfsim::output {

inline constexpr int kFormatVersion = 2;
// The oldest format this wfsim still reads (version 1 has the same paths; docs/output.md says
// what changed).
inline constexpr int kOldestReadableFormatVersion = 1;

// Whole runs are months; financial years (April to March) wholly inside the run.
enum class Period { Monthly, FinancialYear };

// Summaries of the spread across replications, per period and unit.
enum class Statistic { Mean, Mcse, P5, P10, P50, P90, P95, N };
inline constexpr std::array<Statistic, 8> kStatistics = {
    Statistic::Mean, Statistic::Mcse, Statistic::P5,  Statistic::P10,
    Statistic::P50,  Statistic::P90,  Statistic::P95, Statistic::N};

std::string_view statistic_name(Statistic s);  // "mean", "mcse", "p5", ..., "n"
// The probability of a quantile statistic (0.05 for p5); negative for mean, mcse and n.
double statistic_probability(Statistic s);
std::string_view statistic_description(Statistic s);  // the dataset's long_name suffix

namespace path {

inline constexpr std::string_view kPeriod = "/period";
inline constexpr std::string_view kPeriodDays = "/period_days";
inline constexpr std::string_view kFinancialYear = "/fy";
inline constexpr std::string_view kFinancialYearFirstPeriod = "/fy_first_period";
inline constexpr std::string_view kUnit = "/unit";
inline constexpr std::string_view kUnitKind = "/unit_kind";
inline constexpr std::string_view kUnitSector = "/unit_sector";
inline constexpr std::string_view kVariants = "/variants";
inline constexpr std::string_view kTargets = "/targets";  // definitions, when there are targets
inline constexpr std::string_view kRisks = "/risks";      // the register, when there are risks

std::string variant(std::string_view variant);                  // /variants/<v>
std::string replication(std::string_view variant);              // /variants/<v>/replication
std::string variant_targets(std::string_view variant);          // /variants/<v>/targets
std::string variant_risks(std::string_view variant);            // /variants/<v>/risks
std::string values_group(std::string_view variant, Period p);   // .../monthly or .../fy
std::string summary_group(std::string_view variant, Period p);  // .../monthly_summary, fy_summary
std::string values(std::string_view variant, Period p, std::string_view metric);
std::string summary(std::string_view variant, Period p, std::string_view metric, Statistic s);

}  // namespace path

// Axis names in storage order (C order; R and Fortran readers see them reversed).
std::string_view axis_order(Period p, bool per_replication);  // "replication,period,unit", ...

// Names usable as HDF5 link names and in paths: non-empty, no '/', not "." or "..".
bool is_valid_name(std::string_view name);

}  // namespace wfsim::output
