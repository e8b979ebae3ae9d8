// The sweep runner: points delivered whole and in order, the same whatever the threads, a stop
// keeping every finished point, and resuming the rest giving the uninterrupted results.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/scenario/scenario_loader.hpp"
#include "models/sweep_run/sweep_runner.hpp"
#include "models/sweep_run/workforce_evaluator.hpp"
#include "models/variants/variant_resolution.hpp"
#include "sweep_test_support.hpp"
#include "tests/sweeps/ward_scenarios.hpp"

using namespace sweep_test;
using wfsim::testing::small_ward;

namespace {

const std::vector<double> kValues = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
                                     0.9, 1.0, -1,  0.5, 1.1, NAN, 1.3, 1.4};

std::vector<PointResult> run(const std::vector<std::size_t>& points, unsigned threads,
                             bool crn = true, std::size_t stop_after = 0) {
    LinearEvaluator evaluator;
    SweepRunSettings settings{7, 42, crn, 1, threads};
    std::atomic<bool> stop{false};
    std::vector<PointResult> delivered;
    run_sweep_points(
        evaluator, points, [](std::size_t p) { return overrides_of(kValues, p); }, settings, stop,
        [&](PointResult&& r) {
            delivered.push_back(std::move(r));
            if (stop_after && delivered.size() == stop_after) stop = true;
        },
        [](const SweepProgress&) {});
    return delivered;
}

void same(const std::vector<PointResult>& a, const std::vector<PointResult>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].point == b[i].point);
        CHECK(a[i].error == b[i].error);
        REQUIRE(a[i].values.size() == b[i].values.size());
        for (std::size_t j = 0; j < a[i].values.size(); ++j) {
            const double x = a[i].values[j], y = b[i].values[j];
            CHECK(((std::isnan(x) && std::isnan(y)) || x == y));
        }
    }
}

}  // namespace

TEST_CASE("Sweep runner: each point whole, in order, the same for any number of threads") {
    const std::vector<std::size_t> points{0, 1, 2, 3, 4, 5, 6, 7};
    const auto one = run(points, 1);
    REQUIRE(one.size() == 8);
    for (std::size_t i = 0; i < 8; ++i) {
        CHECK(one[i].point == i);
        CHECK(one[i].values.size() == 7 * 2);
    }
    // Common random numbers: replication r has the same noise at every point.
    for (std::size_t r = 0; r < 7; ++r)
        CHECK(one[1].values[r * 2] - one[0].values[r * 2] ==
              Approx((2 * 0.3 - 0.4) - (2 * 0.1 - 0.2)));
    same(one, run(points, 2));
    same(one, run(points, 3));
}

TEST_CASE("Sweep runner: a point that cannot run gives NaN outputs and its reason") {
    const auto r = run({5, 6}, 2);
    REQUIRE(r.size() == 2);
    CHECK(r[0].error == "x0 must not be negative");
    REQUIRE(r[0].values.size() == 7 * 2);
    for (double v : r[0].values) CHECK(std::isnan(v));
    CHECK(r[1].error.empty());
    // A factor left at the baseline (NaN in the design) gives no override: x1 stays 0.
    const double noise = r[1].values[1] / 1.1;  // x0 * noise
    CHECK(r[1].values[0] == Approx(2 * 1.1 + noise));
}

TEST_CASE("Sweep runner: without common random numbers each point has its own noise") {
    const auto r = run({0, 1}, 1, false);
    const double d0 = r[1].values[0] - r[0].values[0], d1 = r[1].values[2] - r[0].values[2];
    CHECK(d0 != Approx(d1));
}

TEST_CASE("Sweep runner: stopped part way, the rest run later give the uninterrupted results") {
    const std::vector<std::size_t> all{0, 1, 2, 3, 4, 5, 7};
    const auto whole = run(all, 2);
    const auto first = run(all, 2, true, 3);
    REQUIRE(first.size() >= 3);
    std::vector<std::size_t> rest;
    for (std::size_t p : all) {
        bool done = false;
        for (const auto& r : first) done = done || r.point == p;
        if (!done) rest.push_back(p);
    }
    auto combined = first;
    for (auto& r : run(rest, 2)) combined.push_back(std::move(r));
    std::sort(combined.begin(), combined.end(),
              [](const PointResult& a, const PointResult& b) { return a.point < b.point; });
    same(combined, whole);
}

namespace {

SweepOutputSpec output_of(const std::string& metric, const std::string& unit) {
    SweepOutputSpec o;
    o.name = metric;
    o.metric = LocatedName{metric, {}};
    o.unit = LocatedName{unit, {}};
    o.year = LocatedName{"2025/26", {}};
    return o;
}

}  // namespace

TEST_CASE(
    "A design point's replication on the baseline's calibration is the same on a fresh "
    "model and on one that ran others first, whatever the factor changes",
    "[sweeps]") {
    // A worker runs a point's replications in whatever order the threads take them, so a
    // replication must depend only on the point, the seed and its index. A changed establishment
    // once kept its place in the list of changes from one replication to the next, so that -j 1
    // and -j 2 gave different results.
    const std::string ward = small_ward("ward") +
                             "    recruitment: {time_to_hire_days: {lognormal: {mean: 90, sd: "
                             "30}}}\n";
    const auto baseline = std::make_shared<const ResolvedScenario>(
        resolve_scenario(load_scenario_text(ward, "ward.yaml", {})));
    const auto on_baseline = [&](const std::vector<ParameterOverride>& overrides) {
        return variant_from_overrides(baseline, overrides, "point");
    };
    const std::vector<SweepOutputSpec> outputs{output_of("leavers", "total"),
                                               output_of("vacancy_rate", "nurses")};
    const std::atomic<bool> never{false};
    for (const std::string change :
         {"groups.nurses.leaving.turnover=0.2", "groups.nurses.establishment.growth=0.03",
          "groups.nurses.absence.rate=0.07", "groups.nurses.leaving.first_year_multiplier=2",
          "groups.nurses.recruitment.time_to_hire_days.lognormal.mean=150",
          "groups.nurses.vacancy_rate=0.13"}) {
        INFO(change);
        const auto overrides = parse_parameter_overrides({change});
        WorkforceEvaluator reused(on_baseline, outputs, *baseline, 1);
        const auto point = reused.prepare(overrides);
        for (std::uint64_t r = 0; r < 12; ++r) {
            const auto after_others = reused.run(point, 0, 1, r, never);
            WorkforceEvaluator fresh(on_baseline, outputs, *baseline, 1);
            CHECK(after_others == fresh.run(fresh.prepare(overrides), 0, 1, r, never));
        }
    }
}
