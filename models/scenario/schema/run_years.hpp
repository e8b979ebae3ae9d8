#pragma once
// The financial years of a scenario's run, by the year each starts: those whose 1 April lies
// inside the run (when a year's establishment changes), or those lying wholly inside it (the
// result file's financial years, which targets refer to).
#include <string>

#include "models/scenario/scenario.hpp"

namespace wfsim::models::schema {

struct RunYears {
    sim::Date start, end;  // the run: [start, end)
    int first = 0, last = -1;
    bool whole = false;  // years wholly inside the run, else years starting inside it

    bool contains(int year) const { return year >= first && year <= last; }
    // "the financial years starting inside the run (2022-04-01 to 2025-03-31) are 2022/23 to
    // 2024/25", for messages.
    std::string text() const;
};

RunYears years_starting_in_run(const Scenario& scenario);
RunYears whole_years_of_run(const Scenario& scenario);

}  // namespace wfsim::models::schema
