#pragma once
// Valid random scenarios, for property tests (and for fuzzing and sweeps: the YAML is kept).
// Small groups, every route on or off at random, rates within their declared ranges. Each draw is
// built as a Scenario, written as YAML and read back through the loader, so that every declared
// check applies to it, then resolved; a draw the calibration refuses (a quoted turnover below
// what retirement and the programmes take, other routes filling every post that falls vacant) is
// drawn again from the next stream, so any seed gives a scenario that loads, resolves and runs.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/scenario/scenario_loader.hpp"

namespace wfsim::testing {

struct RandomScenarioShape {
    int max_groups = 3;
    int min_headcount = 50, max_headcount = 400;
    int months = 24;
    // Dated changes: shocks, establishment growth, pension changes, a programme's changes or
    // window. Off for a baseline, which must reproduce its quoted figures.
    bool dated = true;
    bool feedback = true;
    double empty_group_chance = 0.1;  // a group that starts empty (headcount 0)
};

struct RandomScenario {
    std::string yaml;  // as read back (resolved.scenario is what it reads to)
    models::ResolvedScenario resolved;
    int redraws = 0;  // draws the calibration refused before this one
};

class ScenarioDraws {
  public:
    explicit ScenarioDraws(std::uint64_t seed) : eng_(seed) {}
    // Uniform on [0, 1) from the top 53 bits: the same numbers with every standard library.
    double u() { return static_cast<double>(eng_() >> 11) * 0x1.0p-53; }
    double in(double lo, double hi) { return lo + (hi - lo) * u(); }
    bool chance(double p) { return u() < p; }
    int whole(int lo, int hi) { return lo + static_cast<int>(u() * (hi - lo + 1)); }

  private:
    std::mt19937_64 eng_;
};

namespace random_scenario_detail {

inline models::Band band(const std::string& label, double from, double to, double share) {
    return {label, from, to, share};
}

inline double rounded(double x, double unit = 0.001) {
    return std::round(x / unit) * unit;
}

inline models::DurationDistribution duration(ScenarioDraws& d, double lo, double hi) {
    const double mean = rounded(d.in(lo, hi), 1.0);
    switch (d.whole(0, 3)) {
        case 0:
            return models::DurationDistribution::fixed(mean);
        case 1:
            return models::DurationDistribution::exponential(mean);
        case 2:
            return models::DurationDistribution::uniform(rounded(0.5 * mean, 1), mean * 1.5);
        default:
            return models::DurationDistribution::lognormal(mean, rounded(mean / 3, 1));
    }
}

inline void draw_leaving(ScenarioDraws& d, const RandomScenarioShape& shape, int index, int groups,
                         models::GroupSpec& g) {
    models::LeavingSpec& l = g.leaving;
    const double form = d.u();
    if (form < 0.6) {
        l.turnover = rounded(d.in(0.08, 0.25));
    } else if (form < 0.8) {
        l.hazard_per_year = rounded(d.in(0.05, 0.2));
    } else {
        // Not first_year_wastage: the resolved YAML writes the default first_year_multiplier
        // beside it, and the two do not read back together (to fix in the YAML writer).
        l.wastage = rounded(d.in(0.05, 0.2));
    }
    if (d.chance(0.5)) l.first_year_multiplier = rounded(d.in(1, 2.5));
    if (d.chance(0.3))
        l.age_multipliers = {band("under_30", g.age_min, 30, rounded(d.in(1, 1.5))),
                             band("30_49", 30, 50, 1.0),
                             band("50_plus", 50, g.age_max, rounded(d.in(0.7, 1.1)))};
    if (d.chance(0.4)) {
        models::RetirementSpec r;
        r.hazard_by_age = {band("55_59", 55, 60, rounded(d.in(0.01, 0.05))),
                           band("60_64", 60, 65, rounded(d.in(0.05, 0.2))),
                           band("65_plus", 65, 120, rounded(d.in(0.2, 0.5)))};
        if (d.chance(0.5)) {
            r.return_probability = rounded(d.in(0.1, 0.5));
            r.return_gap_days = duration(d, 10, 90);
            r.return_wte_factor = rounded(d.in(0.3, 1.0));
            r.return_stay_days = duration(d, 180, 900);
        }
        if (shape.dated && d.chance(0.3))
            r.pension_changes.push_back(
                {"later_pension", sim::Date::from_ymd(2026, 4, 1), rounded(d.in(0.5, 2), 0.5)});
        l.retirement = r;
    }
    if (groups > 1 && d.chance(0.3))
        l.to_groups.push_back(
            {"g" + std::to_string((index + 1) % groups), rounded(d.in(0.05, 0.3))});
    if (d.chance(0.2)) l.moves_within_group = rounded(d.in(0.05, 0.2));
    if (d.chance(0.3)) l.reasons = {{"pay", 0.6}, {"other", 0.4}};
}

inline void draw_recruitment(ScenarioDraws& d, models::GroupSpec& g, double heads,
                             double turnover) {
    models::RecruitmentSpec& r = g.recruitment;
    r.time_to_hire = duration(d, 20, 120);
    if (d.chance(0.2)) r.hire_wte = {{1.0, 0.5}, {0.6, 0.5}};
    const double form = d.u();
    if (form < 0.1) {
        r.hires_per_year = rounded(heads * turnover * d.in(0.5, 1.2), 1);
    } else if (form < 0.15) {
        r.domestic = false;
    } else if (form < 0.2 && g.headcount.value_or(0.0) > 0.0) {
        // Joiners as a share of the headcount, about the turnover (from the same draw).
        r.hires_share_of_headcount = rounded(turnover * (0.6 + 16.0 * (form - 0.15)));
    } else if (form < 0.35) {
        models::LabourPoolSpec pool;
        pool.experienced_per_year = rounded(heads * turnover * d.in(0.8, 1.6), 1);
        if (d.chance(0.5)) {
            pool.newly_qualified_per_year = rounded(heads * d.in(0.01, 0.04), 1);
            pool.newly_qualified_month = d.whole(1, 12);
        }
        r.labour_pool = pool;
    }
}

inline void draw_absence(ScenarioDraws& d, models::GroupSpec& g) {
    if (!d.chance(0.7)) return;
    models::AbsenceSpec& a = g.absence;
    a.rate = rounded(d.in(0.02, 0.07));
    a.spell_days = duration(d, 4, 30);
    if (d.chance(0.3)) {
        a.seasonality.clear();
        for (int m = 0; m < 12; ++m) a.seasonality.push_back(rounded(d.in(0.7, 1.4)));
    }
    if (d.chance(0.2))
        a.age_multipliers = {band("under_40", g.age_min, 40, 0.9),
                             band("40_plus", 40, g.age_max, rounded(d.in(1, 1.4)))};
    if (d.chance(0.2)) a.long_term_leaving = rounded(d.in(0.02, 0.2));
}

inline models::GroupSpec draw_group(ScenarioDraws& d, const RandomScenarioShape& shape, int index,
                                    int groups) {
    models::GroupSpec g;
    g.name = "g" + std::to_string(index);
    g.sector = d.chance(0.5) ? "nhs" : "social_care";
    const bool empty = d.chance(shape.empty_group_chance);
    const double heads = empty ? 0.0 : d.whole(shape.min_headcount, shape.max_headcount);
    g.headcount = heads;
    if (d.chance(0.5)) g.wte_per_head = rounded(d.in(0.6, 1.0), 0.01);
    const double per_head = g.wte_per_head.value_or(1.0);
    if (d.chance(0.5)) {
        const double young = rounded(d.in(0.1, 0.4)), old = rounded(d.in(0.1, 0.4));
        g.age_bands = {band("under_30", g.age_min, 30, young),
                       band("30_49", 30, 50, rounded(1.0 - young - old)),
                       band("50_plus", 50, g.age_max, old)};
    }
    const double size = empty ? d.whole(shape.min_headcount, shape.max_headcount) : heads;
    if (empty) {
        g.establishment_wte = rounded(size * per_head, 0.1);
    } else {
        const double form = d.u();
        if (form < 0.4)
            g.vacancy_rate = rounded(d.in(0.03, 0.15));
        else if (form < 0.7)
            g.establishment_wte = rounded(size * per_head * d.in(1.0, 1.15), 0.1);
    }
    draw_leaving(d, shape, index, groups, g);
    draw_recruitment(d, g, size, g.leaving.turnover.value_or(0.12));
    draw_absence(d, g);
    if (shape.dated && d.chance(0.3)) g.establishment.growth = rounded(d.in(-0.02, 0.04));
    if (d.chance(0.2)) {
        g.temporary_cover.bank_fill = rounded(d.in(0, 0.5));
        g.temporary_cover.bank_cost_per_wte_day = 150;
    }
    return g;
}

inline void draw_programmes(ScenarioDraws& d, const RandomScenarioShape& shape,
                            models::Scenario& s) {
    const int groups = static_cast<int>(s.groups.size());
    for (int i = 0; i < groups; ++i) {
        const models::GroupSpec& g = s.groups[i];
        const models::GroupSpec& next = s.groups[(i + 1) % groups];
        const double size = std::max(*g.headcount, shape.min_headcount * 1.0);
        if (d.chance(0.3)) {
            models::InternationalProgramme p;
            p.name = "abroad_" + g.name;
            p.group = g.name;
            p.per_year = rounded(size * d.in(0.01, 0.04), 1);
            p.recruit_months = {d.whole(1, 12)};
            p.pipeline_days =
                d.chance(0.2) ? models::DurationDistribution::fixed(0) : duration(d, 60, 200);
            p.dropout = rounded(d.in(0, 0.2));
            if (d.chance(0.5)) p.wte = rounded(d.in(0.8, 1.0), 0.01);
            p.leaving_multiplier = rounded(d.in(0.8, 1.5));
            if (shape.dated && d.chance(0.3))
                p.changes.push_back({"halved", sim::Date::from_ymd(2026, 1, 1),
                                     rounded(p.per_year / 2, 1), std::nullopt, std::nullopt,
                                     std::nullopt, std::nullopt});
            s.international.push_back(p);
        }
        if (d.chance(0.25)) {
            models::TrainingProgramme t;
            t.name = "course_" + g.name;
            t.to_group = g.name;
            const char* routes[] = {"training", "apprenticeship", "return_to_practice"};
            t.route = routes[d.whole(0, 2)];
            if (groups > 1 && *next.headcount > 0 && d.chance(0.5)) t.from_group = next.name;
            t.intake_per_year = rounded(size * d.in(0.005, 0.03), 1);
            t.intake_month = d.whole(1, 12);
            t.duration_days =
                d.chance(0.2) ? models::DurationDistribution::fixed(0) : duration(d, 180, 730);
            t.attrition = rounded(d.in(0, 0.2));
            if (d.chance(0.2)) t.wte_while_training = rounded(d.in(0, 0.5));
            if (d.chance(0.3)) t.retention = rounded(d.in(0.6, 1));
            s.training.push_back(t);
        }
        if (g.recruitment.labour_pool && d.chance(0.3))
            s.graduates.push_back({"uni_" + g.name, g.name, rounded(size * d.in(0.01, 0.03), 1),
                                   d.whole(1, 12), rounded(d.in(0.3, 1))});
    }
    if (shape.dated && d.chance(0.3)) {
        models::ShockSpec k;
        k.name = "surge";
        k.from = s.start.add_months_to_month_start(d.whole(3, 12));
        k.to = k.from.add_months_to_month_start(d.whole(1, 6));
        k.leaving = rounded(d.in(0.8, 1.5));
        k.absence_onset = rounded(d.in(0.8, 1.5));
        k.recruitment = rounded(d.in(0.5, 1.2));
        if (d.chance(0.3)) k.unavailable = rounded(d.in(0, 0.1));
        s.shocks.push_back(k);
    }
    if (shape.feedback && d.chance(0.15)) s.feedback = models::FeedbackSpec{};
    // Drawn last, so that the draws above are those of scenarios without them.
    for (int i = 0; i < groups; ++i) {
        if (!d.chance(0.25)) continue;
        const models::GroupSpec& g = s.groups[i];
        models::DomesticCohort c;
        c.name = "first_posts_" + g.name;
        c.group = g.name;
        c.per_year =
            rounded(std::max(*g.headcount, shape.min_headcount * 1.0) * d.in(0.01, 0.04), 0.1);
        c.month = d.whole(1, 12);
        if (d.chance(0.3)) c.wte = rounded(d.in(0.8, 1.0), 0.01);
        if (shape.dated && d.chance(0.3)) c.from = s.start.add_months_to_month_start(12);
        s.domestic_cohorts.push_back(c);
    }
}

inline models::Scenario draw_scenario(ScenarioDraws& d, const RandomScenarioShape& shape) {
    models::Scenario s;
    s.name = "random";
    s.start = sim::Date::from_ymd(d.whole(2022, 2025), d.whole(1, 12), 1);
    s.months = shape.months;
    const int groups = d.whole(1, shape.max_groups);
    for (int i = 0; i < groups; ++i) s.groups.push_back(draw_group(d, shape, i, groups));
    draw_programmes(d, shape, s);
    return s;
}

}  // namespace random_scenario_detail

// A valid random scenario for `seed`: the same one for the same seed and shape.
inline RandomScenario random_scenario(std::uint64_t seed, const RandomScenarioShape& shape = {}) {
    for (int redraw = 0;; ++redraw) {
        ScenarioDraws draws(seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(redraw));
        const models::Scenario drawn = random_scenario_detail::draw_scenario(draws, shape);
        std::string yaml = models::resolved_scenario_yaml(drawn);
        const models::Scenario read = models::load_scenario_text(yaml, "random.yaml");
        try {
            return {std::move(yaml), models::resolve_scenario(read), redraw};
        } catch (const models::CalibrationError&) {
            if (redraw >= 100) throw;
        }
    }
}

}  // namespace wfsim::testing
