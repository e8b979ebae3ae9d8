// Design files: a sample matrix from another tool, read strictly, every problem located; and the
// SALib problem file of a sweep's factors.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "models/scenario/diagnostic.hpp"
#include "models/sweep_file/design_file.hpp"

using namespace wfsim::models;

namespace {

std::vector<FactorSpec> factors() {
    FactorSpec turnover;
    turnover.name = "turnover";
    turnover.uniform = FactorRange{0.09, 0.15};
    FactorSpec hire;
    hire.name = "time_to_hire";
    hire.lognormal = FactorMeanSd{90, 30};
    FactorSpec absence;
    absence.name = "absence";
    absence.triangular = FactorTriangle{0.8, 1.0, 1.3};
    return {turnover, hire, absence};
}

std::vector<Diagnostic> problems_of(const std::string& text) {
    try {
        read_design_text(text, "design.csv", factors());
    } catch (const ScenarioError& e) {
        return e.diagnostics();
    }
    FAIL("accepted:\n" << text);
    return {};
}

}  // namespace

TEST_CASE("Design file: CSV with a header in any order, comments and blank lines skipped") {
    const auto m = read_design_text(
        "# made by hand\nabsence,turnover,time_to_hire\n0.9,0.1,60\n\n1.2, 0.14 ,120.5\n",
        "design.csv", factors());
    REQUIRE(m.points == 2);
    CHECK(m.values == std::vector<double>{0.1, 60, 0.9, 0.14, 120.5, 1.2});
}

TEST_CASE("Design file: no header means the sweep's order; SALib's space-separated rows") {
    const auto m = read_design_text(
        "1.000000000000000056e-01 6.000000000000000000e+01 9.000000000000000222e-01\n"
        "0.12\t75\t1.1\n",
        "model_input.txt", factors());
    REQUIRE(m.points == 2);
    CHECK(m.values == std::vector<double>{0.1, 60, 0.9, 0.12, 75, 1.1});
}

TEST_CASE("Design file: every problem at its line and column") {
    const auto header = problems_of("turnover,time_to_hir,absence\n0.1,60,1\n");
    REQUIRE(header.size() == 2);
    CHECK(header[0].str() == "design.csv:1:1: the header has no column for factor 'time_to_hire'");
    CHECK(header[1].str() ==
          "design.csv:1:10: column 'time_to_hir' is not a factor of the sweep; did you mean "
          "'time_to_hire'?");

    const auto rows = problems_of("0.1,60,1\n0.1,60\n0.2,60,1\n0.1,sixty,1.4\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].str() ==
          "design.csv:2:1: expected 3 values (turnover, time_to_hire, absence), got 2");
    CHECK(rows[1].str() ==
          "design.csv:3:1: factor turnover: 0.2 is outside its range "
          "uniform(0.09, 0.15)");
    CHECK(rows[2].line == 4);
    CHECK(rows[2].column == 5);
    CHECK(rows[2].message == "factor time_to_hire: expected a number, got 'sixty'");
    CHECK(rows[3].column == 11);

    const auto twice = problems_of("turnover,turnover,absence,time_to_hire\n");
    REQUIRE(!twice.empty());
    CHECK(twice[0].message == "factor 'turnover' has two columns");
    CHECK(problems_of("# nothing\n\n")[0].message.find("holds no design points") == 0);
}

TEST_CASE("Design file: the SALib problem file gives each factor's range, and nothing else") {
    // Only "name lower upper" lines: SALib's reader guesses the delimiter from every line of the
    // file's start, comments included, and gives up on a line with another count of spaces
    // (tests/cli/salib_problem_check.py reads the file as SALib does).
    std::istringstream in(salib_problem_text(factors()));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "turnover 0.09 0.15");
    CHECK(lines[2] == "absence 0.8 1.3");
    // An unbounded distribution: its central 95%, the lognormal of mean 90 and sd 30 at 2.5%
    // and 97.5%: exp(ln 90 - s^2 / 2 -+ 1.959964 s) with s^2 = ln(1 + (30 / 90)^2).
    std::istringstream hire(lines[1]);
    std::string name;
    double lower = 0, upper = 0;
    std::string rest;
    hire >> name >> lower >> upper >> rest;
    CHECK(name == "time_to_hire");
    CHECK(lower == Approx(45.19286).epsilon(1e-6));
    CHECK(upper == Approx(161.30866).epsilon(1e-6));
    CHECK(rest.empty());
}
