// A group's size and profiles from its staff records: headcount, WTE and WTE per head as they
// are; the age profile in one-year bands of the records' ages at the start (so that retirement
// and age multipliers are averaged over the people who are there); and, where every record of
// the group has a start date, the share in their first year of service from those dates.
#include <cmath>
#include <map>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {

void resolve_size_from_records(const std::vector<StaffRecord>& records, int group,
                               const std::string& path, GroupRates& r) {
    std::map<int, int> by_age;  // whole years at the start -> people
    int people = 0, in_first_year = 0;
    bool every_start_known = true;
    double wte = 0.0;
    for (const StaffRecord& p : records) {
        if (p.group != group) continue;
        ++people;
        wte += p.wte;
        ++by_age[static_cast<int>(std::floor(-p.birth_day / kDaysPerYear))];
        if (!p.start_day)
            every_start_known = false;
        else if (*p.start_day > -kDaysPerYear)
            ++in_first_year;
    }
    if (people == 0)
        throw CalibrationError(path,
                               "the staff records have nobody in this group: give its "
                               "people in the file, or map a value of the group column to it");
    r.from_records = true;
    r.headcount = people;
    r.wte = wte;
    r.wte_per_head = wte / people;
    r.age_bands.clear();
    for (const auto& [age, count] : by_age)
        r.age_bands.push_back({std::to_string(age), static_cast<double>(age), age + 1.0,
                               static_cast<double>(count) / people});
    if (every_start_known) {
        const double q = static_cast<double>(in_first_year) / people;
        r.tenure_bands = {{"first_year", 0.0, 1.0, q}, {"after", 1.0, 60.0, 1.0 - q}};
    }
}

}  // namespace wfsim::models
