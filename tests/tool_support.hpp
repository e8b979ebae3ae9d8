#pragma once
// Tests that read wfsim's output with other programs (Python modules, R, ncdump, a browser).
// A missing program fails the test with the package to install: scripts/install-dependencies.sh
// installs them all, so a test never passes by skipping what it was meant to check.
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace wfsim::testing {

inline const char* const kSystemPython = "/usr/bin/python3";

// Whether `probe` (a shell command) succeeds, its output discarded.
inline bool command_succeeds(const std::string& probe) {
    return std::system((probe + " > /dev/null 2>&1").c_str()) == 0;
}

inline bool python_modules_available(const std::string& modules) {
    return command_succeeds(std::string(kSystemPython) + " -c 'import " + modules + "'");
}

inline std::string missing_tool_message(const std::string& what, const std::string& package) {
    return what + " is not available: install the Debian package " + package +
           " (bash scripts/install-dependencies.sh installs every test dependency)";
}

}  // namespace wfsim::testing

namespace wfsim::testing {

// Debian's chromium, headless, as root, with nothing reaching the network and a fresh profile.
inline std::string headless_chromium(const std::string& user_data_directory) {
    return "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
           "--disable-background-networking --disable-component-update --disable-sync "
           "--user-data-dir='" +
           user_data_directory + "'";
}

inline bool chromium_available() {
    return command_succeeds("command -v chromium");
}

// A page as headless chromium renders it: the DOM after rendering, and the browser's console
// lines (":CONSOLE"), empty when the page logged nothing.
struct RenderedPage {
    bool rendered = false;  // chromium ran and exited 0
    std::string dom, console;
};

// Renders the file `html`, with a fresh profile and the browser's output in `scratch_directory`.
inline RenderedPage render_in_chromium(const std::string& html,
                                       const std::string& scratch_directory) {
    const std::string dom = scratch_directory + "/dom.html", log = scratch_directory + "/log.txt";
    RenderedPage page;
    page.rendered = std::system((headless_chromium(scratch_directory + "/profile") +
                                 " --enable-logging=stderr --v=0 --dump-dom 'file://" + html +
                                 "' > '" + dom + "' 2> '" + log + "'")
                                    .c_str()) == 0;
    const auto read = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    page.dom = read(dom);
    std::istringstream lines(read(log));
    for (std::string line; std::getline(lines, line);)
        if (line.find(":CONSOLE") != std::string::npos) page.console += line + "\n";
    return page;
}

}  // namespace wfsim::testing
