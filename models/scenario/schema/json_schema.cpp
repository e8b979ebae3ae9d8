// The scenario format as a JSON Schema: a walk over the declared objects (keys, required keys,
// alternatives, descriptions, defaults), with the values' own schemas from json_schema_values.cpp.
#include "models/scenario/schema/json_schema.hpp"

#include <cctype>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/schema/duration_codec.hpp"
#include "models/scenario/schema/scenario_schema.hpp"

namespace wfsim::models::schema {
namespace {

using namespace json_parts;

constexpr const char* kDraft07 = "http://json-schema.org/draft-07/schema#";

// "{lognormal: {mean: M, sd: S}}" -> "lognormal".
std::string form_kind(const DurationForm& form) {
    const std::size_t open = form.syntax.find('{');
    const std::size_t colon = form.syntax.find(':');
    if (open == std::string::npos || colon == std::string::npos || colon < open) return "";
    return form.syntax.substr(open + 1, colon - open - 1);
}

std::string sentence(std::string text) {
    if (!text.empty() && text.back() != '.') text += '.';
    return text;
}

std::string field_description(const FieldInfo& field) {
    std::string out = sentence(field.meaning);
    const auto add = [&](const std::string& label, const std::string& value) {
        if (value.empty()) return;
        out += (out.empty() ? "" : " ") + label + ": " + sentence(value);
    };
    add("Unit", field.unit);
    switch (field.presence) {
        case Presence::Required:
            out += " Required.";
            break;
        case Presence::Defaulted:
            add("Default", field.default_text);
            break;
        case Presence::Optional:
            add("If left out", field.default_text);
            break;
    }
    if (field.shape == Shape::Value) add("Allowed", field.range_text);
    add("Typical", field.typical);
    if (field.shape == Shape::Value) add("Changed from a date", dated_change_text(field.dated));
    return out;
}

std::optional<JsonValue> default_value(const FieldInfo& field) {
    if (field.presence != Presence::Defaulted) return std::nullopt;
    try {
        return json_from_yaml(YAML::Load(field.default_text));
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
}

// Keys that stand for one another, as constraints: never two of a set of alternatives, and (when
// `required` counts) at least one of a required set.
void add_alternatives(const ObjectInfo& info, bool required, JsonValue& schema) {
    JsonValue all = JsonValue::array();
    for (const AlternativeKeys& set : info.alternatives) {
        if (set.capacity == 1 && set.overfull_is_error) {
            for (std::size_t a = 0; a < set.keys.size(); ++a)
                for (std::size_t b = a + 1; b < set.keys.size(); ++b)
                    all.push(JsonValue::object().set(
                        "not",
                        JsonValue::object().set("required", strings({set.keys[a], set.keys[b]}))));
        } else if (set.overfull_is_error &&
                   set.keys.size() == static_cast<std::size_t>(set.capacity) + 1) {
            all.push(JsonValue::object().set(
                "not", JsonValue::object().set("required", strings(set.keys))));
        }
        if (set.required && required) {
            JsonValue any = JsonValue::array();
            for (const auto& key : set.keys)
                any.push(JsonValue::object().set("required", strings({key})));
            all.push(JsonValue::object().set("anyOf", std::move(any)));
        }
    }
    if (!all.items().empty()) schema.set("allOf", std::move(all));
}

// "international programme" -> "international_programme": a name a $ref can use as it is.
std::string definition_name(const std::string& title) {
    std::string name = title;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
}

std::string object_description(const ObjectInfo& info) {
    std::string out = sentence(info.summary);
    for (const auto& set : info.alternatives) out.append(" ").append(sentence(set.rule));
    for (const auto& rule : info.rules) out.append(" ").append(sentence(rule));
    return out;
}

// A nested object's: what the key means, then what the object is (once when they agree).
std::string object_description(const std::string& meaning, const ObjectInfo& info) {
    std::string stem = meaning;
    if (!stem.empty() && stem.back() == '.') stem.pop_back();
    if (info.summary.rfind(stem, 0) == 0) return object_description(info);
    return sentence(meaning) + " " + object_description(info);
}

// `first`'s members, then `second`'s. A $ref beside other keywords is ignored in draft-07, so
// a schema that is a $ref is wrapped in allOf.
JsonValue merged(JsonValue first, const JsonValue& second) {
    if (second.find("$ref")) return first.set("allOf", JsonValue::array({second}));
    for (std::size_t i = 0; i < second.keys().size(); ++i)
        first.set(second.keys()[i], second.items()[i]);
    return first;
}

JsonValue duration_schema();

class SchemaBuilder {
  public:
    // `layered`: an object a group may take key by key from `defaults`, so that no key of it is
    // required in the group's own map.
    JsonValue object(const ObjectInfo& info, bool layered, const std::string& description) {
        JsonValue schema = typed("object");
        if (!description.empty()) schema.set("description", text(description));
        JsonValue properties = JsonValue::object();
        std::vector<std::string> required;
        for (const FieldInfo& field : info.fields) {
            properties.set(field.key, this->field(field, layered, has_defaults(info, field)));
            if (!layered && field.presence == Presence::Required) required.push_back(field.key);
        }
        schema.set("properties", std::move(properties));
        if (!required.empty()) schema.set("required", strings(required));
        schema.set("additionalProperties", JsonValue::boolean(false));
        add_alternatives(info, !layered, schema);
        return schema;
    }

    JsonValue definitions() {
        JsonValue out = JsonValue::object().set("duration", duration_schema());
        for (auto& [name, schema] : definitions_) out.set(name, std::move(schema));
        return out;
    }

  private:
    // Whether `info` has a `defaults` object for the objects of `field` (groups), from which
    // they may take any key.
    static bool has_defaults(const ObjectInfo& info, const FieldInfo& field) {
        for (const FieldInfo& other : info.fields)
            if (other.shape == Shape::Defaults && other.object == field.object) return true;
        return false;
    }

    JsonValue field(const FieldInfo& field, bool layered, bool items_layered) {
        JsonValue described = JsonValue::object();
        switch (field.shape) {
            case Shape::Value: {
                described.set("description", text(field_description(field)));
                if (auto fallback = default_value(field))
                    described.set("default", std::move(*fallback));
                auto schema = value_json_schema(field);
                return merged(std::move(described), schema ? *schema : JsonValue::object());
            }
            case Shape::Object:
                return object(*field.object, layered,
                              object_description(field.meaning, *field.object));
            case Shape::NamedObjects:
                described.set("description", text(field_description(field)));
                described.set("type", text("object"));
                if (field.presence == Presence::Required)
                    described.set("minProperties", JsonValue::number(1));
                described.set("patternProperties",
                              JsonValue::object().set(
                                  kNamePattern, ref_to(item_ref(*field.object, items_layered))));
                if (!field.reserved_names.empty()) {
                    JsonValue names = JsonValue::array();
                    for (const ReservedName& r : field.reserved_names)
                        names.push(JsonValue::string(r.name));
                    described.set("propertyNames",
                                  JsonValue::object().set(
                                      "not", JsonValue::object().set("enum", std::move(names))));
                }
                described.set("additionalProperties", JsonValue::boolean(false));
                return described;
            case Shape::Defaults:
                described.set("description", text(field_description(field)));
                return merged(std::move(described), ref_to(item_ref(*field.object, true)));
        }
        return described;
    }

    // Objects of a map of named objects (groups) are defined once, also for `defaults`.
    // `layered`: they may take keys from `defaults`, so none of their keys is required.
    std::string item_ref(const ObjectInfo& item, bool layered) {
        const std::string name = definition_name(item.title);
        const std::string target = "#/definitions/" + name;
        for (const auto& definition : definitions_)
            if (definition.first == name) return target;
        definitions_.emplace_back(name, JsonValue());
        const std::size_t at = definitions_.size() - 1;
        JsonValue schema = object(item, layered, object_description(item));
        definitions_[at].second = std::move(schema);
        return target;
    }

    std::vector<std::pair<std::string, JsonValue>> definitions_;
};

JsonValue duration_schema() {
    JsonValue forms = JsonValue::array();
    forms.push(with_range(typed("number"), at_least(0))
                   .set("description", text("A fixed number of days.")));
    for (const DurationForm& form : duration_forms()) {
        const std::string kind = form_kind(form);
        if (kind.empty()) continue;
        JsonValue parameters = JsonValue::object();  // a form without declared parameters
        if (form.parameters) {
            SchemaBuilder inner;
            parameters =
                inner.object(*form.parameters, false, object_description(*form.parameters));
        } else if (kind == "fixed") {
            parameters = with_range(typed("number"), at_least(0));
        }
        if (form.collection == Collection::List)  // a mixture: a list of components
            parameters = typed("array")
                             .set("minItems", JsonValue::number(1))
                             .set("items", std::move(parameters));
        forms.push(typed("object")
                       .set("description", text(form.syntax + ": " + form.meaning))
                       .set("properties", JsonValue::object().set(kind, std::move(parameters)))
                       .set("required", strings({kind}))
                       .set("additionalProperties", JsonValue::boolean(false)));
    }
    return JsonValue::object()
        .set("description",
             text("A duration in days: a plain number (fixed), or one distribution such as "
                  "{lognormal: {mean: 90, sd: 30}}."))
        .set("oneOf", std::move(forms));
}

}  // namespace

JsonValue scenario_json_schema_value() {
    const ObjectInfo& root = scenario_schema().info();
    SchemaBuilder builder;
    JsonValue body = builder.object(root, false, "");
    JsonValue schema =
        JsonValue::object()
            .set("$schema", text(kDraft07))
            .set("$comment", text("Generated from the parameter declarations by `wfsim "
                                  "schema`; do not edit. Reference: docs/scenario.md."))
            .set("title",
                 text("wfsim scenario (schema_version " + std::to_string(kSchemaVersion) + ")"))
            .set("description", text(object_description(root)));
    schema = merged(std::move(schema), body);
    return schema.set("definitions", builder.definitions());
}

}  // namespace wfsim::models::schema

namespace wfsim::models {

std::string scenario_json_schema() {
    return schema::scenario_json_schema_value().dump(2);
}

}  // namespace wfsim::models
