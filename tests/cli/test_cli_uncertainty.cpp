// Two-level uncertainty through `wfsim run`: the split of each key metric's variance written to
// the result file agrees with the per-replication values beside it (test_cli_uncertainty_check.py
// recomputes it) and with the variance of the parameters themselves, a metric no parameter moves
// gets a parameter share of zero inside its interval, and the terminal and errors say what they
// should.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <string>

#include "tests/cli/cli_test_support.hpp"
#include "tests/sweeps/ward_scenarios.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim::testing;

namespace {

struct Cell {
    double parameter = NAN, chance = NAN, share = NAN, low = NAN, high = NAN;
};

// The cells test_cli_uncertainty_check.py prints, by metric.
std::map<std::string, Cell> check_file(const std::string& file, int sets, int inner) {
    const std::string command =
        std::string(kSystemPython) +
        " '" WFSIM_SOURCE_DIR "/tests/cli/test_cli_uncertainty_check.py' '" + file + "' " +
        std::to_string(sets) + " " + std::to_string(inner) + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    const int status = pclose(pipe);
    INFO(out);
    REQUIRE(status == 0);
    std::map<std::string, Cell> cells;
    std::istringstream lines(out);
    std::string unit, year, metric, word;
    while (lines >> unit >> year >> metric) {
        metric.pop_back();  // the colon
        Cell c;
        lines >> word >> c.parameter >> word >> c.chance >> word >> c.share >> word >> c.low >>
            word >> c.high;
        cells[metric] = c;
    }
    return cells;
}

// The ANOVA estimate of the parameter variance from M sets of n: its standard error under
// normal theory, sqrt(2 / (M - 1)) (parameter + chance / n), which overstates it for the light
// tails of a uniform or triangular parameter.
double standard_error(double parameter, double chance, int sets, int inner) {
    return std::sqrt(2.0 / (sets - 1)) * (parameter + chance / inner);
}

}  // namespace

TEST_CASE("wfsim run: the variance split into parameter uncertainty and chance, checked",
          "[cli][uncertainty]") {
    REQUIRE(python_modules_available("h5py, numpy, xarray, h5netcdf"));
    ScratchDirectory dir;
    dir.write("ward.yaml", kUncertainWard);
    const auto r =
        run_wfsim("run ward.yaml -n 800 --parameter-sets 200 -j 2 -o out.h5", dir.path());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("Two-level uncertainty: 200 parameter sets of turnover, absence") !=
          std::string::npos);
    const auto cells = check_file(dir.file("out.h5"), 200, 4);
    // First-year turnover is the set's quoted turnover in expectation: its variance across sets
    // is that of uniform(6%, 24%), 0.18^2 / 12.
    const Cell& turnover = cells.at("turnover");
    const double turnover_variance = 0.18 * 0.18 / 12;
    CHECK(std::abs(turnover.parameter - turnover_variance) <
          4 * standard_error(turnover_variance, turnover.chance, 200, 4));
    // Absence: 5% times triangular(0.5, 1, 1.5), of variance 0.05^2 (0.25 + 1 + 2.25 - 0.5 -
    // 0.75 - 1.5) / 18.
    const Cell& absence = cells.at("absence_rate");
    const double absence_variance = 0.05 * 0.05 * 0.75 / 18;
    CHECK(std::abs(absence.parameter - absence_variance) <
          4 * standard_error(absence_variance, absence.chance, 200, 4));
    // Every set reproduces the quoted 10% vacancy rate: no parameter moves it.
    const Cell& vacancy = cells.at("vacancy_rate");
    CHECK(vacancy.low == 0.0);
    CHECK(vacancy.share <= vacancy.high);
}

TEST_CASE("wfsim run: parameter sets too few, none, or impossible", "[cli][uncertainty]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kUncertainWard);
    const auto few = run_wfsim("run ward.yaml -n 15 --parameter-sets 10 -o few.h5", dir.path());
    INFO(few.output);
    CHECK(few.exit_code == 0);
    CHECK(few.output.find("too few replications to split the variance: it needs at least 2 of "
                          "each set (-n 20 or more with 10 sets)") != std::string::npos);
    const auto none = run_wfsim("run ward.yaml -n 4 --parameter-sets 0 -o none.h5", dir.path());
    CHECK(none.exit_code == 0);
    CHECK(none.output.find("Two-level") == std::string::npos);
    CHECK(run_wfsim("run ward.yaml --parameter-sets some", dir.path()).exit_code == 64);
    std::string bad = kUncertainWard;
    bad.replace(bad.find("max: 1.5}"), 9, "max: 30}");
    dir.write("bad.yaml", bad);
    const auto impossible = run_wfsim("run bad.yaml -n 4 -o bad.h5", dir.path());
    INFO(impossible.output);
    CHECK(impossible.exit_code == 65);
    CHECK(impossible.output.find(
              "bad.yaml:17:11: uncertainty.absence.path: at 30: expected a rate") !=
          std::string::npos);
    CHECK(!dir.exists("bad.h5"));

    // Variants are resolved on the one calibrated baseline, not on each parameter set: the two
    // are refused together (a usage error, nothing written), and run when either is turned off.
    dir.write("variants.yaml", kUncertainWard + R"(variants:
  retention:
    interventions:
      keep: {parameter: groups.nurses.leaving.turnover, multiply: 0.9}
)");
    const auto both = run_wfsim("run variants.yaml -n 4 -o both.h5", dir.path());
    INFO(both.output);
    CHECK(both.exit_code == 64);
    CHECK(both.output.find("variants and parameter sets drawn from the scenario's uncertainty do "
                           "not run together: give --variants \"\" or --parameter-sets 0") !=
          std::string::npos);
    CHECK(!dir.exists("both.h5"));
    CHECK(run_wfsim("run variants.yaml -n 4 -q --variants \"\" -o a.h5", dir.path()).exit_code ==
          0);
    CHECK(run_wfsim("run variants.yaml -n 4 -q --parameter-sets 0 -o b.h5", dir.path()).exit_code ==
          0);
}
