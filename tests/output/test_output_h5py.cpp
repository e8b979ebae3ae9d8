// Reads a result file from Python (h5py and numpy, as users do) and checks paths, filters,
// dimension scales, financial-year aggregation and every summary against numpy's own statistics.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "tests/output/test_output_fixture.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::test_output;

namespace {

const char* const kPython = "/usr/bin/python3";

bool python_has_h5py() {
    const std::string probe = std::string(kPython) + " -c 'import h5py, numpy' > /dev/null 2>&1";
    return std::system(probe.c_str()) == 0;
}

}  // namespace

TEST_CASE("h5py reads the file by the documented paths and agrees with numpy", "[output]") {
    if (!python_has_h5py())
        FAIL(testing::missing_tool_message("/usr/bin/python3 with h5py and numpy",
                                           "python3-h5py python3-numpy"));
    ScratchDirectory dir;
    const auto path = dir.file("python.h5");
    {
        const auto layout = fake_layout(26);
        const auto axis = fake_axis(26);
        output::ResultWriter writer(path, fake_metadata(7), layout, axis);
        for (int r = 0; r < 7; ++r) writer.append(0, r, fake_result(layout, axis, r, r == 3));
        writer.finish(true, 0.25);
    }
    const std::string command = std::string(kPython) + " " + WFSIM_SOURCE_DIR +
                                "/tests/output/test_output_h5py_check.py '" + path + "' 2>&1";
    const int status = std::system(command.c_str());
    CHECK(status == 0);
}
