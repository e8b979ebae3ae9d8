#include "models/scenario/schema/band_codec.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

#include "models/scenario/schema/value_codecs.hpp"

namespace wfsim::models::schema {
namespace {

constexpr double kSumTolerance = 0.01 + 1e-9;  // "within 0.01", rounding aside
constexpr double kInf = std::numeric_limits<double>::infinity();

struct BandLabel {
    enum class Kind { Under, Between, Plus } kind;
    int a = 0;
    int b = 0;
};

std::optional<int> small_whole(std::string_view text) {
    if (text.empty() || text.size() > 3) return std::nullopt;
    int value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    if (text.front() == '-' || text.front() == '+') return std::nullopt;
    return value;
}

std::optional<BandLabel> parse_label(std::string_view label) {
    constexpr std::string_view kUnder = "under_", kPlus = "_plus";
    if (label.substr(0, kUnder.size()) == kUnder) {
        if (auto n = small_whole(label.substr(kUnder.size())))
            return BandLabel{BandLabel::Kind::Under, *n, 0};
        return std::nullopt;
    }
    if (label.size() > kPlus.size() && label.substr(label.size() - kPlus.size()) == kPlus) {
        if (auto n = small_whole(label.substr(0, label.size() - kPlus.size())))
            return BandLabel{BandLabel::Kind::Plus, *n, 0};
        return std::nullopt;
    }
    const auto split = label.find('_');
    if (split == std::string_view::npos) return std::nullopt;
    const auto a = small_whole(label.substr(0, split));
    const auto b = small_whole(label.substr(split + 1));
    if (!a || !b) return std::nullopt;
    return BandLabel{BandLabel::Kind::Between, *a, *b};
}

std::string short_number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", value);
    return buf;
}

const FieldInfo& share_info() {
    static const FieldInfo info{.key = "share", .type = "rate", .range = closed(0, 1)};
    return info;
}

struct ReadBand {
    Band band;
    Position at;
};

}  // namespace

std::string BandsCodec::type() const {
    return mode == Mode::Shares ? axis.noun + " bands" : axis.noun + " band " + value_noun + "s";
}

std::string BandsCodec::allowed_text() const {
    const std::string lower =
        axis.lower_key.empty() ? format_number(axis.lower_fixed) : axis.lower_key;
    const std::string upper =
        axis.upper_key.empty() ? format_number(axis.upper_fixed) : axis.upper_key;
    const std::string labels =
        "under_N = [" + lower + ", N), A_B = [A, B+1), N_plus = [N, " + upper + ")";
    if (mode == Mode::Values) return labels + "; each " + value_noun + " " + values.text();
    return labels + "; shares in [0, 1] summing to 1 (within 0.01)";
}

void BandsCodec::describe(FieldInfo& info) const {
    info.collection = Collection::Map;
    info.key_type = "band label";
    info.key_pattern = "^(under_[0-9]{1,3}|[0-9]{1,3}_[0-9]{1,3}|[0-9]{1,3}_plus)$";
    info.item_type = mode == Mode::Shares ? "rate" : "number";
    info.item_range = mode == Mode::Shares ? closed(0, 1) : values;
    info.min_items = 1;
}

std::optional<std::vector<Band>> BandsCodec::read(const ValueRef& ref, const FieldInfo&,
                                                  ParseContext& ctx) const {
    const bool shares = mode == Mode::Shares;
    if (!ref.node.IsMap()) {
        ctx.reporter.error(ref.position, ref.path,
                           shares ? "expected a map of band labels to shares such as {under_25: "
                                    "0.06, 25_34: 0.26, 55_plus: 0.2}, found " +
                                        describe_found(ref.node)
                                  : "expected a map of band labels to " + value_noun +
                                        "s such as {under_25: 1.2, 25_54: 1, 55_plus: 0.8}, "
                                        "found " +
                                        describe_found(ref.node));
        return std::nullopt;
    }
    const FieldInfo value_info{.key = value_noun, .type = "number", .range = values};
    const MapReader map(ref.node, ref.path, &ctx.reporter);
    if (map.entries().empty()) {
        ctx.reporter.error(ref.position, ref.path, "expected at least one band");
        return std::nullopt;
    }
    const auto bound = [&](const std::string& key, double fixed) -> std::optional<double> {
        return key.empty() ? std::optional<double>(fixed) : ctx.numbers.find(key);
    };
    // In `defaults` the ends may still change per group: they are checked there.
    const auto lower = ctx.defaults_mode ? std::nullopt : bound(axis.lower_key, axis.lower_fixed);
    const auto upper = ctx.defaults_mode ? std::nullopt : bound(axis.upper_key, axis.upper_fixed);
    const std::string lower_name = axis.lower_key.empty() ? "the lower end" : axis.lower_key;
    const std::string upper_name = axis.upper_key.empty() ? "the upper end" : axis.upper_key;

    std::vector<ReadBand> bands;
    bool ok = true;
    for (const MapEntry& entry : map.entries()) {
        const std::string path = join_path(ref.path, entry.key);
        const auto label = parse_label(entry.key);
        if (!label) {
            ctx.reporter.error(entry.key_position, path,
                               "'" + entry.key +
                                   "' is not a band label: write under_N, A_B or "
                                   "N_plus with whole years (under_25, 25_34, 55_plus)");
            ok = false;
            continue;
        }
        const ValueRef value = value_ref(entry, path);
        const auto share =
            shares ? read_rate(value, ctx.reporter) : read_number(value, ctx.reporter);
        if (!share ||
            !within_range(share->value, share->text, shares ? "a share" : "a " + value_noun,
                          shares ? share_info() : value_info, value, ctx.reporter)) {
            ok = false;
            continue;
        }
        double from = label->kind == BandLabel::Kind::Under ? lower.value_or(-kInf) : label->a;
        double to = label->kind == BandLabel::Kind::Plus      ? upper.value_or(kInf)
                    : label->kind == BandLabel::Kind::Between ? label->b + 1
                                                              : label->a;
        std::string problem;
        if (label->kind == BandLabel::Kind::Between && label->b < label->a) {
            problem = "band '" + entry.key + "' is empty: write the lower end first";
        } else if (label->kind == BandLabel::Kind::Under && lower && !(to > from)) {
            problem =
                "band '" + entry.key + "' is empty: " + lower_name + " is " + format_number(*lower);
        } else if (label->kind == BandLabel::Kind::Plus && upper && !(to > from)) {
            problem =
                "band '" + entry.key + "' is empty: " + upper_name + " is " + format_number(*upper);
        } else if (lower && from < *lower) {
            problem = "band '" + entry.key + "' starts at " + format_number(from) + ", below " +
                      lower_name + " " + format_number(*lower);
        } else if (upper && to > *upper) {
            problem = "band '" + entry.key + "' ends at " + format_number(to) + ", above " +
                      upper_name + " " + format_number(*upper);
        }
        for (const ReadBand& other : bands) {
            if (!problem.empty()) break;
            if (from < other.band.to && other.band.from < to)
                problem = "band '" + entry.key + "' overlaps band '" + other.band.label + "' (at " +
                          ctx.reporter.place(other.at) + ")";
        }
        if (!problem.empty()) {
            ctx.reporter.error(entry.key_position, path, std::move(problem));
            ok = false;
            continue;
        }
        bands.push_back({Band{entry.key, from, to, share->value}, entry.key_position});
    }
    if (!ok) return std::nullopt;
    if (!shares) {
        std::vector<Band> out;
        for (ReadBand& b : bands) out.push_back(std::move(b.band));
        std::stable_sort(out.begin(), out.end(),
                         [](const Band& x, const Band& y) { return x.from < y.from; });
        return out;
    }

    double sum = 0.0;
    for (const ReadBand& b : bands) sum += b.band.share;
    if (!(std::fabs(sum - 1.0) <= kSumTolerance)) {
        ctx.reporter.error(
            ref.position, ref.path,
            "band shares sum to " + short_number(sum) + "; they must sum to 1 (within 0.01)");
        return std::nullopt;
    }
    std::vector<Band> out;
    for (ReadBand& b : bands) {
        // Already normalised to rounding (as in a resolved file): kept as written, so that a
        // resolved scenario reads back exactly.
        if (std::fabs(sum - 1.0) > 1e-12) b.band.share /= sum;
        out.push_back(std::move(b.band));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Band& x, const Band& y) { return x.from < y.from; });
    return out;
}

std::string BandsCodec::write(const std::vector<Band>& bands) const {
    std::vector<std::pair<std::string, std::string>> entries;
    for (const Band& b : bands)
        entries.emplace_back(YamlWriter::name(b.label), format_number(b.share));
    return YamlWriter::flow_map(entries);
}

std::string band_profile_doc() {
    return "A map of band label to share, such as `{under_25: 0.06, 25_34: 0.26, 35_44: 0.24, "
           "45_54: 0.24, 55_plus: 0.20}`. Labels are whole years: `under_N` is [lower end, N), "
           "`A_B` is [A, B+1) (so `25_34` holds everyone aged 25 to 34), `N_plus` is [N, upper "
           "end). Bands must not overlap and must lie within the ends (for ages: age_min and "
           "age_max; for tenure: 0 and 40 years); gaps between bands have no one in them. Shares "
           "are rates (fractions or percentages) in [0, 1] that sum to 1 within 0.01; they are "
           "then scaled to sum to 1 exactly. Bands are kept in order of where they start.";
}

std::pair<std::string, std::string> band_values_doc() {
    return {"age band multipliers, age band hazards",
            "A map of band label to a number, such as `{under_25: 1.3, 25_54: 1, 55_plus: 0.8}`: "
            "labels as for age bands (below), with a value per band instead of a share, each "
            "plain number within the key's range; no sum rule. `N_plus` runs to age " +
                format_number(kOldestAge) +
                ", since staff grow older than age_max during a run. Ages in no band take the "
                "key's neutral value (a multiplier of 1, a hazard of 0)."};
}

}  // namespace wfsim::models::schema
