// Resolves the system-wide parts of a scenario: shocks into per-group timelines, supply
// programmes with group indices and dated policies, domestic cohorts, reservists, and the
// establishment over time.
#include <algorithm>
#include <cmath>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {
namespace {

int group_index(const Scenario& s, const std::string& name, const std::string& path) {
    for (std::size_t i = 0; i < s.groups.size(); ++i)
        if (s.groups[i].name == name) return static_cast<int>(i);
    throw CalibrationError(path, "'" + name + "' is not a group of the scenario");
}

Route training_route(const std::string& route) {
    if (route == "apprenticeship") return Route::Apprenticeship;
    if (route == "return_to_practice") return Route::ReturnToPractice;
    return Route::Training;
}

void resolve_shocks(const Scenario& s, ResolvedScenario& out) {
    for (const ShockSpec& shock : s.shocks) {
        const double from = out.axis.day_of(shock.from), to = out.axis.day_of(shock.to);
        std::vector<int> groups;
        for (const std::string& name : shock.groups)
            groups.push_back(group_index(s, name, "shocks." + shock.name + ".groups"));
        if (groups.empty())
            for (std::size_t g = 0; g < s.groups.size(); ++g) groups.push_back(static_cast<int>(g));
        for (int g : groups) {
            GroupTimelines& t = out.groups[g].timelines;
            auto multiply = [&](Timeline& timeline, double factor) {
                if (factor != 1.0) timeline.apply(from, to, factor);
            };
            multiply(t.leaving, shock.leaving);
            multiply(t.retirement, shock.retirement);
            multiply(t.absence_onset, shock.absence_onset);
            multiply(t.recruitment, shock.recruitment);
            multiply(t.international, shock.international);
            multiply(t.training, shock.training);
            if (shock.unavailable > 0.0) t.unavailable.apply(from, to, shock.unavailable);
        }
    }
}

void resolve_international(const Scenario& s, ResolvedScenario& out) {
    for (const InternationalProgramme& p : s.international) {
        const std::string path = "international." + p.name;
        InternationalRates r;
        r.name = p.name;
        r.group = group_index(s, p.group, path + ".group");
        const GroupRates& g = out.groups[r.group];
        r.recruit_months = p.recruit_months;
        r.leaving_multiplier = p.leaving_multiplier;
        r.age_bands = p.age_bands.empty() ? g.hire_age_bands : p.age_bands;
        r.wte = p.wte.value_or(g.wte_per_head);
        if (p.from) r.from_day = out.axis.day_of(*p.from);
        if (p.to) r.to_day = out.axis.day_of(*p.to);
        InternationalRates::Policy policy{
            -sim::kNever, p.per_year,         p.cap_per_year.value_or(sim::kNever),
            p.dropout,    p.cost_per_recruit, p.pipeline_days};
        r.policies.push_back(policy);
        std::vector<InternationalPolicyChange> changes = p.changes;
        std::stable_sort(changes.begin(), changes.end(),
                         [](const auto& a, const auto& b) { return a.from < b.from; });
        for (const InternationalPolicyChange& c : changes) {
            policy.from_day = out.axis.day_of(c.from);
            if (c.per_year) policy.per_year = *c.per_year;
            if (c.cap_per_year) policy.cap_per_year = *c.cap_per_year;
            if (c.dropout) policy.dropout = *c.dropout;
            if (c.cost_per_recruit) policy.cost_per_recruit = *c.cost_per_recruit;
            if (c.pipeline_days) policy.pipeline_days = *c.pipeline_days;
            r.policies.push_back(policy);
        }
        out.international.push_back(std::move(r));
    }
}

void resolve_training(const Scenario& s, ResolvedScenario& out) {
    for (const TrainingProgramme& p : s.training) {
        const std::string path = "training." + p.name;
        TrainingRates r;
        r.name = p.name;
        r.route = training_route(p.route);
        r.to_group = group_index(s, p.to_group, path + ".to_group");
        if (p.from_group) r.from_group = group_index(s, *p.from_group, path + ".from_group");
        if (r.from_group == r.to_group)
            throw CalibrationError(path + ".from_group", "the same group as to_group");
        r.intake_per_year = p.intake_per_year;
        r.places = p.places.value_or(sim::kNever);
        r.intake_month = p.intake_month;
        r.duration_days = p.duration_days;
        r.attrition = p.attrition;
        r.wte_while_training = p.wte_while_training;
        r.age_bands = p.age_bands.empty() ? out.groups[r.to_group].hire_age_bands : p.age_bands;
        r.source_pool = p.source_pool.value_or(sim::kNever);
        r.retention = p.retention;
        if (p.from) r.from_day = out.axis.day_of(*p.from);
        if (p.to) r.to_day = out.axis.day_of(*p.to);
        out.training.push_back(std::move(r));
    }
    for (const GraduateCohort& c : s.graduates) {
        GraduateRates r{c.name, group_index(s, c.group, "graduates." + c.name + ".group"),
                        c.per_year, c.month, c.local_retention};
        if (!out.groups[r.group].pool_limited && !s.groups[r.group].recruitment.labour_pool)
            throw CalibrationError("graduates." + c.name + ".group",
                                   "graduates join the group's labour pool: give the group "
                                   "recruitment.labour_pool");
        out.graduates.push_back(r);
    }
}

void resolve_domestic_cohorts(const Scenario& s, ResolvedScenario& out) {
    for (const DomesticCohort& c : s.domestic_cohorts) {
        const std::string path = "domestic_cohorts." + c.name;
        DomesticCohortRates r;
        r.name = c.name;
        r.group = group_index(s, c.group, path + ".group");
        const GroupRates& g = out.groups[r.group];
        r.per_year = c.per_year;
        r.month = c.month;
        r.age_bands = c.age_bands.empty() ? g.hire_age_bands : c.age_bands;
        r.wte = c.wte.value_or(g.wte_per_head);
        r.cost_per_hire = c.cost_per_hire;
        if (c.from) r.from_day = out.axis.day_of(*c.from);
        if (c.to) r.to_day = out.axis.day_of(*c.to);
        out.domestic_cohorts.push_back(std::move(r));
    }
}

void resolve_reservists(const Scenario& s, ResolvedScenario& out) {
    for (const ReservistPool& p : s.reservists) {
        ReservistRates r;
        r.name = p.name;
        r.group = group_index(s, p.group, "reservists." + p.name + ".group");
        r.wte = p.people * p.wte_each;
        for (const std::string& name : p.shocks) {
            const auto shock = std::find_if(s.shocks.begin(), s.shocks.end(),
                                            [&](const ShockSpec& x) { return x.name == name; });
            if (shock == s.shocks.end())
                throw CalibrationError("reservists." + p.name + ".shocks",
                                       "'" + name + "' is not a shock of the scenario");
            r.windows.emplace_back(out.axis.day_of(shock->from), out.axis.day_of(shock->to));
        }
        out.reservists.push_back(std::move(r));
    }
}

// The population index at 1 April of `year`: linear between the years given, flat beyond.
double population_index(const PopulationProjection& p, int year) {
    const auto& v = p.by_year;
    if (v.empty()) return 1.0;
    if (year <= v.front().first) return v.front().second;
    for (std::size_t i = 1; i < v.size(); ++i) {
        if (year <= v[i].first) {
            const double w = double(year - v[i - 1].first) / double(v[i].first - v[i - 1].first);
            return v[i - 1].second + w * (v[i].second - v[i - 1].second);
        }
    }
    return v.back().second;
}

}  // namespace

void resolve_programmes(const Scenario& s, ResolvedScenario& out) {
    resolve_shocks(s, out);
    // Labour pools are known before the graduate check below.
    for (std::size_t g = 0; g < s.groups.size(); ++g)
        out.groups[g].pool_limited = s.groups[g].recruitment.labour_pool.has_value();
    resolve_international(s, out);
    resolve_training(s, out);
    resolve_domestic_cohorts(s, out);
    resolve_reservists(s, out);
    out.feedback = s.feedback;
}

void resolve_establishment_changes(const Scenario& s, ResolvedScenario& out) {
    std::vector<std::pair<int, double>> population;
    if (s.population) population = s.population->by_year;
    for (std::size_t gi = 0; gi < s.groups.size(); ++gi) {
        const EstablishmentSpec& spec = s.groups[gi].establishment;
        GroupRates& r = out.groups[gi];
        double wte = r.establishment_wte;
        for (int m = 1; m < out.axis.months(); ++m) {
            const auto ymd = out.axis.month_date(m).ymd();
            if (ymd.month != 4) continue;  // financial years start in April
            const int year = ymd.year;
            auto find = [&](const std::vector<FinancialYearValue>& values) {
                return std::find_if(values.begin(), values.end(), [&](const FinancialYearValue& v) {
                    return v.start_year == year;
                });
            };
            const double before = wte;
            if (auto it = find(spec.wte_by_year); it != spec.wte_by_year.end()) {
                wte = it->value;
            } else {
                const auto g = find(spec.growth_by_year);
                const double growth =
                    g != spec.growth_by_year.end() ? g->value : spec.growth.value_or(0.0);
                double demand = 1.0;
                if (s.population && spec.population_elasticity > 0.0)
                    demand = std::pow(population_index(*s.population, year) /
                                          population_index(*s.population, year - 1),
                                      spec.population_elasticity);
                wte *= (1.0 + growth) * demand;
            }
            if (wte != before) r.establishment_changes.push_back({m, wte});
        }
    }
}

}  // namespace wfsim::models
