#pragma once
// Rates derived from the additive quantities of one replication, and the financial-year view of
// those quantities. Definitions (DESIGN.md, docs/output.md):
//   vacancy_rate    = (establishment WTE-days - WTE-days in post) / establishment WTE-days
//   turnover        = leavers / mean headcount; monthly it is the rolling 12 months to the month's
//                     end (undefined, NaN, for the first 11 months)
//   absence_rate    = WTE-days lost to sickness / WTE-days available (in post)
//   stability_index = staff in post at the end who were in post 12 months before
//                     / headcount 12 months before
//   share_over_55   = headcount aged 55 or more / headcount, at the period end
//   mean_headcount  = person-days / days in the period
//   international_joiner_share = joiners by the international route / joiners
#include <string>
#include <vector>

#include "models/scenario/yaml/number_text.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::models {

struct DerivedMetricInfo {
    std::string name;
    std::string units;
    std::string long_name;
    // For a rate or a share (units "1" or "year-1"), the values a target's threshold may take:
    // those of the rate as a parameter gives it, so that `at_most: 10` (for 10%) is refused as
    // `turnover: 12` is. Unbounded for other units.
    schema::Range values{};
    bool rate() const { return units == "1" || units == "year-1"; }
};

// The rates derived for a layout: the six above always, and the share of joiners from
// international supply when the layout counts them (joiners_international / joiners).
std::vector<DerivedMetricInfo> derived_metric_infos(const ResultLayout& layout);

// Additive values over financial years: [metric][fy][unit]; stocks at the year end, flows and
// integrals summed over its twelve months.
std::vector<double> financial_year_values(const ResultLayout& layout, const sim::TimeAxis& axis,
                                          const double* monthly);

// Derived rates, [derived metric][period][unit]: monthly from monthly additive values, or per
// financial year from financial_year_values().
std::vector<double> derive_monthly(const ResultLayout& layout, const sim::TimeAxis& axis,
                                   const double* monthly);
std::vector<double> derive_financial_years(const ResultLayout& layout, const sim::TimeAxis& axis,
                                           const double* fy_values);

}  // namespace wfsim::models
