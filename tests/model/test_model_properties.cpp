// Properties of every run, checked over random small scenarios (tests/model/random_scenarios.hpp:
// every route on or off at random, fixed seeds): the stocks follow the flows, units add up, the
// WTE in post keeps to the establishment's posts, and a baseline reproduces its quoted
// first-year figures (docs/model.md, "What the baseline guarantees").
#include <catch2/catch.hpp>
#include <cmath>

#include "models/metrics/metric_catalogue.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/model/random_scenarios.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

// A unit's value against the sum of its parts (NaN where the parts are: the stability index's
// counts before the run has a year behind it).
bool adds_up(double unit, double sum) {
    if (std::isnan(sum)) return std::isnan(unit);
    return unit == Approx(sum).margin(1e-6).epsilon(1e-9);
}

void check_run(const RandomScenario& drawn, const models::ReplicationResult& res,
               const models::ResultLayout& layout, const models::MetricCatalogue& catalogue) {
    const models::ResolvedScenario& r = drawn.resolved;
    const auto& units = layout.units;
    const int months = layout.months;
    for (int g = 0; g < units.groups; ++g) {
        INFO("group " << r.groups[g].name);
        // The staff in post at the start: the headcount, less those a domestic cohorts' cycle
        // leaves vacant on the start date.
        double before = r.groups[g].headcount - r.groups[g].start_cycle_heads;
        const bool single_hire_wte = r.groups[g].hire_wte.size() <= 1;
        const double hire = r.groups[g].post_wte();
        double highest = r.groups[g].establishment_wte;
        double largest_hire = hire;
        for (const auto& w : r.groups[g].hire_wte) largest_hire = std::max(largest_hire, w.wte);
        for (int m = 0; m < months; ++m) {
            INFO("month " << m);
            const double heads = value(res, layout, models::kHeadcount, m, g);
            // Conservation: the headcount changes by the joiners less the leavers.
            CHECK(heads - before == value(res, layout, models::kJoiners, m, g) -
                                        value(res, layout, models::kLeavers, m, g));
            before = heads;
            // Every leaver has one reason.
            double by_reason = 0.0;
            for (int metric : catalogue.leavers_by_reason)
                if (metric >= 0)
                    by_reason += value(res, layout, models::kMetricCount + metric, m, g);
            CHECK(by_reason == value(res, layout, models::kLeavers, m, g));
            const double wte = value(res, layout, models::kWte, m, g);
            const double post = value(res, layout, models::kEstablishmentWte, m, g);
            CHECK(wte >= -1e-6);
            CHECK(value(res, layout, models::kAbsenceWteDays, m, g) <=
                  value(res, layout, models::kWteDays, m, g) + 1e-6);
            if (r.groups[g].poisson_inflow) continue;
            // Posts are WTE: where nobody carries WTE not yet advertised (everyone has the
            // group's WTE), the vacant WTE is what is advertised, within a hire (what is left
            // below a whole hire, rounded up or down) ...
            const double advertised = value(res, layout, models::kInRecruitment, m, g);
            const bool carried = wte_carried_by_people(r, g);
            if (single_hire_wte && !carried) CHECK((post - wte) / hire - advertised < 1.0 + 1e-6);
            // ... and without other routes in, the WTE in post is over the establishment by less
            // than a hire (the last one advertised may have been rounded up), but where a cut has
            // not yet been made (it waits for leavers). Elsewhere the balance is checked whole at
            // the end of the run (check_wte_balance).
            highest = std::max(highest, post);
            if (!arrivals_other_than_hiring(r, g) && !carried) CHECK(wte < highest + largest_hire);
        }
    }
    // Sectors are the sums of their groups, the total the sum of everything.
    for (int metric = 0; metric < static_cast<int>(layout.metrics.size()); ++metric) {
        INFO("metric " << layout.metrics[metric].name);
        for (int m = 0; m < months; ++m) {
            std::vector<double> sectors(units.sectors, 0.0);
            double total = 0.0;
            for (int g = 0; g < units.groups; ++g) {
                const double v = value(res, layout, metric, m, g);
                sectors[units.sector_of_group[g] - units.groups] += v;
                total += v;
            }
            for (int s = 0; s < units.sectors; ++s)
                CHECK(adds_up(value(res, layout, metric, m, units.groups + s), sectors[s]));
            CHECK(adds_up(value(res, layout, metric, m, units.total_unit()), total));
        }
    }
}

}  // namespace

TEST_CASE("random scenarios: stocks follow flows, units add up, WTE keeps to its posts",
          "[model][validity][properties]") {
    // 40 scenarios of up to three groups of 50-400, two years, with dated changes, shocks and
    // feedback at random: two replications each (the identities hold in every one).
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const RandomScenario drawn = random_scenario(seed);
        INFO("seed " << seed << ", scenario:\n" << drawn.yaml);
        models::WorkforceModel model(drawn.resolved);
        const auto catalogue = models::make_metric_catalogue(drawn.resolved);
        for (int rep = 0; rep < 2; ++rep) {
            check_run(drawn, *model.run(seed, rep), model.layout(), catalogue);
            check_wte_balance(model, drawn.resolved);
        }
    }
}

TEST_CASE("random baselines reproduce their quoted first-year turnover, vacancy and absence",
          "[model][validity][properties]") {
    // Baselines (no dated changes, no feedback) of groups of 500-2,000, any start month: over the
    // run's first twelve months, per group, leavers per mean headcount, the vacant share of
    // establishment WTE-days and the absent share of WTE-days in post, against the quoted
    // figures within 4 standard errors across 16 replications.
    RandomScenarioShape shape;
    shape.min_headcount = 500;
    shape.max_headcount = 2000;
    shape.months = 12;
    shape.dated = false;
    shape.feedback = false;
    shape.empty_group_chance = 0.0;
    int checked = 0;
    for (std::uint64_t seed = 101; seed <= 120; ++seed) {
        const RandomScenario drawn = random_scenario(seed, shape);
        const models::ResolvedScenario& r = drawn.resolved;
        INFO("seed " << seed << ", scenario:\n" << drawn.yaml);
        models::WorkforceModel model(r);
        const int groups = static_cast<int>(r.groups.size());
        std::vector<std::vector<double>> turnover(groups), vacancy(groups), absence(groups);
        const double days = r.axis.month_start_day(12) - r.axis.month_start_day(0);
        for (int rep = 0; rep < 16; ++rep) {
            const auto res = model.run(seed, rep);
            const auto& layout = model.layout();
            for (int g = 0; g < groups; ++g) {
                const double heads = sum_of(*res, layout, "headcount_days", g, 0, 12) / days;
                const double wte_days = sum_of(*res, layout, "wte_days", g, 0, 12);
                const double post_days = sum_of(*res, layout, "establishment_wte_days", g, 0, 12);
                turnover[g].push_back(sum_of(*res, layout, "leavers", g, 0, 12) / heads);
                vacancy[g].push_back((post_days - wte_days) / post_days);
                // Trainees counted in post (wte_while_training) have no spells to be absent in.
                const double trainee_days = layout.metric_index("trainee_wte_days") >= 0
                                                ? sum_of(*res, layout, "trainee_wte_days", g, 0, 12)
                                                : 0.0;
                absence[g].push_back(sum_of(*res, layout, "absence_wte_days", g, 0, 12) /
                                     (wte_days - trainee_days));
            }
        }
        for (int g = 0; g < groups; ++g) {
            const models::GroupSpec& spec = r.scenario.groups[g];
            INFO("group " << spec.name);
            auto check = [&](const char* name, const std::vector<double>& xs, double quoted) {
                const auto e = estimate(xs);
                INFO(name << " " << e.mean << " +- " << e.se << " against " << quoted);
                CHECK(std::abs(e.mean - quoted) < 4 * e.se);
                ++checked;
            };
            // Two known gaps are left out. Annual cohorts and intakes into the group (or the
            // labour pool's newly qualified) arrive in lumps while the run starts from the
            // steady state of an even flow: the first year's vacancy carries a transient of a
            // few tenths of a point (docs/model.md). And with a first-year multiplier, hires of
            // another WTE than the posts' replace leavers with fewer or more heads than left, so
            // the first-year share, and the turnover, moves from what the calibration assumes
            // (24.4% quoted ran at 23.3% +- 0.25% with posts of 0.66 WTE hired at 0.8).
            if (spec.leaving.turnover &&
                !(r.groups[g].first_year_multiplier != 1.0 && wte_carried_by_people(r, g)))
                check("turnover", turnover[g], *spec.leaving.turnover);
            if (spec.vacancy_rate && !r.groups[g].poisson_inflow && !lumpy_arrivals(r, g))
                check("vacancy", vacancy[g], *spec.vacancy_rate);
            if (spec.absence.rate) check("absence", absence[g], *spec.absence.rate);
        }
    }
    CHECK(checked >= 40);
}
