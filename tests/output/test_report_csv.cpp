// The CSV tables of `wfsim report --csv`, read back with pandas without options and compared
// value by value with the HDF5 file: summaries, a variant's paired differences from the baseline
// and its cost-effectiveness, and every replication's values.
#include <catch2/catch.hpp>

#include <filesystem>

#include "output/report/csv_export.hpp"
#include "output/report/csv_writer.hpp"
#include "tests/output/test_output_fixture.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

TEST_CASE("CSV fields are quoted only when they must be, numbers exact, NaN empty",
          "[report][csv]") {
    ScratchDirectory dir;
    const auto path = dir.file("t.csv");
    {
        report::CsvWriter csv(path, {"a", "b"});
        csv.text("plain").text("with, comma \"and\" quote");
        csv.end_row();
        csv.number(0.1).number(std::numeric_limits<double>::quiet_NaN());
        csv.end_row();
        CHECK(csv.finish() == 2);
    }
    CHECK(read_text(path) ==
          "\xEF\xBB\xBF"
          "a,b\r\nplain,\"with, comma \"\"and\"\" quote\"\r\n0.1,\r\n");
}

TEST_CASE("pandas reads the CSV tables as the HDF5 file holds them", "[report][csv]") {
    if (!testing::python_modules_available("pandas, h5py"))
        FAIL(testing::missing_tool_message("/usr/bin/python3 with pandas and h5py",
                                           "python3-pandas python3-h5py"));
    ScratchDirectory dir;
    const auto path = dir.file("csv.h5");
    {
        const auto layout = fake_layout(26);
        const auto axis = fake_axis(26);
        output::ResultWriter writer(path, fake_metadata(4), layout, axis, {"baseline", "more"});
        for (int r = 0; r < 4; ++r)
            for (std::size_t v = 0; v < 2; ++v)
                writer.append(v, r, fake_result(layout, axis, r + 7 * static_cast<int>(v), r == 2));
        writer.finish(true, 0.5);
    }
    const auto csv = dir.file("tables");
    std::filesystem::create_directory(csv);
    const auto files = report::export_csv(ResultReader(path), csv, {true});
    // run, two summaries, the differences and cost-effectiveness of "more", two of replications.
    REQUIRE(files.size() == 7);
    const std::string command = std::string(testing::kSystemPython) + " " + WFSIM_SOURCE_DIR +
                                "/tests/output/test_report_csv_check.py '" + path + "' '" + csv +
                                "' 2>&1";
    CHECK(std::system(command.c_str()) == 0);
}
