#include "models/scenario/schema/month_codecs.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "models/scenario/schema/value_codecs.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {
namespace {

constexpr std::array<const char*, 12> kMonthKeys = {"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char*, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

const FieldInfo& month_info() {
    static const FieldInfo info{.key = "month", .type = "whole number", .range = closed(1, 12)};
    return info;
}

const FieldInfo& factor_info() {
    static const FieldInfo info{.key = "factor", .type = "number", .range = above(0)};
    return info;
}

std::optional<double> read_factor(const ValueRef& ref, ParseContext& ctx) {
    const auto number = read_number(ref, ctx.reporter);
    if (!number || !within_range(number->value, number->text, "a relative rate", factor_info(), ref,
                                 ctx.reporter))
        return std::nullopt;
    return number->value;
}

// From the map form; nullopt after reporting.
std::optional<std::vector<double>> read_month_map(const ValueRef& ref, ParseContext& ctx) {
    const MapReader map(ref.node, ref.path, &ctx.reporter);
    std::vector<std::optional<double>> by_month(12);
    std::vector<KeyCandidate> candidates;
    for (std::size_t m = 0; m < 12; ++m)
        candidates.push_back({kMonthKeys[m], {kMonthKeys[m], kMonthNames[m]}});
    bool ok = true;
    for (const MapEntry& entry : map.entries()) {
        const std::string path = join_path(ref.path, entry.key);
        const auto month = std::find(kMonthKeys.begin(), kMonthKeys.end(), entry.key);
        if (month == kMonthKeys.end()) {
            std::string message = "'" + entry.key + "' is not a month";
            if (auto near = closest_key(entry.key, candidates)) {
                message += "; did you mean '" + *near + "'?";
            } else {
                message += ": use jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov, dec";
            }
            ctx.reporter.error(entry.key_position, path, std::move(message));
            ok = false;
            continue;
        }
        const auto factor = read_factor(value_ref(entry, path), ctx);
        if (!factor) ok = false;
        by_month[static_cast<std::size_t>(month - kMonthKeys.begin())] = factor;
    }
    if (!ok) return std::nullopt;
    std::string missing;
    for (std::size_t m = 0; m < 12; ++m)
        if (!by_month[m]) missing += (missing.empty() ? "" : ", ") + std::string(kMonthKeys[m]);
    if (!missing.empty()) {
        ctx.reporter.error(ref.position, ref.path,
                           "give all twelve months, jan to dec; missing: " + missing);
        return std::nullopt;
    }
    std::vector<double> out;
    for (const auto& value : by_month) out.push_back(*value);
    return out;
}

// From the list form; nullopt after reporting.
std::optional<std::vector<double>> read_month_list(const ValueRef& ref, ParseContext& ctx) {
    if (ref.node.size() != 12) {
        ctx.reporter.error(ref.position, ref.path,
                           "expected twelve relative rates, January first, found " +
                               std::to_string(ref.node.size()));
        return std::nullopt;
    }
    std::vector<double> out;
    bool ok = true;
    std::size_t index = 0;
    for (const YAML::Node& item : ref.node) {
        const ValueRef item_ref{item, position_of(item),
                                ref.path + "[" + std::to_string(index++) + "]"};
        const auto factor = read_factor(item_ref, ctx);
        if (!factor) ok = false;
        out.push_back(factor.value_or(0.0));
    }
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace

std::optional<std::vector<int>> MonthListCodec::read(const ValueRef& ref, const FieldInfo&,
                                                     ParseContext& ctx) const {
    if (!ref.node.IsSequence() || ref.node.size() == 0) {
        ctx.reporter.error(
            ref.position, ref.path,
            "expected a list of months (1 to 12) such as [4, 10], found " +
                (ref.node.IsSequence() ? std::string("an empty list") : describe_found(ref.node)));
        return std::nullopt;
    }
    std::vector<int> out;
    std::vector<Position> where;
    bool ok = true;
    std::size_t index = 0;
    for (const YAML::Node& item : ref.node) {
        const ValueRef item_ref{item, position_of(item),
                                ref.path + "[" + std::to_string(index++) + "]"};
        const auto month = WholeNumberCodec{}.read(item_ref, month_info(), ctx);
        if (!month) {
            ok = false;
            continue;
        }
        const auto seen = std::find(out.begin(), out.end(), *month);
        if (seen != out.end()) {
            ctx.reporter.error(item_ref.position, item_ref.path,
                               "month " + std::to_string(*month) + " is listed twice (first at " +
                                   ctx.reporter.place(where[seen - out.begin()]) + ")");
            ok = false;
            continue;
        }
        out.push_back(*month);
        where.push_back(item_ref.position);
    }
    if (!ok) return std::nullopt;
    std::sort(out.begin(), out.end());
    return out;
}

std::string MonthListCodec::write(const std::vector<int>& value) const {
    std::string out = "[";
    for (std::size_t i = 0; i < value.size(); ++i)
        out += (i > 0 ? ", " : "") + std::to_string(value[i]);
    return out + "]";
}

void MonthListCodec::describe(FieldInfo& info) const {
    info.collection = Collection::List;
    info.item_type = "whole number";
    info.item_range = closed(1, 12);
    info.min_items = 1;
    info.max_items = 12;
    info.unique_items = true;
}

std::optional<std::vector<double>> MonthlyFactorsCodec::read(const ValueRef& ref, const FieldInfo&,
                                                             ParseContext& ctx) const {
    std::optional<std::vector<double>> values;
    if (ref.node.IsMap()) {
        values = read_month_map(ref, ctx);
    } else if (ref.node.IsSequence()) {
        values = read_month_list(ref, ctx);
    } else {
        ctx.reporter.error(ref.position, ref.path,
                           "expected a map of months to relative rates such as {jan: 1.3, feb: "
                           "1.2, ..., dec: 1.25} (all twelve), or a list of twelve numbers, "
                           "found " +
                               describe_found(ref.node));
    }
    if (!values) return std::nullopt;
    double sum = 0.0;
    for (double v : *values) sum += v;
    const double mean = sum / 12.0;
    // Already scaled (as in a resolved file): kept as written, so that it reads back exactly.
    if (std::fabs(mean - 1.0) > 1e-12)
        for (double& v : *values) v /= mean;
    return values;
}

std::string MonthlyFactorsCodec::write(const std::vector<double>& value) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (std::size_t m = 0; m < value.size() && m < 12; ++m)
        entries.emplace_back(kMonthKeys[m], format_number(value[m]));
    return YamlWriter::flow_map(entries);
}

std::string MonthlyFactorsCodec::allowed_text() const {
    return "all twelve months jan to dec, each > 0; scaled to a mean of 1";
}

void MonthlyFactorsCodec::describe(FieldInfo& info) const {
    info.collection = Collection::MapOrList;
    info.key_type = "month";
    info.choices.assign(kMonthKeys.begin(), kMonthKeys.end());
    info.item_type = "number";
    info.item_range = above(0);
    info.min_items = 12;
    info.max_items = 12;
}

std::vector<std::pair<std::string, std::string>> month_value_docs() {
    return {
        {"list of months",
         "A YAML list of months as whole numbers, 1 (January) to 12, each once: `[4, 10]` is "
         "April and October."},
        {"monthly factors",
         "Twelve relative rates, one a month: a map of every month, `{jan: 1.3, feb: 1.2, mar: "
         "1.05, apr: 0.95, may: 0.9, jun: 0.85, jul: 0.85, aug: 0.85, sep: 0.95, oct: 1.05, nov: "
         "1.15, dec: 1.25}` (keys jan to dec, all twelve), or a list of the twelve numbers, "
         "January first. Each is a plain number > 0; they are scaled so that their mean is 1, "
         "so only their ratios matter."},
    };
}

}  // namespace wfsim::models::schema
