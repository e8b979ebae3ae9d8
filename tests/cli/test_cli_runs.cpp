// Whole runs through the command line: determinism (a replication depends only on scenario, seed
// and index), the file read back by its documented paths, and an interrupted run keeping what it
// completed.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <cstring>
#include <thread>

#include "output/result_reader.hpp"
#include "tests/cli/cli_test_support.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim::testing;
using wfsim::output::Period;
using wfsim::output::ResultReader;

namespace {

bool same_values(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

// Every metric of every period, replication by replication, for the first `rows` rows.
void require_identical(const ResultReader& a, const ResultReader& b, std::size_t rows) {
    for (Period period : {Period::Monthly, Period::FinancialYear}) {
        const auto metrics = a.metrics("baseline", period);
        REQUIRE(metrics == b.metrics("baseline", period));
        for (const std::string& metric : metrics) {
            const auto x = a.values("baseline", period, metric);
            const auto y = b.values("baseline", period, metric);
            REQUIRE(x.shape[1] == y.shape[1]);
            REQUIRE(x.shape[2] == y.shape[2]);
            const std::size_t per_row = x.shape[1] * x.shape[2];
            for (std::size_t i = 0; i < rows * per_row; ++i) {
                INFO(metric << " element " << i);
                REQUIRE(same_values(x.values[i], y.values[i]));
            }
        }
    }
}

}  // namespace

TEST_CASE("results do not depend on threads, on -n, or on the run", "[cli][determinism]") {
    ScratchDirectory dir;
    const std::string scenario = shipped_scenario("teaching_ward.yaml");
    auto run = [&](const std::string& args, const std::string& out) {
        const auto r = run_wfsim("run '" + scenario + "' -q -o " + out + " " + args, dir.path());
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        return ResultReader(dir.file(out));
    };
    const auto j1 = run("-n 6 -j 1 --seed 5", "j1.h5");
    const auto j2 = run("-n 6 -j 2 --seed 5", "j2.h5");
    const auto n10 = run("-n 10 -j 2 --seed 5", "n10.h5");
    const auto again = run("-n 6 -j 1 --seed 5", "again.h5");
    const auto other = run("-n 6 -j 1 --seed 6", "other.h5");

    // Blocks, not SECTIONs: Catch2 would make the runs above again for every section.
    {
        INFO("-j 1 and -j 2 give identical datasets, summaries included");
        require_identical(j1, j2, 6);
        for (const char* metric : {"headcount", "turnover", "vacancy_rate"}) {
            const auto s1 = j1.summary("baseline", Period::FinancialYear, metric,
                                       wfsim::output::Statistic::P50);
            const auto s2 = j2.summary("baseline", Period::FinancialYear, metric,
                                       wfsim::output::Statistic::P50);
            for (std::size_t i = 0; i < s1.values.size(); ++i)
                CHECK(same_values(s1.values[i], s2.values[i]));
        }
    }
    {
        INFO("replications 0-5 of -n 6 equal those of -n 10");
        require_identical(j1, n10, 6);
    }
    {
        INFO("the same seed twice gives identical datasets");
        require_identical(j1, again, 6);
    }
    {
        INFO("another seed gives other numbers");
        CHECK(j1.values("baseline", Period::Monthly, "leavers").values !=
              other.values("baseline", Period::Monthly, "leavers").values);
    }
}

TEST_CASE("a run's file reads back by the documented paths", "[cli][output]") {
    ScratchDirectory dir;
    const auto r = run_wfsim(
        "run '" + shipped_scenario("teaching_ward.yaml") + "' -n 4 -j 2 --seed 9 -o out.h5",
        dir.path());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Matchers::Contains("2024/25"));
    ResultReader file(dir.file("out.h5"));
    CHECK(file.integer_attribute("/", "format_version") == 2);
    CHECK(file.string_attribute("/", "scenario_name") == "Teaching example, one ward of 40 nurses");
    CHECK(file.unsigned_attribute("/", "seed") == 9);
    CHECK(file.integer_attribute("/", "complete") == 1);
    CHECK(file.integer_attribute("/", "replications") == 4);
    CHECK(file.integer_attribute("/", "threads") == 2);
    CHECK(file.strings("/unit") == std::vector<std::string>{"ward_nurses", "nhs", "total"});
    CHECK(file.strings("/fy") == std::vector<std::string>{"2024/25", "2025/26", "2026/27"});
    CHECK(file.strings("/period").front() == "2024-04-01");
    const auto headcount = file.numbers("/variants/baseline/monthly/headcount");
    CHECK(headcount.shape == std::vector<std::size_t>{4, 36, 3});
    // The group is the whole system: group, sector and total agree.
    CHECK(headcount.at(3, 35, 0) == headcount.at(3, 35, 2));
    const auto turnover = file.numbers("/variants/baseline/fy/turnover");
    CHECK(turnover.shape == std::vector<std::size_t>{4, 3, 3});
    CHECK(file.exists("/variants/baseline/fy_summary/vacancy_rate/p50"));
    CHECK(file.scale_attached("/variants/baseline/monthly/headcount",
                              "/variants/baseline/monthly/period", 1));
}

TEST_CASE("SIGINT keeps the completed replications, marked incomplete", "[cli][interrupt]") {
    ScratchDirectory dir;
    const std::string scenario = shipped_scenario("teaching_ward.yaml");
    const std::string out = dir.file("out.h5");
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);  // keep the test log clean
        freopen("/dev/null", "w", stderr);
        execl(WFSIM_BINARY, WFSIM_BINARY, "run", scenario.c_str(), "-n", "10000000", "-j", "2",
              "-q", "-o", out.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 130);
    ResultReader file(out);
    CHECK(file.integer_attribute("/", "complete") == 0);
    const auto stored = file.integer_attribute("/", "replications");
    CHECK(stored > 0);
    CHECK(stored < 10000000);
    CHECK(static_cast<std::int64_t>(file.replications("baseline").size()) == stored);
    CHECK(file.exists("/variants/baseline/fy_summary/turnover/mean"));
    CHECK(dir.entries() == 1);  // the result file and nothing else
}

TEST_CASE("run --report and report write the HTML and CSV of a bare baseline", "[cli][report]") {
    if (!wfsim::testing::chromium_available())
        FAIL(wfsim::testing::missing_tool_message("the chromium browser", "chromium"));
    ScratchDirectory dir;
    const auto scenario = shipped_scenario("teaching_ward.yaml");
    const auto run = run_wfsim("run '" + scenario + "' -n 4 -q --report -o ward.h5", dir.path());
    REQUIRE(run.exit_code == 0);
    const std::string html = dir.path() + "/ward.html";
    REQUIRE(std::filesystem::exists(html));
    const auto report = run_wfsim("report ward.h5 --html again.html --csv tables", dir.path());
    CHECK(report.exit_code == 0);
    CHECK(report.output.find("wrote again.html (18 charts") != std::string::npos);
    CHECK(std::filesystem::exists(dir.path() + "/tables/summary_fy.csv"));
    // --charts asks for the page's charts, so beside --csv it writes the page as well.
    const auto charts = run_wfsim("report ward.h5 --csv tables2 --charts charts", dir.path());
    CHECK(charts.exit_code == 0);
    CHECK(charts.output.find("wrote ward.html (18 charts") != std::string::npos);
    CHECK(std::filesystem::exists(dir.path() + "/charts/chart-ward-nurses-vacancy_rate.svg"));
    CHECK(std::filesystem::exists(dir.path() + "/tables2/summary_fy.csv"));
    // The page: the scenario's own name and description, the inputs reproduced, 3 units' charts.
    const std::string dom_file = dir.path() + "/dom.html";
    REQUIRE(std::system((wfsim::testing::headless_chromium(dir.path() + "/profile") +
                         " --dump-dom 'file://" + html + "' > '" + dom_file + "' 2>/dev/null")
                            .c_str()) == 0);
    std::ifstream in(dom_file);
    const std::string dom{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(dom.find("Teaching example, one ward of 40 nurses") != std::string::npos);
    CHECK(dom.find("Inputs reproduced") != std::string::npos);
    CHECK(dom.find("id=\"chart-ward-nurses-vacancy_rate\"") != std::string::npos);
    CHECK(dom.find("id=\"chart-total-leavers_by\"") != std::string::npos);
    CHECK(run_wfsim("report missing.h5", dir.path()).exit_code == 74);
    CHECK(run_wfsim("report", dir.path()).exit_code == 64);
}

TEST_CASE("run --show prints the named units; an unknown one is a usage error", "[cli]") {
    ScratchDirectory dir;
    const auto scenario = shipped_scenario("teaching_ward.yaml");
    const auto shown =
        run_wfsim("run '" + scenario + "' -n 2 --show ward_nurses -o a.h5", dir.path());
    CHECK(shown.exit_code == 0);
    CHECK(shown.output.find("ward_nurses (group)") != std::string::npos);
    const auto unknown = run_wfsim("run '" + scenario + "' -n 2 --show nurses -o b.h5", dir.path());
    CHECK(unknown.exit_code == 64);
    CHECK(unknown.output.find("no group or sector named 'nurses'; the units are ward_nurses, nhs, "
                              "total") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() + "/b.h5"));
    const auto full = run_wfsim("run '" + scenario + "' -n 2 --full -o c.h5", dir.path());
    CHECK(full.output.find("MCSE") != std::string::npos);
}
