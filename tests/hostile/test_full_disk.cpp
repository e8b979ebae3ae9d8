// A full disk while the result is written: exit 74 with the system's message, no temporary file
// left, and the earlier result at the output path untouched. On a tmpfs of a few hundred KiB when
// the test may mount one (root), and always with a file-size limit (ulimit -f), whose EFBIG is
// what a full disk looks like to the writer.
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/cli/cli_test_support.hpp"
#include "tests/hostile/bounded_run.hpp"

using namespace wfsim::testing;
using Catch::Matchers::Contains;

namespace {

constexpr const char* kEarlier = "an earlier result, to be kept";

// Runs the teaching ward (a result of about 1.8 MB) into `directory`, where out.h5 holds
// an earlier result, and checks the outcome.
void check_full_disk(const std::string& directory, long file_blocks, const std::string& message) {
    const std::string scenario = directory + "/s.yaml";
    std::filesystem::copy_file(shipped_scenario("teaching_ward.yaml"), scenario);
    { std::ofstream(directory + "/out.h5") << kEarlier; }
    ScratchDirectory capture;
    const auto outcome =
        run_bounded(WFSIM_BINARY, {"run", "s.yaml", "-n", "20", "-j", "1", "-q", "-o", "out.h5"},
                    directory, capture.path(), kUnderSanitizer ? 240.0 : 60.0, 0.0, file_blocks);
    INFO("stderr: " << outcome.standard_error);
    CHECK(outcome.signal == 0);  // was a segmentation fault in HDF5's exit handler
    CHECK(outcome.exit_code == 74);
    CHECK_THAT(outcome.standard_error, Contains("wfsim run: cannot ") && Contains(message));
    CHECK(read_whole_file(directory + "/out.h5") == kEarlier);
    std::vector<std::string> left;
    for (const auto& e : std::filesystem::directory_iterator(directory))
        left.push_back(e.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"out.h5", "s.yaml"});
}

}  // namespace

TEST_CASE("a full file system (tmpfs) exits 74 and keeps the earlier result", "[hostile]") {
    for (const char* size : {"64k", "320k"}) {
        ScratchDirectory dir;
        if (::mount("tmpfs", dir.path().c_str(), "tmpfs", 0,
                    (std::string("size=") + size).c_str()) != 0) {
            WARN("cannot mount a tmpfs here (not root?): only the file-size limit is tested");
            return;
        }
        INFO("tmpfs of " << size);
        check_full_disk(dir.path(), 0, "No space left on device");
        ::umount2(dir.path().c_str(), MNT_DETACH);
    }
}

TEST_CASE("a file-size limit (ulimit -f) exits 74 and keeps the earlier result", "[hostile]") {
    for (long blocks : {16L, 256L}) {
        INFO("file size limit " << blocks << " KiB");
        ScratchDirectory dir;
        check_full_disk(dir.path(), blocks, "File too large");
    }
}
