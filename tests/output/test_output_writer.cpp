// Writes a result file from hand-made replications and reads it back by the paths documented in
// docs/output.md: root attributes, axes and their dimension scales, per-replication values,
// financial-year aggregation and derived rates.
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>

#include "output/chunked_datasets.hpp"
#include "output/result_reader.hpp"
#include "tests/output/test_output_fixture.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

namespace {

constexpr int kMonths = 26;  // April 2022 to May 2024: 2022/23 and 2023/24 are whole
constexpr int kReplications = 5;
constexpr int kUnits = 6;

struct WrittenFile {
    ScratchDirectory dir;
    std::string path = dir.file("run.h5");
    WrittenFile() { write_fake_file(path, kMonths, kReplications); }
};

// Person-days of months [first, last] of replication r, unit u.
double person_days(int r, int u, int first, int last) {
    const auto axis = fake_axis(kMonths);
    double sum = 0.0;
    for (int p = first; p <= last; ++p) sum += fake_headcount(r, p, u) * axis.month_length_days(p);
    return sum;
}

}  // namespace

TEST_CASE("root attributes record the run", "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    CHECK(reader.integer_attribute("/", "format_version") == 2);
    CHECK(reader.string_attribute("/", "wfsim_version") == "0.1.0-test");
    CHECK(reader.string_attribute("/", "scenario_name") == "Test system");
    CHECK(reader.string_attribute("/", "scenario_path") == "scenarios/test.yaml");
    CHECK(reader.string_attribute("/", "scenario_yaml") == "name: Test system\nyears: 2\n");
    CHECK(reader.string_attribute("/", "scenario_resolved_yaml") ==
          "name: Test system\nyears: 2\nseed: 42\n");
    CHECK(reader.string_attribute("/", "command_line") == "wfsim run scenarios/test.yaml -n 5");
    CHECK(reader.unsigned_attribute("/", "seed") == 18446744073709551557ull);
    CHECK(reader.integer_attribute("/", "replications_requested") == kReplications);
    CHECK(reader.integer_attribute("/", "replications") == kReplications);
    CHECK(reader.integer_attribute("/", "complete") == 1);
    CHECK(reader.integer_attribute("/", "threads") == 2);
    CHECK(reader.number_attribute("/", "elapsed_seconds") == 1.5);
    CHECK(reader.string_attribute("/", "axis_order") == "replication,period,unit");
    CHECK(std::regex_match(reader.string_attribute("/", "created"),
                           std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    CHECK(reader.strings_attribute("/", "variants") == std::vector<std::string>{"baseline"});

    const FileMetadata m = reader.metadata();
    CHECK(m.complete);
    CHECK(m.replications == kReplications);
    CHECK(m.seed == 18446744073709551557ull);
    CHECK(m.variants == std::vector<std::string>{"baseline"});
}

TEST_CASE("threads, command line and timings are attributes, never datasets", "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    for (const char* name : {"threads", "command_line", "elapsed_seconds", "created"}) {
        CHECK(reader.has_attribute("/", name));
        CHECK_FALSE(reader.exists(std::string("/") + name));
    }
}

TEST_CASE("axes are stored under their documented paths", "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    const auto periods = reader.strings("/period");
    REQUIRE(periods.size() == kMonths);
    CHECK(periods.front() == "2022-04-01");
    CHECK(periods[10] == "2023-02-01");
    CHECK(periods.back() == "2024-05-01");
    const auto days = reader.integers("/period_days");
    REQUIRE(days.size() == kMonths);
    CHECK(days[0] == 30);
    CHECK(days[10] == 28);
    CHECK(days[22] == 29);  // February 2024
    CHECK(reader.strings("/fy") == std::vector<std::string>{"2022/23", "2023/24"});
    CHECK(reader.integers("/fy_first_period") == std::vector<std::int64_t>{0, 12});
    CHECK(reader.strings("/unit") ==
          std::vector<std::string>{"nurses", "doctors", "carers", "nhs", "social_care", "total"});
    CHECK(reader.strings("/unit_kind") ==
          std::vector<std::string>{"group", "group", "group", "sector", "sector", "total"});
    CHECK(reader.strings("/unit_sector") ==
          std::vector<std::string>{"nhs", "nhs", "social_care", "", "", ""});
    CHECK(reader.integers("/variants/baseline/replication") ==
          std::vector<std::int64_t>{0, 1, 2, 3, 4});
    CHECK(reader.integer_attribute("/variants/baseline", "replications") == kReplications);

    const Axes axes = reader.axes();
    CHECK(axes.periods == periods);
    CHECK(axes.financial_years.size() == 2);
    CHECK(axes.unit_kinds.back() == "total");
}

TEST_CASE("every data group carries the coordinates its datasets are attached to", "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    const std::string monthly_group = "/variants/baseline/monthly",
                      fy_group = "/variants/baseline/fy";
    for (const std::string metric : {"headcount", "leavers", "turnover", "vacancy_rate"}) {
        const auto monthly = monthly_group + "/" + metric;
        CHECK(reader.scale_attached(monthly, monthly_group + "/replication", 0));
        CHECK(reader.scale_attached(monthly, monthly_group + "/period", 1));
        CHECK(reader.scale_attached(monthly, monthly_group + "/unit", 2));
        CHECK_FALSE(reader.scale_attached(monthly, "/unit", 2));  // not the root's copy
        CHECK_FALSE(reader.scale_attached(monthly, monthly_group + "/unit", 1));
        CHECK(reader.string_attribute(monthly, "coordinates") == "unit_kind unit_sector");
        CHECK_FALSE(reader.has_attribute(monthly, "DIMENSION_LABELS"));
        const auto fy = fy_group + "/" + metric;
        CHECK(reader.scale_attached(fy, fy_group + "/replication", 0));
        CHECK(reader.scale_attached(fy, fy_group + "/fy", 1));
        CHECK(reader.scale_attached(fy, fy_group + "/unit", 2));
        for (const char* s : {"mean", "mcse", "p5", "p10", "p50", "p90", "p95", "n"}) {
            const auto ms_group = "/variants/baseline/monthly_summary/" + metric;
            CHECK(reader.scale_attached(ms_group + "/" + s, ms_group + "/period", 0));
            CHECK(reader.scale_attached(ms_group + "/" + s, ms_group + "/unit", 1));
            const auto fs_group = "/variants/baseline/fy_summary/" + metric;
            CHECK(reader.scale_attached(fs_group + "/" + s, fs_group + "/fy", 0));
            CHECK(reader.scale_attached(fs_group + "/" + s, fs_group + "/unit", 1));
        }
    }
    // The copies hold the root's values.
    CHECK(reader.strings(monthly_group + "/period") == reader.strings("/period"));
    CHECK(reader.strings(fy_group + "/fy") == reader.strings("/fy"));
    CHECK(reader.strings(fy_group + "/unit_sector") == reader.strings("/unit_sector"));
    CHECK(reader.integers(fy_group + "/replication") == reader.replications("baseline"));
    CHECK(reader.scale_attached(monthly_group + "/unit_kind", monthly_group + "/unit", 0));
    CHECK(reader.scale_attached("/period_days", "/period", 0));
    CHECK(reader.scale_attached("/unit_kind", "/unit", 0));
}

TEST_CASE("per-replication monthly values round-trip", "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    const auto metrics = reader.metrics("baseline", Period::Monthly);
    const std::vector<std::string> expected = {"headcount",
                                               "wte",
                                               "establishment_wte",
                                               "wte_days",
                                               "establishment_wte_days",
                                               "absence_wte_days",
                                               "headcount_days",
                                               "joiners",
                                               "leavers",
                                               "over_55",
                                               "stayers_12m",
                                               "headcount_12m_ago",
                                               "vacancy_rate",
                                               "turnover",
                                               "absence_rate",
                                               "stability_index",
                                               "share_over_55",
                                               "mean_headcount"};
    CHECK(metrics == expected);
    CHECK(reader.metrics("baseline", Period::FinancialYear) == expected);

    const auto headcount = reader.numbers("/variants/baseline/monthly/headcount");
    REQUIRE(headcount.shape == std::vector<std::size_t>{kReplications, kMonths, kUnits});
    for (int r = 0; r < kReplications; ++r)
        for (int p = 0; p < kMonths; ++p)
            for (int u = 0; u < kUnits; ++u)
                REQUIRE(headcount.at(r, p, u) == fake_headcount(r, p, u));
    const auto leavers = reader.values("baseline", Period::Monthly, "leavers");
    CHECK(leavers.at(3, 7, 2) == 2 + 1 + 3);
}

TEST_CASE("financial years: stocks at the year end, flows and integrals summed", "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    const auto headcount = reader.numbers("/variants/baseline/fy/headcount");
    REQUIRE(headcount.shape == std::vector<std::size_t>{kReplications, 2, kUnits});
    const auto joiners = reader.numbers("/variants/baseline/fy/joiners");
    const auto person = reader.numbers("/variants/baseline/fy/headcount_days");
    for (int r = 0; r < kReplications; ++r) {
        for (int u = 0; u < kUnits; ++u) {
            CHECK(headcount.at(r, 0, u) == fake_headcount(r, 11, u));  // March 2023
            CHECK(headcount.at(r, 1, u) == fake_headcount(r, 23, u));  // March 2024
            CHECK(joiners.at(r, 0, u) == 12.0 * (2 * u + r));
            CHECK(person.at(r, 1, u) == Approx(person_days(r, u, 12, 23)));
        }
    }
    CHECK(reader.string_attribute("/variants/baseline/fy/headcount", "aggregation") ==
          "value at the end of the year (its last month)");
    CHECK(reader.string_attribute("/variants/baseline/fy/joiners", "aggregation") ==
          "sum over the twelve months of the year");
}

TEST_CASE("rates are derived from the additive values", "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    auto monthly = [&](const char* m) { return reader.values("baseline", Period::Monthly, m); };
    auto fy = [&](const char* m) { return reader.values("baseline", Period::FinancialYear, m); };
    const auto vacancy = monthly("vacancy_rate"), absence = monthly("absence_rate"),
               over55 = monthly("share_over_55"), stability = monthly("stability_index"),
               turnover = monthly("turnover"), mean_headcount = monthly("mean_headcount");
    for (int r = 0; r < kReplications; ++r) {
        for (int u = 0; u < kUnits; ++u) {
            for (int p = 0; p < kMonths; ++p) {
                CHECK(vacancy.at(r, p, u) == Approx(0.1));
                CHECK(absence.at(r, p, u) == Approx(0.05));
                CHECK(over55.at(r, p, u) == Approx(0.25));
                CHECK(mean_headcount.at(r, p, u) == Approx(fake_headcount(r, p, u)));
                if (p < 11) {  // the rolling 12 months are not yet complete
                    CHECK(std::isnan(turnover.at(r, p, u)));
                    CHECK(std::isnan(stability.at(r, p, u)));
                } else {
                    CHECK(stability.at(r, p, u) == Approx(0.8));
                }
            }
            // 12 months of u + 1 + r leavers over the 12 months to March 2023 (365 days).
            CHECK(turnover.at(r, 11, u) ==
                  Approx(12.0 * (u + 1 + r) * 365.0 / person_days(r, u, 0, 11)));
            // The 12 months to November 2023 (months 8 to 19) hold February 2023: 365 days.
            CHECK(turnover.at(r, 19, u) ==
                  Approx(12.0 * (u + 1 + r) * 365.0 / person_days(r, u, 8, 19)));
        }
    }
    const auto fy_turnover = fy("turnover"), fy_vacancy = fy("vacancy_rate"),
               fy_mean = fy("mean_headcount"), fy_stability = fy("stability_index");
    for (int r = 0; r < kReplications; ++r) {
        for (int u = 0; u < kUnits; ++u) {
            CHECK(fy_turnover.at(r, 0, u) ==
                  Approx(12.0 * (u + 1 + r) * 365.0 / person_days(r, u, 0, 11)));
            CHECK(fy_turnover.at(r, 1, u) ==
                  Approx(12.0 * (u + 1 + r) * 366.0 / person_days(r, u, 12, 23)));
            CHECK(fy_mean.at(r, 1, u) == Approx(person_days(r, u, 12, 23) / 366.0));
            CHECK(fy_vacancy.at(r, 0, u) == Approx(0.1));
            CHECK(fy_stability.at(r, 1, u) == Approx(0.8));
        }
    }
}

TEST_CASE("every metric dataset carries units, long_name, accumulation and axis order",
          "[output]") {
    WrittenFile f;
    ResultReader reader(f.path);
    const std::string headcount = "/variants/baseline/monthly/headcount";
    CHECK(reader.string_attribute(headcount, "units") == "people");
    CHECK(reader.string_attribute(headcount, "long_name") == "staff in post at the period end");
    CHECK(reader.string_attribute(headcount, "accumulation") == "stock");
    CHECK(reader.string_attribute(headcount, "axis_order") == "replication,period,unit");
    CHECK(reader.string_attribute("/variants/baseline/fy/leavers", "accumulation") == "flow");
    CHECK(reader.string_attribute("/variants/baseline/fy/leavers", "axis_order") ==
          "replication,fy,unit");
    CHECK(reader.string_attribute("/variants/baseline/monthly/wte_days", "accumulation") ==
          "integral");
    const std::string turnover = "/variants/baseline/fy/turnover";
    CHECK(reader.string_attribute(turnover, "accumulation") == "derived");
    CHECK(reader.string_attribute(turnover, "units") == "year-1");
    CHECK_FALSE(reader.string_attribute(turnover, "long_name").empty());
}

TEST_CASE("each variant has its own values under /variants", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("variants.h5");
    write_fake_file(path, kMonths, 3, {"baseline", "retention_package"});
    ResultReader reader(path);
    CHECK(reader.variants() == std::vector<std::string>{"baseline", "retention_package"});
    CHECK(reader.children("/variants") ==
          std::vector<std::string>{"baseline", "retention_package"});
    const auto base = reader.values("baseline", Period::Monthly, "headcount");
    const auto other = reader.values("retention_package", Period::Monthly, "headcount");
    CHECK(base.at(2, 4, 1) == fake_headcount(2, 4, 1));
    CHECK(other.at(2, 4, 1) == fake_headcount(102, 4, 1));
    CHECK(reader.replications("retention_package") == std::vector<std::int64_t>{0, 1, 2});
}

TEST_CASE("chunks hold whole replications, about 256 KiB of them", "[output]") {
    CHECK(replications_per_chunk(120 * 10 * 8, 1000) == 27);  // 9,600-byte rows
    CHECK(replications_per_chunk(288, 10) == 10);             // never more than requested
    CHECK(replications_per_chunk(4 << 20, 1000) == 1);        // at least one replication
    CHECK(replications_per_chunk(0, 0) == 1);
}
