#pragma once
// Option parsing shared by the subcommands: named options plus one positional SCENARIO.
#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

namespace wfsim::cli {

// Parses `args` against `options` (which must include "help"), storing the positional argument
// in `scenario`. Returns an exit code when the command should stop here: after printing help
// (with `about` below the options), or after a usage error, which names `command`.
std::optional<int> parse_scenario_command(
    const std::vector<std::string>& args,
    const boost::program_options::options_description& options, const std::string& command,
    const std::string& about, std::string& scenario);

// Prints a usage problem with the options and returns kUsage.
int usage_error(const std::string& command, const std::string& problem,
                const boost::program_options::options_description& options);

}  // namespace wfsim::cli
