#include "cli/sweep_setup.hpp"

#include <iostream>

#include "cli/file_kind_hint.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/scenario/yaml/closest_key.hpp"
#include "models/scenario/yaml/number_text.hpp"
#include "models/sweep_file/design_file.hpp"
#include "models/sweep_run/output_extractor.hpp"
#include "models/sweep_run/sweep_point_builders.hpp"
#include "output/sha256.hpp"

namespace wfsim::cli {
namespace {

void print_problems(const models::ScenarioError& e, const std::string& what) {
    for (const auto& d : e.diagnostics()) std::cerr << d.str() << "\n";
    std::cerr << "wfsim sweep: " << what << " (" << models::schema::count_text(e.problem_count())
              << (e.problem_count() == 1 ? " error" : " errors") << ")\n";
}

std::vector<output::SweepOutputInfo> output_infos(const models::SweepSpec& spec,
                                                  const models::ResolvedScenario& baseline) {
    const models::ResultLayout layout = models::make_result_layout(baseline);
    const models::OutputExtractor extractor(spec.outputs, baseline.scenario, layout, baseline.axis);
    std::vector<output::SweepOutputInfo> out;
    for (std::size_t o = 0; o < spec.outputs.size(); ++o) {
        const models::SweepOutputSpec& s = spec.outputs[o];
        const bool probability = s.target || s.at_most || s.at_least;
        out.push_back({s.name, s.text(), s.description,
                       probability ? "1" : extractor.definitions()[o].units});
    }
    return out;
}

// The designs to run: those the file gives (or the one --design names), or the design file's.
std::optional<std::vector<models::DesignRun>> plan_designs(const SweepRequest& request,
                                                           PreparedSweep& prepared) {
    const models::SweepSpec& spec = prepared.sweep.spec;
    std::vector<models::DesignRun> designs;
    if (!request.design_file.empty()) {
        models::DesignFileMatrix matrix;
        try {
            matrix = models::read_design_file(request.design_file, spec.factors);
        } catch (const models::ScenarioError& e) {
            print_problems(e, request.design_file + " is not a valid design file");
            return std::nullopt;
        }
        prepared.design_file_sha256 = output::sha256_file_hex(request.design_file);
        designs.emplace_back(
            models::external_design(std::move(matrix.values), spec.factors.size()));
        return designs;
    }
    std::string names;
    std::vector<models::schema::KeyCandidate> candidates;
    for (const sweeps::DesignKind kind : spec.designs.kinds()) {
        const std::string name = sweeps::design_kind_name(kind);
        names += (names.empty() ? "" : ", ") + name;
        candidates.push_back({name, {name}});
        if (!request.design.empty() && request.design != name) continue;
        designs.emplace_back(models::plan_design(kind, spec, prepared.seed));
    }
    if (designs.empty()) {
        std::cerr << "wfsim sweep: --design " << request.design << ": " << spec.source_path
                  << " gives no such design (it gives " << names << ")";
        if (auto near = models::schema::closest_key(request.design, candidates))
            std::cerr << "; did you mean '" << *near << "'?";
        std::cerr << "\n";
        return std::nullopt;
    }
    return designs;
}

}  // namespace

std::optional<PreparedSweep> prepare_sweep(const SweepRequest& request) {
    PreparedSweep p;
    try {
        p.sweep = models::load_sweep_file(request.sweep_path);
    } catch (const models::ScenarioError& e) {
        print_problems(e, request.sweep_path + " is not a valid sweep");
        const std::string hint = other_file_kind_hint(e, request.sweep_path, ExpectedFile::Sweep);
        if (!hint.empty()) std::cerr << "wfsim sweep: " << hint << "\n";
        return std::nullopt;
    }
    const models::SweepSpec& spec = p.sweep.spec;
    p.replications = request.replications.value_or(static_cast<std::size_t>(spec.replications));
    p.seed = request.seed.value_or(static_cast<std::uint64_t>(spec.seed));
    try {
        p.baseline = std::make_shared<const models::ResolvedScenario>(
            models::resolve_scenario(p.sweep.scenario));
    } catch (const models::ScenarioError& e) {
        print_problems(e, p.sweep.scenario_path + " is not a valid scenario");
        return std::nullopt;
    } catch (const models::CalibrationError& e) {
        std::cerr << e.located(p.sweep.scenario).str() << "\n";
        return std::nullopt;
    }
    try {
        const models::ResultLayout layout = models::make_result_layout(*p.baseline);
        models::check_sweep_outputs(spec, p.sweep.scenario, layout, p.baseline->axis);
        p.overrides = std::make_unique<models::FactorOverrides>(spec.factors, p.sweep.scenario,
                                                                spec.source_path);
        models::check_factor_values(
            p.sweep, *p.overrides,
            models::point_reader(spec.calibration, p.baseline, p.sweep.scenario.source_text,
                                 p.sweep.scenario_path));
    } catch (const models::ScenarioError& e) {
        print_problems(e, request.sweep_path + " is not a valid sweep");
        return std::nullopt;
    }
    auto designs = plan_designs(request, p);
    if (!designs) return std::nullopt;
    p.designs = std::move(*designs);
    p.factors = output::factor_infos(spec.factors);
    p.outputs = output_infos(spec, *p.baseline);
    return p;
}

std::vector<std::pair<std::string, std::string>> journal_header(const PreparedSweep& p,
                                                                const std::string& version) {
    const models::SweepSpec& spec = p.sweep.spec;
    std::string designs, outputs, factors;
    const auto append = [](std::string& list, const std::string& item) {
        if (!list.empty()) list += ',';
        list += item;
    };
    for (const auto& d : p.designs)
        append(designs, d.plan.name() + ":" + std::to_string(d.points()));
    for (const auto& o : p.outputs) append(outputs, o.name);
    for (const auto& f : p.factors) append(factors, f.name);
    return {{"wfsim", version},
            {"sweep_sha256", output::sha256_hex(spec.source_text)},
            {"scenario_sha256", output::sha256_hex(p.sweep.scenario.source_text)},
            {"design_file_sha256", p.design_file_sha256},
            {"seed", std::to_string(p.seed)},
            {"replications", std::to_string(p.replications)},
            {"designs", designs},
            {"factors", factors},
            {"outputs", outputs}};
}

}  // namespace wfsim::cli
