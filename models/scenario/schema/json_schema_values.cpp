// The JSON Schema of single values, from their declared type, range and (for maps and lists)
// what their codec says they hold; and the building blocks both walks share.
#include "models/scenario/schema/json_schema.hpp"

namespace wfsim::models::schema {

namespace json_parts {

JsonValue text(std::string value) {
    return JsonValue::string(std::move(value));
}

JsonValue typed(const char* type) {
    return JsonValue::object().set("type", text(type));
}

JsonValue ref_to(const std::string& target) {
    return JsonValue::object().set("$ref", text(target));
}

JsonValue strings(const std::vector<std::string>& values) {
    JsonValue out = JsonValue::array();
    for (const auto& value : values) out.push(text(value));
    return out;
}

JsonValue with_range(JsonValue schema, const Range& range) {
    if (range.min)
        schema.set(range.min_exclusive ? "exclusiveMinimum" : "minimum",
                   JsonValue::number(*range.min));
    if (range.max)
        schema.set(range.max_exclusive ? "exclusiveMaximum" : "maximum",
                   JsonValue::number(*range.max));
    return schema;
}

}  // namespace json_parts

namespace {

using namespace json_parts;

constexpr const char* kDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
constexpr const char* kMonthPattern = "^[0-9]{4}-[0-9]{2}$";
constexpr const char* kFinancialYearPattern = "^[0-9]{4}/[0-9]{2}$";
constexpr const char* kFinancialYearsPattern = "^[0-9]{4}/[0-9]{2}\\.\\.([0-9]{4}/[0-9]{2})?$";
// under_N, A_B, N_plus with whole years (band_codec.cpp reads up to three digits).
constexpr const char* kBandLabelPattern =
    "^(under_[0-9]{1,3}|[0-9]{1,3}_[0-9]{1,3}|[0-9]{1,3}_plus)$";
// A percentage as read_rate accepts it: a decimal number, optional spaces, %.
constexpr const char* kPercentPattern =
    "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)? *%$";
// The same within [0%, 100%] and [0%, 100%), the ranges of shares and of most rates.
constexpr const char* kPercentTo100Pattern =
    "^\\+?(0*100(\\.0*)?|0*[0-9]{1,2}(\\.[0-9]*)?|\\.[0-9]+) *%$";
constexpr const char* kPercentBelow100Pattern = "^\\+?(0*[0-9]{1,2}(\\.[0-9]*)?|\\.[0-9]+) *%$";

std::string percent_pattern(const Range& range) {
    const bool from_zero = range.min && *range.min == 0.0 && !range.min_exclusive;
    if (!from_zero || !range.max || *range.max != 1.0) return kPercentPattern;
    return range.max_exclusive ? kPercentBelow100Pattern : kPercentTo100Pattern;
}

JsonValue rate_schema(const Range& range) {
    JsonValue as_percent = typed("string").set("pattern", text(percent_pattern(range)));
    return JsonValue::object().set(
        "oneOf", JsonValue::array({with_range(typed("number"), range), std::move(as_percent)}));
}

bool ends_with(const std::string& text, std::string_view tail) {
    return text.size() >= tail.size() &&
           text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// A single value of `type` (a whole value, a map value or a list item); nullopt for a type
// this walk does not know.
std::optional<JsonValue> scalar_schema(const std::string& type, const Range& range,
                                       const std::string& allowed_text) {
    if (type == "number") return with_range(typed("number"), range);
    if (type == "rate" || type == "threshold" || type == "number or percentage")
        return rate_schema(range);
    if (type == "whole number") {
        // A single allowed value (schema_version: 1) is stated as the allowed text.
        if (auto only = parse_whole(allowed_text))
            return JsonValue::object().set("const", JsonValue::number(static_cast<double>(*only)));
        return with_range(typed("integer"), range);
    }
    if (type == "true/false") return typed("boolean");
    if (type == "text" || type == "parameter path") return typed("string");
    if (type == "name" || ends_with(type, " name"))
        return typed("string").set("pattern", text(kNamePattern));
    if (type == "date") return typed("string").set("pattern", text(kDatePattern));
    if (type == "month") return typed("string").set("pattern", text(kMonthPattern));
    if (type == "financial year")
        return typed("string").set("pattern", text(kFinancialYearPattern));
    if (type == "financial years")
        return typed("string").set("pattern", text(kFinancialYearsPattern));
    if (type == "duration") return ref_to(kDurationRef);
    // An intervention's parameter (dotted keys, `*` for every name) and its new value, which
    // is read as that parameter's value once the path is known: any value here.
    if (type == "parameter path")
        return typed("string").set("pattern", text("^[^.\\s]+(\\.[^.\\s]+)*$"));
    if (type == "value of the parameter") return JsonValue::object();
    return std::nullopt;
}

std::optional<JsonValue> item_schema(const FieldInfo& field) {
    if (!field.choices.empty() && field.collection == Collection::List)
        return JsonValue::object().set("enum", strings(field.choices));
    return scalar_schema(field.item_type, field.item_range, "");
}

JsonValue bands_schema() {
    return typed("object")
        .set("minProperties", JsonValue::number(1))
        .set("patternProperties",
             JsonValue::object().set(kBandLabelPattern, rate_schema(closed(0, 1))))
        .set("additionalProperties", JsonValue::boolean(false));
}

std::optional<JsonValue> map_schema(const FieldInfo& field) {
    auto item = scalar_schema(field.item_type, field.item_range, "");
    if (!item) return std::nullopt;
    JsonValue schema = typed("object");
    if (!field.choices.empty()) {
        JsonValue properties = JsonValue::object();
        for (const auto& key : field.choices) properties.set(key, *item);
        schema.set("properties", std::move(properties));
        schema.set("additionalProperties", JsonValue::boolean(false));
    } else if (!field.key_pattern.empty()) {
        schema.set("patternProperties", JsonValue::object().set(field.key_pattern, *item));
        schema.set("additionalProperties", JsonValue::boolean(false));
    } else {
        schema.set("additionalProperties", *item);
    }
    if (field.min_items > 0) schema.set("minProperties", JsonValue::number(field.min_items));
    if (field.max_items > 0) schema.set("maxProperties", JsonValue::number(field.max_items));
    return schema;
}

std::optional<JsonValue> list_schema(const FieldInfo& field) {
    auto item = item_schema(field);
    if (!item) return std::nullopt;
    JsonValue schema = typed("array").set("items", std::move(*item));
    const int most = field.collection == Collection::MapOrList
                         ? static_cast<int>(field.choices.size())
                         : field.max_items;
    if (field.min_items > 0) schema.set("minItems", JsonValue::number(field.min_items));
    if (most > 0) schema.set("maxItems", JsonValue::number(most));
    if (field.unique_items) schema.set("uniqueItems", JsonValue::boolean(true));
    return schema;
}

}  // namespace

std::optional<JsonValue> value_json_schema(const FieldInfo& field) {
    switch (field.collection) {
        case Collection::None:
            if (!field.choices.empty())
                return JsonValue::object().set("enum", strings(field.choices));
            if (auto schema = scalar_schema(field.type, field.range, field.range_text))
                return schema;
            // Band profiles whose codec does not describe them as a map.
            if (ends_with(field.type, " bands")) return bands_schema();
            return std::nullopt;
        case Collection::Map:
            return map_schema(field);
        case Collection::List:
            return list_schema(field);
        case Collection::MapOrList: {
            auto as_map = map_schema(field);
            auto as_list = list_schema(field);
            if (!as_map || !as_list) return std::nullopt;
            return JsonValue::object().set(
                "oneOf", JsonValue::array({std::move(*as_map), std::move(*as_list)}));
        }
    }
    return std::nullopt;
}

}  // namespace wfsim::models::schema
