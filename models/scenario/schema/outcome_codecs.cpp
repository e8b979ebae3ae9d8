#include "models/scenario/schema/outcome_codecs.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "models/scenario/schema/keyed_map_codecs.hpp"  // parse_financial_year
#include "models/scenario/schema/value_codecs.hpp"

namespace wfsim::models::schema {
namespace {

constexpr int kFirstYear = 1900, kLastYear = 2200;

std::optional<int> whole_financial_year(std::string_view text) {
    const auto year = parse_financial_year(text);
    if (year && *year >= kFirstYear && *year <= kLastYear) return year;
    return std::nullopt;
}

// "0", "0.02", "2%": a size of shortfall, >= 0.
std::optional<double> parse_size(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    const bool percent = !text.empty() && text.back() == '%';
    if (percent) text.remove_suffix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    const auto number = parse_decimal(text);
    if (!number) return std::nullopt;
    const double value = percent ? *number / 100.0 : *number;
    if (!(value >= 0.0) || !std::isfinite(value)) return std::nullopt;
    return value;
}

}  // namespace

std::optional<sim::Date> parse_month(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    return sim::Date::parse(std::string(text) + "-01");
}

std::optional<FinancialYearRange> parse_financial_year_range(std::string_view text) {
    const auto dots = text.find("..");
    if (dots == std::string_view::npos) return std::nullopt;
    const auto first = whole_financial_year(text.substr(0, dots));
    if (!first) return std::nullopt;
    const std::string_view rest = text.substr(dots + 2);
    if (rest.empty()) return FinancialYearRange{*first, std::nullopt};
    const auto last = whole_financial_year(rest);
    if (!last || *last < *first) return std::nullopt;
    return FinancialYearRange{*first, *last};
}

std::string financial_year_range_text(const FinancialYearRange& range) {
    return sim::Date::financial_year_label(range.first) + ".." +
           (range.last ? sim::Date::financial_year_label(*range.last) : std::string());
}

std::string month_text(sim::Date month) {
    return month.iso().substr(0, 7);
}

std::optional<int> FinancialYearCodec::read(const ValueRef& ref, const FieldInfo&,
                                            ParseContext& ctx) const {
    const auto text = read_text(ref, ctx.reporter);
    if (!text) return std::nullopt;
    if (auto year = whole_financial_year(*text)) return year;
    ctx.reporter.error(ref.position, ref.path,
                       "'" + *text +
                           "' is not a financial year: write YYYY/YY for two consecutive years, "
                           "such as 2023/24");
    return std::nullopt;
}

std::string FinancialYearCodec::write(int start_year) const {
    return YamlWriter::name(sim::Date::financial_year_label(start_year));
}

std::optional<sim::Date> MonthCodec::read(const ValueRef& ref, const FieldInfo&,
                                          ParseContext& ctx) const {
    const auto text = read_text(ref, ctx.reporter);
    if (!text) return std::nullopt;
    if (auto month = parse_month(*text)) return month;
    ctx.reporter.error(ref.position, ref.path,
                       "'" + *text + "' is not a month: write YYYY-MM, such as 2024-03");
    return std::nullopt;
}

std::string MonthCodec::write(sim::Date month) const {
    return YamlWriter::name(month_text(month));
}

std::optional<FinancialYearRange> FinancialYearRangeCodec::read(const ValueRef& ref,
                                                                const FieldInfo&,
                                                                ParseContext& ctx) const {
    const auto text = read_text(ref, ctx.reporter);
    if (!text) return std::nullopt;
    if (auto range = parse_financial_year_range(*text)) return range;
    ctx.reporter.error(ref.position, ref.path,
                       "'" + *text +
                           "' is not a range of financial years: write FIRST..LAST such as "
                           "2023/24..2026/27 (LAST not before FIRST), or FIRST.. for every year "
                           "from FIRST to the end of the run");
    return std::nullopt;
}

std::string FinancialYearRangeCodec::write(const FinancialYearRange& range) const {
    return YamlWriter::name(financial_year_range_text(range));
}

std::optional<double> ThresholdCodec::read(const ValueRef& ref, const FieldInfo& info,
                                           ParseContext& ctx) const {
    const auto number = read_rate(ref, ctx.reporter);
    if (!number ||
        !within_range(number->value, number->text, "a threshold", info, ref, ctx.reporter))
        return std::nullopt;
    return number->value;
}

std::string ThresholdCodec::write(double value) const {
    return format_number(value);
}

std::optional<std::vector<ShortfallConsequence>> ShortfallConsequenceCodec::read(
    const ValueRef& ref, const FieldInfo&, ParseContext& ctx) const {
    const char* const expected =
        "a map of shortfalls to consequence scores such as {0: 3, 2%: 4, 5%: 5}";
    if (!ref.node.IsMap()) {
        ctx.reporter.error(
            ref.position, ref.path,
            std::string("expected ") + expected + ", found " + describe_found(ref.node));
        return std::nullopt;
    }
    const MapReader map(ref.node, ref.path, &ctx.reporter);
    std::vector<std::pair<ShortfallConsequence, Position>> read;
    bool ok = true;
    for (const MapEntry& item : map.entries()) {
        const std::string path = join_path(ref.path, item.key);
        const auto size = parse_size(item.key);
        if (!size) {
            ctx.reporter.error(item.key_position, path,
                               "'" + item.key +
                                   "' is not a size of shortfall: write a number or a percentage, "
                                   "0 or more (2% or 0.02)");
            ok = false;
        }
        const ValueRef value = value_ref(item, path);
        const auto score = read_integer(value, ctx.reporter);
        if (score && (*score < 1 || *score > 5)) {
            ctx.reporter.error(
                value.position, path,
                "expected a consequence score in [1, 5], got " + std::to_string(*score));
            ok = false;
        }
        if (!size || !score) {
            ok = false;
            continue;
        }
        for (const auto& [earlier, at] : read) {
            if (earlier.from != *size) continue;
            ctx.reporter.error(item.key_position, path,
                               "'" + item.key + "' is the same shortfall as the one at " +
                                   ctx.reporter.place(at) + "; give each once");
            ok = false;
        }
        read.push_back({{*size, static_cast<int>(*score)}, item.key_position});
    }
    if (!ok) return std::nullopt;
    if (read.empty()) {
        ctx.reporter.error(ref.position, ref.path, "expected at least one entry");
        return std::nullopt;
    }
    std::stable_sort(read.begin(), read.end(),
                     [](const auto& a, const auto& b) { return a.first.from < b.first.from; });
    if (read.front().first.from != 0.0) {
        ctx.reporter.error(read.front().second, ref.path,
                           "the smallest shortfall must be 0, so that every miss has a "
                           "consequence: add 0: <score>");
        return std::nullopt;
    }
    for (std::size_t i = 1; i < read.size(); ++i) {
        if (read[i].first.consequence >= read[i - 1].first.consequence) continue;
        ctx.reporter.error(read[i].second, ref.path,
                           "consequence scores must not fall as the shortfall grows: " +
                               std::to_string(read[i].first.consequence) + " after " +
                               std::to_string(read[i - 1].first.consequence));
        return std::nullopt;
    }
    std::vector<ShortfallConsequence> out;
    for (const auto& entry : read) out.push_back(entry.first);
    return out;
}

std::string ShortfallConsequenceCodec::write(const std::vector<ShortfallConsequence>& value) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& v : value)
        entries.emplace_back(format_number(v.from), std::to_string(v.consequence));
    return YamlWriter::flow_map(entries);
}

std::string ShortfallConsequenceCodec::allowed_text() const {
    return "keys: shortfalls in the target metric's units, 0 or more (a number or a percentage), "
           "the smallest 0; values: whole numbers in [1, 5], not falling as the shortfall grows";
}

void ShortfallConsequenceCodec::describe(FieldInfo& info) const {
    info.collection = Collection::Map;
    info.key_type = "shortfall";
    info.key_pattern = "^\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)? *%?$";
    info.item_type = "whole number";
    info.item_range = closed(1, 5);
    info.min_items = 1;
}

std::vector<std::pair<std::string, std::string>> outcome_value_docs() {
    return {
        {"financial year", "`YYYY/YY` for the year from 1 April: `2023/24`."},
        {"month", "`YYYY-MM`: `2024-03` (March 2024)."},
        {"financial years",
         "`FIRST..LAST`, both included: `2023/24..2026/27`; `FIRST..` runs to the last whole "
         "financial year of the run."},
        {"threshold",
         "A number in the metric's units (`5000` people), or for a rate or share (vacancy_rate, "
         "turnover, absence_rate, stability_index, share_over_55, international_joiner_share) "
         "a rate as parameters take one, a fraction or a percentage (`0.09`, `9%`): a value the "
         "metric cannot take is an error (`at_most: 10` is 1000%; write `10%`). Turnover is "
         "in [0, 1] as the parameter is, a vacancy rate at most 1 (it is negative over "
         "establishment), the shares in [0, 1]; a shortfall of a rate (consequence_by_shortfall) "
         "is at most 1."},
        {"consequences by shortfall",
         "A map from a size of shortfall (in the target metric's units; a number or a "
         "percentage) to the consequence score 1-5 that applies from that size up: `{0: 3, 2%: "
         "4, 5%: 5}` scores a miss by less than 2 points 3, by 2 to 5 points 4, by more 5."},
    };
}

}  // namespace wfsim::models::schema
