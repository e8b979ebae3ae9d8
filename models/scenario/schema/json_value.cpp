#include "models/scenario/schema/json_value.hpp"

#include <cstdio>

#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models::schema {

JsonValue JsonValue::boolean(bool value) {
    JsonValue v;
    v.kind_ = Kind::Boolean;
    v.boolean_ = value;
    return v;
}

JsonValue JsonValue::number(double value) {
    JsonValue v;
    v.kind_ = Kind::Number;
    v.number_ = value;
    return v;
}

JsonValue JsonValue::string(std::string value) {
    JsonValue v;
    v.kind_ = Kind::String;
    v.string_ = std::move(value);
    return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items) {
    JsonValue v;
    v.kind_ = Kind::Array;
    v.items_ = std::move(items);
    return v;
}

JsonValue JsonValue::object() {
    JsonValue v;
    v.kind_ = Kind::Object;
    return v;
}

JsonValue& JsonValue::set(std::string key, JsonValue value) {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        if (keys_[i] == key) {
            items_[i] = std::move(value);
            return *this;
        }
    }
    keys_.push_back(std::move(key));
    items_.push_back(std::move(value));
    return *this;
}

JsonValue& JsonValue::push(JsonValue value) {
    items_.push_back(std::move(value));
    return *this;
}

const JsonValue* JsonValue::find(std::string_view key) const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i] == key) return &items_[i];
    return nullptr;
}

std::string JsonValue::dump(int indent) const {
    std::string out;
    write(out, indent, 0);
    return out + "\n";
}

void JsonValue::write(std::string& out, int indent, int depth) const {
    const auto newline = [&](int level) {
        out += '\n';
        out.append(static_cast<std::size_t>(indent * level), ' ');
    };
    switch (kind_) {
        case Kind::Null:
            out += "null";
            return;
        case Kind::Boolean:
            out += boolean_ ? "true" : "false";
            return;
        case Kind::Number:
            out += format_number(number_);
            return;
        case Kind::String:
            out += json_quoted(string_);
            return;
        case Kind::Array:
        case Kind::Object:
            break;
    }
    const bool object = kind_ == Kind::Object;
    if (items_.empty()) {
        out += object ? "{}" : "[]";
        return;
    }
    // Arrays of plain values on one line: "required": ["name", "start"].
    bool flat = !object;
    for (const JsonValue& item : items_)
        if (item.kind_ == Kind::Array || item.kind_ == Kind::Object) flat = false;
    out += object ? '{' : '[';
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (i > 0) out += flat ? ", " : ",";
        if (!flat) newline(depth + 1);
        if (object) out += json_quoted(keys_[i]) + ": ";
        items_[i].write(out, indent, depth + 1);
    }
    if (!flat) newline(depth);
    out += object ? '}' : ']';
}

std::string json_quoted(std::string_view text) {
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20 || c == 0x7f) {  // DEL is not printable in YAML
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += ch;  // UTF-8 passes through
                }
        }
    }
    return out + "\"";
}

JsonValue json_from_yaml(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return JsonValue();
        case YAML::NodeType::Sequence: {
            JsonValue out = JsonValue::array();
            for (const auto& item : node) out.push(json_from_yaml(item));
            return out;
        }
        case YAML::NodeType::Map: {
            JsonValue out = JsonValue::object();
            for (const auto& pair : node) {
                const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : "";
                if (!out.find(key)) out.set(key, json_from_yaml(pair.second));
            }
            return out;
        }
        case YAML::NodeType::Scalar:
            break;
    }
    const std::string& text = node.Scalar();
    if (node.Tag() != "?") return JsonValue::string(text);  // quoted or tagged
    if (text == "true" || text == "True" || text == "TRUE") return JsonValue::boolean(true);
    if (text == "false" || text == "False" || text == "FALSE") return JsonValue::boolean(false);
    if (text == "~" || text == "null" || text == "Null" || text == "NULL") return JsonValue();
    if (const auto number = parse_decimal(text)) return JsonValue::number(*number);
    return JsonValue::string(text);
}

}  // namespace wfsim::models::schema
