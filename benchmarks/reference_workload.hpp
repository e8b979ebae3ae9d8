#pragma once
// The reference workload of DESIGN.md as a scenario of any size: N posts in 8 groups, fixed
// establishment, all filled at the start; leaving hazard 0.12 a year running on through absence;
// a leaver's post refilled after a lognormal time to hire (mean 90 days, sd 30) from the leave
// date; 2 absence spells a person-year while at work, lognormal duration (mean 8 days, sd 10);
// 10 years.
#include <string>

#include "models/scenario/scenario.hpp"

namespace wfsim::bench {

inline models::Scenario reference_workload(long posts, int years = 10) {
    models::Scenario s;
    s.name = "reference workload, " + std::to_string(posts) + " posts";
    s.start = sim::Date::from_ymd(2022, 4, 1);
    s.months = 12 * years;
    const int groups = 8;
    for (int g = 0; g < groups; ++g) {
        models::GroupSpec spec;
        spec.name = "group_" + std::to_string(g + 1);
        spec.sector = "nhs";
        spec.headcount = static_cast<double>(posts / groups + (g < posts % groups ? 1 : 0));
        spec.wte_per_head = 1.0;
        spec.establishment_wte = spec.headcount;  // all posts filled at the start
        spec.leaving.hazard_per_year = 0.12;
        spec.leaving.max_working_age = 100.0;  // DESIGN's workload has no age effects
        spec.recruitment.time_to_hire = models::DurationDistribution::lognormal(90.0, 30.0);
        spec.absence.onsets_per_year = 2.0;
        spec.absence.spell_days = models::DurationDistribution::lognormal(8.0, 10.0);
        s.groups.push_back(spec);
    }
    return s;
}

}  // namespace wfsim::bench
