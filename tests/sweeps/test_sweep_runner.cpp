// The sweep runner: points delivered whole and in order, the same whatever the threads, a stop
// keeping every finished point, and resuming the rest giving the uninterrupted results.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/sweep_run/sweep_runner.hpp"
#include "sweep_test_support.hpp"

using namespace sweep_test;

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
