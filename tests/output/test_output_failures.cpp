// What happens when a run does not finish normally: an abandoned writer, an interrupted run, an
// unwritable destination, misuse of the writer, and files the reader cannot take.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "output/report/csv_writer.hpp"
#include "output/result_reader.hpp"
#include "output/temporary_file.hpp"
#include "tests/output/test_output_fixture.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;

namespace {
constexpr int kMonths = 14;
}

TEST_CASE("a writer destroyed without finish leaves no trace and the old file untouched",
          "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("run.h5");
    { std::ofstream(path) << "the previous result"; }
    const auto layout = fake_layout(kMonths);
    const auto axis = fake_axis(kMonths);
    {
        ResultWriter writer(path, fake_metadata(3), layout, axis);
        writer.append(0, 0, fake_result(layout, axis, 0));
        CHECK(std::filesystem::exists(writer.temporary_path()));
        CHECK(writer.temporary_path() == output::temporary_path_for(path));
        CHECK_THAT(writer.temporary_path(), Catch::Matchers::StartsWith(path + ".wfsim-tmp-") &&
                                                Contains("-" + std::to_string(::getpid()) + "-"));
        CHECK(read_text(path) == "the previous result");
    }
    CHECK(read_text(path) == "the previous result");
    CHECK(dir.entries() == std::vector<std::string>{"run.h5"});
}

TEST_CASE("finish replaces an existing file and leaves no temporary file", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("run.h5");
    { std::ofstream(path) << "the previous result"; }
    write_fake_file(path, kMonths, 2);
    CHECK(dir.entries() == std::vector<std::string>{"run.h5"});
    ResultReader reader(path);
    CHECK(reader.integer_attribute("/", "replications") == 2);
}

TEST_CASE("an interrupted run stores the replications it finished, marked incomplete", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("interrupted.h5");
    const auto layout = fake_layout(kMonths);
    const auto axis = fake_axis(kMonths);
    {
        ResultWriter writer(path, fake_metadata(5), layout, axis);
        for (int r : {0, 1, 3}) writer.append(0, r, fake_result(layout, axis, r));
        writer.finish(false, 2.0);
    }
    ResultReader reader(path);
    CHECK(reader.integer_attribute("/", "complete") == 0);
    CHECK(reader.integer_attribute("/", "replications") == 3);
    CHECK(reader.integer_attribute("/", "replications_requested") == 5);
    CHECK(reader.integers("/variants/baseline/replication") == std::vector<std::int64_t>{0, 1, 3});
    const auto headcount = reader.values("baseline", Period::Monthly, "headcount");
    REQUIRE(headcount.shape == std::vector<std::size_t>{3, kMonths, 6});
    CHECK(headcount.at(2, 0, 0) == fake_headcount(3, 0, 0));
    CHECK(reader.numbers("/variants/baseline/fy/leavers").shape[0] == 3);
    CHECK(reader.summary("baseline", Period::Monthly, "headcount", Statistic::N).at(0, 0) == 3);
}

TEST_CASE("a run is complete only if every requested replication is stored", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("short.h5");
    const auto layout = fake_layout(kMonths);
    const auto axis = fake_axis(kMonths);
    {
        ResultWriter writer(path, fake_metadata(4), layout, axis);
        writer.append(0, 0, fake_result(layout, axis, 0));
        writer.finish(true, 0.0);
    }
    CHECK(ResultReader(path).integer_attribute("/", "complete") == 0);
}

TEST_CASE("an interrupt before any replication still gives a readable file", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("empty.h5");
    {
        ResultWriter writer(path, fake_metadata(4), fake_layout(kMonths), fake_axis(kMonths));
        writer.finish(false, 0.1);
    }
    ResultReader reader(path);
    CHECK(reader.integer_attribute("/", "replications") == 0);
    CHECK(reader.values("baseline", Period::Monthly, "headcount").shape ==
          std::vector<std::size_t>{0, kMonths, 6});
    CHECK(reader.summary("baseline", Period::Monthly, "headcount", Statistic::N).at(0, 0) == 0);
}

TEST_CASE("a run with no whole financial year has empty financial-year datasets", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("short-run.h5");
    write_fake_file(path, 8, 2);  // April to November 2022
    ResultReader reader(path);
    CHECK(reader.strings("/fy").empty());
    CHECK(reader.values("baseline", Period::FinancialYear, "turnover").shape ==
          std::vector<std::size_t>{2, 0, 6});
    CHECK(reader.summary("baseline", Period::FinancialYear, "turnover", Statistic::Mean).shape ==
          std::vector<std::size_t>{0, 6});
    CHECK(reader.values("baseline", Period::Monthly, "headcount").shape ==
          std::vector<std::size_t>{2, 8, 6});
}

TEST_CASE("an unwritable destination gives an OutputError naming it", "[output]") {
    ScratchDirectory dir;
    const auto missing = dir.file("no-such-directory/run.h5");
    CHECK_THROWS_WITH(
        ResultWriter(missing, fake_metadata(1), fake_layout(kMonths), fake_axis(kMonths)),
        Equals("cannot write " + missing + ": its directory " + dir.file("no-such-directory") +
               " does not exist (create it first)"));
    CHECK_THROWS_AS(ResultWriter("/proc/wfsim-output-test.h5", fake_metadata(1),
                                 fake_layout(kMonths), fake_axis(kMonths)),
                    OutputError);
    if (::geteuid() != 0) {  // permissions do not bind root
        const auto locked = dir.file("locked");
        std::filesystem::create_directory(locked);
        std::filesystem::permissions(
            locked, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        CHECK_THROWS_AS(ResultWriter(locked + "/run.h5", fake_metadata(1), fake_layout(kMonths),
                                     fake_axis(kMonths)),
                        OutputError);
        std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
    }
}

TEST_CASE("a failed rename leaves no temporary file behind", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("occupied");
    std::filesystem::create_directory(path);
    std::ofstream(path + "/keep") << "x";  // a non-empty directory cannot be renamed over
    const auto layout = fake_layout(kMonths);
    const auto axis = fake_axis(kMonths);
    {
        ResultWriter writer(path, fake_metadata(1), layout, axis);
        writer.append(0, 0, fake_result(layout, axis, 0));
        CHECK_THROWS_AS(writer.finish(true, 0.0), OutputError);
    }
    CHECK(dir.entries() == std::vector<std::string>{"occupied"});
}

TEST_CASE("the writer rejects misuse", "[output]") {
    ScratchDirectory dir;
    const auto layout = fake_layout(kMonths);
    const auto axis = fake_axis(kMonths);
    const auto meta = fake_metadata(3);
    const auto path = dir.file("misuse.h5");

    CHECK_THROWS_AS((ResultWriter(path, meta, layout, axis, {"a/b"})), std::invalid_argument);
    CHECK_THROWS_AS((ResultWriter(path, meta, layout, axis, {"x", "x"})), std::invalid_argument);
    CHECK_THROWS_AS(ResultWriter(path, meta, layout, fake_axis(kMonths + 1)),
                    std::invalid_argument);
    auto incomplete = layout;
    incomplete.metrics.erase(incomplete.metrics.begin() + 8);  // leavers
    CHECK_THROWS_AS(ResultWriter(path, meta, incomplete, axis), std::logic_error);
    CHECK(dir.entries().empty());

    ResultWriter writer(path, meta, layout, axis);
    models::ReplicationResult wrong;
    wrong.values.assign(7, 0.0);
    CHECK_THROWS_AS(writer.append(0, 0, wrong), std::invalid_argument);
    CHECK_THROWS_AS(writer.append(1, 0, fake_result(layout, axis, 0)), std::out_of_range);
    writer.append(0, 1, fake_result(layout, axis, 1));
    CHECK_THROWS_AS(writer.append(0, 1, fake_result(layout, axis, 1)), std::invalid_argument);
    CHECK_THROWS_AS(writer.append(0, 0, fake_result(layout, axis, 0)), std::invalid_argument);
    writer.finish(false, 0.0);
    CHECK_THROWS_AS(writer.finish(false, 0.0), std::logic_error);
    CHECK_THROWS_AS(writer.append(0, 2, fake_result(layout, axis, 2)), std::logic_error);
}

TEST_CASE("the reader reports missing paths and foreign files as OutputError", "[output]") {
    ScratchDirectory dir;
    CHECK_THROWS_AS(ResultReader(dir.file("absent.h5")), OutputError);
    const auto text = dir.file("text.h5");
    std::ofstream(text) << "not HDF5";
    CHECK_THROWS_WITH(ResultReader(text), Contains("text.h5"));

    const auto path = dir.file("run.h5");
    write_fake_file(path, kMonths, 2);
    ResultReader reader(path);
    CHECK_FALSE(reader.exists("/variants/nobody/monthly/headcount"));
    CHECK_THROWS_WITH(reader.values("nobody", Period::Monthly, "headcount"),
                      Contains("/variants/nobody/monthly/headcount") && Contains("run.h5"));
    CHECK_THROWS_AS(reader.summary("baseline", Period::Monthly, "no_metric", Statistic::Mean),
                    OutputError);
    CHECK_THROWS_AS(reader.string_attribute("/", "no_attribute"), OutputError);
    CHECK_THROWS_AS(reader.strings("/period_days"), OutputError);  // numbers, not strings
}

TEST_CASE("HDF5 never prints its own error stack, on any thread", "[output]") {
    ScratchDirectory dir;
    const auto captured = dir.file("stderr.txt");
    const int saved = ::dup(2);
    const int sink = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(saved >= 0);
    REQUIRE(sink >= 0);
    ::dup2(sink, 2);
    int failures = 0;
    auto fail_to_read = [&] {
        try {
            ResultReader reader(dir.file("absent.h5"));
        } catch (const OutputError&) {
            ++failures;
        }
        try {
            ResultWriter writer(dir.file("missing/run.h5"), fake_metadata(1), fake_layout(kMonths),
                                fake_axis(kMonths));
        } catch (const OutputError&) {
            ++failures;
        }
    };
    std::thread(fail_to_read).join();
    fail_to_read();
    ::dup2(saved, 2);
    ::close(saved);
    ::close(sink);
    CHECK(failures == 4);
    CHECK(read_text(captured).empty());
}

TEST_CASE("a page or table into a missing directory names the path given, not its temporary",
          "[output]") {
    ScratchDirectory dir;
    const auto page = dir.file("nodir/r.html");
    const std::string expected = "cannot write " + page + ": its directory " + dir.file("nodir") +
                                 " does not exist (create it first)";
    CHECK_THROWS_WITH(write_file_replacing(page, "<html></html>"), Equals(expected));
    const auto table = dir.file("nodir/t.csv");
    CHECK_THROWS_WITH(report::CsvWriter(table, {"a"}),
                      Equals("cannot write " + table + ": its directory " + dir.file("nodir") +
                             " does not exist (create it first)"));
    // A directory that is a file says so.
    std::ofstream(dir.file("plain")) << "x";
    CHECK_THROWS_WITH(write_file_replacing(dir.file("plain/r.html"), ""),
                      Equals("cannot write " + dir.file("plain/r.html") + ": " + dir.file("plain") +
                             " is not a directory"));
}
