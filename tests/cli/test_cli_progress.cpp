// Progress on the terminal, as docs/sweeps.md ("Long sweeps") and the README promise: shown by
// `wfsim run` and `wfsim sweep` when stderr is a terminal, absent with -q and when stderr is a
// pipe or a file. The terminal is a pseudo-terminal made by script(1) (util-linux).
#include <catch2/catch.hpp>

#include <string>

#include "tests/cli/cli_test_support.hpp"
#include "tests/sweeps/ward_scenarios.hpp"

using namespace wfsim::testing;

namespace {

// `wfsim ARGS` run in `directory` with stdin, stdout and stderr on a pseudo-terminal; the
// output is what the terminal received.
CommandResult run_wfsim_on_terminal(const std::string& args, const std::string& directory) {
    REQUIRE(std::system("command -v script > /dev/null") == 0);  // util-linux's script(1)
    const std::string inner = "'" + std::string(WFSIM_BINARY) + "' " + args;
    CommandResult result;
    const std::string command =
        "cd '" + directory + "' && script -qec \"" + inner + "\" /dev/null < /dev/null 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

bool shows_progress(const std::string& output) {
    return output.find(" elapsed, about ") != std::string::npos &&
           output.find(" to go") != std::string::npos;
}

const std::string kSweep = R"(schema_version: 1
name: ward sweep
scenario: ward.yaml
replications: 3
factors:
  turnover:
    path: groups.nurses.leaving.turnover
    uniform: {min: 8%, max: 20%}
outputs:
  leavers:
    metric: leavers
    year: 2025/26
designs:
  oat: {}
bootstrap: {resamples: 0}
)";

}  // namespace

TEST_CASE("wfsim run shows progress on a terminal only, and not with -q", "[cli][progress]") {
    ScratchDirectory dir;
    const std::string scenario = shipped_scenario("teaching_ward.yaml");
    const std::string args = "run '" + scenario + "' -n 4 -j 1 -o ";

    const auto terminal = run_wfsim_on_terminal(args + "a.h5", dir.path());
    INFO(terminal.output);
    REQUIRE(terminal.exit_code == 0);
    CHECK(shows_progress(terminal.output));
    CHECK(terminal.output.find("4/4 replications") != std::string::npos);
    CHECK(terminal.output.find("System total") != std::string::npos);  // the summary follows

    const auto quiet = run_wfsim_on_terminal(args + "b.h5 -q", dir.path());
    INFO(quiet.output);
    REQUIRE(quiet.exit_code == 0);
    CHECK_FALSE(shows_progress(quiet.output));
    CHECK(quiet.output.find("replications") == std::string::npos);

    // With variants, whole replications of every run, not (replication, variant) pairs.
    const auto variants = run_wfsim_on_terminal(
        args +
            "v.h5 --set 'variants.retention={interventions: {keep: {parameter: "
            "groups.ward_nurses.leaving.turnover, set: 9%}}}'",
        dir.path());
    INFO(variants.output);
    REQUIRE(variants.exit_code == 0);
    CHECK(variants.output.find("4/4 replications of the baseline and 1 variant") !=
          std::string::npos);
    CHECK(variants.output.find("8/8") == std::string::npos);

    const auto piped = run_wfsim(args + "c.h5", dir.path());  // stderr is a pipe
    INFO(piped.output);
    REQUIRE(piped.exit_code == 0);
    CHECK_FALSE(shows_progress(piped.output));
    CHECK(piped.output.find("System total") != std::string::npos);
}

TEST_CASE("wfsim sweep shows progress on a terminal only, and not with -q", "[cli][progress]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kWardWithTarget);
    dir.write("sweep.yaml", kSweep);

    const auto terminal = run_wfsim_on_terminal("sweep sweep.yaml -j 1 -o a.h5", dir.path());
    INFO(terminal.output);
    REQUIRE(terminal.exit_code == 0);
    CHECK(shows_progress(terminal.output));
    CHECK(terminal.output.find("3/3 points (oat)") != std::string::npos);

    const auto quiet = run_wfsim_on_terminal("sweep sweep.yaml -j 1 -q -o b.h5", dir.path());
    INFO(quiet.output);
    REQUIRE(quiet.exit_code == 0);
    CHECK_FALSE(shows_progress(quiet.output));

    const auto piped = run_wfsim("sweep sweep.yaml -j 1 -o c.h5", dir.path());
    INFO(piped.output);
    REQUIRE(piped.exit_code == 0);
    CHECK_FALSE(shows_progress(piped.output));
    CHECK(piped.output.find("oat: leavers") != std::string::npos);  // the ranking is printed
}
