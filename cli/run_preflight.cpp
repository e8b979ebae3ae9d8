#include "cli/run_preflight.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/memory_budget.hpp"
#include "models/records/staff_records.hpp"

namespace wfsim::cli {

std::optional<int> check_before_simulating(const std::string& scenario_path,
                                           const std::string& output, unsigned threads,
                                           const models::ResolvedScenario& resolved,
                                           const std::string& command,
                                           const std::vector<NamedInput>& other_inputs) {
    std::vector<NamedInput> inputs{{scenario_path, "the scenario file"}};
    inputs.insert(inputs.end(), other_inputs.begin(), other_inputs.end());
    if (resolved.scenario.staff_records)
        inputs.push_back({models::staff_records_path(resolved.scenario), "the staff records file"});
    if (auto problem = output_path_problem(output, inputs)) {
        std::cerr << command << ": -o " << output << ": " << *problem << "\n";
        return kIoFailure;
    }
    const auto footprint = models::estimate_footprint(resolved);
    if (auto problem = memory_problem(footprint, threads, available_memory_bytes())) {
        std::cerr << command << ": " << scenario_path << ": " << *problem << "\n";
        return kBadScenario;
    }
    return std::nullopt;
}

}  // namespace wfsim::cli
