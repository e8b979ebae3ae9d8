#include "cli/uncertain_run.hpp"

#include <iostream>

#include "models/scenario/diagnostic.hpp"
#include "models/sweep_run/point_evaluator.hpp"
#include "models/sweeps/bootstrap_streams.hpp"
#include "output/sweep_writer.hpp"
#include "sim/random_stream.hpp"

namespace wfsim::cli {

std::optional<UncertainRun> UncertainRun::prepare(const models::ResolvedScenario& resolved,
                                                  const std::vector<models::ParameterOverride>& ov,
                                                  std::size_t sets, std::uint64_t seed,
                                                  unsigned threads,
                                                  const models::ResultLayout& layout) {
    const std::string& path = resolved.scenario.source_path;
    try {
        models::ParameterSets drawn =
            models::resolve_parameter_sets(resolved, ov, sets, seed, threads);
        output::UncertaintyResults results;
        results.factors = output::factor_infos(resolved.scenario.uncertainty);
        results.parameter_sets = sets;
        results.values = drawn.values;
        return UncertainRun(std::move(drawn),
                            models::UncertaintyRecorder(layout, resolved.axis, sets),
                            std::move(results), seed);
    } catch (const models::ScenarioError& e) {
        for (const auto& d : e.diagnostics()) std::cerr << d.str() << "\n";
    } catch (const models::PointError& e) {
        std::cerr << path << ": uncertainty: " << e.what() << "\n";
    }
    std::cerr << "wfsim run: the parameter sets of " << path
              << "'s uncertainty cannot be made; --parameter-sets 0 runs the scenario's own "
                 "values\n";
    return std::nullopt;
}

void UncertainRun::finish(output::ResultWriter& writer) {
    const sweeps::BootstrapSettings bootstrap{
        1000, 0.95, sim::hash_combine(seed_, sweeps::streams::kOuterSamples)};
    results_.inner = recorder_.inner_per_set();
    results_.decomposition = recorder_.decompose(bootstrap);
    results_.confidence = bootstrap.confidence;
    writer.add_tables([this](hid_t file, const output::AxisValues& axes, const std::string& name) {
        output::write_uncertainty_tables(file, results_, axes, name);
    });
}

}  // namespace wfsim::cli
