#pragma once
// Codecs for the simple value types: how each is read (strictly), checked against its range and
// written back. Distributions and band profiles have their own files.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/scenario/schema/schema_field.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models::schema {

// [a-z][a-z0-9_]*: group names and sectors.
bool is_identifier(std::string_view text);
inline constexpr const char* kIdentifierRule =
    "[a-z][a-z0-9_]* (lower-case letters, digits and _, starting with a letter)";

// Reports "expected <what> <range>, got <written>" when `value` is out of the declared range.
bool within_range(double value, const std::string& written, std::string_view what,
                  const FieldInfo& info, const ValueRef& ref, Reporter& reporter);

struct NumberCodec {
    using value_type = double;
    std::string type() const { return "number"; }
    std::optional<double> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(double value) const { return format_number(value); }
};

struct RateCodec {
    using value_type = double;
    std::string type() const { return "rate"; }
    std::optional<double> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(double value) const { return format_number(value); }
};

struct WholeNumberCodec {
    using value_type = int;
    std::string type() const { return "whole number"; }
    std::optional<int> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(int value) const { return std::to_string(value); }
};

// A count held as a number (a group's headcount, which its WTE and WTE per head may also give,
// not whole): written and read as a whole number, so that `headcount: 40.5` is refused.
struct WholeCountCodec {
    using value_type = double;
    std::string type() const { return "whole number"; }
    std::optional<double> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(double value) const { return format_number(value); }
};

struct BooleanCodec {
    using value_type = bool;
    std::string type() const { return "true/false"; }
    std::optional<bool> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(bool value) const { return value ? "true" : "false"; }
};

struct TextCodec {
    using value_type = std::string;
    std::string type() const { return "text"; }
    std::optional<std::string> read(const ValueRef& ref, const FieldInfo& info,
                                    ParseContext& ctx) const;
    std::string write(const std::string& value) const { return YamlWriter::quoted(value); }
};

struct IdentifierCodec {
    using value_type = std::string;
    std::string type() const { return "name"; }
    std::optional<std::string> read(const ValueRef& ref, const FieldInfo& info,
                                    ParseContext& ctx) const;
    std::string write(const std::string& value) const { return YamlWriter::name(value); }
};

struct DateCodec {
    using value_type = sim::Date;
    std::string type() const { return "date"; }
    std::optional<sim::Date> read(const ValueRef& ref, const FieldInfo& info,
                                  ParseContext& ctx) const;
    std::string write(sim::Date value) const { return value.iso(); }
};

// How each value type is written, for the reference: (type, syntax and rules).
std::vector<std::pair<std::string, std::string>> simple_value_docs();

}  // namespace wfsim::models::schema
