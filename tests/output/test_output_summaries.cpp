// Summaries stored beside the per-replication values: mean, MCSE, quantiles and counts across
// replications, with NaN skipped, read back by their documented paths.
#include <catch2/catch.hpp>

#include <cmath>

#include "output/result_reader.hpp"
#include "tests/output/test_output_fixture.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

namespace {
constexpr int kMonths = 26;
constexpr int kUnits = 6;
}  // namespace

TEST_CASE("summaries describe the spread of headcount across five replications", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("summary.h5");
    write_fake_file(path, kMonths, 5);
    ResultReader reader(path);
    // Across r = 0..4 the headcount is base + 10 r: mean base + 20, sd sqrt(250).
    auto stat = [&](const char* s) {
        return reader.numbers(std::string("/variants/baseline/monthly_summary/headcount/") + s);
    };
    const auto mean = stat("mean"), mcse = stat("mcse"), p5 = stat("p5"), p10 = stat("p10"),
               p50 = stat("p50"), p90 = stat("p90"), p95 = stat("p95"), n = stat("n");
    REQUIRE(mean.shape == std::vector<std::size_t>{kMonths, kUnits});
    for (int p = 0; p < kMonths; ++p) {
        for (int u = 0; u < kUnits; ++u) {
            const double base = fake_headcount(0, p, u);
            CHECK(mean.at(p, u) == Approx(base + 20));
            CHECK(mcse.at(p, u) == Approx(std::sqrt(50.0)));
            CHECK(p5.at(p, u) == Approx(base + 2));
            CHECK(p10.at(p, u) == Approx(base + 4));
            CHECK(p50.at(p, u) == Approx(base + 20));
            CHECK(p90.at(p, u) == Approx(base + 36));
            CHECK(p95.at(p, u) == Approx(base + 38));
            CHECK(n.at(p, u) == 5);
        }
    }
    // Financial years: the March headcount, and the summed joiners 12 (2u + r).
    const auto fy_mean =
        reader.summary("baseline", Period::FinancialYear, "headcount", Statistic::Mean);
    REQUIRE(fy_mean.shape == std::vector<std::size_t>{2, kUnits});
    CHECK(fy_mean.at(1, 2) == Approx(fake_headcount(0, 23, 2) + 20));
    const auto joiners_p50 =
        reader.summary("baseline", Period::FinancialYear, "joiners", Statistic::P50);
    CHECK(joiners_p50.at(0, 4) == Approx(12.0 * (8 + 2)));
    // Derived rates are summarised per replication, not averaged.
    const auto vacancy =
        reader.summary("baseline", Period::FinancialYear, "vacancy_rate", Statistic::P95);
    CHECK(vacancy.at(0, 5) == Approx(0.1));
}

TEST_CASE("summaries skip NaN and count the defined replications", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("nan.h5");
    {
        const auto layout = fake_layout(kMonths);
        const auto axis = fake_axis(kMonths);
        ResultWriter writer(path, fake_metadata(5), layout, axis);
        for (int r = 0; r < 5; ++r) writer.append(0, r, fake_result(layout, axis, r, r == 1));
        writer.finish(true, 0.0);
    }
    ResultReader reader(path);
    // 12-month turnover is undefined in the first 11 months of every replication.
    const auto turnover_n = reader.summary("baseline", Period::Monthly, "turnover", Statistic::N);
    const auto turnover_mean =
        reader.summary("baseline", Period::Monthly, "turnover", Statistic::Mean);
    const auto turnover_p50 =
        reader.summary("baseline", Period::Monthly, "turnover", Statistic::P50);
    for (int u = 0; u < kUnits; ++u) {
        for (int p = 0; p < 11; ++p) {
            CHECK(turnover_n.at(p, u) == 0);
            CHECK(std::isnan(turnover_mean.at(p, u)));
            CHECK(std::isnan(turnover_p50.at(p, u)));
        }
        CHECK(turnover_n.at(11, u) == 5);
        CHECK_FALSE(std::isnan(turnover_mean.at(11, u)));
    }
    // Joiners of replication 1 are NaN: the rest, 2u + {0, 2, 3, 4}, are summarised.
    auto joiners = [&](Statistic s) {
        return reader.summary("baseline", Period::Monthly, "joiners", s);
    };
    const auto n = joiners(Statistic::N), mean = joiners(Statistic::Mean),
               mcse = joiners(Statistic::Mcse), p5 = joiners(Statistic::P5),
               p50 = joiners(Statistic::P50);
    for (int u = 0; u < kUnits; ++u) {
        CHECK(n.at(3, u) == 4);
        CHECK(mean.at(3, u) == Approx(2.0 * u + 2.25));
        CHECK(mcse.at(3, u) == Approx(std::sqrt(8.75 / 3.0) / 2.0));
        CHECK(p5.at(3, u) == Approx(2.0 * u + 0.3));
        CHECK(p50.at(3, u) == Approx(2.0 * u + 2.5));
    }
    CHECK(reader.summary("baseline", Period::FinancialYear, "joiners", Statistic::N).at(1, 0) == 4);
}

TEST_CASE("summaries are labelled as spread across replications", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("labels.h5");
    write_fake_file(path, kMonths, 3);
    ResultReader reader(path);
    const std::string group = "/variants/baseline/fy_summary/turnover";
    CHECK(reader.string_attribute(group, "note") ==
          "spread across replications, not confidence intervals");
    CHECK(reader.string_attribute(group + "/p5", "long_name").find("not a CI") !=
          std::string::npos);
    CHECK(reader.string_attribute(group + "/p95", "statistic") == "p95");
    CHECK(reader.string_attribute(group + "/mean", "units") == "year-1");
    CHECK(reader.string_attribute(group + "/n", "units") == "1");
    CHECK(reader.string_attribute(group + "/mcse", "axis_order") == "fy,unit");
    CHECK(reader.string_attribute("/variants/baseline/monthly_summary/headcount/p50",
                                  "axis_order") == "period,unit");
    CHECK(reader.children(group) == std::vector<std::string>{"fy", "unit", "unit_kind",
                                                             "unit_sector", "mean", "mcse", "p5",
                                                             "p10", "p50", "p90", "p95", "n"});
}

TEST_CASE("summaries do not depend on how appends of variants interleave", "[output]") {
    ScratchDirectory dir;
    const auto layout = fake_layout(kMonths);
    const auto axis = fake_axis(kMonths);
    const auto a = dir.file("a.h5"), b = dir.file("b.h5");
    {
        ResultWriter writer(a, fake_metadata(4), layout, axis, {"baseline", "other"});
        for (int r = 0; r < 4; ++r)
            for (std::size_t v = 0; v < 2; ++v) writer.append(v, r, fake_result(layout, axis, r));
        writer.finish(true, 0.0);
    }
    {
        ResultWriter writer(b, fake_metadata(4), layout, axis, {"baseline", "other"});
        for (std::size_t v = 2; v-- > 0;)
            for (int r = 0; r < 4; ++r) writer.append(v, r, fake_result(layout, axis, r));
        writer.finish(true, 0.0);
    }
    ResultReader ra(a), rb(b);
    for (Statistic s : kStatistics) {
        const auto x = ra.summary("other", Period::Monthly, "turnover", s);
        const auto y = rb.summary("other", Period::Monthly, "turnover", s);
        REQUIRE(x.values.size() == y.values.size());
        for (std::size_t i = 0; i < x.values.size(); ++i)
            CHECK((x.values[i] == y.values[i] ||
                   (std::isnan(x.values[i]) && std::isnan(y.values[i]))));
    }
}
