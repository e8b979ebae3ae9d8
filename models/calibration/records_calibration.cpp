// A group's size and profiles from its staff records: headcount, WTE and WTE per head as they
// are; the age profile in one-year bands of the records' ages at the start (so that retirement
// and age multipliers are averaged over the people who are there); and, where every record of
// the group has a start date, their service in the first year by month from those dates; and the
// records' mix of WTE, for hires.
#include <algorithm>
#include <cmath>
#include <map>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {

void resolve_size_from_records(const std::vector<StaffRecord>& records, int group,
                               const std::string& path, GroupRates& r) {
    std::map<int, int> by_age;  // whole years at the start -> people
    std::map<double, int> by_wte;
    int people = 0, in_first_year = 0;
    int by_month[12] = {};  // in their first year of service, by whole months of it
    bool every_start_known = true;
    double wte = 0.0;
    for (const StaffRecord& p : records) {
        if (p.group != group) continue;
        ++people;
        wte += p.wte;
        ++by_wte[p.wte];
        ++by_age[static_cast<int>(std::floor(-p.birth_day / kDaysPerYear))];
        if (!p.start_day)
            every_start_known = false;
        else if (*p.start_day > -kDaysPerYear) {
            ++in_first_year;
            ++by_month[std::min(11, static_cast<int>(-*p.start_day / kDaysPerYear * 12.0))];
        }
    }
    if (people == 0)
        throw CalibrationError(path,
                               "the staff records have nobody in this group: give its "
                               "people in the file, or map a value of the group column to it");
    r.from_records = true;
    r.headcount = people;
    r.wte = wte;
    r.wte_per_head = wte / people;
    // Hires keep the records' mix of WTE (unless recruitment.hire_wte says otherwise); with one
    // WTE, it is the post's.
    r.hire_wte.clear();
    if (by_wte.size() > 1)
        for (const auto& [value, count] : by_wte)
            r.hire_wte.push_back({value, static_cast<double>(count) / people});
    r.age_bands.clear();
    for (const auto& [age, count] : by_age)
        r.age_bands.push_back({std::to_string(age), static_cast<double>(age), age + 1.0,
                               static_cast<double>(count) / people});
    if (every_start_known) {
        // By month within the first year: when they pass their first anniversary during the
        // run's first year sets its turnover (first_year_turnover.cpp).
        r.tenure_bands.clear();
        for (int m = 0; m < 12; ++m)
            r.tenure_bands.push_back({"month_" + std::to_string(m), m / 12.0, (m + 1) / 12.0,
                                      static_cast<double>(by_month[m]) / people});
        const double q = static_cast<double>(in_first_year) / people;
        r.tenure_bands.push_back({"after", 1.0, 60.0, 1.0 - q});
    }
}

}  // namespace wfsim::models
