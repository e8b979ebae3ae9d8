#pragma once
// Option parsing shared by the subcommands: named options plus one positional SCENARIO.
#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/schema/parameter_override.hpp"

namespace wfsim::cli {

// Parses `args` against `options` (which must include "help"), storing the positional argument
// in `scenario` (`what` names it in the error when it is missing). Returns an exit code when the
// command should stop here: after printing help (with `about` below the options), or after a usage
// error, which names `command`.
std::optional<int> parse_scenario_command(
    const std::vector<std::string>& args,
    const boost::program_options::options_description& options, const std::string& command,
    const std::string& about, std::string& scenario, const std::string& what = "scenario");

// Adds `--set PATH=VALUE` (repeatable, in order) to `options`, collecting the texts in `texts`.
void add_override_option(boost::program_options::options_description& options,
                         std::vector<std::string>& texts);

// The overrides in `texts`; an exit code after a usage error when one is malformed (no '=').
std::optional<int> read_overrides(const std::vector<std::string>& texts,
                                  const boost::program_options::options_description& options,
                                  const std::string& command,
                                  std::vector<models::ParameterOverride>& overrides);

// Prints a usage problem with the options and returns kUsage.
int usage_error(const std::string& command, const std::string& problem,
                const boost::program_options::options_description& options);

}  // namespace wfsim::cli
