// invert_cumulative_hazard: hand-computed cases, the limit, exactness against the integral of the
// hazard, and survival exp(-H(t)) under a piecewise hazard with Exp(1) budgets.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "sim/hazard_inversion.hpp"
#include "sim/random_stream.hpp"
#include "sim/variates.hpp"

using namespace wfsim::sim;

namespace {

// A piecewise-constant hazard: rates[i] applies from starts[i] to starts[i + 1] (the last one for
// ever); starts[0] is -infinity.
struct Piecewise {
    std::vector<double> starts;
    std::vector<double> rates;

    HazardPiece operator()(double t) const {
        std::size_t i = 0;
        while (i + 1 < starts.size() && starts[i + 1] <= t) ++i;
        return {rates[i], i + 1 < starts.size() ? starts[i + 1] : kNever};
    }
    // The integral of the hazard from a to b.
    double integral(double a, double b) const {
        double h = 0;
        for (std::size_t i = 0; i < rates.size(); ++i) {
            const double lo = std::max(a, starts[i]);
            const double hi = std::min(b, i + 1 < starts.size() ? starts[i + 1] : kNever);
            if (hi > lo) h += rates[i] * (hi - lo);
        }
        return h;
    }
};

constexpr double kMinusInf = -kNever;

}  // namespace

TEST_CASE("hazard: a constant hazard gives t0 + budget / rate", "[sim][hazard]") {
    auto constant = [](double) { return HazardPiece{0.25, kNever}; };
    CHECK(invert_cumulative_hazard(10.0, 2.0, kNever, constant) == 18.0);
    CHECK(invert_cumulative_hazard(0.0, 0.5, 100.0, constant) == 2.0);
    const double rate = 0.12 / 365.25;
    auto annual = [&](double) { return HazardPiece{rate, kNever}; };
    CHECK(invert_cumulative_hazard(123.5, 0.7, kNever, annual) ==
          Approx(123.5 + 0.7 / rate).epsilon(1e-14));
}

TEST_CASE("hazard: the first piece exhausted, the hit in the second", "[sim][hazard]") {
    // 0.5 a day until day 4, then 0.25. From t0 = 1 the first piece gives 0.5 * 3 = 1.5 of a
    // budget of 2; the remaining 0.5 takes 0.5 / 0.25 = 2 days, so T = 6.
    std::vector<double> asked;
    auto pieces = [&](double t) {
        asked.push_back(t);
        return t < 4.0 ? HazardPiece{0.5, 4.0} : HazardPiece{0.25, kNever};
    };
    CHECK(invert_cumulative_hazard(1.0, 2.0, kNever, pieces) == 6.0);
    CHECK(asked == std::vector<double>{1.0, 4.0});  // from t0, then from the change
    // A budget that the first piece covers never asks for the second.
    asked.clear();
    CHECK(invert_cumulative_hazard(1.0, 1.0, kNever, pieces) == 3.0);
    CHECK(asked == std::vector<double>{1.0});
}

TEST_CASE("hazard: a zero rate then a positive one", "[sim][hazard]") {
    // Nothing can happen before day 10; afterwards 1 a day, so a budget of 3 is reached at 13.
    auto pieces = [](double t) {
        return t < 10.0 ? HazardPiece{0.0, 10.0} : HazardPiece{1.0, kNever};
    };
    CHECK(invert_cumulative_hazard(0.0, 3.0, kNever, pieces) == 13.0);
    CHECK(invert_cumulative_hazard(2.5, 3.0, kNever, pieces) == 13.0);
    CHECK(invert_cumulative_hazard(11.0, 3.0, kNever, pieces) == 14.0);
    // Several pieces: 0 to 5, 0.5 to 7 (1 used), 0 to 20, 2 afterwards: 1.5 left takes 0.75.
    const Piecewise p{{kMinusInf, 5.0, 7.0, 20.0}, {0.0, 0.5, 0.0, 2.0}};
    CHECK(invert_cumulative_hazard(0.0, 2.5, kNever, p) == 20.75);
}

TEST_CASE("hazard: kNever when the budget is not reached before the limit", "[sim][hazard]") {
    auto constant = [](double) { return HazardPiece{0.1, kNever}; };
    CHECK(invert_cumulative_hazard(0.0, 5.0, 20.0, constant) == kNever);  // needs 50 days
    CHECK(invert_cumulative_hazard(0.0, 5.0, 50.5, constant) == Approx(50.0));
    CHECK(invert_cumulative_hazard(30.0, 1.0, 20.0, constant) == kNever);  // t0 beyond the limit
    // A hazard that stays at zero ends the walk (no endless loop) with or without a limit.
    auto zero = [](double) { return HazardPiece{0.0, kNever}; };
    CHECK(invert_cumulative_hazard(0.0, 1.0, kNever, zero) == kNever);
    CHECK(invert_cumulative_hazard(0.0, 1.0, 1000.0, zero) == kNever);
    // The hit falls in a later piece that starts after the limit.
    const Piecewise p{{kMinusInf, 10.0, 30.0}, {0.05, 0.0, 1.0}};
    CHECK(invert_cumulative_hazard(0.0, 1.0, 25.0, p) == kNever);
    CHECK(invert_cumulative_hazard(0.0, 1.0, 35.0, p) == Approx(30.5));
}

TEST_CASE("hazard: the integral from t0 to T equals the budget", "[sim][hazard]") {
    std::mt19937_64 rng(99);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int hits = 0, misses = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        Piecewise p{{kMinusInf}, {unit(rng) * 0.01}};
        double t = 0;
        const int changes = 1 + static_cast<int>(rng() % 8);
        for (int k = 0; k < changes; ++k) {
            t += 1 + unit(rng) * 400;
            p.starts.push_back(t);
            p.rates.push_back(rng() % 4 == 0 ? 0.0 : unit(rng) * 0.02);
        }
        const double t0 = unit(rng) * 500, limit = 3000.0, budget = -std::log(1 - unit(rng));
        const double T = invert_cumulative_hazard(t0, budget, limit, p);
        if (T == kNever) {
            ++misses;
            CHECK(p.integral(t0, limit) <= budget * (1 + 1e-12));
        } else {
            ++hits;
            CHECK(T > t0);
            CHECK(T < limit);
            CHECK(p.integral(t0, T) == Approx(budget).epsilon(1e-9));
        }
    }
    CHECK(hits > 100);  // both outcomes were exercised
    CHECK(misses > 100);
}

TEST_CASE("hazard: a later rate change leaves earlier events where they were", "[sim][hazard]") {
    // Common random numbers: one budget per person; a hazard that differs only from day 500
    // moves only the events that fall after day 500.
    const Piecewise base{{kMinusInf, 365.0}, {0.24 / 365, 0.12 / 365}};
    const Piecewise raised{{kMinusInf, 365.0, 500.0}, {0.24 / 365, 0.12 / 365, 0.36 / 365}};
    std::uint32_t counter = 0;
    KeyedStream s(entity_key(replication_key(1, 0), 1), 0, counter);
    int earlier = 0, moved = 0;
    for (int i = 0; i < 10000; ++i) {
        const double budget = standard_exponential(s);
        const double a = invert_cumulative_hazard(0.0, budget, kNever, base);
        const double b = invert_cumulative_hazard(0.0, budget, kNever, raised);
        if (a < 500.0) {
            ++earlier;
            CHECK(b == a);
        } else {
            ++moved;
            CHECK(b < a);
            CHECK(b >= 500.0);
        }
    }
    CHECK(earlier > 1000);
    CHECK(moved > 1000);
}

TEST_CASE("hazard: survival with Exp(1) budgets is exp(-H(t))", "[sim][hazard]") {
    // A first-year multiplier (x2 for 365 days), then an age band raising the hazard at day 1000,
    // a pause (zero hazard) from 1500 to 1800, and the raised rate again. With budget ~ Exp(1),
    // P(T > t) = exp(-H(t0, t)); the empirical proportion has SE sqrt(p (1 - p) / n).
    const Piecewise p{{kMinusInf, 365.0, 1000.0, 1500.0, 1800.0},
                      {0.24 / 365, 0.12 / 365, 0.30 / 365, 0.0, 0.30 / 365}};
    const double t0 = 100.0, limit = 3650.0;
    const std::vector<double> at = {200.0, 465.0, 1000.0, 1400.0, 1600.0, 1799.0, 2500.0, 3649.0};
    const int n = 200000;
    std::vector<long> survivors(at.size(), 0);
    const std::uint64_t rep = replication_key(424242, 0);
    for (int i = 0; i < n; ++i) {
        std::uint32_t counter = 0;
        KeyedStream s(entity_key(rep, static_cast<std::uint64_t>(i)), 1, counter);
        const double T = invert_cumulative_hazard(t0, standard_exponential(s), limit, p);
        for (std::size_t k = 0; k < at.size(); ++k) survivors[k] += T > at[k];
    }
    for (std::size_t k = 0; k < at.size(); ++k) {
        const double expected = std::exp(-p.integral(t0, at[k]));
        const double se = std::sqrt(expected * (1 - expected) / n);
        INFO("t = " << at[k] << ", S = " << expected);
        CHECK(std::abs(survivors[k] / double(n) - expected) < 4 * se);
    }
    // No one leaves during the pause.
    CHECK(survivors[4] == survivors[5]);
}
