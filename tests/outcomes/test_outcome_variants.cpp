// Targets and risks of variants run on the baseline's random numbers: a variant that changes
// nothing has the baseline's outcome in every replication and a change of exactly 0; a variant
// constructed to miss what the baseline always meets has a change of -1 with the interval worked
// by hand; and a real intervention's change is the paired comparison, replication i with
// replication i, of the outcomes each variant recorded.
#include <catch2/catch.hpp>

#include <cmath>

#include "models/outcomes/outcome_recorder.hpp"
#include "tests/model/variant_test_support.hpp"

using namespace wfsim;
using namespace wfsim::models::outcomes;
using namespace wfsim::testing;

namespace {

// A ward of 60 nurses for three years. `cheap`: the intervention cost of 2023/24 is 0 (met by
// the baseline and by a variant without costs, missed by any with a one-off cost, by the cost).
const std::string kWard = R"(schema_version: 1
name: ward with variants
start: 2023-04-01
years: 3
groups:
  nurses:
    sector: nhs
    headcount: 60
    vacancy_rate: 10%
    leaving: {turnover: 15%}
    absence: {rate: 5%}
targets:
  vacancy:
    metric: vacancy_rate
    year: 2025/26
    at_most: 10%
  cheap:
    metric: intervention_cost
    year: 2023/24
    at_most: 0
risks:
  supply:
    id: "1"
    title: Supply
    missed: vacancy
    consequence: 4
    rating: 16
    target_rating: 8
variants:
  none:
    description: nothing changes
  retention:
    interventions:
      keep: {parameter: groups.nurses.leaving.turnover, multiply: 0.6, cost: {one_off: 50000}}
)";

constexpr int kReplications = 100;

struct Recorded {
    VariantRuns runs;
    OutcomeResults results;
};

Recorded record_ward() {
    Recorded out{variant_runs(kWard), {}};
    const models::ResolvedScenario& base = out.runs.runs.front();
    models::WorkforceModel model(base);
    const models::ResultLayout& layout = model.layout();
    OutcomeRecorder recorder(define_outcomes(out.runs.baseline->scenario, layout, base.axis),
                             layout, base.axis, out.runs.names);
    for (int r = 0; r < kReplications; ++r)
        for (std::size_t v = 0; v < out.runs.runs.size(); ++v) {
            model.bind(out.runs.runs[v]);
            recorder.record(v, r, *model.run(17, r));
        }
    out.results = recorder.results();
    return out;
}

}  // namespace

TEST_CASE("targets and risks of variants on common random numbers", "[outcomes][variants]") {
    const Recorded w = record_ward();
    REQUIRE(w.runs.names == std::vector<std::string>{"baseline", "none", "retention"});
    const VariantOutcomes& base = w.results.variants[0];
    const VariantOutcomes& none = w.results.variants[1];
    const VariantOutcomes& retention = w.results.variants[2];
    const std::int64_t met = base.targets[0].met.events;
    INFO("the baseline met the vacancy target in " << met << " of " << kReplications);
    // The target is neither certain nor impossible, so the comparisons below say something.
    REQUIRE(met > 5);
    REQUIRE(met < kReplications - 5);

    SECTION("a variant that changes nothing: the baseline's outcomes, a change of exactly 0") {
        CHECK(none.target_met == base.target_met);
        CHECK(none.risk_consequence == base.risk_consequence);
        const Difference& d = none.target_change[0];
        CHECK(d.pairs == kReplications);
        CHECK(d.estimate == 0.0);
        // Every replication agrees: the symmetric interval of all-concordant pairs
        // (test_outcome_paired_interval.cpp), not [0, 0].
        const Difference agree =
            paired_difference_interval({.both = met, .neither = kReplications - met});
        CHECK(d.low == agree.low);
        CHECK(d.high == agree.high);
        CHECK(d.high == -d.low);
        CHECK(none.risk_change[0].estimate == 0.0);
        CHECK(none.risks[0].rating == base.risks[0].rating);
    }
    SECTION("a variant constructed to miss what the baseline always meets: -1, by hand") {
        // The baseline spends nothing; the retention variant spends 50,000 on its first day.
        CHECK(base.targets[1].met.events == kReplications);
        CHECK(retention.targets[1].met.events == 0);
        CHECK(retention.targets[1].shortfall_max == 50000.0);
        CHECK(retention.targets[1].shortfall_p50 == 50000.0);
        // Every pair is (missed, met): p1 = 0, p2 = 1, a margin of 0 so phi = 0; with u the
        // Wilson upper end of 0 of n, low = -1 - sqrt(0 + 0) = -1 and
        // high = -1 + sqrt((1 - l2)^2 + u1^2) = -1 + sqrt(2) u.
        const double u = wilson_interval(0, kReplications).high;
        const Difference& d = retention.target_change[1];
        CHECK(d.estimate == -1.0);
        CHECK(d.low == -1.0);
        CHECK(d.high == Approx(-1.0 + std::sqrt(2.0) * u).margin(1e-15));
        CHECK(u == Approx(0.0369935).margin(1e-7));  // 3.84 / 103.84
    }
    SECTION("a real change: replication i of the variant paired with replication i of the base") {
        PairedCounts hand;
        for (int r = 0; r < kReplications; ++r) {
            const bool a = retention.target_met[r * 2] == Met::Met;
            const bool b = base.target_met[r * 2] == Met::Met;
            ++(a && b ? hand.both : a ? hand.first_only : b ? hand.second_only : hand.neither);
        }
        const Difference expected = paired_difference_interval(hand);
        const Difference& d = retention.target_change[0];
        CHECK(d.estimate == expected.estimate);
        CHECK(d.low == expected.low);
        CHECK(d.high == expected.high);
        // Fewer leavers leave fewer posts vacant: the target is met more often.
        CHECK(hand.pairs() == kReplications);
        CHECK(d.estimate > 0.0);
        // The risk follows: its adverse event is the missed target, so its change is the
        // negative of the target's, and each variant is rated on its own probability.
        CHECK(retention.risk_change[0].estimate == -d.estimate);
        for (const VariantOutcomes* v : {&base, &retention}) {
            const RiskSummary& s = v->risks[0];
            CHECK(s.event.events == kReplications - v->targets[0].met.events);
            CHECK(s.rating == likelihood_score(s.event.estimate, w.results.definitions.bands) * 4);
            CHECK(s.reached == (s.rating <= 8));
        }
    }
}
