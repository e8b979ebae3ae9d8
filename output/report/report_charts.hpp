#pragma once
// The charts of the HTML report, built from a result file: for each variant and reporting unit
// (system total, sectors, groups) fan charts over months of WTE in post against establishment,
// vacancy rate, turnover and absence rate (median, 50% and 90% of replications), lines of joiners
// by route and leavers by reason; with variants, each variant's fan overlaid on the baseline's
// and a fan chart of its paired difference from the baseline.
#include <string>
#include <vector>

#include "output/report/svg_chart.hpp"
#include "output/result_reader.hpp"

namespace wfsim::output::report {

struct UnitCharts {
    std::string unit;       // as stored: a group, a sector or "total"
    std::string unit_kind;  // "group", "sector" or "total"
    std::string heading;    // "System total", "Sector: nhs", "Group: registered_nursing"
    std::vector<ChartSpec> charts;
};

// Every unit's charts, the total first, then the sectors, then the groups.
std::vector<UnitCharts> build_report_charts(const ResultReader& reader);

// The kind of value a CF units string holds ("WTE", "1", "year-1", "GBP", "people", ...).
ValueKind value_kind_of_units(const std::string& units);

}  // namespace wfsim::output::report
