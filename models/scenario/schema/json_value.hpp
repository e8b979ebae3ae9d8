#pragma once
// A JSON value built in code and written as text, with members in the order they were set; and
// the JSON form of a YAML tree as YAML 1.2 editors read it (for the JSON Schema's defaults, and
// for checking scenario files against the schema).
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wfsim::models::schema {

class JsonValue {
  public:
    enum class Kind { Null, Boolean, Number, String, Array, Object };

    JsonValue() = default;  // null
    static JsonValue boolean(bool value);
    static JsonValue number(double value);
    static JsonValue string(std::string value);
    static JsonValue array(std::vector<JsonValue> items = {});
    static JsonValue object();

    Kind kind() const { return kind_; }
    // Objects: sets `key` (replacing an earlier value of it, keeping its place). Returns *this.
    JsonValue& set(std::string key, JsonValue value);
    // Arrays: appends. Returns *this.
    JsonValue& push(JsonValue value);
    // Objects: the value of `key`, or nullptr.
    const JsonValue* find(std::string_view key) const;
    const std::vector<JsonValue>& items() const { return items_; }
    const std::vector<std::string>& keys() const { return keys_; }  // objects

    // Indented by `indent` spaces a level, with a final newline at the top level.
    std::string dump(int indent = 2) const;

  private:
    void write(std::string& out, int indent, int depth) const;

    Kind kind_ = Kind::Null;
    bool boolean_ = false;
    double number_ = 0.0;
    std::string string_;
    std::vector<std::string> keys_;  // objects: one per item
    std::vector<JsonValue> items_;   // arrays and objects
};

// JSON string literal, quotes included.
std::string json_quoted(std::string_view text);

// A YAML tree as JSON, reading plain scalars as the YAML 1.2 core schema does (as YAML editors
// do): numbers, true/false and null are typed, everything else (quoted text, 11.14%, dates) is a
// string. Map keys become strings.
JsonValue json_from_yaml(const YAML::Node& node);

}  // namespace wfsim::models::schema
