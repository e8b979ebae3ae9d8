#include "cli/command_line.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"

namespace po = boost::program_options;

namespace wfsim::cli {

int usage_error(const std::string& command, const std::string& problem,
                const po::options_description& options) {
    std::cerr << command << ": " << problem << "\n\n" << options;
    return kUsage;
}

void add_override_option(po::options_description& options, std::vector<std::string>& texts) {
    options.add_options()("set", po::value<std::vector<std::string>>(&texts)->composing(),
                          "PATH=VALUE: change one parameter of the scenario (repeatable), e.g. "
                          "--set groups.NAME.leaving.turnover=10% or --set "
                          "groups.*.absence.rate=5%; the value is YAML, checked like the file");
}

std::optional<int> read_overrides(const std::vector<std::string>& texts,
                                  const po::options_description& options,
                                  const std::string& command,
                                  std::vector<models::ParameterOverride>& overrides) {
    overrides.clear();
    for (const std::string& text : texts) {
        std::string problem;
        auto parsed = models::parse_parameter_override(text, problem);
        if (!parsed) return usage_error(command, "--set " + text + ": " + problem, options);
        overrides.push_back(std::move(*parsed));
    }
    return std::nullopt;
}

std::optional<int> parse_scenario_command(const std::vector<std::string>& args,
                                          const po::options_description& options,
                                          const std::string& command, const std::string& about,
                                          std::string& scenario, const std::string& what) {
    po::options_description hidden;
    hidden.add_options()("scenario", po::value<std::string>(&scenario));
    po::options_description all;
    all.add(options).add(hidden);
    po::positional_options_description positional;
    positional.add("scenario", 1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        return usage_error(command, e.what(), options);
    }
    if (vm.count("help")) {
        std::cout << options << (about.empty() ? "" : "\n" + about);
        return kSuccess;
    }
    if (scenario.empty()) return usage_error(command, "no " + what + " given", options);
    return std::nullopt;
}

}  // namespace wfsim::cli
