// The result file opens as users open it: xarray with both netCDF engines, ncdump, and R (hdf5r).
// Each reader is a Debian package that scripts/install-dependencies.sh installs; a missing one
// fails the test (see tests/tool_support.hpp).
#include <catch2/catch.hpp>

#include <string>

#include "tests/output/test_output_fixture.hpp"
#include "tests/source_tree.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::test_output;
using namespace wfsim::testing;

namespace {

// A file with groups, two sectors and the total, and a replication missing (0, 1, 3, ...).
std::string write_sample(const ScratchDirectory& dir) {
    const auto path = dir.file("interop.h5");
    const auto layout = fake_layout(26);
    const auto axis = fake_axis(26);
    output::ResultWriter writer(path, fake_metadata(6), layout, axis);
    for (int r : {0, 1, 3, 4, 5}) writer.append(0, r, fake_result(layout, axis, r, r == 3));
    writer.finish(false, 0.5);
    return path;
}

}  // namespace

TEST_CASE("xarray opens every group with its coordinates, with h5netcdf and netcdf4",
          "[output][interop]") {
    if (!python_modules_available("h5py, xarray, h5netcdf, netCDF4, pandas"))
        FAIL(
            missing_tool_message("/usr/bin/python3 with xarray, h5netcdf, netCDF4 and pandas",
                                 "python3-xarray python3-h5netcdf python3-netcdf4 python3-pandas"));
    ScratchDirectory dir;
    const auto path = write_sample(dir);
    const std::string command =
        std::string(kSystemPython) + " " +
        wfsim::testing::source_file("tests/output/test_output_interop_check.py") + " '" + path +
        "' 2>&1";
    CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("ncdump -h describes the file without errors", "[output][interop]") {
    if (!command_succeeds("command -v ncdump")) FAIL(missing_tool_message("ncdump", "netcdf-bin"));
    ScratchDirectory dir;
    const auto path = write_sample(dir);
    const auto header = dir.file("header.cdl");
    REQUIRE(std::system(("ncdump -h '" + path + "' > '" + header + "' 2>&1").c_str()) == 0);
    const std::string text = read_text(header);
    CHECK(text.find("group: variants {") != std::string::npos);
    CHECK(text.find("double headcount(replication, period, unit)") != std::string::npos);
    CHECK(text.find("string unit(unit)") != std::string::npos);
    CHECK(text.find("DIMENSION_LABELS") == std::string::npos);
    CHECK(text.find("phony_dim") == std::string::npos);  // every dimension has its scale
}

TEST_CASE("R reads the file with hdf5r, axes reversed as documented", "[output][interop]") {
    if (!command_succeeds("Rscript -e 'library(hdf5r)'"))
        FAIL(missing_tool_message("R with hdf5r", "r-cran-hdf5r"));
    ScratchDirectory dir;
    const auto path = write_sample(dir);
    const std::string command =
        "Rscript " + wfsim::testing::source_file("tests/output/test_output_interop_check.R") +
        " '" + path + "' 2>&1";
    CHECK(std::system(command.c_str()) == 0);
}
