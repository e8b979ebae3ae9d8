// wfsim sweep through the command line: every design on a small ward, read back by the
// documented paths (test_cli_sweep_check.py), the same results for any -j, a design file
// round-tripping a design's points, a sweep killed part way and resumed ending identical to an
// uninterrupted one, and located errors.
#include <signal.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "tests/cli/cli_test_support.hpp"
#include "tests/sweeps/ward_scenarios.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim::testing;

namespace {

// Turnover drives leavers; the establishment's growth barely does; absence does not at all.
std::string sweep_text(int replications, const std::string& designs) {
    return R"(schema_version: 1
name: ward sweep
scenario: ward.yaml
replications: )" +
           std::to_string(replications) + R"(
keep_replications: true
factors:
  turnover:
    path: groups.nurses.leaving.turnover
    uniform: {min: 8%, max: 20%}
  growth:
    path: groups.nurses.establishment.growth
    uniform: {min: 0%, max: 4%}
  absence:
    path: groups.*.absence.rate
    change: multiply
    uniform: {min: 0.5, max: 1.5}
outputs:
  leavers:
    metric: leavers
    year: 2025/26
  headcount_p90:
    metric: headcount
    unit: nurses
    year: 2025/26
    statistic: p90
  vacancy_met:
    target: vacancy
designs:
)" + designs +
           "bootstrap: {resamples: 200}\n";
}

const std::string kAllDesigns =
    "  oat: {}\n  factorial: {levels: 3}\n  lhs: {samples: 20}\n  morris: {trajectories: 8}\n"
    "  sobol: {samples: 16}\n";

std::string python_check(const std::string& file) {
    return std::string(kSystemPython) +
           " '" WFSIM_SOURCE_DIR "/tests/cli/test_cli_sweep_check.py' '" + file + "' 2>&1";
}

// The lines of a CSV file from the `design` rows, as text.
std::vector<std::string> rows_of(const std::string& csv, const std::string& design) {
    std::vector<std::string> out;
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(design + ",", 0) == 0) out.push_back(line);
    return out;
}

// Starts `wfsim ARGS` in `dir` in the background; its output goes to the file `log` and its exit
// code to `code` when it ends. Returns its process id (signals go to it, never by name).
pid_t start_in_background(const ScratchDirectory& dir, const std::string& args) {
    const std::string inner = "'" + std::string(WFSIM_BINARY) + "' " + args +
                              " > log 2>&1 & echo \\$! > pid; wait \\$!; echo \\$? > code";
    const std::string command = "cd '" + dir.path() + "' && rm -f pid code && (bash -c \"" + inner +
                                "\" &) && while [ ! -s pid ]; do sleep 0.01; done";
    REQUIRE(std::system(command.c_str()) == 0);
    return static_cast<pid_t>(std::stol(dir.read("pid")));
}

// Waits (at most a minute) until the journal holds more than its header: some points are in.
bool wait_for_points(const std::string& journal) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(journal, ec);
        if (!ec && size > 4096) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

void wait_until_gone(pid_t pid) {
    while (::kill(pid, 0) == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

}  // namespace

TEST_CASE("wfsim sweep: every design, read back by the documented paths, the same for any -j",
          "[cli][sweeps]") {
    REQUIRE(python_modules_available("h5py, numpy, xarray, h5netcdf, netCDF4"));
    ScratchDirectory dir;
    dir.write("ward.yaml", kWardWithTarget);
    dir.write("sweep.yaml", sweep_text(20, kAllDesigns));
    const auto two = run_wfsim("sweep sweep.yaml -j 2 -o two.h5", dir.path());
    INFO(two.output);
    REQUIRE(two.exit_code == 0);
    // The terminal ranks the factors of every design by their influence, with intervals.
    CHECK(two.output.find("sobol: leavers (leavers of total in 2025/26, mean), factors by ST") !=
          std::string::npos);
    CHECK(two.output.find("95% interval") != std::string::npos);
    CHECK(two.output.find("wrote two.h5") != std::string::npos);
    FILE* pipe = popen(python_check(dir.file("two.h5")).c_str(), "r");
    std::string checked;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) checked.append(buffer, n);
    CHECK(pclose(pipe) == 0);
    CHECK(checked == "ok\n");
    // No journal is left once the sweep is written.
    CHECK(!dir.exists("two.h5.journal"));

    const auto one = run_wfsim("sweep sweep.yaml -j 1 -o one.h5 -q", dir.path());
    REQUIRE(one.exit_code == 0);
    CHECK(one.output.empty());
    CHECK(dir.read("one.points.csv") == dir.read("two.points.csv"));
    CHECK(dir.read("one.measures.csv") == dir.read("two.measures.csv"));
    CHECK(dir.read("two.problem.txt").rfind("turnover 0.08 0.2\n", 0) == 0);  // the first line
}

TEST_CASE("wfsim sweep --design-file: one output row per input row, as the design's own points",
          "[cli][sweeps]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kWardWithTarget);
    dir.write("sweep.yaml", sweep_text(10, "  lhs: {samples: 12}\n"));
    REQUIRE(run_wfsim("sweep sweep.yaml -q -o lhs.h5", dir.path()).exit_code == 0);
    // The Latin hypercube's points, written out as a design file (columns named, reordered),
    // give back exactly the hypercube's outputs: a point depends only on its values and the seed.
    const std::vector<std::string> lhs = rows_of(dir.read("lhs.points.csv"), "lhs");
    REQUIRE(lhs.size() == 12);
    std::string design = "absence,turnover,growth\n";
    std::vector<std::string> expected;
    for (const std::string& row : lhs) {
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream in(row);
        while (std::getline(in, cell, ',')) cells.push_back(cell);
        REQUIRE(cells.size() == 15);
        design += cells[6] + "," + cells[4] + "," + cells[5] + "\n";
        cells[0] = "external";
        std::string again;
        for (const auto& c : cells) again += (again.empty() ? "" : ",") + c;
        expected.push_back(again);
    }
    dir.write("design.csv", design);
    const auto external =
        run_wfsim("sweep sweep.yaml -q -o external.h5 --design-file design.csv", dir.path());
    INFO(external.output);
    REQUIRE(external.exit_code == 0);
    const std::vector<std::string> rows = rows_of(dir.read("external.points.csv"), "external");
    CHECK(rows == expected);

    // A bad design file: exit 65, each problem at its line and column.
    dir.write("bad.csv", "turnover,growth,absense\n0.1,0.01,1\n");
    const auto bad = run_wfsim("sweep sweep.yaml -q -o bad.h5 --design-file bad.csv", dir.path());
    CHECK(bad.exit_code == 65);
    CHECK(bad.output.find("bad.csv:1:17: column 'absense' is not a factor of the sweep; did you "
                          "mean 'absence'?") != std::string::npos);
    CHECK(!dir.exists("bad.h5"));

    // A mistyped --design: exit 65, the designs the file gives and the closest one.
    const auto typo = run_wfsim("sweep sweep.yaml -q -o typo.h5 --design lsh", dir.path());
    CHECK(typo.exit_code == 65);
    CHECK(typo.output.find("--design lsh: sweep.yaml gives no such design (it gives lhs); did "
                           "you mean 'lhs'?") != std::string::npos);
    CHECK(!dir.exists("typo.h5"));
}

TEST_CASE("wfsim sweep: SALib reads the problem file, and its sample matrix runs as a design file",
          "[cli][sweeps]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kWardWithTarget);
    dir.write("sweep.yaml", sweep_text(2, "  oat: {}\n"));
    REQUIRE(run_wfsim("sweep sweep.yaml -q -n 1 -o probe.h5", dir.path()).exit_code == 0);
    // Read as SALib's read_param_file reads it, then a matrix written as `salib sample` writes it.
    const std::string check = std::string(kSystemPython) +
                              " '" WFSIM_SOURCE_DIR "/tests/cli/salib_problem_check.py' '" +
                              dir.file("probe.problem.txt") + "' '" + dir.file("design.txt") +
                              "' turnover:0.08:0.2 growth:0:0.04 absence:0.5:1.5 2>&1";
    FILE* pipe = popen(check.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string checked;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) checked.append(buffer, n);
    CHECK(pclose(pipe) == 0);
    REQUIRE(checked == "ok\n");
    const auto external =
        run_wfsim("sweep sweep.yaml -q -o salib.h5 --design-file design.txt", dir.path());
    INFO(external.output);
    REQUIRE(external.exit_code == 0);
    const std::vector<std::string> rows = rows_of(dir.read("salib.points.csv"), "external");
    REQUIRE(rows.size() == 5);
    // The first row as SALib wrote it (%.8e) and wfsim read it back: each value exact.
    CHECK(rows[0].rfind("external,0,0,0,0.08,0.01,1,ran,", 0) == 0);
}

TEST_CASE("wfsim sweep: killed part way and resumed, it ends identical to an uninterrupted sweep",
          "[cli][sweeps]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kWardWithTarget);
    dir.write("sweep.yaml", sweep_text(60, "  oat: {}\n  morris: {trajectories: 10}\n"));
    REQUIRE(run_wfsim("sweep sweep.yaml -q -j 2 -o whole.h5", dir.path()).exit_code == 0);

    // Started in the background, killed outright (SIGKILL) once the journal holds some points.
    const pid_t pid = start_in_background(dir, "sweep sweep.yaml -q -j 1 -o part.h5");
    const bool some = wait_for_points(dir.file("part.h5.journal"));
    ::kill(pid, SIGKILL);
    wait_until_gone(pid);
    REQUIRE(some);
    REQUIRE(!dir.exists("part.h5"));  // it was stopped before the end

    const auto resumed = run_wfsim("sweep sweep.yaml -j 2 -o part.h5 --resume", dir.path());
    INFO(resumed.output);
    REQUIRE(resumed.exit_code == 0);
    CHECK(resumed.output.find("resuming with ") != std::string::npos);
    CHECK(!dir.exists("part.h5.journal"));
    CHECK(dir.read("part.points.csv") == dir.read("whole.points.csv"));
    CHECK(dir.read("part.measures.csv") == dir.read("whole.measures.csv"));
    // Every dataset of the two files is identical (attributes such as timings may differ).
    const std::string compare = std::string(kSystemPython) +
                                " -c \"import h5py, numpy as np, sys\n"
                                "a, b = h5py.File(sys.argv[1]), h5py.File(sys.argv[2])\n"
                                "names = []\n"
                                "a.visit(names.append)\n"
                                "for n in names:\n"
                                "    if isinstance(a[n], h5py.Dataset):\n"
                                "        x, y = a[n][()], b[n][()]\n"
                                "        assert x.dtype == y.dtype and x.shape == y.shape, n\n"
                                "        if x.dtype.kind == 'O':\n"
                                "            assert list(x.ravel()) == list(y.ravel()), n\n"
                                "        else:\n"
                                "            assert x.tobytes() == y.tobytes(), n\n"
                                "assert len(names) > 50\n\" '" +
                                dir.file("whole.h5") + "' '" + dir.file("part.h5") + "'";
    CHECK(std::system(compare.c_str()) == 0);

    // A resume with another seed is refused: the journal belongs to another sweep.
    const pid_t again = start_in_background(dir, "sweep sweep.yaml -q -j 1 -o part.h5");
    const bool started = wait_for_points(dir.file("part.h5.journal"));
    ::kill(again, SIGKILL);
    wait_until_gone(again);
    REQUIRE(started);
    const auto other = run_wfsim("sweep sweep.yaml -q -o part.h5 --resume --seed 9", dir.path());
    CHECK(other.exit_code == 74);
    CHECK(other.output.find("was written by a different sweep: its seed is '1', now '9'") !=
          std::string::npos);
    const auto none = run_wfsim("sweep sweep.yaml -q -o elsewhere.h5 --resume", dir.path());
    CHECK(none.exit_code == 74);
    CHECK(none.output.find("no sweep journal to resume from") != std::string::npos);
}

TEST_CASE("wfsim sweep: Ctrl-C keeps the finished points and says how to resume", "[cli][sweeps]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kWardWithTarget);
    dir.write("sweep.yaml", sweep_text(200, "  morris: {trajectories: 20}\n"));
    const pid_t pid = start_in_background(dir, "sweep sweep.yaml -j 1 -o out.h5");
    REQUIRE(wait_for_points(dir.file("out.h5.journal")));
    ::kill(pid, SIGINT);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!dir.exists("code") || dir.read("code").empty()) {
        REQUIRE(std::chrono::steady_clock::now() < deadline);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const std::string log = dir.read("log");
    INFO(log);
    CHECK(std::stoi(dir.read("code")) == 130);
    CHECK(log.find("wfsim sweep: interrupted; ") != std::string::npos);
    CHECK(log.find("run the same command with --resume to finish") != std::string::npos);
    CHECK(dir.exists("out.h5.journal"));
    CHECK(!dir.exists("out.h5"));
}
