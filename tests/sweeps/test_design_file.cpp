// Design files: a sample matrix from another tool, read strictly, every problem located; and the
// SALib problem file of a sweep's factors.
#include <catch2/catch.hpp>

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

TEST_CASE("Design file: the SALib problem file gives each factor's range") {
    const std::string text = salib_problem_text(factors());
    CHECK(text.find("\nturnover 0.09 0.15\n") != std::string::npos);
    CHECK(text.find("\nabsence 0.8 1.3\n") != std::string::npos);
    // An unbounded distribution: its central 95%.
    CHECK(text.find("#   time_to_hire is lognormal") != std::string::npos);
    CHECK(text.find("the bounds are its central 95%") != std::string::npos);
}
