// Targets checked against the scenario they belong to: the unit is one of its reporting units and
// the period lies inside its run (whole financial years, as the result file's financial-year
// values are).
#include <algorithm>

#include "models/scenario/schema/outcome_codecs.hpp"
#include "models/scenario/schema/outcome_schema.hpp"
#include "models/scenario/schema/run_years.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {
namespace {

std::vector<std::string> unit_names(const Scenario& s) {
    std::vector<std::string> names;
    for (const GroupSpec& g : s.groups) names.push_back(g.name);
    for (const GroupSpec& g : s.groups)
        if (std::find(names.begin(), names.end(), g.sector) == names.end())
            names.push_back(g.sector);
    names.push_back("total");
    return names;
}

void check_unit(const TargetSpec& t, const std::vector<std::string>& units, CheckContext& c) {
    if (std::find(units.begin(), units.end(), t.unit) != units.end()) return;
    std::string message =
        "unknown unit '" + t.unit + "'" +
        did_you_mean_or_list(t.unit, units, ": a unit is a group, a sector or `total`; here ");
    c.error_at({"targets", t.name, "unit"}, std::move(message));
}

void check_year(const TargetSpec& t, const RunYears& run, int year,
                const std::vector<std::string>& at, CheckContext& c, bool at_key = false) {
    if (run.contains(year)) return;
    std::vector<std::string> keys{"targets", t.name};
    keys.insert(keys.end(), at.begin(), at.end());
    c.error_at(keys,
               sim::Date::financial_year_label(year) +
                   " is not a whole financial year of the run: " + run.text(),
               at_key);
}

void check_period(const TargetSpec& t, const RunYears& run, CheckContext& c) {
    if (t.year) check_year(t, run, *t.year, {"year"}, c);
    if (t.years) {
        check_year(t, run, t.years->first, {"years"}, c);
        if (t.years->last && *t.years->last != t.years->first)
            check_year(t, run, *t.years->last, {"years"}, c);
    }
    for (const auto* by_year : {&t.at_least_by_year, &t.at_most_by_year}) {
        const char* key = by_year == &t.at_least_by_year ? "at_least_by_year" : "at_most_by_year";
        for (const FinancialYearValue& v : *by_year)
            check_year(t, run, v.start_year, {key, sim::Date::financial_year_label(v.start_year)},
                       c, true);
    }
    if (t.month && !(*t.month >= run.start && *t.month < run.end))
        c.error_at({"targets", t.name, "month"},
                   month_text(*t.month) + " is not a month of the run (" + month_text(run.start) +
                       " to " + month_text(run.end.add_months_to_month_start(-1)) + ")");
}

}  // namespace

void check_targets_in_run(const Scenario& s, CheckContext& c) {
    const std::vector<std::string> units = unit_names(s);
    const RunYears run = whole_years_of_run(s);
    for (const TargetSpec& t : s.targets) {
        check_unit(t, units, c);
        check_period(t, run, c);
    }
}

}  // namespace wfsim::models::schema
