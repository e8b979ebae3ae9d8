// The shipped system scenarios with flows: Hertfordshire and West Essex (establishment growth with
// the over-65 population, domestic labour pools) and Hampshire and Isle of Wight (staff groups,
// international supply). Their sizes are the documents' figures, their first financial year
// reproduces the quoted rates, the establishment follows the population, and hires never exceed
// the labour pool.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>

#include "models/metrics/derived_metrics.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

models::Scenario load_spec(const std::string& name) {
    return models::load_scenario_file(wfsim::testing::shipped_scenario(name));
}

int unit_of(const models::ResultLayout& layout, const std::string& name) {
    for (int u = 0; u < layout.units.size(); ++u)
        if (layout.units.names[u] == name) return u;
    FAIL("no unit " << name);
    return -1;
}

// The routes that bring people in besides a leaver's replacement (and take internal trainees
// out) switched off, and with them the labour pools sized for the domestic share: what remains is
// the calibration of the quoted figures alone.
models::Scenario without_other_routes(models::Scenario s) {
    for (auto& p : s.international) p.per_year = 0.0;
    for (auto& p : s.training) p.intake_per_year = 0.0;
    for (auto& g : s.groups) {
        if (g.leaving.retirement) g.leaving.retirement->return_probability = 0.0;
        g.recruitment.labour_pool.reset();
    }
    return s;
}

// First financial year's derived rates (0 vacancy, 1 turnover, 2 absence) per unit, one vector
// of replications each.
using FirstYear = std::map<std::pair<int, int>, std::vector<double>>;

FirstYear first_year(models::Scenario s, int replications) {
    s.months = 12;
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    FirstYear out;
    for (int r = 0; r < replications; ++r) {
        const auto res = model.run(2024, r);
        const auto& layout = model.layout();
        const auto fy = models::financial_year_values(layout, resolved.axis, res->values.data());
        const auto derived = models::derive_financial_years(layout, resolved.axis, fy.data());
        const int units = layout.units.size();
        for (int d = 0; d < 3; ++d)
            for (int u = 0; u < units; ++u)
                out[{d, u}].push_back(derived[static_cast<std::size_t>(d) * units + u]);
    }
    return out;
}

void check_quoted(const FirstYear& fy, int unit, const std::string& name, double vacancy,
                  double turnover, double absence) {
    const double quoted[3] = {vacancy, turnover, absence};
    const char* what[3] = {"vacancy", "turnover", "absence"};
    for (int d = 0; d < 3; ++d) {
        const auto e = estimate(fy.at({d, unit}));
        INFO(name << " " << what[d] << ": " << e.mean << " +- " << e.se << " against "
                  << quoted[d]);
        CHECK(std::abs(e.mean - quoted[d]) < 4 * e.se);
    }
}

// Sum of a metric (-1 if absent) of one unit over financial year k (months 12k to 12k + 11).
double fy_sum(const models::ReplicationResult& r, const models::ResultLayout& layout,
              const std::string& metric, int unit, int k) {
    return sum_of(r, layout, metric, unit, 12 * k, 12 * k + 12);
}
double at_month(const models::ReplicationResult& r, const models::ResultLayout& layout,
                const std::string& metric, int unit, int month) {
    return value(r, layout, layout.metric_index(metric), month, unit);
}

}  // namespace

TEST_CASE(
    "Hertfordshire and West Essex: 61,000 staff, 33,000 in social care, 35.3% of primary "
    "care over 55",
    "[scenarios]") {
    const auto resolved = models::resolve_scenario(load_spec("hertfordshire_west_essex.yaml"));
    const models::WorkforceModel model(resolved);
    const auto& units = model.layout().units;
    std::map<std::string, int> heads;
    std::map<std::string, double> over_55;  // expected heads aged 55 or more at the start
    int total = 0;
    for (const auto& g : resolved.groups) {
        const std::string sector = units.names[g.sector_unit];
        heads[sector] += g.headcount;
        total += g.headcount;
        for (const auto& b : g.age_bands)
            if (b.from >= 55.0) over_55[sector] += b.share * g.headcount;
        if (g.name == "primary_care_nurses") {
            CHECK(g.headcount == 289);  // 1,500,000 residents / 5,183 per nurse
            CHECK(g.age_bands.back().share == Approx(0.376));
        }
        if (g.name == "gps") CHECK(g.headcount == 856);  // 1,500,000 / 1,753
        const bool social = sector == "social_care";
        CHECK(*g.quoted_vacancy_rate == Approx(social ? 0.091 : 0.097));
        CHECK(*g.quoted_turnover == Approx(social ? 0.273 : 0.20));
        CHECK(*g.quoted_absence_rate == Approx(0.055));
    }
    CHECK(total == 61000);
    CHECK(heads["social_care"] == 33000);
    CHECK(heads["nhs_trusts"] + heads["primary_care"] == 28000);
    CHECK(over_55["primary_care"] / heads["primary_care"] == Approx(0.353).margin(0.0005));
}

TEST_CASE("Hertfordshire and West Essex: the first year reproduces the quoted rates",
          "[scenarios][analytic]") {
    // Every group and sector, with the routes that fill vacancies by other means switched off
    // (see the next test). 61,000 staff: 12 replications of one year take about 2.5 s.
    const auto spec = without_other_routes(load_spec("hertfordshire_west_essex.yaml"));
    const auto fy = first_year(spec, 16);
    const auto resolved = models::resolve_scenario(spec);
    const models::WorkforceModel model(resolved);
    const auto& layout = model.layout();
    for (int u = 0; u < layout.units.total_unit(); ++u) {
        const std::string& name = layout.units.names[u];
        const bool social = name == "social_care" ||
                            (u < layout.units.groups &&
                             layout.units.names[layout.units.sector_of_group[u]] == "social_care");
        check_quoted(fy, u, name, social ? 0.091 : 0.097, social ? 0.273 : 0.20, 0.055);
    }
}

// International recruits, apprentices completing and retire-and-return returners take vacant
// posts, so hiring fills only the rest; internal trainees leaving their group are part of its
// turnover. With every route on, the first year still reproduces the quoted rates.
TEST_CASE("Hertfordshire and West Essex: the quoted rates with every route on",
          "[scenarios][analytic]") {
    const auto spec = load_spec("hertfordshire_west_essex.yaml");
    const auto fy = first_year(spec, 8);
    const auto resolved = models::resolve_scenario(spec);
    const models::WorkforceModel model(resolved);
    const auto& layout = model.layout();
    check_quoted(fy, unit_of(layout, "nursing_midwifery"), "nursing_midwifery", 0.097, 0.20, 0.055);
    check_quoted(fy, unit_of(layout, "support_to_clinical"), "support_to_clinical", 0.097, 0.20,
                 0.055);
}

TEST_CASE(
    "Hertfordshire and West Essex: establishments follow the over-65 population; hires "
    "never exceed the labour pool",
    "[scenarios]") {
    const auto spec = load_spec("hertfordshire_west_essex.yaml");
    const auto resolved = models::resolve_scenario(spec);
    models::WorkforceModel model(resolved);
    const auto res = model.run(2024, 0);  // 11 years; one replication: the path is deterministic
    const auto& layout = model.layout();
    const int years = 11;
    REQUIRE(layout.months == 12 * years);
    const int establishment = layout.metric_index("establishment_wte");
    for (std::size_t g = 0; g < spec.groups.size(); ++g) {
        const auto& gs = spec.groups[g];
        const double e = gs.establishment.population_elasticity;
        INFO(gs.name << " elasticity " << e);
        CHECK((e == 0.35 || e == 0.5 || e == 0.65));
        for (int k = 0; k < years; ++k) {
            // The over-65 index at 1 April of 2023 + k: 264,300 rising linearly to 328,255 (+24.2%)
            // in 2033 and flat after; the establishment of financial year k is E0 x index^e.
            const double index =
                std::min(1.0 + (328255.0 / 264300.0 - 1.0) * k / 10.0, 328255.0 / 264300.0);
            INFO("financial year " << k);
            CHECK(value(*res, layout, establishment, 12 * k + 11, static_cast<int>(g)) ==
                  Approx(resolved.groups[g].establishment_wte * std::pow(index, e)).epsilon(1e-9));
        }
    }
    // Hires through the domestic route: by the end of each financial year, no more than the
    // pools of the years so far, plus the posts already past their candidate at the start (at most
    // the vacant posts then).
    for (std::size_t g = 0; g < spec.groups.size(); ++g) {
        const auto& pool = *spec.groups[g].recruitment.labour_pool;
        const auto& rates = resolved.groups[g];
        const double initial_posts =
            std::ceil((rates.establishment_wte - rates.wte) / rates.wte_per_head);
        double hired = 0.0;
        for (int k = 0; k < years; ++k) {
            hired += fy_sum(*res, layout, "joiners_domestic", static_cast<int>(g), k);
            INFO(rates.name << " by the end of financial year " << k);
            CHECK(hired <= (k + 1) * (*pool.experienced_per_year + pool.newly_qualified_per_year) +
                               initial_posts);
        }
    }
    // Social care's pool binds once growth has used up its headroom: vacancies then wait for
    // candidates, and the vacancy rate climbs.
    const int social = unit_of(layout, "social_care");
    double waiting = 0.0;
    for (int m = 12 * (years - 1); m < 12 * years; ++m)
        waiting += at_month(*res, layout, "waiting_for_candidates", social, m);
    CHECK(waiting > 0.0);
}

TEST_CASE("Hertfordshire and West Essex: a care workers' pool of half the need caps their hires",
          "[scenarios]") {
    auto spec = load_spec("hertfordshire_west_essex.yaml");
    spec.months = 24;
    const int care = 10;
    REQUIRE(spec.groups[care].name == "care_workers");
    spec.groups[care].recruitment.labour_pool->experienced_per_year = 3500.0;  // need ~7,170
    const auto resolved = models::resolve_scenario(spec);
    models::WorkforceModel model(resolved);
    const auto res = model.run(2024, 0);
    const auto& rates = resolved.groups[care];
    const double initial_posts =
        std::ceil((rates.establishment_wte - rates.wte) / rates.wte_per_head);
    const double hired = fy_sum(*res, model.layout(), "joiners_domestic", care, 0) +
                         fy_sum(*res, model.layout(), "joiners_domestic", care, 1);
    INFO("domestic hires over two years " << hired << ", initial vacant posts " << initial_posts);
    CHECK(hired <= 2 * 3500.0 + initial_posts);
    CHECK(hired >= 2 * 3500.0 * 0.95);  // the pool is used up
}

TEST_CASE("Hampshire and Isle of Wight: the staff group rows, 55,363 people in 48,019 WTE",
          "[scenarios]") {
    const auto resolved = models::resolve_scenario(load_spec("hampshire_isle_of_wight.yaml"));
    const models::WorkforceModel model(resolved);
    const auto& units = model.layout().units;
    std::map<std::string, std::pair<int, double>> row;  // the document's rows
    for (const auto& g : resolved.groups) {
        std::string key = g.name == "radiographers" ? "ahp" : g.name;
        if (units.names[g.sector_unit] == "primary_care") key = "primary_care";
        row[key].first += g.headcount;
        row[key].second += g.wte;
    }
    const std::map<std::string, std::pair<int, double>> quoted = {
        {"admin_clerical", {11992, 10566}},      {"ahp", {4338, 3838}},
        {"healthcare_scientists", {985, 910}},   {"medical_dental", {5062, 4707}},
        {"nursing_midwifery", {13453, 11896}},   {"scientific_technical", {1374, 1179}},
        {"support_to_clinical", {11754, 10410}}, {"primary_care", {6405, 4513}}};
    int heads = 0;
    double wte = 0.0;
    for (const auto& [name, hw] : quoted) {
        INFO(name);
        CHECK(row[name].first == hw.first);
        CHECK(row[name].second == Approx(hw.second).epsilon(1e-6));
        heads += row[name].first;
        wte += row[name].second;
    }
    CHECK(heads == 55363);
    CHECK(wte == Approx(48019).epsilon(1e-6));
    for (const auto& g : resolved.groups) {
        CHECK(*g.quoted_vacancy_rate == Approx(0.1114));
        CHECK(*g.quoted_turnover == Approx(0.1112));
        CHECK(*g.quoted_absence_rate == Approx(0.0572));
    }
}

TEST_CASE("Hampshire and Isle of Wight: the first year reproduces seed 002's rates",
          "[scenarios][analytic]") {
    const auto spec = without_other_routes(load_spec("hampshire_isle_of_wight.yaml"));
    const auto fy = first_year(spec, 16);
    const auto resolved = models::resolve_scenario(spec);
    const models::WorkforceModel model(resolved);
    const auto& layout = model.layout();
    for (int u = 0; u < layout.units.size(); ++u)
        check_quoted(fy, u, layout.units.names[u], 0.1114, 0.1112, 0.0572);
}

namespace {

// Per financial year over `years` and `replications`: the mean of a flow of one unit.
double mean_per_year(models::WorkforceModel& model, const std::string& metric,
                     const std::string& unit, int replications, int years) {
    double total = 0.0;
    for (int r = 0; r < replications; ++r) {
        const auto res = model.run(2024, r);
        for (int k = 0; k < years; ++k)
            total += fy_sum(*res, model.layout(), metric, unit_of(model.layout(), unit), k);
    }
    return total / (replications * years);
}

}  // namespace

TEST_CASE(
    "Hampshire and Isle of Wight: 1,500 nurses and midwives a year replace the leavers; "
    "540 arrive from abroad, and half the radiographers' joiners",
    "[scenarios]") {
    const auto resolved = models::resolve_scenario(load_spec("hampshire_isle_of_wight.yaml"));
    models::WorkforceModel model(resolved);
    // 11.12% of 13,453 leave a year: the 1,500 recruits a year are their replacements.
    const double leavers = mean_per_year(model, "leavers", "nursing_midwifery", 4, 1);
    CHECK(leavers == Approx(1500).epsilon(0.03));
    // 600 offers a year less 10% drop-out; half of the radiographers' ~97 joiners a year.
    const double arrivals =
        mean_per_year(model, "joiners_international", "nursing_midwifery", 2, 5);
    CHECK(arrivals == Approx(540).epsilon(0.04));
    const double radiographers =
        mean_per_year(model, "joiners_international", "radiographers", 2, 5);
    CHECK(radiographers == Approx(0.5 * 0.1112 * 868).epsilon(0.15));
}

// As for Hertfordshire and West Essex, with every route on: the quoted rates in the first year,
// the document's 1,500 nurses and midwives a year replacing the leavers (the scenario is built
// to it; fewer people, as the recruits from abroad work full time),
// and half of radiographers' joiners from the international market.
TEST_CASE("Hampshire and Isle of Wight: the quoted rates and joiners with every route on",
          "[scenarios][analytic]") {
    const auto spec = load_spec("hampshire_isle_of_wight.yaml");
    const auto fy = first_year(spec, 8);
    const auto resolved = models::resolve_scenario(spec);
    models::WorkforceModel model(resolved);
    const auto& layout = model.layout();
    check_quoted(fy, unit_of(layout, "nursing_midwifery"), "nursing_midwifery", 0.1114, 0.1112,
                 0.0572);
    check_quoted(fy, unit_of(layout, "radiographers"), "radiographers", 0.1114, 0.1112, 0.0572);
    // Posts are WTE: the 540 recruits from abroad work 1.0 WTE in posts of 0.884 (11,896 WTE /
    // 13,453), so they fill 540 / 0.884 = 611 posts, and fewer people replace the leavers.
    const double joiners = mean_per_year(model, "joiners", "nursing_midwifery", 2, 5);
    const double per_head = 11896.0 / 13453.0;
    CHECK(joiners == Approx(1500 - 540 * (1.0 / per_head - 1.0)).epsilon(0.04));
    const double share = mean_per_year(model, "joiners_international", "radiographers", 2, 5) /
                         mean_per_year(model, "joiners", "radiographers", 2, 5);
    CHECK(share == Approx(0.5).margin(0.05));
}
