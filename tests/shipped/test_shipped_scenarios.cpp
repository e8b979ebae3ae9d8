// The shipped scenarios load, and reproduce the figures they were built from.
#include <catch2/catch.hpp>
#include <filesystem>

#include "models/metrics/derived_metrics.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

models::ResolvedScenario load(const std::string& name) {
    return models::resolve_scenario(
        models::load_scenario_file(wfsim::testing::shipped_scenario(name)));
}

}  // namespace

TEST_CASE("every shipped scenario loads and resolves", "[scenarios]") {
    int count = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(wfsim::testing::source_file("scenarios"))) {
        if (entry.path().extension() != ".yaml") continue;
        INFO(entry.path());
        CHECK_NOTHROW(models::resolve_scenario(models::load_scenario_file(entry.path())));
        ++count;
    }
    CHECK(count >= 3);
}

TEST_CASE("Staffordshire and Stoke-on-Trent: the plan's WTE and rates in the first year",
          "[scenarios][analytic]") {
    const auto resolved = load("staffordshire_stoke_nhs.yaml");
    const std::vector<std::pair<std::string, double>> wte = {{"registered_nursing", 5188.22},
                                                             {"admin_estates", 3163.67},
                                                             {"medical_dental", 1472.15},
                                                             {"ahp", 1105.05}};
    REQUIRE(resolved.groups.size() == wte.size());
    for (std::size_t g = 0; g < wte.size(); ++g) {
        CHECK(resolved.groups[g].name == wte[g].first);
        CHECK(resolved.groups[g].wte == Approx(wte[g].second).epsilon(1e-9));
    }
    // 2022/23, the first financial year, per replication, for the total of the NHS trusts.
    models::WorkforceModel model(resolved);
    std::vector<double> turnover, vacancy, absence;
    for (int r = 0; r < 16; ++r) {
        const auto res = model.run(2022, r);
        const auto& layout = model.layout();
        const auto fy = models::financial_year_values(layout, resolved.axis, res->values.data());
        const auto derived = models::derive_financial_years(layout, resolved.axis, fy.data());
        const int units = layout.units.size();
        const int nfy = static_cast<int>(resolved.axis.financial_years().size());
        auto rate = [&](int d) {
            return derived[(static_cast<std::size_t>(d) * nfy) * units + layout.units.total_unit()];
        };
        vacancy.push_back(rate(0));
        turnover.push_back(rate(1));
        absence.push_back(rate(2));
    }
    const std::vector<std::tuple<const char*, std::vector<double>*, double>> checks = {
        {"turnover", &turnover, 0.1112},
        {"vacancy", &vacancy, 0.1114},
        {"absence", &absence, 0.0572}};
    for (const auto& [name, xs, quoted] : checks) {
        const auto e = estimate(*xs);
        INFO(name << ": " << e.mean << " +- " << e.se << " against " << quoted);
        CHECK(std::abs(e.mean - quoted) < 4 * e.se);
    }
}

TEST_CASE("reference workload: ~0.1165 leavers per post-year, ~0.0406 absence share",
          "[scenarios][analytic]") {
    // Against the analytic stationary values; the run starts with every post filled, a
    // transient worth under 0.1% of either figure over ten years.
    const auto f = reference_figures(load("reference_workload.yaml"), 4, 1);
    INFO("leavers per post-year " << f.leavers_per_post_year.mean << " +- "
                                  << f.leavers_per_post_year.se);
    CHECK(std::abs(f.leavers_per_post_year.mean - f.expected_leavers_per_post_year) <
          4 * f.leavers_per_post_year.se);
    CHECK(f.leavers_per_post_year.mean == Approx(0.1165).margin(0.0005));
    INFO("absence share " << f.absence_share.mean << " +- " << f.absence_share.se);
    CHECK(std::abs(f.absence_share.mean - f.expected_absence_share) < 4 * f.absence_share.se);
    CHECK(f.absence_share.mean == Approx(0.0406).margin(0.0003));
}
