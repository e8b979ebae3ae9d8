// Every class of bad input gives its exit code and a message naming the place, and leaves no new
// file and an existing output untouched.
#include <catch2/catch.hpp>

#include "tests/cli/cli_test_support.hpp"

using namespace wfsim::testing;
using Catch::Matchers::Contains;

namespace {

constexpr const char* kValid = R"(schema_version: 1
name: small
start: 2024-04-01
years: 2
groups:
  nurses:
    sector: nhs
    headcount: 50
    leaving: {turnover: 12%}
)";

}  // namespace

TEST_CASE("help and version exit 0", "[cli]") {
    CHECK(run_wfsim("--version").exit_code == 0);
    const auto help = run_wfsim("--help");
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.output, Contains("wfsim run SCENARIO.yaml"));
    CHECK(run_wfsim("run --help").exit_code == 0);
    CHECK(run_wfsim("validate --help").exit_code == 0);
}

TEST_CASE("usage errors exit 64", "[cli]") {
    ScratchDirectory dir;
    dir.write("s.yaml", kValid);
    CHECK(run_wfsim("").exit_code == 64);
    CHECK(run_wfsim("simulate s.yaml", dir.path()).exit_code == 64);
    CHECK(run_wfsim("run", dir.path()).exit_code == 64);
    CHECK(run_wfsim("run s.yaml -n 0", dir.path()).exit_code == 64);
    CHECK(run_wfsim("run s.yaml -j 0", dir.path()).exit_code == 64);
    CHECK(run_wfsim("run s.yaml --frobnicate", dir.path()).exit_code == 64);
    CHECK(run_wfsim("run s.yaml -n many", dir.path()).exit_code == 64);
    CHECK(dir.entries() == 1);  // nothing written
}

TEST_CASE("an invalid scenario exits 65 naming file, line, column and key", "[cli]") {
    ScratchDirectory dir;
    std::string text = kValid;
    text.replace(text.find("leaving: {turnover"), 7, "leavng:");
    dir.write("bad.yaml", text);
    dir.write("out.h5", "an earlier result");
    const auto r = run_wfsim("run bad.yaml -n 2 -o out.h5", dir.path());
    CHECK(r.exit_code == 65);
    CHECK_THAT(r.output, Contains("bad.yaml:9:5: groups.nurses.leavng"));
    CHECK_THAT(r.output, Contains("leaving"));  // the suggestion
    CHECK(dir.read("out.h5") == "an earlier result");
    CHECK(dir.entries() == 2);

    const auto v = run_wfsim("validate bad.yaml", dir.path());
    CHECK(v.exit_code == 65);
    CHECK_THAT(v.output, Contains("bad.yaml:9:5"));
}

TEST_CASE("a scenario whose figures cannot be reproduced exits 65 naming the key", "[cli]") {
    ScratchDirectory dir;
    std::string text = kValid;
    text += "    vacancy_rate: 1%\n";  // below what a 90-day time to hire gives at 12% turnover
    dir.write("s.yaml", text);
    const auto r = run_wfsim("run s.yaml -n 2 -o out.h5", dir.path());
    CHECK(r.exit_code == 65);
    CHECK_THAT(r.output, Contains("s.yaml"));
    CHECK_THAT(r.output, Contains("groups.nurses.vacancy_rate"));
    CHECK(dir.entries() == 1);
}

TEST_CASE("a missing scenario file exits 65 and says so", "[cli]") {
    ScratchDirectory dir;
    const auto r = run_wfsim("run nowhere.yaml -n 2", dir.path());
    CHECK(r.exit_code == 65);
    CHECK_THAT(r.output, Contains("nowhere.yaml"));
    CHECK(dir.entries() == 0);
}

TEST_CASE("an output that cannot be written exits 74 and leaves nothing", "[cli]") {
    ScratchDirectory dir;
    dir.write("s.yaml", kValid);
    const auto r = run_wfsim("run s.yaml -n 2 -o missing/dir/out.h5", dir.path());
    CHECK(r.exit_code == 74);
    CHECK_THAT(r.output, Contains("missing/dir/out.h5"));
    std::filesystem::create_directory(dir.file("taken"));
    CHECK(run_wfsim("run s.yaml -n 2 -o taken", dir.path()).exit_code == 74);
    CHECK(std::filesystem::is_directory(dir.file("taken")));
    CHECK(dir.entries() == 2);
}

TEST_CASE("a report into a missing directory names the path given, as run does", "[cli]") {
    ScratchDirectory dir;
    dir.write("s.yaml", kValid);
    REQUIRE(run_wfsim("run s.yaml -n 2 -q -o out.h5", dir.path()).exit_code == 0);
    const auto html = run_wfsim("report out.h5 --html nodir/r.html", dir.path());
    CHECK(html.exit_code == 74);
    CHECK_THAT(html.output, Contains("wfsim report: cannot write nodir/r.html: its directory nodir "
                                     "does not exist (create it first)"));
    CHECK_THAT(html.output, !Contains("wfsim-tmp"));
    CHECK(dir.entries() == 2);
}

TEST_CASE("a valid run replaces an earlier output only when it succeeds", "[cli]") {
    ScratchDirectory dir;
    dir.write("s.yaml", kValid);
    dir.write("out.h5", "an earlier result");
    const auto r = run_wfsim("run s.yaml -n 3 -j 2 -o out.h5 -q", dir.path());
    REQUIRE(r.exit_code == 0);
    CHECK(dir.read("out.h5") != "an earlier result");
    CHECK(dir.entries() == 2);  // no temporary file left
}

TEST_CASE("a sweep file given to run, or a scenario to sweep, says which command it is for",
          "[cli]") {
    ScratchDirectory dir;
    dir.write("s.yaml", kValid);
    dir.write("sweep.yaml", R"(schema_version: 1
name: a sweep
scenario: s.yaml
factors:
  turnover:
    path: groups.nurses.leaving.turnover
    uniform: {min: 10%, max: 14%}
outputs:
  leavers: {metric: leavers, year: 2024/25}
designs:
  oat: {}
)");
    for (const char* command : {"run sweep.yaml -q", "validate sweep.yaml"}) {
        const auto r = run_wfsim(command, dir.path());
        INFO(command);
        CHECK(r.exit_code == 65);
        // The problems at their places, then the command the file is for.
        CHECK_THAT(r.output, Contains("sweep.yaml:3:1: scenario: unknown key 'scenario'"));
        CHECK_THAT(r.output, Contains("wfsim: sweep.yaml is a sweep file (it names a scenario and "
                                      "factors): run it with `wfsim sweep sweep.yaml`"));
    }
    const auto swept = run_wfsim("sweep s.yaml -q", dir.path());
    CHECK(swept.exit_code == 65);
    CHECK_THAT(swept.output, Contains("wfsim sweep: s.yaml is a scenario (it has groups): run it "
                                      "with `wfsim run s.yaml`, or name it in a sweep file's "
                                      "`scenario:`"));
    // A scenario with a misspelt key gets no such hint.
    dir.write("typo.yaml", std::string(kValid) + "scenari: x\n");
    CHECK(run_wfsim("run typo.yaml -q", dir.path()).output.find("sweep file") == std::string::npos);
    CHECK(run_wfsim("sweep sweep.yaml -q -o out.h5", dir.path()).exit_code == 0);
}
