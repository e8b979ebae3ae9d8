#pragma once
// The seed inputs of the fuzz targets: the shipped scenarios and the files and `--set` values of
// the bad-input corpus (tests/hostile/corpus). The replay test feeds them to the targets in every
// build; scripts/fuzz.sh writes them out as libFuzzer's starting corpus.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/hostile/corpus_format.hpp"

namespace wfsim::fuzz {

struct Seed {
    std::string name;  // a file name for it
    std::string bytes;
};

enum class SeedKind { Scenario, Override };

inline std::vector<Seed> seeds(const std::string& source_dir, SeedKind kind) {
    namespace fs = std::filesystem;
    std::vector<Seed> out;
    std::vector<fs::path> scenarios, cases;
    for (const auto& e : fs::directory_iterator(source_dir + "/scenarios"))
        if (e.path().extension() == ".yaml") scenarios.push_back(e.path());
    for (const auto& e : fs::directory_iterator(source_dir + "/tests/hostile/corpus"))
        if (e.path().extension() == ".cases") cases.push_back(e.path());
    std::sort(scenarios.begin(), scenarios.end());
    std::sort(cases.begin(), cases.end());
    if (kind == SeedKind::Scenario) {
        for (const auto& path : scenarios)
            out.push_back(
                {"shipped-" + path.filename().string(), testing::read_whole_file(path.string())});
    }
    for (const auto& path : cases) {
        int n = 0;
        for (const auto& c : testing::corpus::read_cases(path.string())) {
            const std::string stem = path.stem().string() + "-" + std::to_string(++n);
            if (kind == SeedKind::Scenario) {
                for (auto& [name, bytes] : testing::corpus::case_files(c, source_dir)) {
                    // Seeds are small: libFuzzer's default -max_len is 4096 bytes.
                    if (bytes.size() <= 65536) out.push_back({stem + "-" + name, std::move(bytes)});
                }
            } else {
                std::string joined;
                for (std::size_t i = 0; i + 1 < c.args.size(); ++i) {
                    if (c.args[i] != "--set") continue;
                    joined += (joined.empty() ? "" : std::string(1, '\0')) + c.args[i + 1];
                }
                if (!joined.empty()) out.push_back({stem, joined});
            }
        }
    }
    if (kind == SeedKind::Override) {
        for (const char* text : {"years=3", "groups.*.leaving.turnover=10%",
                                 "groups.nurses.recruitment.time_to_hire_days={lognormal: {mean: "
                                 "60, sd: 20}}",
                                 "international.abroad.per_year=3", "name=x"})
            out.push_back({std::string("override-") + std::to_string(out.size()), text});
    }
    return out;
}

}  // namespace wfsim::fuzz
