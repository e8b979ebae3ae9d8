#pragma once
// Exit codes of the wfsim command (documented in README.md), after BSD sysexits where one fits.
namespace wfsim::cli {

enum ExitCode : int {
    kSuccess = 0,
    kUsage = 64,         // bad command line
    kBadScenario = 65,   // the scenario is invalid or its figures cannot be reproduced
    kInternal = 70,      // a bug: please report it
    kIoFailure = 74,     // a file could not be read or written
    kInterrupted = 130,  // SIGINT or SIGTERM: completed replications were kept
};

}  // namespace wfsim::cli
