// Every shipped scenario's baseline holds what it was given, for twenty years (docs/model.md,
// "What the baseline guarantees"). The baseline is the scenario without its dated changes
// (shocks, establishment growth and projections, pension changes, programmes' changes and
// windows), pressure feedback, variants, targets and uncertainty: those move the figures, as
// documented. Per group:
// - the first twelve months reproduce the quoted turnover, vacancy rate and absence rate, within
//   4 standard errors across 12 replications of a year;
// - over twenty years, in one replication: at every month end the vacant WTE is what is
//   advertised, within a hire, and a group nothing else arrives in is never over its
//   establishment; the absence rate of years 2 to 20 is the quoted one (where it has no age
//   multipliers, through which the ageing profile moves it), within 4 standard errors of the
//   mean of the nineteen yearly values (spells last days, so the years are independent); and
//   nobody is in post past the maximum working age at the end.
// One long replication rather than many: the guarantees over time are identities or averages
// over the years, and every scenario's twenty years cost about 3.5 s of CPU (the six scenarios
// hold 126,000 staff); the first-year checks need replications, of a year each.
#include <catch2/catch.hpp>
#include <filesystem>

#include "models/scenario/scenario_loader.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

models::Scenario baseline_of(models::Scenario s, int months) {
    s.months = months;
    s.shocks.clear();
    s.reservists.clear();
    s.feedback.reset();
    s.population.reset();
    s.variants.clear();
    s.targets.clear();
    s.risks.clear();
    s.uncertainty.clear();
    for (models::GroupSpec& g : s.groups) {
        g.establishment = {};
        if (g.leaving.retirement) g.leaving.retirement->pension_changes.clear();
    }
    for (auto& p : s.international) {
        p.changes.clear();
        p.from.reset();
        p.to.reset();
    }
    for (auto& t : s.training) {
        t.from.reset();
        t.to.reset();
    }
    return s;
}

std::vector<std::filesystem::path> shipped_scenarios() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(source_file("scenarios")))
        if (entry.path().extension() == ".yaml") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

void check_first_year(const models::Scenario& scenario) {
    const auto resolved = models::resolve_scenario(baseline_of(scenario, 12));
    const int groups = static_cast<int>(resolved.groups.size());
    const double days = resolved.axis.month_start_day(12);
    std::vector<std::vector<double>> turnover(groups), vacancy(groups), absence(groups);
    models::WorkforceModel model(resolved);
    // 24 replications: with 12, the standard error is itself so uncertain (a t with 11 degrees of
    // freedom passes 4 with chance 0.2%) that one of some 90 checks failed by chance about one
    // time in six: Hertfordshire and West Essex's practice_admin sat 3.8 and, when people began
    // to round parts of posts (which changes its draws, not its mean), 5.2 standard errors above
    // its quoted vacancy rate in replications 0-11, where 48 gave 9.73% +- 0.06% and 9.72% +-
    // 0.06% for 9.7%.
    for (int rep = 0; rep < 24; ++rep) {
        const auto res = model.run(20, rep);
        const auto& layout = model.layout();
        for (int g = 0; g < groups; ++g) {
            const double wte_days = sum_of(*res, layout, "wte_days", g, 0, 12);
            const double post_days = sum_of(*res, layout, "establishment_wte_days", g, 0, 12);
            turnover[g].push_back(sum_of(*res, layout, "leavers", g, 0, 12) /
                                  (sum_of(*res, layout, "headcount_days", g, 0, 12) / days));
            vacancy[g].push_back((post_days - wte_days) / post_days);
            absence[g].push_back(sum_of(*res, layout, "absence_wte_days", g, 0, 12) / wte_days);
        }
    }
    for (int g = 0; g < groups; ++g) {
        const models::GroupSpec& spec = resolved.scenario.groups[g];
        INFO("group " << spec.name);
        auto check = [&](const char* name, const std::vector<double>& xs, double quoted) {
            const auto e = estimate(xs);
            INFO(name << " in the first year " << e.mean << " +- " << e.se << " against "
                      << quoted);
            CHECK(std::abs(e.mean - quoted) < 4 * e.se);
        };
        if (spec.leaving.turnover) check("turnover", turnover[g], *spec.leaving.turnover);
        // Not where cohorts arrive in lumps (international recruits, trainees): the run starts
        // from the steady state of an even flow, and the first year's vacancy carries a
        // transient of a few tenths of a point (docs/model.md): Hampshire and Isle of Wight's
        // nurses, with 540 recruits arriving in two cohorts a year, run at 11.43% +- 0.04% for
        // 11.14% quoted.
        if (spec.vacancy_rate && !resolved.groups[g].poisson_inflow && !lumpy_arrivals(resolved, g))
            check("vacancy", vacancy[g], *spec.vacancy_rate);
        if (spec.absence.rate) check("absence", absence[g], *spec.absence.rate);
    }
}

void check_twenty_years(const models::Scenario& scenario) {
    const auto resolved = models::resolve_scenario(baseline_of(scenario, 240));
    const int groups = static_cast<int>(resolved.groups.size());
    models::WorkforceModel model(resolved);
    const auto res = model.run(20, 0);
    const auto& layout = model.layout();
    check_wte_balance(model, resolved);  // where people carry WTE not yet advertised too
    for (int g = 0; g < groups; ++g) {
        const models::GroupRates& rates = resolved.groups[g];
        const models::GroupSpec& spec = resolved.scenario.groups[g];
        INFO("group " << rates.name);
        if (!rates.poisson_inflow) {
            const bool others = arrivals_other_than_hiring(resolved, g);
            const double hire = rates.post_wte();
            for (int m = 0; m < 240; ++m) {
                INFO("month " << m);
                const double wte = value(*res, layout, models::kWte, m, g);
                const double post = value(*res, layout, models::kEstablishmentWte, m, g);
                const double advertised = value(*res, layout, models::kInRecruitment, m, g);
                if (rates.hire_wte.size() <= 1 && !wte_carried_by_people(resolved, g))
                    CHECK((post - wte) / hire - advertised < 1 + 1e-6);
                if (!others) CHECK(wte <= post * (1 + 1e-9));
            }
        }
        if (spec.absence.rate && spec.absence.age_multipliers.empty()) {
            std::vector<double> yearly;
            for (int y = 1; y < 20; ++y)
                yearly.push_back(sum_of(*res, layout, "absence_wte_days", g, 12 * y, 12 * y + 12) /
                                 sum_of(*res, layout, "wte_days", g, 12 * y, 12 * y + 12));
            const auto e = estimate(yearly);
            INFO("absence in years 2-20 " << e.mean << " +- " << e.se << " against "
                                          << *spec.absence.rate);
            CHECK(std::abs(e.mean - *spec.absence.rate) < 4 * e.se);
        }
        const double limit = rates.age_limit_days / models::kDaysPerYear;
        INFO("oldest in post after twenty years " << model.oldest_in_post_years(g) << ", limit "
                                                  << limit);
        CHECK(model.oldest_in_post_years(g) < limit);
    }
}

}  // namespace

TEST_CASE("every shipped baseline reproduces its quoted figures in its first year, per group",
          "[scenarios][validity]") {
    for (const auto& path : shipped_scenarios()) {
        INFO(path.filename());
        check_first_year(models::load_scenario_file(path.string()));
    }
}

TEST_CASE("every shipped baseline holds its posts, absence and age limit for twenty years",
          "[scenarios][validity]") {
    for (const auto& path : shipped_scenarios()) {
        INFO(path.filename());
        check_twenty_years(models::load_scenario_file(path.string()));
    }
}
