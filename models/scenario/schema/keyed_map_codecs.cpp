#include "models/scenario/schema/keyed_map_codecs.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/value_codecs.hpp"

namespace wfsim::models::schema {
namespace {

constexpr double kSumTolerance = 0.01 + 1e-9;  // "within 0.01", rounding aside
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

enum class SumRule { None, AtMostOne, One };

// What a map holds, for reading it.
struct MapRules {
    std::string expected;    // "a map of WTE to shares such as {1.0: 0.6, 0.8: 0.4}"
    std::string value_what;  // "a share"
    bool rates = true;       // values are rates (fractions or percentages), else plain numbers
    Range values{};
    SumRule sum = SumRule::None;
    bool numeric_keys = false;  // keys that are numbers must differ as numbers, not only as text
};

struct Entry {
    std::string key;
    Position key_position;
    double key_number = 0.0;
    double value = 0.0;
};

// Reads a key: its number (0 for keys that are not numbers), or nullopt after reporting.
using KeyReader =
    std::function<std::optional<double>(const MapEntry&, const std::string&, ParseContext&)>;

std::string short_number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", value);
    return buf;
}

// The entries of the map in file order, every key and value checked, and the sum rule applied
// (shares that must sum to 1 are scaled to do so, unless they already do to rounding, so that a
// resolved file reads back exactly).
std::optional<std::vector<Entry>> read_entries(const ValueRef& ref, const MapRules& rules,
                                               const KeyReader& read_key, ParseContext& ctx) {
    if (!ref.node.IsMap()) {
        ctx.reporter.error(ref.position, ref.path,
                           "expected " + rules.expected + ", found " + describe_found(ref.node));
        return std::nullopt;
    }
    const MapReader map(ref.node, ref.path, &ctx.reporter);
    if (map.entries().empty()) {
        ctx.reporter.error(ref.position, ref.path, "expected at least one entry");
        return std::nullopt;
    }
    const FieldInfo value_info{.key = "value", .type = "number", .range = rules.values};
    std::vector<Entry> out;
    bool ok = true;
    for (const MapEntry& item : map.entries()) {
        const std::string path = join_path(ref.path, item.key);
        const auto key = read_key(item, path, ctx);
        const ValueRef value = value_ref(item, path);
        const auto number =
            rules.rates ? read_rate(value, ctx.reporter) : read_number(value, ctx.reporter);
        const bool in_range = number && within_range(number->value, number->text, rules.value_what,
                                                     value_info, value, ctx.reporter);
        if (!key || !in_range) {
            ok = false;
            continue;
        }
        if (rules.numeric_keys) {
            const auto same = std::find_if(out.begin(), out.end(),
                                           [&](const Entry& e) { return e.key_number == *key; });
            if (same != out.end()) {
                ctx.reporter.error(item.key_position, path,
                                   "'" + item.key + "' is the same as '" + same->key + "' (at " +
                                       ctx.reporter.place(same->key_position) +
                                       "); give each once");
                ok = false;
                continue;
            }
        }
        out.push_back({item.key, item.key_position, *key, number->value});
    }
    if (!ok) return std::nullopt;

    double sum = 0.0;
    for (const Entry& e : out) sum += e.value;
    if (rules.sum == SumRule::One && !(std::fabs(sum - 1.0) <= kSumTolerance)) {
        ctx.reporter.error(
            ref.position, ref.path,
            "shares sum to " + short_number(sum) + "; they must sum to 1 (within 0.01)");
        return std::nullopt;
    }
    if (rules.sum == SumRule::AtMostOne && sum > 1.0 + 1e-9) {
        ctx.reporter.error(ref.position, ref.path,
                           "shares sum to " + short_number(sum) + "; they must sum to at most 1");
        return std::nullopt;
    }
    if (rules.sum == SumRule::One && std::fabs(sum - 1.0) > 1e-12)
        for (Entry& e : out) e.value /= sum;
    return out;
}

std::optional<double> identifier_key(const MapEntry& item, const std::string& path,
                                     ParseContext& ctx) {
    if (is_identifier(item.key)) return 0.0;
    ctx.reporter.error(item.key_position, path,
                       "'" + item.key + "' is not a valid name: use " + kIdentifierRule);
    return std::nullopt;
}

std::string flow_map(const std::vector<std::pair<std::string, std::string>>& entries) {
    return YamlWriter::flow_map(entries);
}

void describe_map(FieldInfo& info, std::string key_type, std::string key_pattern,
                  std::string item_type, Range items) {
    info.collection = Collection::Map;
    info.key_type = std::move(key_type);
    info.key_pattern = std::move(key_pattern);
    info.item_type = std::move(item_type);
    info.item_range = items;
    info.min_items = 1;
}

const char* const kNamePattern = "^[a-z][a-z0-9_]*$";

}  // namespace

std::optional<int> parse_financial_year(std::string_view label) {
    if (label.size() != 7 || label[4] != '/') return std::nullopt;
    const auto digits = [&](std::size_t from, std::size_t n) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (label[i] < '0' || label[i] > '9') return std::nullopt;
            value = value * 10 + (label[i] - '0');
        }
        return value;
    };
    const auto year = digits(0, 4);
    const auto next = digits(5, 2);
    if (!year || !next || (*year + 1) % 100 != *next) return std::nullopt;
    return year;
}

// WTE shares ---------------------------------------------------------------------------------

std::optional<std::vector<WteShare>> WteSharesCodec::read(const ValueRef& ref, const FieldInfo&,
                                                          ParseContext& ctx) const {
    const MapRules rules{.expected = "a map of WTE to shares such as {1.0: 60%, 0.8: 40%}",
                         .value_what = "a share",
                         .values = closed(0, 1),
                         .sum = SumRule::One,
                         .numeric_keys = true};
    const Range wte = open_closed(0, 1.5);
    const auto key = [&](const MapEntry& item, const std::string& path,
                         ParseContext& c) -> std::optional<double> {
        const auto value = parse_decimal(item.key);
        if (value && wte.contains(*value)) return value;
        c.reporter.error(item.key_position, path,
                         value ? "WTE " + item.key + " is not " + wte.text()
                               : "'" + item.key +
                                     "' is not a WTE: write a number in (0, 1.5] such "
                                     "as 1.0 or 0.8");
        return std::nullopt;
    };
    const auto entries = read_entries(ref, rules, key, ctx);
    if (!entries) return std::nullopt;
    std::vector<WteShare> out;
    for (const Entry& e : *entries) out.push_back({e.key_number, e.value});
    std::stable_sort(out.begin(), out.end(),
                     [](const WteShare& a, const WteShare& b) { return a.wte < b.wte; });
    return out;
}

std::string WteSharesCodec::write(const std::vector<WteShare>& value) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const WteShare& s : value)
        entries.emplace_back(format_number(s.wte), format_number(s.share));
    return flow_map(entries);
}

std::string WteSharesCodec::allowed_text() const {
    return "keys: WTE in (0, 1.5], each once; shares in [0, 1] summing to 1 (within 0.01)";
}

void WteSharesCodec::describe(FieldInfo& info) const {
    describe_map(info, "WTE", "^[0-9]*\\.?[0-9]+$", "rate", closed(0, 1));
}

// Shares by label -----------------------------------------------------------------------------

std::optional<std::vector<LabelShare>> LabelSharesCodec::read(const ValueRef& ref, const FieldInfo&,
                                                              ParseContext& ctx) const {
    const MapRules rules{.expected =
                             "a map of names to shares such as {retirement: 30%, "
                             "other_employer: 50%, other: 20%}",
                         .value_what = "a share",
                         .values = closed(0, 1),
                         .sum = SumRule::One};
    const auto entries = read_entries(ref, rules, identifier_key, ctx);
    if (!entries) return std::nullopt;
    std::vector<LabelShare> out;
    for (const Entry& e : *entries) out.push_back({e.key, e.value});
    return out;
}

std::string LabelSharesCodec::write(const std::vector<LabelShare>& value) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const LabelShare& s : value)
        entries.emplace_back(YamlWriter::name(s.label), format_number(s.share));
    return flow_map(entries);
}

std::string LabelSharesCodec::allowed_text() const {
    return std::string("names ") + kIdentifierRule +
           "; shares in [0, 1] summing to 1 (within 0.01)";
}

void LabelSharesCodec::describe(FieldInfo& info) const {
    describe_map(info, "name", kNamePattern, "rate", closed(0, 1));
}

// Shares by group -----------------------------------------------------------------------------

std::optional<std::vector<GroupShare>> GroupSharesCodec::read(const ValueRef& ref, const FieldInfo&,
                                                              ParseContext& ctx) const {
    const MapRules rules{.expected = "a map of group names to shares such as {care_workers: 10%}",
                         .value_what = "a share",
                         .values = closed(0, 1),
                         .sum = SumRule::AtMostOne};
    const auto key = [](const MapEntry& item, const std::string& path,
                        ParseContext& c) -> std::optional<double> {
        if (!identifier_key(item, path, c)) return std::nullopt;
        if (!check_reference(item.key, item.key_position, path, "groups", "group", true, c))
            return std::nullopt;
        return 0.0;
    };
    const auto entries = read_entries(ref, rules, key, ctx);
    if (!entries) return std::nullopt;
    std::vector<GroupShare> out;
    for (const Entry& e : *entries) out.push_back({e.key, e.value});
    return out;
}

std::string GroupSharesCodec::write(const std::vector<GroupShare>& value) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const GroupShare& s : value)
        entries.emplace_back(YamlWriter::name(s.group), format_number(s.share));
    return flow_map(entries);
}

std::string GroupSharesCodec::allowed_text() const {
    return "keys: other groups of the scenario; shares in [0, 1] summing to at most 1";
}

void GroupSharesCodec::describe(FieldInfo& info) const {
    describe_map(info, "group name", kNamePattern, "rate", closed(0, 1));
    info.refers_to = "groups";
}

// Values by financial year ----------------------------------------------------------------------

std::optional<std::vector<FinancialYearValue>> FinancialYearValuesCodec::read(
    const ValueRef& ref, const FieldInfo&, ParseContext& ctx) const {
    const MapRules rules{.expected = rates ? "a map of financial years to rates such as "
                                             "{2024/25: 3%, 2025/26: 2%}"
                                           : "a map of financial years to values such as "
                                             "{2024/25: 5300, 2025/26: 5450}",
                         .value_what = rates ? "a rate" : "a number",
                         .rates = rates,
                         .values = values};
    const auto key = [](const MapEntry& item, const std::string& path,
                        ParseContext& c) -> std::optional<double> {
        if (const auto year = parse_financial_year(item.key);
            year && *year >= kFirstYear && *year <= kLastYear)
            return *year;
        c.reporter.error(item.key_position, path,
                         "'" + item.key +
                             "' is not a financial year: write YYYY/YY for two consecutive "
                             "years, such as 2024/25");
        return std::nullopt;
    };
    const auto entries = read_entries(ref, rules, key, ctx);
    if (!entries) return std::nullopt;
    std::vector<FinancialYearValue> out;
    for (const Entry& e : *entries) out.push_back({static_cast<int>(e.key_number), e.value});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.start_year < b.start_year; });
    return out;
}

std::string FinancialYearValuesCodec::write(const std::vector<FinancialYearValue>& value) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const FinancialYearValue& v : value)
        entries.emplace_back(YamlWriter::name(sim::Date::financial_year_label(v.start_year)),
                             format_number(v.value));
    return flow_map(entries);
}

std::string FinancialYearValuesCodec::allowed_text() const {
    return "keys: financial years YYYY/YY (2024/25) starting inside the run; values " +
           values.text();
}

void FinancialYearValuesCodec::describe(FieldInfo& info) const {
    describe_map(info, "financial year", "^[0-9]{4}/[0-9]{2}$", rates ? "rate" : "number", values);
}

// Values by calendar year ----------------------------------------------------------------------

std::optional<std::vector<std::pair<int, double>>> YearValuesCodec::read(const ValueRef& ref,
                                                                         const FieldInfo&,
                                                                         ParseContext& ctx) const {
    const MapRules rules{.expected = "a map of years to values such as {2023: 100, 2033: 124.2}",
                         .value_what = "a number",
                         .rates = false,
                         .values = values,
                         .numeric_keys = true};
    const auto key = [](const MapEntry& item, const std::string& path,
                        ParseContext& c) -> std::optional<double> {
        const auto year = parse_whole(item.key);
        if (year && *year >= kFirstYear && *year <= kLastYear) return static_cast<double>(*year);
        c.reporter.error(item.key_position, path,
                         "'" + item.key + "' is not a year: write a whole year from " +
                             std::to_string(kFirstYear) + " to " + std::to_string(kLastYear));
        return std::nullopt;
    };
    const auto entries = read_entries(ref, rules, key, ctx);
    if (!entries) return std::nullopt;
    std::vector<std::pair<int, double>> out;
    for (const Entry& e : *entries) out.emplace_back(static_cast<int>(e.key_number), e.value);
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

std::string YearValuesCodec::write(const std::vector<std::pair<int, double>>& value) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& [year, v] : value)
        entries.emplace_back(std::to_string(year), format_number(v));
    return flow_map(entries);
}

std::string YearValuesCodec::allowed_text() const {
    return "keys: whole years " + std::to_string(kFirstYear) + " to " + std::to_string(kLastYear) +
           "; values " + values.text() + "; at least one";
}

void YearValuesCodec::describe(FieldInfo& info) const {
    describe_map(info, "year", "^[0-9]{4}$", "number", values);
}

std::vector<std::pair<std::string, std::string>> keyed_map_docs() {
    return {
        {"WTE shares",
         "A map of contracted WTE to the share of people on it: `{1.0: 60%, 0.8: 30%, 0.6: "
         "10%}`. Keys are plain numbers in (0, 1.5], each once; shares are rates summing to 1 "
         "within 0.01, then scaled to sum to 1 exactly. Kept in order of WTE."},
        {"shares by name",
         "A map of labels you choose (names) to shares: `{retirement: 30%, other_employer: 50%, "
         "other: 20%}`. Shares are rates summing to 1 within 0.01, then scaled to sum to 1 "
         "exactly. Kept in the order written."},
        {"shares by group",
         "A map of other groups of the scenario to shares: `{care_workers: 10%, nursing: 5%}`. "
         "Each key must be a group of the scenario other than the one being described; shares "
         "are rates summing to at most 1."},
        {"rates by financial year, values by financial year",
         "A map of NHS financial years (1 April to 31 March), written `YYYY/YY` for two "
         "consecutive years, to a value: `{2024/25: 3%, 2025/26: -1%}`. A year that does not "
         "start inside the run is an error that says which years the run covers. Kept in order "
         "of year."},
        {"values by year",
         "A map of calendar years (whole numbers) to values: `{2023: 100, 2033: 124.2}`, at "
         "least one. Kept in order of year."},
    };
}

}  // namespace wfsim::models::schema
