#pragma once
// The subcommands. Each takes the arguments after its name and returns an ExitCode.
#include <string>
#include <vector>

namespace wfsim::cli {

int run_command(const std::vector<std::string>& args, const std::string& command_line);
int validate_command(const std::vector<std::string>& args);
int schema_command(const std::vector<std::string>& args);
int report_command(const std::vector<std::string>& args);
int sweep_command(const std::vector<std::string>& args, const std::string& command_line);

}  // namespace wfsim::cli
