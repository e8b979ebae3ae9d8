#include "models/sweep_file/sweep_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "models/metrics/derived_metrics.hpp"
#include "models/outcomes/outcome_definitions.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/schema/scenario_schema.hpp"
#include "models/scenario/yaml/closest_key.hpp"
#include "models/scenario/yaml/text_encoding.hpp"
#include "models/sweep_file/sweep_schema.hpp"

namespace wfsim::models {
namespace {

using schema::Position;

[[noreturn]] void fail_without_place(const std::string& file, std::string message) {
    throw ScenarioError({Diagnostic{file, 0, 0, "", std::move(message)}});
}

std::string read_file(const std::string& path, const char* what) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        fail_without_place(path, std::string("is a directory, not a ") + what);
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int error = errno;
        fail_without_place(path, std::string("cannot open the ") + what + ": " +
                                     (error != 0 ? std::strerror(error) : "unknown error"));
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) fail_without_place(path, std::string("cannot read the ") + what);
    return text;
}

// The one YAML document of a sweep file, a map; nothing after reporting why not.
std::optional<YAML::Node> sweep_document(const std::string& text, schema::Reporter& reporter) {
    if (auto problem = schema::check_utf8_text(text)) {
        reporter.error({problem->line, problem->column}, "", problem->message);
        return std::nullopt;
    }
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text);
    } catch (const YAML::Exception& e) {
        const Position at = e.mark.is_null() || e.mark.line < 0
                                ? Position{}
                                : Position{e.mark.line + 1, e.mark.column + 1};
        reporter.error(at, "", "YAML syntax error: " + e.msg);
        return std::nullopt;
    }
    if (documents.size() != 1 || !documents.front().IsMap()) {
        reporter.error({1, 1}, "",
                       "expected one YAML document, a map of sweep keys (schema_version, name, "
                       "scenario, factors, outputs, designs)");
        return std::nullopt;
    }
    return documents.front();
}

// The names of the scenario's named objects, so that factor paths naming them are checked.
void register_scenario_names(const Scenario& s, schema::NamedObjectIndex& named) {
    const auto names_of = [](const auto& items) {
        std::vector<std::string> out;
        for (const auto& item : items) out.push_back(item.name);
        return out;
    };
    named.names["groups"] = names_of(s.groups);
    named.names["international"] = names_of(s.international);
    named.names["training"] = names_of(s.training);
    named.names["graduates"] = names_of(s.graduates);
    named.names["shocks"] = names_of(s.shocks);
    named.names["reservists"] = names_of(s.reservists);
}

// The scenario the sweep names, read; its problems are thrown as they are (they are located in
// the scenario file). Problems finding it are reported at the `scenario` key.
std::optional<LoadedSweep> load_named_scenario(const YAML::Node& root, const std::string& folder,
                                               schema::Reporter& reporter) {
    const schema::MapReader top(root, "", nullptr);
    const schema::MapEntry* entry = top.find("scenario");
    if (!entry || !entry->value.IsScalar()) return std::nullopt;  // the schema reports it
    const std::string written = entry->value.Scalar();
    const std::filesystem::path relative(written);
    LoadedSweep loaded;
    loaded.scenario_path = relative.is_absolute() || folder.empty()
                               ? written
                               : (std::filesystem::path(folder) / relative).string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(loaded.scenario_path, ec)) {
        reporter.error(entry->value_position(), "scenario",
                       "no scenario file at " + loaded.scenario_path +
                           " (the path is relative to the sweep file's folder)");
        return std::nullopt;
    }
    loaded.scenario = load_scenario_file(loaded.scenario_path);
    return loaded;
}

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

}  // namespace

LoadedSweep load_sweep_text(const std::string& text, const std::string& display_name,
                            const std::string& folder) {
    DiagnosticList diagnostics;
    schema::Reporter reporter(diagnostics, display_name);
    std::optional<LoadedSweep> loaded;
    try {
        if (const auto root = sweep_document(text, reporter)) {
            loaded = load_named_scenario(*root, folder, reporter);
            schema::ParseContext ctx{reporter};
            if (loaded) register_scenario_names(loaded->scenario, ctx.named);
            if (!loaded) loaded.emplace();
            const schema::MapReader top(*root, "", &reporter);
            const std::vector<schema::Layer> layers{{&top, true}};
            schema::sweep_schema().parse(layers, top.position(), "", loaded->spec, ctx);
        }
    } catch (const ScenarioError&) {
        throw;  // the scenario's own problems
    } catch (const std::exception& e) {
        reporter.error({}, "", std::string("internal error while reading the sweep: ") + e.what());
    }
    if (!diagnostics.empty()) diagnostics.throw_all();
    loaded->spec.source_path = display_name;
    loaded->spec.source_text = text;
    return std::move(*loaded);
}

std::string sweep_reference_markdown() {
    return "## Sweep file reference (schema_version " +
           std::to_string(schema::kSweepSchemaVersion) +
           ")\n\nGenerated from the declarations in `models/sweep_file/`; `wfsim schema --sweep` "
           "prints it. Keys are strict, as in scenario files. Factors are declared as a "
           "scenario's `uncertainty` is (docs/scenario.md).\n\n" +
           object_reference_markdown(schema::sweep_schema().info());
}

LoadedSweep load_sweep_file(const std::string& path) {
    const std::string text = read_file(path, "sweep file");
    return load_sweep_text(text, path, std::filesystem::path(path).parent_path().string());
}

void check_sweep_outputs(const SweepSpec& spec, const Scenario& scenario,
                         const ResultLayout& layout, const sim::TimeAxis& axis) {
    DiagnosticList diagnostics;
    const auto report = [&](const LocatedName& at, const std::string& path, std::string message) {
        diagnostics.add(
            {spec.source_path, at.position.line, at.position.column, path, std::move(message)});
    };
    const auto check_name = [&](const LocatedName& name, const std::string& path,
                                const std::vector<std::string>& allowed, const std::string& noun) {
        for (const auto& a : allowed)
            if (a == name.text) return;
        std::vector<schema::KeyCandidate> candidates;
        for (const auto& a : allowed) candidates.push_back({a, {a}});
        std::string message = "unknown " + noun + " '" + name.text + "'";
        if (auto near = schema::closest_key(name.text, candidates))
            message += "; did you mean '" + *near + "'?";
        else if (noun == "target")
            message += allowed.empty()
                           ? "; " + spec.scenario + " has no targets"
                           : "; the targets of " + spec.scenario + " are " + join_names(allowed);
        else
            message += "; a run of " + spec.scenario + " reports " +
                       std::to_string(allowed.size()) + " " + noun +
                       "s (docs/output.md lists them)";
        report(name, path, std::move(message));
    };
    std::vector<std::string> metrics, targets;
    for (const auto& m : layout.metrics) metrics.push_back(m.name);
    for (const auto& d : derived_metric_infos(layout)) metrics.push_back(d.name);
    for (const auto& t : scenario.targets) targets.push_back(t.name);
    std::vector<std::string> years;
    for (const auto& fy : axis.financial_years()) years.push_back(fy.label);
    for (const SweepOutputSpec& o : spec.outputs) {
        const std::string path = "outputs." + o.name;
        if (o.target) {
            check_name(*o.target, path + ".target", targets, "target");
            continue;
        }
        check_name(*o.metric, path + ".metric", metrics, "metric");
        check_name(o.unit, path + ".unit", layout.units.names, "unit");
        if (o.year && std::find(years.begin(), years.end(), o.year->text) == years.end()) {
            report(*o.year, path + ".year",
                   o.year->text + " is not a financial year wholly inside the run" +
                       (years.empty() ? std::string(" (the run has none)")
                                      : " (" + years.front() + " to " + years.back() + ")"));
        }
        if (o.month) {
            const auto date = sim::Date::parse(o.month->text);
            if (!date || *date < axis.start() || !(*date < axis.end()))
                report(*o.month, path + ".month",
                       o.month->text + " is outside the run (" + axis.start().iso() + " to " +
                           (axis.end() + -1).iso() + ")");
        }
    }
    if (!diagnostics.empty()) diagnostics.throw_all();
    // Bound to the run as targets are, for what the names alone do not show (a 12-month figure
    // asked for in the run's first 11 months).
    Scenario bound;
    for (const SweepOutputSpec& o : spec.outputs) bound.targets.push_back(o.as_target(scenario));
    try {
        outcomes::define_outcomes(bound, layout, axis);
    } catch (const outcomes::OutcomeDefinitionError& e) {
        for (const outcomes::OutcomeProblem& p : e.problems()) {
            // "targets.<output>.<key>" of the output's target, or of the target it names.
            const std::string rest = p.key_path.substr(std::string("targets.").size());
            const std::string name = rest.substr(0, rest.find('.'));
            const std::string key = rest.substr(name.size() + 1);
            for (const SweepOutputSpec& o : spec.outputs) {
                if (o.target ? o.target->text != name : o.name != name) continue;
                const LocatedName& at = o.target                    ? *o.target
                                        : key == "month" && o.month ? *o.month
                                        : key == "year" && o.year   ? *o.year
                                                                    : *o.metric;
                report(at, "outputs." + o.name + (o.target ? ".target" : "." + key),
                       o.target ? "target " + name + ": " + p.message : p.message);
            }
        }
    }
    if (!diagnostics.empty()) diagnostics.throw_all();
}

void check_factor_values(const LoadedSweep& sweep, const FactorOverrides& overrides,
                         const PointReader& read) {
    overrides.check_ranges(read, {}, sweep.spec.source_path);
}

}  // namespace wfsim::models
