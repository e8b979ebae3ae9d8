// The report of a run with two-level uncertainty: the uncertain parameters, and the share of
// each key metric's variance from the parameters with its interval, as the file's
// /uncertainty/decomposition holds them.
#include <catch2/catch.hpp>

#include "output/report/svg_chart.hpp"
#include "output/result_reader.hpp"
#include "tests/cli/cli_test_support.hpp"
#include "tests/sweeps/ward_scenarios.hpp"

using namespace wfsim;
using namespace wfsim::testing;

TEST_CASE("the report shows a run's two-level uncertainty as the file holds it",
          "[cli][report][uncertainty]") {
    ScratchDirectory dir;
    dir.write("ward.yaml", kUncertainWard);
    const auto run =
        run_wfsim("run ward.yaml -n 40 --parameter-sets 10 -q -o u.h5 --report", dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const std::string page = dir.read("u.html");
    CHECK(page.find("<h2 id=\"uncertainty\">Two-level uncertainty</h2>") != std::string::npos);
    CHECK(page.find("<td>turnover</td><td>groups.nurses.leaving.turnover</td><td>set</td>") !=
          std::string::npos);
    CHECK(page.find("uses 40 replications (4 a set)") != std::string::npos);
    CHECK(page.find("id=\"chart-uncertainty-parameter-share\"") != std::string::npos);
    // The first year's shares of the system total, as stored.
    const output::ResultReader reader(dir.file("u.h5"));
    const auto axes = reader.axes();
    std::size_t total = 0;
    while (axes.unit_kinds.at(total) != "total") ++total;
    for (const char* metric : {"turnover", "absence_rate", "vacancy_rate"}) {
        INFO(metric);
        const std::string group = std::string("/uncertainty/decomposition/") + metric;
        auto at = [&](const std::string& name) {
            return output::report::format_chart_value(
                reader.numbers(group + "/" + name).at(0, total),
                output::report::ValueKind::Fraction);
        };
        CHECK(page.find("<td>" + at("parameter_share") + "<br><small>" + at("parameter_share_low") +
                        " to " + at("parameter_share_high") + "</small></td>") !=
              std::string::npos);
    }
    // A run without uncertainty has no such section.
    REQUIRE(run_wfsim("run ward.yaml -n 4 --parameter-sets 0 -q -o plain.h5 --report", dir.path())
                .exit_code == 0);
    CHECK(dir.read("plain.html").find("Two-level uncertainty") == std::string::npos);
}
