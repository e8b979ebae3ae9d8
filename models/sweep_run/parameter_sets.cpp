#include "models/sweep_run/parameter_sets.hpp"

#include <atomic>

#include "models/sweep_file/factor_overrides.hpp"
#include "models/sweep_run/parameter_uncertainty.hpp"
#include "models/sweep_run/sweep_point_builders.hpp"
#include "models/sweep_run/workforce_evaluator.hpp"
#include "sim/replication_runner.hpp"

namespace wfsim::models {
namespace {

// "parameter set 3 (nurse_turnover=0.1213, absence=1.04)"
std::string set_name(const std::vector<FactorSpec>& factors, const double* values,
                     std::size_t set) {
    std::string text = "parameter set " + std::to_string(set) + " (";
    for (std::size_t f = 0; f < factors.size(); ++f)
        text += (f ? ", " : "") + factors[f].name + "=" + override_number_text(values[f]);
    return text + ")";
}

}  // namespace

ParameterSets resolve_parameter_sets(const ResolvedScenario& resolved,
                                     const std::vector<ParameterOverride>& run_overrides,
                                     std::size_t count, std::uint64_t seed, unsigned threads) {
    const Scenario& scenario = resolved.scenario;
    const std::vector<FactorSpec>& factors = scenario.uncertainty;
    const std::size_t k = factors.size();
    ParameterSets sets;
    sets.values = draw_parameter_sets(factors, count, seed);
    const FactorOverrides overrides(factors, scenario, scenario.source_path, "uncertainty");
    overrides.check_ranges(scenario_text_reader(scenario.source_text, scenario.source_path),
                           run_overrides, scenario.source_path);
    const PointScenarioBuilder build =
        recalibrating_builder(scenario.source_text, scenario.source_path);
    const ResultLayout layout = make_result_layout(resolved);
    sets.scenarios.resize(count);
    std::vector<std::string> errors(count);  // reported in set order, whatever the threads
    const std::atomic<bool> never{false};
    sim::run_replications<std::shared_ptr<const ResolvedScenario>>(
        count, threads, never,
        [&](unsigned, std::size_t m) {
            const double* values = sets.values.data() + m * k;
            std::vector<ParameterOverride> all = run_overrides;
            for (auto& o : overrides.overrides(std::span<const double>(values, k)))
                all.push_back(std::move(o));
            std::shared_ptr<const ResolvedScenario> set;
            try {
                set = std::make_shared<const ResolvedScenario>(build(all));
                if (!same_metrics(make_result_layout(*set), layout))
                    throw PointError(
                        "it reports other metrics than the scenario as written (a route switched "
                        "on or off), so the sets cannot be pooled");
            } catch (const PointError& e) {
                errors[m] = set_name(factors, values, m) + ": " + e.what();
                set.reset();
            }
            return std::optional(std::move(set));
        },
        [&](std::size_t m, std::shared_ptr<const ResolvedScenario>&& set) {
            sets.scenarios[m] = std::move(set);
        },
        [](std::size_t, std::size_t) {});
    for (const std::string& e : errors)
        if (!e.empty()) throw PointError(e);
    return sets;
}

}  // namespace wfsim::models
