// The bad-input corpus: every case runs wfsim on hostile input (scenario files, staff records,
// --set values, flags, output paths) in a directory of its own and checks the exit code, the
// message with its place, the time and the memory the process took, and that every file of the
// directory is as it was, with nothing left behind (tests/hostile/README.md).
#include <sys/stat.h>
#include <sys/types.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "tests/cli/cli_test_support.hpp"
#include "tests/hostile/bounded_run.hpp"
#include "tests/hostile/corpus_format.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim::testing;
namespace fs = std::filesystem;

namespace {

// Bounds on every case unless it states its own: far above what a good run takes (well under a
// second and 30 MiB), far below what the failures they guard against took (no end, gigabytes).
// Sanitizers make runs several times slower and larger.
constexpr double kSeconds = kUnderSanitizer ? 60.0 : 15.0;
constexpr double kPeakMebibytes = kUnderSanitizer ? 1024.0 : 256.0;
constexpr double kAddressMebibytes = 2048.0;

// What a directory holds: each entry's kind and bytes (or link target).
using Snapshot = std::map<std::string, std::string>;

Snapshot snapshot(const std::string& directory) {
    Snapshot out;
    for (const auto& entry : fs::recursive_directory_iterator(directory)) {
        const std::string name = fs::relative(entry.path(), directory).string();
        const auto status = entry.symlink_status();
        if (fs::is_symlink(status))
            out[name] = "link:" + fs::read_symlink(entry.path()).string();
        else if (fs::is_directory(status))
            out[name] = "directory";
        else if (fs::is_fifo(status))
            out[name] = "fifo";
        else
            out[name] = "file:" + read_whole_file(entry.path().string());
    }
    return out;
}

void write_files(const corpus::Files& files, const ScratchDirectory& dir) {
    for (const auto& [name, bytes] : files) {
        std::ofstream out(dir.file(name), std::ios::binary);
        out << bytes;
    }
}

// Makes the case's files in order: an edit after `before` changes the file the earlier run read.
void make_setup(const corpus::Case& c, const ScratchDirectory& dir, const std::string& capture) {
    using corpus::Setup;
    corpus::Files files;
    for (const Setup& s : c.setup) {
        corpus::apply_step(files, s, WFSIM_SOURCE_DIR);
        switch (s.kind) {
            case Setup::Kind::Directory:
                fs::create_directories(dir.file(s.name));
                break;
            case Setup::Kind::Fifo:
                REQUIRE(::mkfifo(dir.file(s.name).c_str(), 0644) == 0);
                break;
            case Setup::Kind::Symlink:
                fs::create_symlink(s.text, dir.file(s.name));
                break;
            case Setup::Kind::Run: {
                write_files(files, dir);
                const auto before = run_bounded(WFSIM_BINARY, corpus::split_arguments(s.text),
                                                dir.path(), capture, 300.0, 0.0);
                INFO("before: wfsim " << s.text << "\n" << before.standard_error);
                REQUIRE(before.exit_code == 0);
                break;
            }
            default:
                break;
        }
    }
    write_files(files, dir);
}

struct Totals {
    std::size_t cases = 0;
    double slowest = 0.0, largest = 0.0, seconds = 0.0;
    std::string slowest_name, largest_name;
};

void run_case(const corpus::Case& c, Totals& totals) {
    ScratchDirectory dir, capture;
    make_setup(c, dir, capture.path());
    const Snapshot before = snapshot(dir.path());
    const double seconds = c.seconds > 0 ? c.seconds * (kUnderSanitizer ? 4 : 1) : kSeconds;
    const double peak = c.mebibytes > 0 ? c.mebibytes * (kUnderSanitizer ? 4 : 1) : kPeakMebibytes;
    const auto outcome = run_bounded(WFSIM_BINARY, c.args, dir.path(), capture.path(), seconds,
                                     std::max(kAddressMebibytes, 2 * peak));

    std::string command = "wfsim";
    for (const auto& a : c.args) command += " " + a;
    INFO(c.file << ":" << c.line << ": " << c.name << "\n$ " << command << "\nexit "
                << outcome.exit_code << " (signal " << outcome.signal << ") in " << outcome.seconds
                << " s, " << outcome.peak_mebibytes << " MiB\nstderr:\n"
                << outcome.standard_error.substr(0, 700));
    if (std::getenv("WFSIM_CORPUS_SHOW")) {  // to read what every case prints
        std::printf("=== %s:%d: %s\n$ %s\nexit %d, %.3f s, %.1f MiB\n%s\n", c.file.c_str(), c.line,
                    c.name.c_str(), command.c_str(), outcome.exit_code, outcome.seconds,
                    outcome.peak_mebibytes, outcome.standard_error.substr(0, 1000).c_str());
    }
    CHECK_FALSE(outcome.timed_out);
    CHECK(outcome.signal == 0);
    CHECK(outcome.exit_code == c.exit_code);
    for (const std::string& expected : c.errors)
        CHECK_THAT(outcome.standard_error, Catch::Matchers::Contains(expected));
    CHECK(outcome.seconds <= seconds);
    CHECK(outcome.peak_mebibytes <= peak);

    // Every input as it was, and nothing new but what the case says the run creates.
    Snapshot after = snapshot(dir.path());
    for (const std::string& name : c.creates) {
        CHECK(after.count(name) == 1);
        after.erase(name);
    }
    Snapshot kept = before;
    for (const std::string& name : c.removes) {
        CHECK(after.count(name) == 0);
        kept.erase(name);
    }
    std::string changed;
    for (const auto& [name, content] : after)
        if (!kept.count(name) || kept.at(name) != content) changed += " " + name;
    for (const auto& [name, content] : kept)
        if (!after.count(name)) changed += " " + name + "(removed)";
    INFO("changed or left behind:" << changed);
    CHECK(changed.empty());

    ++totals.cases;
    totals.seconds += outcome.seconds;
    if (outcome.seconds > totals.slowest)
        totals.slowest = outcome.seconds, totals.slowest_name = c.name;
    if (outcome.peak_mebibytes > totals.largest)
        totals.largest = outcome.peak_mebibytes, totals.largest_name = c.name;
}

void run_corpus_file(const std::string& name) {
    const std::string path = wfsim::testing::source_file("tests/hostile/corpus/", name);
    const auto cases = corpus::read_cases(path);
    REQUIRE_FALSE(cases.empty());
    Totals totals;
    for (const corpus::Case& c : cases) run_case(c, totals);
    // Shown with --success, and in the test log: what the bounds are measured against.
    std::printf("%s: %zu cases in %.1f s; slowest %.2f s (%s), largest %.0f MiB (%s)\n",
                name.c_str(), totals.cases, totals.seconds, totals.slowest,
                totals.slowest_name.c_str(), totals.largest, totals.largest_name.c_str());
}

}  // namespace

TEST_CASE("bad input corpus: scenario syntax", "[hostile][corpus]") {
    run_corpus_file("scenario_syntax.cases");
}
TEST_CASE("bad input corpus: scenario values and sizes", "[hostile][corpus]") {
    run_corpus_file("scenario_values.cases");
}
TEST_CASE("bad input corpus: staff records", "[hostile][corpus]") {
    run_corpus_file("staff_records.cases");
}
TEST_CASE("bad input corpus: --set overrides", "[hostile][corpus]") {
    run_corpus_file("overrides.cases");
}
TEST_CASE("bad input corpus: command-line flags", "[hostile][corpus]") {
    run_corpus_file("flags.cases");
}
TEST_CASE("bad input corpus: output paths", "[hostile][corpus]") {
    run_corpus_file("output_paths.cases");
}
