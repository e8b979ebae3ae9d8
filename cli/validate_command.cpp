#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/scenario_input.hpp"
#include "models/resolution_report.hpp"

namespace po = boost::program_options;

namespace wfsim::cli {

int validate_command(const std::vector<std::string>& args) {
    po::options_description options("wfsim validate SCENARIO.yaml");
    options.add_options()("help,h", "show this help");
    po::options_description hidden;
    hidden.add_options()("scenario", po::value<std::string>());
    po::options_description all;
    all.add(options).add(hidden);
    po::positional_options_description positional;
    positional.add("scenario", 1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "wfsim validate: " << e.what() << "\n" << options;
        return kUsage;
    }
    if (vm.count("help")) {
        std::cout << options
                  << "\nChecks a scenario and prints what it resolves to: the derived hazards, "
                     "onset rates,\nestablishment and recruitment timing beside the quoted "
                     "figures.\n";
        return kSuccess;
    }
    if (!vm.count("scenario")) {
        std::cerr << "wfsim validate: no scenario given\n" << options;
        return kUsage;
    }
    const auto resolved = load_resolved_scenario(vm["scenario"].as<std::string>());
    if (!resolved) return kBadScenario;
    models::print_resolution(std::cout, *resolved);
    std::cout << "\n" << vm["scenario"].as<std::string>() << ": valid\n";
    return kSuccess;
}

}  // namespace wfsim::cli
