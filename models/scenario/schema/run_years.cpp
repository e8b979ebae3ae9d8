#include "models/scenario/schema/run_years.hpp"

namespace wfsim::models::schema {
namespace {

// The first year whose 1 April is on or after the start; the last whose 1 April is before
// `before`.
RunYears span(const Scenario& s, bool whole) {
    RunYears r{s.start, s.start.add_months_to_month_start(s.months)};
    r.whole = whole;
    const int y0 = s.start.ymd().year;
    r.first = sim::Date::from_ymd(y0, 4, 1) >= s.start ? y0 : y0 + 1;
    const int y1 = r.end.ymd().year;
    r.last = sim::Date::from_ymd(y1, 4, 1) < r.end ? y1 : y1 - 1;
    // A whole year also ends (on the next 1 April) by the end of the run.
    if (whole) r.last = sim::Date::from_ymd(r.last + 1, 4, 1) <= r.end ? r.last : r.last - 1;
    return r;
}

}  // namespace

std::string RunYears::text() const {
    const std::string run = "the run (" + start.iso() + " to " + (end + -1).iso() + ")";
    const std::string which = whole ? "whole financial year" : "financial year";
    const std::string where = whole ? " inside " : " starting inside ";
    if (first > last) return "no " + which + where + run;
    return "the " + which + "s" + where + run + " are " + sim::Date::financial_year_label(first) +
           (first == last ? "" : " to " + sim::Date::financial_year_label(last));
}

RunYears years_starting_in_run(const Scenario& s) {
    return span(s, false);
}

RunYears whole_years_of_run(const Scenario& s) {
    return span(s, true);
}

}  // namespace wfsim::models::schema
