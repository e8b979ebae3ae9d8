// Dated cohorts of domestic hires (domestic_cohorts.<name>): exact counts and costs, vacant posts
// taken before any over establishment, the quoted turnover and vacancy rate held with a cohort
// counted as other routes' arrivals are, a cohort added by a variant, and the declaration's
// located errors and --set.
#include <catch2/catch.hpp>
#include <sstream>

#include "models/calibration/resolution_report.hpp"
#include "models/scenario/schema/parameter_override.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/model/variant_test_support.hpp"
#include "tests/scenario/scenario_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

models::DomesticCohort cohort(const std::string& group, double per_year) {
    models::DomesticCohort c;
    c.name = "newly_qualified";
    c.group = group;
    c.per_year = per_year;
    return c;
}

const std::string kHead =
    "schema_version: 1\nname: Test\nstart: 2022-04-01\nyears: 2\ngroups:\n  nursing:\n"
    "    sector: nhs\n    headcount: 100\n    leaving: {turnover: 10%}\n";

}  // namespace

TEST_CASE("domestic cohort: planned hires x years, in their month, each at its cost",
          "[model][supply][cohorts]") {
    // 1,000 staff nobody leaves, every post filled: three Septembers in three years bring
    // exactly 60 hires each (a whole number: no rounding draw), all over establishment.
    auto s = one_group_scenario(plain_group("nurses", 1000), 36);
    auto c = cohort("nurses", 60);
    c.cost_per_hire = 2500;
    s.domestic_cohorts.push_back(c);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto& l = model.layout();
    for (std::uint64_t rep = 0; rep < 2; ++rep) {
        const auto r = *model.run(3, rep);
        for (int m = 0; m < 36; ++m) {
            const bool september = m == 5 || m == 17 || m == 29;  // from April 2022
            CHECK(sum_of(r, l, "joiners_domestic_cohort", 0, m, m + 1) == (september ? 60 : 0));
        }
        CHECK(sum_of(r, l, "joiners_domestic_cohort", 0, 0, 36) == 180);
        CHECK(sum_of(r, l, "joiners", 0, 0, 36) == 180);
        CHECK(sum_of(r, l, "domestic_cohort_cost", 0, 0, 36) == 180 * 2500.0);
        CHECK(value(r, l, models::kHeadcount, 35, 0) == 1180);
        CHECK(value(r, l, models::kWte, 35, 0) == Approx(1180.0).epsilon(1e-12));
        CHECK(value(r, l, models::kEstablishmentWte, 35, 0) == 1000.0);
    }
    // A window holds one cohort: from 1 April 2023 to 1 April 2024, September 2023 only.
    s.domestic_cohorts[0].from = sim::Date::from_ymd(2023, 4, 1);
    s.domestic_cohorts[0].to = sim::Date::from_ymd(2024, 4, 1);
    const auto windowed = models::resolve_scenario(s);
    models::WorkforceModel one(windowed);
    const auto r = *one.run(3, 0);
    CHECK(sum_of(r, one.layout(), "joiners_domestic_cohort", 0, 17, 18) == 60);
    CHECK(sum_of(r, one.layout(), "joiners_domestic_cohort", 0, 0, 36) == 60);
}

TEST_CASE("domestic cohort: the calibration counts the cohorts that start in the first year",
          "[model][supply][cohorts]") {
    // From 1 April 2022 with a September cohort, the calibration counts as other routes' arrivals
    // exactly the cohorts the run starts in its first twelve months: a window from 15 April
    // starts the same cohorts as one from the start (September 2022 first), a window to 1 June
    // 2022 starts none, and one from 1 October 2022 none until September 2023.
    auto s = one_group_scenario(plain_group("nurses", 1000), 36);
    const double without = models::resolve_scenario(s).groups[0].other_arrivals_per_year;
    s.domestic_cohorts.push_back(cohort("nurses", 60));
    const double from_start = models::resolve_scenario(s).groups[0].other_arrivals_per_year;
    CHECK(from_start - without == Approx(60.0 * 365.25 / 365.0).epsilon(1e-12));
    auto arrivals = [&](std::optional<sim::Date> from, std::optional<sim::Date> to) {
        s.domestic_cohorts[0].from = from;
        s.domestic_cohorts[0].to = to;
        return models::resolve_scenario(s).groups[0].other_arrivals_per_year;
    };
    CHECK(arrivals(sim::Date::from_ymd(2022, 4, 15), std::nullopt) == from_start);
    CHECK(arrivals(std::nullopt, sim::Date::from_ymd(2022, 6, 1)) == without);
    CHECK(arrivals(sim::Date::from_ymd(2022, 10, 1), std::nullopt) == without);
    CHECK(arrivals(sim::Date::from_ymd(2021, 1, 1), sim::Date::from_ymd(2022, 9, 2)) == from_start);
}

TEST_CASE("domestic cohort: hires take vacant posts first, and beyond them are over establishment",
          "[model][supply][cohorts]") {
    // The establishment rises by 100 WTE in April 2023; the labour pool has no candidates, so
    // the 100 new vacancies wait. September 2023's 60 hires take 60 of them; September 2024's
    // 60 take the other 40 and 20 are over establishment: in post 1,120, nothing in recruitment.
    auto g = plain_group("nurses", 1000);
    g.establishment.wte_by_year = {{2023, 1100.0}};
    g.recruitment.labour_pool = models::LabourPoolSpec{};
    g.recruitment.labour_pool->experienced_per_year = 0.0;
    auto s = one_group_scenario(g, 36);
    auto c = cohort("nurses", 60);
    c.from = sim::Date::from_ymd(2023, 4, 1);
    s.domestic_cohorts.push_back(c);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto& l = model.layout();
    const auto r = *model.run(5, 0);
    CHECK(value(r, l, models::kInRecruitment, 12, 0) == 100);
    CHECK(value(r, l, models::kInRecruitment, 17, 0) == 40);
    CHECK(value(r, l, models::kHeadcount, 17, 0) == 1060);
    CHECK(value(r, l, models::kInRecruitment, 29, 0) == 0);
    CHECK(value(r, l, models::kHeadcount, 35, 0) == 1120);
    CHECK(value(r, l, models::kEstablishmentWte, 35, 0) == 1100.0);
    CHECK(sum_of(r, l, "joiners_domestic", 0, 0, 36) == 0);
}

TEST_CASE("domestic cohort: the quoted turnover and vacancy rate hold with a cohort",
          "[model][calibration][cohorts]") {
    // 4,000 nurses at 12% turnover and 10% vacancy; 200 newly qualified start each September,
    // of about 480 posts falling vacant a year. The calibration counts them as arrivals by
    // another route (200 a year per the first twelve months), so hiring is solved for the rest
    // and the equilibrium holds: years 2 to 4, across replications, within 4 SE (a yearly
    // cohort's transient is in year 1, as for an annual intake).
    models::Scenario s;
    s.name = "cohort";
    s.start = sim::Date::from_ymd(2022, 4, 1);
    s.months = 48;
    s.groups = {quoted_group("nurses", 4000, 0.12, 0.10)};
    s.domestic_cohorts.push_back(cohort("nurses", 200));
    const auto resolved = models::resolve_scenario(s);
    const double scale = models::first_year_scale(resolved.axis);
    CHECK(resolved.groups[0].other_arrivals_per_year == Approx(200.0 * scale));
    std::ostringstream report;
    models::print_resolution(report, resolved);
    CHECK(report.str().find("domestic cohort newly_qualified") != std::string::npos);

    models::WorkforceModel model(resolved);
    std::vector<double> turnover, vacancy;
    for (int rep = 0; rep < 16; ++rep) {
        const auto r = *model.run(77, rep);
        const auto& l = model.layout();
        const double days = resolved.axis.month_start_day(48) - resolved.axis.month_start_day(12);
        const double heads = sum_of(r, l, "headcount_days", 0, 12, 48) / days;
        turnover.push_back(sum_of(r, l, "leavers", 0, 12, 48) / 3.0 / heads);
        const double e = sum_of(r, l, "establishment_wte_days", 0, 12, 48);
        vacancy.push_back((e - sum_of(r, l, "wte_days", 0, 12, 48)) / e);
        CHECK(sum_of(r, l, "joiners_domestic_cohort", 0, 0, 48) == 800);
    }
    const auto t = estimate(turnover), v = estimate(vacancy);
    INFO("turnover " << t.mean << " +- " << t.se << ", vacancy " << v.mean << " +- " << v.se);
    CHECK(std::abs(t.mean - 0.12) < 4 * t.se);
    CHECK(std::abs(v.mean - 0.10) < 4 * v.se);
}

TEST_CASE("domestic cohort: the run starts where its date falls in the cohorts' cycle",
          "[model][calibration][cohorts]") {
    // 4,000 nurses at 12% turnover and 10% vacancy, 400 newly qualified starting each September
    // (of about 480 posts falling vacant a year). Vacancies build up between cohorts and fall
    // when one starts; the quoted rate is the cycle's mean. Started in the cycle's periodic
    // equilibrium on its date, every twelve months hold that mean, the first as the later ones,
    // and each month of the first year is the same month of the second in distribution: from
    // 1 April (7 months after a cohort, vacancies above the mean) and from 1 November (2 months
    // after, below it). Started from the mean instead, the first year from April gave 9.28%.
    for (const sim::Date start :
         {sim::Date::from_ymd(2022, 4, 1), sim::Date::from_ymd(2022, 11, 1)}) {
        models::Scenario s;
        s.name = "cohort cycle";
        s.start = start;
        s.months = 24;
        s.groups = {quoted_group("nurses", 4000, 0.12, 0.10)};
        s.domestic_cohorts.push_back(cohort("nurses", 400));
        const auto resolved = models::resolve_scenario(s);
        // From April the start is late in the cycle (more posts vacant than on average), from
        // November early in it. Hiring here is slow (a wait of about 1,940 days for a candidate),
        // so the posts waiting follow the periodic solution of dn/dt = O - n / S with C taken at
        // each cohort: C (S - e^(-tau / S) / (1 - e^(-1 / S))) above their mean a fraction tau of
        // a year after a cohort (about C (tau - 1/2) as S grows); the pipeline and the openings
        // falling while more posts are vacant move it by a few posts more (within 1.25% of C).
        const auto& g = resolved.groups[0];
        const double extra = g.start_extra_vacant_wte;
        const int september_year = start.ymd().month <= 9 ? 2022 : 2023;
        const double tau =
            1.0 - (sim::Date::from_ymd(september_year, 9, 1) - start) / models::kDaysPerYear;
        const double S = g.search_mean_days / models::kDaysPerYear;
        const double waiting = 400.0 * (S - std::exp(-tau / S) / (1.0 - std::exp(-1.0 / S)));
        INFO("start " << start.iso() << ": " << extra << " WTE more vacant, waiting alone "
                      << waiting);
        CHECK((start.ymd().month == 4 ? extra > 20.0 : extra < -100.0));
        CHECK(std::abs(extra - waiting) < 0.0125 * 400.0);
        std::ostringstream report;
        models::print_resolution(report, resolved);
        CHECK(report.str().find("the cohorts' cycle") != std::string::npos);
        models::WorkforceModel model(resolved);
        const auto& l = model.layout();
        std::vector<double> first_year;
        std::vector<std::vector<double>> change(12);  // month m of year 2 less month m of year 1
        auto vacancy = [&](const auto& r, int from, int to) {
            const double e = sum_of(r, l, "establishment_wte_days", 0, from, to);
            return (e - sum_of(r, l, "wte_days", 0, from, to)) / e;
        };
        for (int rep = 0; rep < 24; ++rep) {
            const auto r = *model.run(91, rep);
            first_year.push_back(vacancy(r, 0, 12));
            for (int m = 0; m < 12; ++m)
                change[m].push_back(vacancy(r, m + 12, m + 13) - vacancy(r, m, m + 1));
        }
        const auto v = estimate(first_year);
        INFO("start " << start.iso() << ": first-year vacancy rate " << v.mean << " +- " << v.se);
        CHECK(std::abs(v.mean - 0.10) < 4 * v.se);
        for (int m = 0; m < 12; ++m) {
            const auto d = estimate(change[m]);
            INFO("month " << m << ": year 2 - year 1 = " << d.mean << " +- " << d.se);
            CHECK(std::abs(d.mean) < 4 * d.se);
        }
    }
}

TEST_CASE("domestic cohort: added by a variant, inside its intervention's window",
          "[model][variants][cohorts]") {
    const VariantRuns v = variant_runs(kHead + R"(
variants:
  guaranteed_posts:
    interventions:
      first_posts:
        domestic_cohort: {group: nursing, per_year: 12, month: 9}
        from: 2023-04-01
        cost: {per_person: 1000}
)");
    models::WorkforceModel model(v.runs[1]);
    const auto& l = model.layout();
    const auto r = *model.run(9, 0);
    CHECK(sum_of(r, l, "joiners_domestic_cohort", 0, 0, 24) == 12);
    CHECK(sum_of(r, l, "joiners_domestic_cohort", 0, 17, 18) == 12);
    CHECK(sum_of(r, l, "intervention_cost_per_person", 0, 0, 24) == 12000.0);
    model.bind(v.runs[0]);
    const auto b = *model.run(9, 0);
    CHECK(sum_of(b, l, "joiners_domestic_cohort", 0, 0, 24) == 0);
}

TEST_CASE("domestic cohort: declared once, with located errors and --set", "[scenario][cohorts]") {
    const std::string cohorts =
        "domestic_cohorts:\n  september:\n    group: nursing\n    per_year: 30\n";
    const auto s = models::load_scenario_text(kHead + cohorts, "test.yaml");
    REQUIRE(s.domestic_cohorts.size() == 1);
    CHECK(s.domestic_cohorts[0].per_year == 30);
    CHECK(s.domestic_cohorts[0].month == 9);
    const auto set = models::load_scenario_text(
        kHead + cohorts, "test.yaml",
        models::parse_parameter_overrides(
            {"domestic_cohorts.september.per_year=45", "domestic_cohorts.september.month=10"}));
    CHECK(set.domestic_cohorts[0].per_year == 45);
    CHECK(set.domestic_cohorts[0].month == 10);

    auto d = scenario_test::only_diagnostic(kHead + cohorts + "    month: 13\n");
    CHECK(d.path == "domestic_cohorts.september.month");
    CHECK(d.line == 14);
    d = scenario_test::only_diagnostic(kHead +
                                       "domestic_cohorts:\n  september:\n    group: nurses\n"
                                       "    per_year: 30\n");
    CHECK(d.path == "domestic_cohorts.september.group");
    CHECK(d.line == 12);
    d = scenario_test::only_diagnostic(kHead +
                                       "domestic_cohorts:\n  september:\n"
                                       "    group: nursing\n    per_year: -5\n");
    CHECK(d.path == "domestic_cohorts.september.per_year");
    d = scenario_test::only_diagnostic(kHead + cohorts +
                                       "    from: 2023-09-01\n    to: 2023-04-01\n");
    CHECK(d.path == "domestic_cohorts.september.to");
}
