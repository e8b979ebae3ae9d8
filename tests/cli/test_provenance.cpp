// Provenance: every result file says which scenario bytes (SHA-256), which overrides and which
// source tree produced it; SHA-256 against the FIPS 180-4 examples; the build-time version
// script against git itself.
#include <fcntl.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "output/result_reader.hpp"
#include "output/sha256.hpp"
#include "tests/cli/cli_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using Catch::Matchers::Contains;

namespace {

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// What a shell command prints on stdout, without the final newline; "" when it fails.
std::string shell_output(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    if (pclose(pipe) != 0) return "";
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

// The version `wfsim --version` prints in parentheses: "wfsim 0.1.0 (a837cd1-dirty)".
std::string version_in_parentheses(const std::string& text) {
    const auto open = text.find('(');
    const auto close = text.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) return "";
    return text.substr(open + 1, close - open - 1);
}

// Runs cmake/source_version.cmake for `source_dir`, writing `header`.
int run_version_script(const std::string& source_dir, const std::string& header) {
    const std::string command = "'" + std::string(WFSIM_CMAKE_COMMAND) + "' -DSOURCE_DIR='" +
                                source_dir + "' -DOUTPUT='" + header + "' -P '" + WFSIM_SOURCE_DIR +
                                "/cmake/source_version.cmake' >/dev/null 2>&1";
    return std::system(command.c_str());
}

std::string defined_version(const std::string& header_text) {
    const std::string key = "#define WFSIM_SOURCE_VERSION \"";
    const auto at = header_text.find(key);
    if (at == std::string::npos) return "";
    const auto end = header_text.find('"', at + key.size());
    return header_text.substr(at + key.size(), end - at - key.size());
}

}  // namespace

TEST_CASE("SHA-256 gives the FIPS 180-4 example digests", "[provenance]") {
    CHECK(output::sha256_hex("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(output::sha256_hex("") ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // 448 bits: the padding no longer fits in the message's block.
    CHECK(output::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(output::sha256_hex(std::string(1'000'000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 does not depend on how the bytes arrive", "[provenance]") {
    std::string text;
    for (int i = 0; i < 300; ++i) text += static_cast<char>((i * 37 + 11) % 256);
    for (const std::size_t length : {55u, 56u, 63u, 64u, 65u, 119u, 120u, 300u}) {
        const std::string message = text.substr(0, length);
        for (const std::size_t piece : {1u, 7u, 64u}) {
            output::Sha256 hash;
            for (std::size_t at = 0; at < message.size(); at += piece)
                hash.update(std::string_view(message).substr(at, piece));
            std::string hex;
            char buf[3];
            for (const auto byte : hash.digest()) {
                std::snprintf(buf, sizeof buf, "%02x", byte);
                hex += buf;
            }
            INFO("length " << length << " in pieces of " << piece);
            CHECK(hex == output::sha256_hex(message));
        }
    }
}

TEST_CASE("a run records the scenario's SHA-256, the source version and the overrides",
          "[provenance][cli]") {
    ScratchDirectory dir;
    const std::string scenario = shipped_scenario("teaching_ward.yaml");
    const auto run = run_wfsim("run '" + scenario + "' -n 2 -q -o plain.h5", dir.path());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const output::ResultReader plain(dir.file("plain.h5"));

    const std::string digest = plain.string_attribute("/", "scenario_sha256");
    CHECK(digest == output::sha256_hex(file_bytes(scenario)));
    CHECK(digest.size() == 64);
    // The same as the standard tool prints, when it is there.
    const std::string tool = shell_output("sha256sum '" + scenario + "' 2>/dev/null");
    if (!tool.empty()) CHECK(tool.substr(0, 64) == digest);

    // No staff records: their attributes are there, empty.
    CHECK(plain.string_attribute("/", "staff_records_path").empty());
    CHECK(plain.string_attribute("/", "staff_records_sha256").empty());

    const std::string version = plain.string_attribute("/", "source_version");
    CHECK_FALSE(version.empty());
    CHECK(version == version_in_parentheses(run_wfsim("--version").output));
    CHECK(plain.strings_attribute("/", "overrides").empty());

    const auto changed = run_wfsim("run '" + scenario +
                                       "' -n 2 -q -o changed.h5 --set years=2 --set "
                                       "'groups.*.absence.rate=4%'",
                                   dir.path());
    INFO(changed.output);
    REQUIRE(changed.exit_code == 0);
    const output::ResultReader with(dir.file("changed.h5"));
    CHECK(with.strings_attribute("/", "overrides") ==
          std::vector<std::string>{"years=2", "groups.*.absence.rate=4%"});
    // The file as given is the same, and so is its digest; what was run differs.
    CHECK(with.string_attribute("/", "scenario_sha256") == digest);
    CHECK(with.string_attribute("/", "scenario_yaml") == file_bytes(scenario));
    CHECK(with.string_attribute("/", "scenario_resolved_yaml") !=
          plain.string_attribute("/", "scenario_resolved_yaml"));
    CHECK_THAT(with.string_attribute("/", "scenario_resolved_yaml"), Contains("rate: 0.04"));
}

TEST_CASE("wfsim --version names the source version", "[provenance][cli]") {
    const auto r = run_wfsim("--version");
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Contains("wfsim "));
    CHECK_FALSE(version_in_parentheses(r.output).empty());
}

TEST_CASE("the build-time version is git describe, or unknown outside a checkout", "[provenance]") {
    ScratchDirectory dir;
    SECTION("not a git checkout: unknown") {
        std::filesystem::create_directory(dir.file("tree"));
        REQUIRE(run_version_script(dir.file("tree"), dir.file("version.hpp")) == 0);
        CHECK(defined_version(dir.read("version.hpp")) == "unknown");
    }
    SECTION("the header is rewritten only when the version changes") {
        std::filesystem::create_directory(dir.file("tree"));
        REQUIRE(run_version_script(dir.file("tree"), dir.file("version.hpp")) == 0);
        dir.write("version.hpp", dir.read("version.hpp"));  // same text, a new file time
        struct stat before {};
        REQUIRE(stat(dir.file("version.hpp").c_str(), &before) == 0);
        // Make any rewrite visible in the modification time.
        timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
        REQUIRE(utimensat(AT_FDCWD, dir.file("version.hpp").c_str(), times, 0) == 0);
        REQUIRE(run_version_script(dir.file("tree"), dir.file("version.hpp")) == 0);
        struct stat after {};
        REQUIRE(stat(dir.file("version.hpp").c_str(), &after) == 0);
        CHECK(after.st_mtim.tv_sec == 1000000000);

        dir.write("version.hpp", "#define WFSIM_SOURCE_VERSION \"stale\"\n");
        REQUIRE(run_version_script(dir.file("tree"), dir.file("version.hpp")) == 0);
        CHECK(defined_version(dir.read("version.hpp")) == "unknown");
    }
    SECTION("this source tree: what git describe says now") {
        const std::string source = WFSIM_SOURCE_DIR;
        const std::string git = shell_output("GIT_OPTIONAL_LOCKS=0 git -C '" + source +
                                             "' describe --always --dirty 2>/dev/null");
        if (!std::filesystem::exists(source + "/.git") || git.empty()) {
            WARN("skipped: " << source << " is not a git checkout, or git is missing");
            return;
        }
        REQUIRE(run_version_script(source, dir.file("version.hpp")) == 0);
        CHECK(defined_version(dir.read("version.hpp")) == git);
    }
}
