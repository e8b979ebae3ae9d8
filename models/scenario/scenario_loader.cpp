#include "models/scenario/scenario_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "models/scenario/schema/scenario_schema.hpp"
#include "models/scenario/yaml/text_encoding.hpp"

namespace wfsim::models {
namespace {

using schema::Position;

Position position_of_mark(const YAML::Mark& mark) {
    if (mark.is_null() || mark.line < 0 || mark.column < 0) return {};
    return {mark.line + 1, mark.column + 1};
}

[[noreturn]] void fail_without_place(const std::string& file, std::string message) {
    throw ScenarioError({Diagnostic{file, 0, 0, "", std::move(message)}});
}

// The YAML documents of `text`, or nothing after reporting why they cannot be read.
std::optional<YAML::Node> load_document(const std::string& text, schema::Reporter& reporter) {
    if (auto problem = schema::check_utf8_text(text)) {
        reporter.error({problem->line, problem->column}, "", problem->message);
        return std::nullopt;
    }
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text);
    } catch (const YAML::Exception& e) {
        reporter.error(position_of_mark(e.mark), "", "YAML syntax error: " + e.msg);
        return std::nullopt;
    }
    if (documents.empty() || (documents.size() == 1 && documents.front().IsNull())) {
        reporter.error({}, "",
                       "the file is empty: a scenario needs schema_version, name, start, years "
                       "(or months) and groups");
        return std::nullopt;
    }
    if (documents.size() > 1) {
        reporter.error(schema::position_of(documents[1]), "",
                       "a scenario file holds one YAML document; found more than one ('---')");
        return std::nullopt;
    }
    const YAML::Node& root = documents.front();
    if (!root.IsMap()) {
        const Position at = schema::position_of(root);
        reporter.error(at.line > 0 ? at : Position{1, 1}, "",
                       "expected a map of scenario keys (schema_version, name, start, ...) at the "
                       "top level, found " +
                           schema::describe_found(root));
        return std::nullopt;
    }
    return root;
}

Scenario parse_scenario(const std::string& text, const std::vector<ParameterOverride>& overrides,
                        schema::OverrideOrigins& origins, schema::Reporter& reporter) {
    Scenario scenario;
    const auto root = load_document(text, reporter);
    schema::apply_overrides(root ? *root : YAML::Node(), overrides,
                            schema::scenario_schema().info(), origins, reporter);
    if (!root) return scenario;
    const schema::MapReader top(*root, "", &reporter);
    schema::ParseContext ctx{reporter};
    const std::vector<schema::Layer> layers{{&top, true}};
    schema::scenario_schema().parse(layers, top.position(), "", scenario, ctx);
    return scenario;
}

}  // namespace

Scenario load_scenario_text(const std::string& text, const std::string& display_name,
                            const std::vector<ParameterOverride>& overrides) {
    DiagnosticList diagnostics;
    schema::Reporter reporter(diagnostics, display_name);
    schema::OverrideOrigins origins(text);
    reporter.attach(&origins);
    Scenario scenario;
    try {
        scenario = parse_scenario(text, overrides, origins, reporter);
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

Scenario load_scenario_file(const std::string& path,
                            const std::vector<ParameterOverride>& overrides) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        fail_without_place(path, "is a directory, not a scenario file");
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int error = errno;
        fail_without_place(path, std::string("cannot open the scenario file: ") +
                                     (error != 0 ? std::strerror(error) : "unknown error"));
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) fail_without_place(path, "cannot read the scenario file");
    return load_scenario_text(text, path, overrides);
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
