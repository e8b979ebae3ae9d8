#include <boost/program_options.hpp>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/scenario_input.hpp"
#include "models/calibration/resolution_report.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/outcomes/outcome_definitions.hpp"
#include "models/projection/drift_report.hpp"
#include "models/variants/variant_report.hpp"
#include "models/variants/variant_resolution.hpp"

namespace wfsim::cli {

int validate_command(const std::vector<std::string>& args) {
    boost::program_options::options_description options(
        "wfsim validate SCENARIO.yaml [--set PATH=VALUE ...]");
    options.add_options()("help,h", "show this help");
    std::vector<std::string> override_texts;
    add_override_option(options, override_texts);
    std::string scenario;
    if (auto code = parse_scenario_command(
            args, options, "wfsim validate",
            "Checks a scenario and prints what it resolves to: the derived hazards, onset "
            "rates,\nestablishment and recruitment timing beside the quoted figures, and where "
            "each "
            "group's\nage profile and rates head in ten years at its own hire ages and "
            "retirement.\n",
            scenario))
        return *code;
    std::vector<models::ParameterOverride> overrides;
    if (auto code = read_overrides(override_texts, options, "wfsim validate", overrides))
        return *code;
    const auto loaded = load_resolved_scenario(scenario, overrides);
    if (!loaded) return kBadScenario;
    const auto resolved = std::make_shared<const models::ResolvedScenario>(*loaded);
    models::print_resolution(std::cout, *resolved);
    models::print_age_drift(std::cout, *resolved);
    const auto outcomes =
        define_run_outcomes(scenario, *resolved, models::make_result_layout(*resolved), overrides);
    if (!outcomes) return kBadScenario;
    models::outcomes::print_outcome_definitions(std::cout, *outcomes);
    // Each variant, resolved against the baseline: its re-solved figures must be reachable.
    for (const models::VariantSpec& spec : resolved->scenario.variants) {
        for (const auto& late : models::late_interventions(*resolved, spec))
            std::cerr << "warning: " << late.str() << "\n";
        try {
            models::print_variant(std::cout, *resolved, spec,
                                  models::resolve_variant(resolved, spec));
        } catch (const models::CalibrationError& e) {
            std::cerr << scenario << ": " << e.what() << "\n";
            return kBadScenario;
        }
    }
    std::cout << "\n" << scenario << ": valid\n";
    return kSuccess;
}

}  // namespace wfsim::cli
