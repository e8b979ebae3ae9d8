#include "cli/run_preflight.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/memory_budget.hpp"
#include "cli/output_path_checks.hpp"
#include "models/records/staff_records.hpp"

namespace wfsim::cli {

std::optional<int> check_before_simulating(const std::string& scenario_path,
                                           const std::string& output, unsigned threads,
                                           const models::ResolvedScenario& resolved) {
    std::vector<NamedInput> inputs{{scenario_path, "the scenario file"}};
    if (resolved.scenario.staff_records)
        inputs.push_back({models::staff_records_path(resolved.scenario), "the staff records file"});
    if (auto problem = output_path_problem(output, inputs)) {
        std::cerr << "wfsim run: -o " << output << ": " << *problem << "\n";
        return kIoFailure;
    }
    const auto footprint = models::estimate_footprint(resolved);
    if (auto problem = memory_problem(footprint, threads, available_memory_bytes())) {
        std::cerr << "wfsim run: " << scenario_path << ": " << *problem << "\n";
        return kBadScenario;
    }
    return std::nullopt;
}

}  // namespace wfsim::cli
