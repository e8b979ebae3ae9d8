#include "models/scenario/yaml/yaml_writer.hpp"

#include "models/scenario/schema/json_value.hpp"

#include <algorithm>
#include <cstdio>

namespace wfsim::models::schema {
namespace {

bool plain_safe(std::string_view text) {
    if (text.empty()) return false;
    const char first = text.front();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_'))
        return false;
    const bool simple = std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
    if (!simple) return false;
    // Words other YAML readers turn into booleans or null.
    static const char* const kReserved[] = {
        "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
        "yes",  "Yes",  "YES",  "no",   "No",   "NO",   "on",    "On",    "ON",
        "off",  "Off",  "OFF",  "y",    "Y",    "n",    "N"};
    return std::none_of(std::begin(kReserved), std::end(kReserved),
                        [&](const char* word) { return text == word; });
}

}  // namespace

void YamlWriter::indent() {
    out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
}

void YamlWriter::comment(std::string_view text) {
    indent();
    out_ += "# ";
    out_ += text;
    out_ += '\n';
}

void YamlWriter::scalar(std::string_view key, std::string_view value) {
    if (!has_entries_.empty()) has_entries_.back() = true;
    indent();
    out_ += name(key);
    out_ += ": ";
    out_ += value;
    out_ += '\n';
}

void YamlWriter::begin_map(std::string_view key) {
    if (!has_entries_.empty()) has_entries_.back() = true;
    indent();
    out_ += name(key);
    out_ += ":\n";
    ++depth_;
    has_entries_.push_back(false);
}

void YamlWriter::end_map() {
    if (has_entries_.empty()) return;
    if (!has_entries_.back()) {
        out_.pop_back();  // the newline after "key:"
        out_ += " {}\n";
    }
    has_entries_.pop_back();
    --depth_;
}

std::string YamlWriter::name(std::string_view text) {
    return plain_safe(text) ? std::string(text) : quoted(text);
}

// A JSON string is a YAML double-quoted scalar: one escaping rule for both.
std::string YamlWriter::quoted(std::string_view text) {
    return json_quoted(text);
}

std::string YamlWriter::flow_map(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out = "{";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) out += ", ";
        out += entries[i].first + ": " + entries[i].second;
    }
    return out + "}";
}

}  // namespace wfsim::models::schema
