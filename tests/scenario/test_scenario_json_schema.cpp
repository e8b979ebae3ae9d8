// The JSON Schema for editors: generated from the declarations, committed up to date, valid JSON
// and a valid draft-07 schema that accepts every shipped scenario and rejects what wfsim
// rejects (checked with python3-jsonschema when it is installed).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/schema/duration_codec.hpp"
#include "models/scenario/schema/json_schema.hpp"
#include "models/scenario/schema/scenario_schema.hpp"
#include "tests/cli/cli_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim;
using namespace wfsim::models;
using namespace wfsim::testing;
using schema::JsonValue;

namespace {

const char* const kPython = "/usr/bin/python3";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string source_text(const std::string& relative) {
    return read_file(wfsim::testing::source_file(relative));
}

// Every value field of `info` and the objects below it, with its key path.
void collect_values(const schema::ObjectInfo& info, const std::string& prefix,
                    std::vector<std::pair<std::string, const schema::FieldInfo*>>& out) {
    for (const auto& field : info.fields) {
        const std::string path = schema::join_path(prefix, field.key);
        if (field.shape == schema::Shape::Value) out.emplace_back(path, &field);
        if (field.object) collect_values(*field.object, path, out);
    }
}

// The scenario file's JSON form, as a YAML editor sees it.
std::string as_json(const std::string& yaml) {
    return schema::json_from_yaml(YAML::Load(yaml)).dump(2);
}

const JsonValue& at(const JsonValue& value, const std::vector<std::string>& keys) {
    const JsonValue* v = &value;
    for (const auto& key : keys) {
        INFO("key " << key);
        v = v->find(key);
        REQUIRE(v != nullptr);
    }
    return *v;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto where = text.find(from);
    REQUIRE(where != std::string::npos);
    return text.replace(where, from.size(), to);
}

}  // namespace

TEST_CASE("docs/wfsim-scenario.schema.json is what wfsim schema prints", "[schema]") {
    const bool current = source_text("docs/wfsim-scenario.schema.json") == scenario_json_schema();
    INFO("docs/wfsim-scenario.schema.json is stale: run scripts/update-generated-docs.sh");
    CHECK(current);
}

TEST_CASE("wfsim schema prints the JSON Schema, and --markdown the reference", "[schema][cli]") {
    const auto json = run_wfsim("schema 2>/dev/null");
    CHECK(json.exit_code == 0);
    CHECK(json.output == scenario_json_schema());
    const auto markdown = run_wfsim("schema --markdown 2>/dev/null");
    CHECK(markdown.exit_code == 0);
    CHECK(markdown.output == scenario_reference_markdown());
    CHECK(run_wfsim("schema --frobnicate").exit_code == 64);
    CHECK(run_wfsim("schema extra").exit_code == 64);
    CHECK(run_wfsim("schema --help").exit_code == 0);
}

TEST_CASE("every declared value has a JSON Schema of its own", "[schema]") {
    std::vector<std::pair<std::string, const schema::FieldInfo*>> values;
    collect_values(schema::scenario_schema().info(), "", values);
    for (const auto& form : schema::duration_forms())
        if (form.parameters) collect_values(*form.parameters, form.syntax, values);
    CHECK(values.size() >= 25);
    for (const auto& [path, field] : values) {
        INFO(path << " (type '" << field->type << "'): add this type to json_schema.cpp");
        CHECK(schema::value_json_schema(*field).has_value());
    }
}

TEST_CASE("the JSON Schema states types, ranges, keys and names", "[schema]") {
    const JsonValue s = schema::scenario_json_schema_value();
    CHECK(at(s, {"$schema"}).dump(0) == "\"http://json-schema.org/draft-07/schema#\"\n");
    CHECK(at(s, {"additionalProperties"}).kind() == JsonValue::Kind::Boolean);
    CHECK(at(s, {"additionalProperties"}).dump(0) == "false\n");
    CHECK(at(s, {"required"}).dump(0).find("\"groups\"") != std::string::npos);
    CHECK(at(s, {"properties", "years", "maximum"}).dump(0) == "100\n");
    CHECK(at(s, {"properties", "schema_version", "const"}).dump(0) == "1\n");
    at(s, {"properties", "groups", "patternProperties", "^[a-z][a-z0-9_]*$"});

    const JsonValue& group = at(s, {"definitions", "group"});
    CHECK(at(group, {"additionalProperties"}).dump(0) == "false\n");
    // A group may take any key from `defaults`: none is required in its own map.
    CHECK(group.find("required") == nullptr);
    const JsonValue& turnover = at(group, {"properties", "leaving", "properties", "turnover"});
    CHECK_THAT(at(turnover, {"description"}).dump(0), Catch::Contains("Unit: per year"));
    const auto& forms = at(turnover, {"oneOf"}).items();
    REQUIRE(forms.size() == 2);
    CHECK(at(forms[0], {"minimum"}).dump(0) == "0\n");
    CHECK(at(forms[0], {"maximum"}).dump(0) == "1\n");
    CHECK(at(forms[1], {"type"}).dump(0) == "\"string\"\n");
    const JsonValue& spell = at(group, {"properties", "absence", "properties", "spell_days"});
    CHECK_THAT(at(spell, {"description"}).dump(0),
               Catch::Contains("Default: {lognormal: {mean: 8, sd: 10}}"));
    CHECK(at(spell, {"default", "lognormal", "sd"}).dump(0) == "10\n");
    CHECK(at(s, {"definitions", "duration", "oneOf"}).items().size() >= 5);
}

TEST_CASE("every shipped scenario starts with the line that gives editors the schema",
          "[schema][scenarios]") {
    int count = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(wfsim::testing::source_file("scenarios"))) {
        if (entry.path().extension() != ".yaml") continue;
        INFO(entry.path());
        const std::string text = read_file(entry.path());
        CHECK(text.rfind("# yaml-language-server: $schema=../docs/wfsim-scenario.schema.json\n",
                         0) == 0);
        ++count;
    }
    CHECK(count >= 3);
}

TEST_CASE("the JSON Schema accepts the shipped scenarios and rejects invalid ones",
          "[schema][scenarios]") {
    if (std::system((std::string(kPython) + " -c 'import json' >/dev/null 2>&1").c_str()) != 0) {
        WARN("skipped: " << kPython << " is not available");
        return;
    }
    ScratchDirectory dir;
    dir.write("schema.json", scenario_json_schema());
    const std::string parse = std::string(kPython) +
                              " -c 'import json, sys; json.load(open(sys.argv[1]))' '" +
                              dir.file("schema.json") + "' 2>&1";
    REQUIRE(std::system(parse.c_str()) == 0);  // valid JSON

    std::string valid;
    for (const auto& entry :
         std::filesystem::directory_iterator(wfsim::testing::source_file("scenarios"))) {
        if (entry.path().extension() != ".yaml") continue;
        const std::string name = entry.path().stem().string() + ".json";
        dir.write(name, as_json(read_file(entry.path())));
        valid += " '" + dir.file(name) + "'";
    }
    const std::string doc = source_text("docs/scenario.md");
    const auto begin = doc.find("```yaml\n") + 8;
    dir.write("docs_example.json", as_json(doc.substr(begin, doc.find("```", begin) - begin)));
    valid += " '" + dir.file("docs_example.json") + "'";

    // Each is invalid for wfsim too: the schema and the loader agree.
    const std::string ward = read_file(shipped_scenario("teaching_ward.yaml"));
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"turnover_above_one", replaced(ward, "turnover: 12%", "turnover: 1.2")},
        {"percentage_above_100", replaced(ward, "turnover: 12%", "turnover: 120%")},
        {"unknown_top_key", ward + "colour: blue\n"},
        {"misspelt_group_key", replaced(ward, "headcount:", "headcont:")},
        {"years_and_months", ward + "months: 36\n"},
        {"bad_group_name", replaced(ward, "ward_nurses:", "Ward_Nurses:")},
        {"lognormal_without_sd", replaced(ward, "    absence:",
                                          "    recruitment: {time_to_hire_days: {lognormal: {mean: "
                                          "90}}}\n    absence:")},
        {"bad_band_label",
         replaced(ward, "    absence:", "    age_bands: {under25: 1}\n    absence:")},
        {"turnover_and_hazard",
         replaced(ward, "turnover: 12%", "turnover: 12%\n      hazard_per_year: 0.1")},
        {"schema_version_2", replaced(ward, "schema_version: 1", "schema_version: 2")},
        {"no_name", replaced(ward, "name: Teaching", "description: Teaching")},
        {"negative_days",
         replaced(ward, "    absence:", "    recruitment: {time_to_hire_days: -5}\n    absence:")},
        {"variant_named_baseline",
         ward + "variants:\n  baseline:\n    interventions:\n      cut: {parameter: "
                "groups.ward_nurses.leaving.turnover, multiply: 0.9}\n"},
    };
    std::string invalid;
    for (const auto& [name, text] : bad) {
        INFO(name);
        CHECK_THROWS_AS(load_scenario_text(text, name), ScenarioError);
        dir.write(name + ".json", as_json(text));
        invalid += " '" + dir.file(name + ".json") + "'";
    }
    const std::string check = std::string(kPython) + " '" + WFSIM_SOURCE_DIR +
                              "/tests/scenario/json_schema_check.py' '" + dir.file("schema.json") +
                              "' --valid" + valid + " --invalid" + invalid + " 2>&1";
    const int status = std::system(check.c_str());
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3) {
        WARN("skipped: python3-jsonschema is not installed (scripts/install-dependencies.sh)");
        return;
    }
    CHECK(status == 0);
}
