// The shipped sweep: it reads against the scenario it names (every factor's range allowed, every
// output reported by a run) and runs. Two points of a design file stand in for its designs,
// whose 2,740 points of 100 replications are far too long for a test (docs/sweeps.md gives
// their time).
#include <catch2/catch.hpp>

#include <string>

#include "models/sweep_file/sweep_loader.hpp"
#include "tests/cli/cli_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

const std::string kSweep = WFSIM_SOURCE_DIR "/scenarios/sweeps/staffordshire_stoke_nhs_sweep.yaml";

}  // namespace

TEST_CASE("The shipped Staffordshire sweep: eight factors, Morris and Sobol, and it runs",
          "[scenarios][sweeps]") {
    const models::LoadedSweep sweep = models::load_sweep_file(kSweep);
    CHECK(sweep.spec.factors.size() == 8);
    REQUIRE(sweep.spec.designs.morris);
    REQUIRE(sweep.spec.designs.sobol);
    CHECK(sweep.spec.designs.sobol->samples == 256);
    CHECK(sweep.spec.replications == 100);

    ScratchDirectory dir;
    dir.write("two.csv",
              "nurse_turnover,other_turnover,first_year_leaving,time_to_hire,vacancy_rate,"
              "absence_rate,absence_spell,establishment_growth\n"
              "0.09,0.13,1,150,0.09,0.045,7,0\n"
              "0.13,0.09,2.5,60,0.13,0.065,14,0.03\n");
    const auto r =
        run_wfsim("sweep '" + kSweep + "' --design-file two.csv -n 2 -j 2 -o two.h5", dir.path());
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("2 points x 2 replications") != std::string::npos);
    CHECK(dir.read("two.points.csv").find("external,1,") != std::string::npos);
}
