// wfsim: the command-line root. It wires the scenario loader, the model and the output, and
// turns every failure into a message and an exit code (cli/exit_codes.hpp).
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/source_version.hpp"

namespace {

// The usage lines are the one statement of each command's options: README's Usage block is the
// same lines without their indent (tests/cli/test_cli_usage.cpp checks both, and that each
// command's --help has no option they lack).
constexpr const char* kUsageText =
    "wfsim " WFSIM_VERSION
    ": Monte Carlo simulation of health and social care workforce supply\n"
    "\n"
    "usage:\n"
    "  wfsim run SCENARIO.yaml [-n N] [--seed S] [-j THREADS] [-o OUT.h5] [-q] [--set PATH=VALUE "
    "...]\n"
    "            [--show UNITS] [--full] [--report] [--parameter-sets M] [--variants NAMES]\n"
    "  wfsim validate SCENARIO.yaml [--set PATH=VALUE ...]\n"
    "  wfsim sweep SWEEP.yaml [-n N] [--seed S] [-j THREADS] [-o OUT.h5] [--resume]\n"
    "              [--design-file CSV | --design NAME] [-q]\n"
    "  wfsim report RESULT.h5 [--html REPORT.html] [--charts DIR] [--csv DIR [--replications]] "
    "[-q]\n"
    "  wfsim schema [--markdown | --sweep]\n"
    "  wfsim --help | --version\n"
    "\n"
    "  run        simulate N replications, print a summary, write results to HDF5\n"
    "  validate   check a scenario and print the rates it resolves to\n"
    "  sweep      run a sensitivity sweep: design points over the factors of a sweep file,\n"
    "             with Sobol, Morris and one-at-a-time measures of each factor's influence\n"
    "  report     write an HTML report with charts, and CSV tables, of a result file\n"
    "  schema     print the JSON Schema of scenario files (--markdown: the parameter reference)\n"
    "\n"
    "--set changes one parameter, checked like the file: --set years=3,\n"
    "--set groups.NAME.leaving.turnover=10%, --set groups.*.absence.rate=5%.\n"
    "\n"
    "`wfsim COMMAND --help` describes each command's options. Exit codes: 0 success, 64 usage,\n"
    "65 invalid scenario, 70 internal error, 74 input/output failure, 130 interrupted.\n";

std::string join_command_line(int argc, char** argv) {
    std::string line;
    for (int i = 0; i < argc; ++i) {
        if (i) line += ' ';
        line += argv[i];
    }
    return line;
}

int dispatch(int argc, char** argv) {
    using namespace wfsim::cli;
    if (argc < 2) {
        std::cerr << kUsageText;
        return kUsage;
    }
    const std::string command = argv[1];
    const std::vector<std::string> rest(argv + 2, argv + argc);
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsageText;
        return kSuccess;
    }
    if (command == "--version") {
        std::cout << "wfsim " WFSIM_VERSION " (" << source_version() << ")\n";
        return kSuccess;
    }
    if (command == "run") return run_command(rest, join_command_line(argc, argv));
    if (command == "validate") return validate_command(rest);
    if (command == "schema") return schema_command(rest);
    if (command == "report") return report_command(rest);
    if (command == "sweep") return sweep_command(rest, join_command_line(argc, argv));
    std::cerr << "wfsim: unknown command '" << command << "'\n\n" << kUsageText;
    return kUsage;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return dispatch(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wfsim: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "wfsim: internal error\n");
    }
    return wfsim::cli::kInternal;
}
