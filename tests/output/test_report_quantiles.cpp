// Quantiles across replications for the report's fan charts and paired differences, checked on
// the hand-made file whose values are known (tests/output/test_output_fixture.hpp).
#include <catch2/catch.hpp>

#include "output/report/replication_quantiles.hpp"
#include "tests/output/test_output_fixture.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

TEST_CASE("fan quantiles are R type 7 quantiles of the replications' values", "[report]") {
    ScratchDirectory dir;
    const auto path = dir.file("q.h5");
    write_fake_file(path, 14, 5, {"baseline", "more"});
    ResultReader reader(path);
    const auto q = report::replication_quantiles(reader, "baseline", Period::Monthly, "wte");
    REQUIRE(q.periods == 14);
    REQUIRE(q.units == 6);
    // wte = 0.9 (100 (u + 1) + 10 r + p) over r = 0..4: with n = 5, type 7 puts the 5%, 25%,
    // 50%, 75% and 95% quantiles at r = 0.2, 1, 2, 3 and 3.8.
    const double r_at[] = {0.2, 1, 2, 3, 3.8};
    for (std::size_t k = 0; k < 5; ++k)
        for (std::size_t p : {0u, 13u})
            for (std::size_t u : {0u, 5u})
                CHECK(q.at(k, p, u) == Approx(0.9 * (100.0 * (u + 1) + 10 * r_at[k] + p)));
    // The median agrees with the stored p50.
    const auto stored = reader.summary("baseline", Period::Monthly, "wte", Statistic::P50);
    CHECK(q.at(report::kP50, 7, 2) == Approx(stored.at(7, 2)).epsilon(1e-12));
    // Monthly turnover is undefined in the first 11 months: NaN, not zero.
    const auto t = report::replication_quantiles(reader, "baseline", Period::Monthly, "turnover");
    CHECK(std::isnan(t.at(report::kP50, 10, 0)));
    CHECK_FALSE(std::isnan(t.at(report::kP50, 11, 0)));
}

TEST_CASE("paired differences pair replications by index", "[report]") {
    ScratchDirectory dir;
    const auto path = dir.file("d.h5");
    write_fake_file(path, 14, 5, {"baseline", "more"});
    ResultReader reader(path);
    // Variant "more" is written from replication r + 100: headcount 1000 higher in every pair,
    // so every quantile of the paired WTE difference is 900 exactly (an unpaired difference of
    // the quantiles would be too, so also check the spread of an unpaired pairing would differ:
    // leavers differ by 100 in every pair).
    const auto d =
        report::paired_difference_quantiles(reader, "more", "baseline", Period::Monthly, "wte");
    for (std::size_t k = 0; k < 5; ++k) CHECK(d.at(k, 3, 1) == Approx(900.0));
    const auto l =
        report::paired_difference_quantiles(reader, "more", "baseline", Period::Monthly, "leavers");
    CHECK(l.at(report::kP5, 3, 1) == Approx(100.0));
    CHECK(l.at(report::kP95, 3, 1) == Approx(100.0));
}
