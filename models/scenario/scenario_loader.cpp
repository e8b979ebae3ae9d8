#include "models/scenario/scenario_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <stdexcept>

#include "models/scenario/input_file.hpp"
#include "models/scenario/scenario_tree.hpp"
#include "models/scenario/schema/scenario_schema.hpp"
#include "models/scenario/variant_worlds.hpp"
#include "models/scenario/yaml/text_encoding.hpp"
#include "models/scenario/yaml/yaml_document.hpp"

namespace wfsim::models {
namespace {

using schema::Position;

std::string too_large(std::size_t bytes) {
    return "the scenario is " + schema::count_text(bytes) + " bytes; a scenario may be at most " +
           schema::bytes_text(schema::scenario_yaml_limits().max_bytes);
}

[[noreturn]] void fail_without_place(const std::string& file, std::string message) {
    throw ScenarioError({Diagnostic{file, 0, 0, "", std::move(message)}});
}

// The one YAML document of `text`, or nothing after reporting why it cannot be read.
std::optional<YAML::Node> load_document(const std::string& text, schema::Reporter& reporter) {
    const schema::YamlLimits& limits = schema::scenario_yaml_limits();
    if (text.size() > limits.max_bytes) {
        reporter.error({}, "", too_large(text.size()));
        return std::nullopt;
    }
    if (auto problem = schema::check_utf8_text(text)) {
        reporter.error({problem->line, problem->column}, "", problem->message);
        return std::nullopt;
    }
    auto loaded = schema::load_yaml_document(text, limits);
    if (const auto* problem = std::get_if<schema::YamlProblem>(&loaded)) {
        reporter.error(problem->position, "", problem->message);
        return std::nullopt;
    }
    return std::get<YAML::Node>(loaded);
}

// `root` when it is a map of keys, or nothing after reporting what it is instead.
std::optional<YAML::Node> scenario_map(const YAML::Node& root, schema::Reporter& reporter) {
    if (root.IsNull()) {
        reporter.error({}, "",
                       "the file is empty: a scenario needs schema_version, name, start, years "
                       "(or months) and groups");
        return std::nullopt;
    }
    if (!root.IsMap()) {
        const Position at = schema::position_of(root);
        std::string message =
            "expected a map of scenario keys (schema_version, name, start, ...) at the top level, "
            "found " +
            schema::describe_found(root);
        if (root.IsScalar() && root.Scalar().find(',') != std::string::npos)
            message += ": this looks like comma-separated values (a CSV file), not a scenario";
        reporter.error(at.line > 0 ? at : Position{1, 1}, "", std::move(message));
        return std::nullopt;
    }
    return root;
}

YAML::Node entry_value(const YAML::Node& map, const std::string& key) {
    if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key) return it->second;
    return YAML::Node(YAML::NodeType::Undefined);
}

// Each variant's worlds (variant_worlds.hpp), their problems reported at the change that makes
// them: the value of its `set`, `multiply` or `add` as written.
void build_variant_worlds(const YAML::Node& root, Scenario& scenario, schema::Reporter& reporter) {
    const YAML::Node variants = entry_value(root, "variants");
    for (VariantSpec& variant : scenario.variants) {
        const YAML::Node written =
            entry_value(entry_value(variants, variant.name), "interventions");
        std::vector<InterventionPlace> places;
        for (const InterventionSpec& change : variant.interventions) {
            const std::string key = change.set        ? "set"
                                    : change.multiply ? "multiply"
                                    : change.add      ? "add"
                                                      : "parameter";
            const YAML::Node map = entry_value(written, change.name);
            const YAML::Node value = entry_value(map, key);
            places.push_back(
                {schema::position_of(value.IsDefined() ? value : map),
                 "variants." + variant.name + ".interventions." + change.name + "." + key});
        }
        variant.worlds = variant_worlds(scenario, variant, places, reporter);
    }
}

// `tree` is what `text` reads to when the caller has read it already; otherwise it is read here.
Scenario parse_scenario(const std::string& text, const YAML::Node* tree,
                        const std::vector<ParameterOverride>& overrides,
                        schema::OverrideOrigins& origins, schema::Reporter& reporter) {
    Scenario scenario;
    auto root = tree ? std::optional<YAML::Node>(*tree) : load_document(text, reporter);
    if (root) root = scenario_map(*root, reporter);
    schema::apply_overrides(root ? *root : YAML::Node(), overrides,
                            schema::scenario_schema().info(), origins, reporter);
    if (!root) return scenario;
    const schema::MapReader top(*root, "", &reporter);
    schema::ParseContext ctx{reporter};
    ctx.places = &scenario.key_places;
    const std::vector<schema::Layer> layers{{&top, true}};
    schema::scenario_schema().parse(layers, top.position(), "", scenario, ctx);
    // The variants are checked once the rest reads cleanly: their worlds are the scenario with
    // changes applied.
    if (reporter.count() == 0) build_variant_worlds(*root, scenario, reporter);
    return scenario;
}

Scenario load_scenario(const std::string& text, const YAML::Node* tree,
                       const std::string& display_name,
                       const std::vector<ParameterOverride>& overrides) {
    DiagnosticList diagnostics;
    schema::Reporter reporter(diagnostics, display_name);
    schema::OverrideOrigins origins(text);
    reporter.attach(&origins);
    Scenario scenario;
    try {
        scenario = parse_scenario(text, tree, overrides, origins, reporter);
    } catch (const std::exception& e) {
        // Not expected: reported rather than let through, so that bad input never crashes.
        reporter.error({}, "",
                       std::string("internal error while reading the scenario: ") + e.what());
    }
    if (!diagnostics.empty()) diagnostics.throw_all();
    scenario.source_path = display_name;
    scenario.source_text = text;
    return scenario;
}

}  // namespace

Scenario load_scenario_text(const std::string& text, const std::string& display_name,
                            const std::vector<ParameterOverride>& overrides) {
    return load_scenario(text, nullptr, display_name, overrides);
}

std::optional<YAML::Node> read_scenario_tree(const std::string& text) {
    DiagnosticList diagnostics;
    schema::Reporter reporter(diagnostics, "");
    return load_document(text, reporter);
}

Scenario load_scenario_tree(const YAML::Node& tree, const std::string& text,
                            const std::string& display_name,
                            const std::vector<ParameterOverride>& overrides) {
    return load_scenario(text, &tree, display_name, overrides);
}

Scenario load_scenario_file(const std::string& path,
                            const std::vector<ParameterOverride>& overrides) {
    std::string problem;
    auto text =
        read_input_file(path, "scenario file", schema::scenario_yaml_limits().max_bytes, problem);
    if (!text) fail_without_place(path, std::move(problem));
    return load_scenario_text(*text, path, overrides);
}

std::vector<ParameterOverride> parse_parameter_overrides(const std::vector<std::string>& texts) {
    std::vector<ParameterOverride> overrides;
    for (const std::string& text : texts) {
        std::string problem;
        auto parsed = parse_parameter_override(text, problem);
        if (!parsed) throw std::invalid_argument("--set " + text + ": " + problem);
        overrides.push_back(std::move(*parsed));
    }
    return overrides;
}

std::string resolved_scenario_yaml(const Scenario& scenario) {
    schema::YamlWriter writer;
    writer.comment("Resolved scenario: every default filled in.");
    schema::scenario_schema().write(scenario, writer);
    return writer.str();
}

}  // namespace wfsim::models
