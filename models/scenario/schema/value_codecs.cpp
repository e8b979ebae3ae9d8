#include "models/scenario/schema/value_codecs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/scenario/schema/band_codec.hpp"
#include "models/scenario/schema/keyed_map_codecs.hpp"
#include "models/scenario/schema/month_codecs.hpp"
#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/outcome_codecs.hpp"

namespace wfsim::models::schema {

bool is_identifier(std::string_view text) {
    if (text.empty() || !(text.front() >= 'a' && text.front() <= 'z')) return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool within_range(double value, const std::string& written, std::string_view what,
                  const FieldInfo& info, const ValueRef& ref, Reporter& reporter) {
    if (info.range.contains(value)) return true;
    reporter.error(ref.position, ref.path,
                   "expected " + std::string(what) + " " + info.range.text() + ", got " + written);
    return false;
}

std::optional<double> NumberCodec::read(const ValueRef& ref, const FieldInfo& info,
                                        ParseContext& ctx) const {
    const auto number = read_number(ref, ctx.reporter);
    if (!number || !within_range(number->value, number->text, "a number", info, ref, ctx.reporter))
        return std::nullopt;
    return number->value;
}

std::optional<double> RateCodec::read(const ValueRef& ref, const FieldInfo& info,
                                      ParseContext& ctx) const {
    const auto rate = read_rate(ref, ctx.reporter);
    if (!rate || !within_range(rate->value, rate->text, "a rate", info, ref, ctx.reporter))
        return std::nullopt;
    return rate->value;
}

std::optional<int> WholeNumberCodec::read(const ValueRef& ref, const FieldInfo& info,
                                          ParseContext& ctx) const {
    const auto value = read_integer(ref, ctx.reporter);
    if (!value) return std::nullopt;
    const std::string written = std::to_string(*value);
    if (!within_range(static_cast<double>(*value), written, "a whole number", info, ref,
                      ctx.reporter))
        return std::nullopt;
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
        ctx.reporter.error(ref.position, ref.path, "whole number " + written + " is too large");
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<double> WholeCountCodec::read(const ValueRef& ref, const FieldInfo& info,
                                            ParseContext& ctx) const {
    // Read as a number, so that 1e6 is a million; a fraction is refused, not rounded.
    const auto number = read_number(ref, ctx.reporter);
    if (!number) return std::nullopt;
    if (number->value != std::floor(number->value)) {
        ctx.reporter.error(ref.position, ref.path,
                           "expected a whole number, got " + number->text + ": " + info.key +
                               " counts " + (info.unit.empty() ? "things" : info.unit) +
                               ", and is not rounded");
        return std::nullopt;
    }
    // The range as for any number ("expected a number >= 0"), as before it was a count.
    if (!within_range(number->value, number->text, "a number", info, ref, ctx.reporter))
        return std::nullopt;
    return number->value;
}

std::optional<bool> BooleanCodec::read(const ValueRef& ref, const FieldInfo&,
                                       ParseContext& ctx) const {
    return read_boolean(ref, ctx.reporter);
}

std::optional<std::string> TextCodec::read(const ValueRef& ref, const FieldInfo&,
                                           ParseContext& ctx) const {
    return read_text(ref, ctx.reporter);
}

std::optional<std::string> IdentifierCodec::read(const ValueRef& ref, const FieldInfo&,
                                                 ParseContext& ctx) const {
    auto text = read_text(ref, ctx.reporter);
    if (!text) return std::nullopt;
    if (!is_identifier(*text)) {
        ctx.reporter.error(ref.position, ref.path,
                           "'" + *text + "' is not a valid name: use " + kIdentifierRule);
        return std::nullopt;
    }
    return text;
}

std::optional<sim::Date> DateCodec::read(const ValueRef& ref, const FieldInfo&,
                                         ParseContext& ctx) const {
    return read_date(ref, ctx.reporter);
}

std::vector<std::pair<std::string, std::string>> simple_value_docs() {
    std::vector<std::pair<std::string, std::string>> docs = {
        {"number",
         "A plain YAML number: `12`, `0.89`, `5188.22`, `1.2e6`. Not quoted (`\"0.5\"` is an "
         "error), no `.inf` or `.nan`."},
        {"whole number", "A plain YAML integer: `5`, `60`. No fraction, not quoted."},
        {"rate",
         "A fraction (`0.1114`) or a percentage ending in `%` (`11.14%`, the same value). A "
         "fraction is a plain number, not quoted; a percentage may be quoted or not."},
        {"text", "Any YAML string, quoted or not."},
        {"name", std::string("An identifier: ") + kIdentifierRule + "."},
        {"date", "A real calendar date written `YYYY-MM-DD` (years 1800 to 2300)."},
        {"true/false", "Only `true` or `false`; `yes`, `no`, `on` and `off` are errors."},
    };
    for (auto more :
         {name_value_docs(), month_value_docs(), keyed_map_docs(), outcome_value_docs()})
        docs.insert(docs.end(), more.begin(), more.end());
    docs.push_back(band_values_doc());
    return docs;
}

}  // namespace wfsim::models::schema
