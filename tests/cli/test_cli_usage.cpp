// The usage lines of `wfsim --help` are complete (each command's --help has no option they lack)
// and README's Usage block says the same.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_test_support.hpp"

using namespace wfsim::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// The lines after "usage:" up to the first blank one, less their two-space indent.
std::vector<std::string> help_usage_lines() {
    std::vector<std::string> out;
    bool in_usage = false;
    for (const auto& line : lines_of(run_wfsim("--help").output)) {
        if (line == "usage:") {
            in_usage = true;
            continue;
        }
        if (!in_usage) continue;
        if (line.empty()) break;
        out.push_back(line.substr(2));
    }
    return out;
}

// The code block under README's "## Usage".
std::vector<std::string> readme_usage_lines() {
    std::ifstream in(source_file("README.md"));
    std::stringstream text;
    text << in.rdbuf();
    std::vector<std::string> out;
    int state = 0;  // 0 before the heading, 1 before the fence, 2 in the block
    for (const auto& line : lines_of(text.str())) {
        if (state == 0 && line == "## Usage")
            state = 1;
        else if (state == 1 && line == "```")
            state = 2;
        else if (state == 2 && line == "```")
            break;
        else if (state == 2)
            out.push_back(line);
    }
    return out;
}

// The usage of `command`: its line and the continuation lines after it.
std::string usage_of(const std::vector<std::string>& usage, const std::string& command) {
    std::string out;
    bool in_command = false;
    for (const auto& line : usage) {
        if (line.rfind("wfsim ", 0) == 0) in_command = line.rfind("wfsim " + command + " ", 0) == 0;
        if (in_command) out += line + "\n";
    }
    return out;
}

// Whether `usage` names `option` as a whole word ("[-q]", "[--design-file CSV | --design NAME]").
bool names(const std::string& usage, const std::string& option) {
    for (std::size_t at = usage.find(option); at != std::string::npos;
         at = usage.find(option, at + 1)) {
        const char before = at == 0 ? ' ' : usage[at - 1];
        const std::size_t end = at + option.size();
        const char after = end < usage.size() ? usage[end] : '\n';
        if ((before == '[' || before == ' ') && (after == ' ' || after == ']' || after == '\n'))
            return true;
    }
    return false;
}

}  // namespace

TEST_CASE("README's usage block is the usage of wfsim --help", "[cli]") {
    const auto help = help_usage_lines();
    REQUIRE(help.size() >= 6);
    CHECK(readme_usage_lines() == help);
}

TEST_CASE("the usage names every option of each command's --help", "[cli]") {
    const auto usage = help_usage_lines();
    for (const std::string command : {"run", "validate", "sweep", "report", "schema"}) {
        const std::string line = usage_of(usage, command);
        REQUIRE_FALSE(line.empty());
        for (const auto& option : lines_of(run_wfsim(command + " --help").output)) {
            // boost's option lines: "  -n [ --replications ] arg ..." or "  --seed arg ...".
            if (option.rfind("  -", 0) != 0) continue;
            std::istringstream words(option);
            std::string first, bracket, second;
            words >> first >> bracket >> second;
            if (first == "-h") continue;  // --help is the same for all
            INFO(command << ": " << option);
            CHECK((names(line, first) || (bracket == "[" && names(line, second))));
        }
    }
}
