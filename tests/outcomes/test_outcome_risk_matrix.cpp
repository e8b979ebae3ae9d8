// Likelihood scores at and around every band boundary (the NPSA's and a scenario's own), grades
// at their edges, and the straddle flag with the replications that settle it.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "models/outcomes/risk_evaluation.hpp"
#include "models/outcomes/risk_matrix.hpp"

using namespace wfsim::models;
using namespace wfsim::models::outcomes;

TEST_CASE("likelihood scores at and around every NPSA boundary", "[outcomes]") {
    const LikelihoodBands npsa;
    // (probability, score): on a boundary the lower score, just above it the next.
    const double eps = 1e-12;
    const std::vector<std::pair<double, int>> cases = {
        {0.0, 1},  {0.0005, 1},     {0.001, 1},     {0.001 + eps, 2}, {0.005, 2},
        {0.01, 2}, {0.01 + eps, 3}, {0.05, 3},      {0.10, 3},        {0.10 + eps, 4},
        {0.3, 4},  {0.5, 4},        {0.5 + eps, 5}, {0.99, 5},        {1.0, 5}};
    for (const auto& [p, score] : cases) {
        INFO("p = " << p);
        CHECK(likelihood_score(p, npsa) == score);
    }
    CHECK(likelihood_score(std::numeric_limits<double>::quiet_NaN(), npsa) == 0);
    CHECK(std::string(likelihood_descriptor(1)) == "rare");
    CHECK(std::string(likelihood_descriptor(5)) == "almost certain");
}

TEST_CASE("likelihood scores follow a scenario's own bands", "[outcomes]") {
    LikelihoodBands own;
    own.rare = {0.0, 0.05};
    own.unlikely = {0.05, 0.20};
    own.possible = {0.20, 0.50};
    own.likely = {0.50, 0.80};
    own.almost_certain = {0.80, 1.0};
    for (const auto& [p, score] : std::vector<std::pair<double, int>>{{0.05, 1},
                                                                      {0.0500001, 2},
                                                                      {0.2, 2},
                                                                      {0.2000001, 3},
                                                                      {0.5, 3},
                                                                      {0.5000001, 4},
                                                                      {0.8, 4},
                                                                      {0.8000001, 5}}) {
        INFO("p = " << p);
        CHECK(likelihood_score(p, own) == score);
    }
    CHECK(inner_boundaries(own) == std::array<double, 4>{0.05, 0.20, 0.50, 0.80});
}

TEST_CASE("grades at their edges", "[outcomes]") {
    CHECK(grade_of(0) == Grade::None);
    for (int r : {1, 2, 3}) CHECK(grade_of(r) == Grade::Low);
    for (int r : {4, 5, 6}) CHECK(grade_of(r) == Grade::Moderate);
    for (int r : {8, 9, 10, 12}) CHECK(grade_of(r) == Grade::High);
    for (int r : {15, 16, 20, 25}) CHECK(grade_of(r) == Grade::Extreme);
    CHECK(std::string(grade_name(Grade::Extreme)) == "extreme");
    // The table covers every product of two scores 1-5 once.
    for (int l = 1; l <= 5; ++l)
        for (int c = 1; c <= 5; ++c) {
            int holding = 0;
            for (const GradeBand& g : grade_bands())
                if (l * c >= g.from && l * c <= g.to) ++holding;
            CHECK(holding == 1);
        }
}

namespace {

RiskDefinition risk_with(int consequence, int target_rating) {
    RiskDefinition r;
    r.event = AdverseEvent::Missed;
    r.targets = {0};
    r.spec.consequence = consequence;
    r.spec.rating = 16;
    r.spec.target_rating = target_rating;
    return r;
}

// `events` replications with the adverse event of consequence c among `n`.
std::vector<std::int8_t> consequences(int events, int n, int c) {
    std::vector<std::int8_t> out(n, 0);
    for (int i = 0; i < events; ++i) out[i] = static_cast<std::int8_t>(c);
    return out;
}

}  // namespace

TEST_CASE("a risk's rating, grade and target from a simulated probability", "[outcomes]") {
    const LikelihoodBands npsa;
    // 300 of 1000: 30%, likely (4); Wilson 27.2% to 32.9% stays inside 10-50%: settled.
    const RiskSummary s = summarise_risk(risk_with(4, 12), consequences(300, 1000, 4), npsa);
    CHECK(s.modelled);
    CHECK(s.event.estimate == 0.3);
    CHECK(s.likelihood == 4);
    CHECK(s.consequence == 4);
    CHECK(s.rating == 16);
    CHECK(s.grade == Grade::Extreme);
    CHECK_FALSE(s.reached);
    CHECK_FALSE(s.straddles);
    CHECK(s.replications_to_settle == 0);
    // 50 of 1000: possible (3) x 4 = 12, the target reached.
    const RiskSummary t = summarise_risk(risk_with(4, 12), consequences(50, 1000, 4), npsa);
    CHECK(t.rating == 12);
    CHECK(t.reached);
    CHECK(t.grade == Grade::High);
}

TEST_CASE("the straddle flag and the replications that settle it", "[outcomes]") {
    const LikelihoodBands npsa;
    SECTION("9 of 100 straddles 10% (Wilson 4.8% to 16.2%)") {
        const RiskSummary s = summarise_risk(risk_with(4, 12), consequences(9, 100, 4), npsa);
        CHECK(s.likelihood == 3);
        CHECK(s.straddles);
        // n > z^2 0.1 x 0.9 / 0.01^2 = 3457.3
        CHECK(s.replications_to_settle == replications_to_exclude(0.09, 0.10));
        CHECK(s.replications_to_settle == 3458);
    }
    SECTION("no event in 100 straddles 0.1% and 1% (Wilson 0 to 3.7%)") {
        const RiskSummary s = summarise_risk(risk_with(3, 3), consequences(0, 100, 3), npsa);
        CHECK(s.likelihood == 1);
        CHECK(s.rating == 3);
        CHECK(s.reached);
        CHECK(s.straddles);
        CHECK(s.replications_to_settle == 3838);  // the farther boundary, 0.1%, decides
    }
    SECTION("an estimate on a boundary cannot be settled") {
        const RiskSummary s = summarise_risk(risk_with(4, 12), consequences(10, 100, 4), npsa);
        CHECK(s.likelihood == 3);  // 10% is possible, not likely
        CHECK(s.straddles);
        CHECK(s.replications_to_settle == -1);
    }
    SECTION("all 100 with the event: settled at almost certain") {
        const RiskSummary s = summarise_risk(risk_with(4, 12), consequences(100, 100, 4), npsa);
        CHECK(s.likelihood == 5);
        CHECK(s.rating == 20);
        CHECK_FALSE(s.straddles);
    }
}

TEST_CASE("consequences by shortfall: rated where likelihood x consequence is largest",
          "[outcomes]") {
    const LikelihoodBands npsa;
    RiskDefinition r = risk_with(0, 12);
    r.spec.consequence.reset();
    r.spec.consequence_by_shortfall = {{0.0, 2}, {0.02, 4}};
    SECTION("the outcome of a replication follows its shortfall") {
        const TargetOutcome small{Met::Missed, 0.019}, edge{Met::Missed, 0.02},
            big{Met::Missed, 0.05}, met{Met::Met, 0.0},
            undefined{Met::Undefined, std::numeric_limits<double>::quiet_NaN()};
        CHECK(risk_consequence(r, std::vector{small}) == 2);
        CHECK(risk_consequence(r, std::vector{edge}) == 4);
        CHECK(risk_consequence(r, std::vector{big}) == 4);
        CHECK(risk_consequence(r, std::vector{met}) == 0);
        CHECK(risk_consequence(r, std::vector{undefined}) == 4);
    }
    SECTION("a frequent small miss against a rarer large one") {
        // 600 of 1000 miss: 550 by a little (2), 50 by a lot (4). Consequence 2 or worse: 60%,
        // almost certain, 5 x 2 = 10; consequence 4: 5%, possible, 3 x 4 = 12: rated 12.
        std::vector<std::int8_t> c(1000, 0);
        for (int i = 0; i < 550; ++i) c[i] = 2;
        for (int i = 550; i < 600; ++i) c[i] = 4;
        const RiskSummary s = summarise_risk(r, c, npsa);
        CHECK(s.event.estimate == 0.6);
        CHECK(s.consequence == 4);
        CHECK(s.likelihood == 3);
        CHECK(s.rated.estimate == 0.05);
        CHECK(s.rating == 12);
        CHECK(s.reached);
    }
}

TEST_CASE("adverse events: one target, any of several, all of several", "[outcomes]") {
    RiskDefinition any = risk_with(3, 9), all = risk_with(3, 9);
    any.event = AdverseEvent::AnyMissed;
    all.event = AdverseEvent::AllMissed;
    any.targets = all.targets = {0, 2};
    const TargetOutcome met{Met::Met, 0.0}, missed{Met::Missed, 0.1};
    CHECK(risk_consequence(any, std::vector{met, missed, met}) == 0);
    CHECK(risk_consequence(any, std::vector{missed, met, met}) == 3);
    CHECK(risk_consequence(all, std::vector{missed, met, met}) == 0);
    CHECK(risk_consequence(all, std::vector{missed, met, missed}) == 3);
    RiskDefinition none;
    CHECK(risk_consequence(none, std::vector{missed}) == 0);
    CHECK_FALSE(summarise_risk(none, std::vector<std::int8_t>{0, 0}, LikelihoodBands{}).modelled);
}
