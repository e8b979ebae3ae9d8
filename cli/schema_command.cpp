// wfsim schema: the scenario format as a JSON Schema for editors, or the Markdown reference;
// both generated from the parameter declarations.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "models/sweep_file/sweep_loader.hpp"

namespace po = boost::program_options;

namespace wfsim::cli {

int schema_command(const std::vector<std::string>& args) {
    bool markdown = false, sweep = false;
    po::options_description options("wfsim schema [--markdown | --sweep]");
    options.add_options()("help,h", "show this help")(
        "markdown", po::bool_switch(&markdown),
        "print the parameter reference in Markdown (as in docs/scenario.md) instead")(
        "sweep", po::bool_switch(&sweep),
        "print the sweep file reference in Markdown (as in docs/sweeps.md) instead");
    po::variables_map vm;
    try {
        const po::positional_options_description none;  // no arguments besides options
        po::store(po::command_line_parser(args).options(options).positional(none).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        return usage_error("wfsim schema", e.what(), options);
    }
    if (vm.count("help")) {
        std::cout << options
                  << "\nPrints the JSON Schema (draft-07) of scenario files, generated from the "
                     "parameter\ndeclarations: docs/wfsim-scenario.schema.json holds it for "
                     "editors.\n";
        return kSuccess;
    }
    if (markdown && sweep)
        return usage_error("wfsim schema", "give --markdown or --sweep, not both", options);
    std::cout << (sweep      ? models::sweep_reference_markdown()
                  : markdown ? models::scenario_reference_markdown()
                             : models::scenario_json_schema());
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "wfsim schema: cannot write to the standard output\n";
        return kIoFailure;
    }
    return kSuccess;
}

}  // namespace wfsim::cli
