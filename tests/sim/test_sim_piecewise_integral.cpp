// PiecewiseIntegral: the running integral by hand, zero pieces, and time_reaching as the inverse
// of integral_to, checked against invert_cumulative_hazard walking the same pieces.
#include <catch2/catch.hpp>
#include <vector>

#include "sim/hazard_inversion.hpp"
#include "sim/piecewise_integral.hpp"

using namespace wfsim::sim;

TEST_CASE("PiecewiseIntegral integrates a step function exactly", "[sim][integral]") {
    // 2 on [0, 10), 0 on [10, 15), 0.5 on [15, 40).
    const PiecewiseIntegral f({0.0, 10.0, 15.0}, {2.0, 0.0, 0.5}, 40.0);
    CHECK(f.integral_to(0.0) == 0.0);
    CHECK(f.integral_to(4.0) == 8.0);
    CHECK(f.integral_to(10.0) == 20.0);
    CHECK(f.integral_to(12.5) == 20.0);
    CHECK(f.integral_to(15.0) == 20.0);
    CHECK(f.integral_to(40.0) == 32.5);

    CHECK(f.time_reaching(0.0) == 0.0);
    CHECK(f.time_reaching(8.0) == 4.0);
    CHECK(f.time_reaching(19.999) == Approx(9.9995));
    // The level reached at 10 is held through the zero piece: it is passed at 15.
    CHECK(f.time_reaching(20.0) == 15.0);
    CHECK(f.time_reaching(21.0) == 17.0);
}

TEST_CASE("time_reaching inverts integral_to and agrees with the piece-by-piece inversion",
          "[sim][integral]") {
    // A seasonal-looking profile: twelve 30-day months with different factors, for ten years.
    std::vector<double> starts, values;
    const double factors[12] = {1.3,  1.2,  1.05, 0.95, 0.9,  0.85,
                                0.85, 0.85, 0.95, 1.05, 1.15, 1.25};
    for (int m = 0; m < 120; ++m) {
        starts.push_back(30.0 * m);
        values.push_back(factors[m % 12]);
    }
    const double end = 3600.0;
    const PiecewiseIntegral f(starts, values, end);
    auto piece_at = [&](double t) {
        const int m = static_cast<int>(t / 30.0);
        return HazardPiece{0.01 * factors[m % 12], 30.0 * (m + 1)};
    };
    for (double t0 : {0.0, 17.3, 365.25, 1000.0, 3550.0}) {
        for (double budget : {0.001, 0.3, 1.0, 2.7, 9.0}) {
            const double walked = invert_cumulative_hazard(t0, budget, end, piece_at);
            const double level = f.integral_to(t0) + budget / 0.01;
            const double searched = level < f.integral_to(end) ? f.time_reaching(level) : kNever;
            INFO("t0 " << t0 << " budget " << budget);
            if (walked == kNever) {
                CHECK(searched == kNever);
            } else {
                CHECK(searched == Approx(walked).epsilon(1e-12));
                CHECK(f.integral_to(searched) == Approx(level).epsilon(1e-12));
            }
        }
    }
}
