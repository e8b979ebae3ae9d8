// Mixtures of durations: {mixture: [{share: 80%, lognormal: {mean: 4, sd: 3}}, {share: 20%,
// lognormal: {mean: 40, sd: 30}}]}, each component a share and one other form.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "models/scenario/schema/duration_parts.hpp"
#include "models/scenario/schema/value_codecs.hpp"

namespace wfsim::models::schema::duration_parts {
namespace {

constexpr double kShareTolerance = 0.01 + 1e-9;  // "within 0.01", rounding aside

const FieldInfo& component_share_info() {
    static const FieldInfo info{.key = "share", .type = "rate", .range = closed(0, 1)};
    return info;
}

// Scales weights to sum to 1, so that their sum in floating point, added in order, is exactly 1:
// DurationDistribution::mixture then leaves them as they are, and a resolved file reads back to
// the same weights.
void scale_to_exact_sum(std::vector<double>& weights) {
    const auto sum = [&] {
        double total = 0.0;
        for (double w : weights) total += w;
        return total;
    };
    const double total = sum();
    if (total == 1.0 || !(total > 0.0)) return;
    for (double& w : weights) w /= total;
    for (int round = 0; round < 16; ++round) {
        const double now = sum();
        if (now == 1.0) return;
        *std::max_element(weights.begin(), weights.end()) += 1.0 - now;
    }
}

struct Component {
    DurationDistribution form;
    double share = 0.0;
};

std::optional<Component> read_component(const YAML::Node& node, const std::string& path,
                                        ParseContext& ctx) {
    if (!node.IsMap()) {
        ctx.reporter.error(position_of(node), path,
                           "expected a component such as {share: 80%, lognormal: {mean: 4, sd: "
                           "3}}, found " +
                               describe_found(node));
        return std::nullopt;
    }
    const MapReader map(node, path, &ctx.reporter);
    const MapEntry* share_entry = nullptr;
    const MapEntry* form_entry = nullptr;
    bool ok = true;
    for (const MapEntry& entry : map.entries()) {
        if (entry.key == "share") {
            share_entry = &entry;
        } else if (!is_form(entry.key)) {
            report_unknown_form(entry, join_path(path, entry.key), ctx, true);
            ok = false;
        } else if (form_entry) {
            ctx.reporter.error(entry.key_position, join_path(path, entry.key),
                               "a component has one distribution; found '" + form_entry->key +
                                   "' and '" + entry.key + "'");
            ok = false;
        } else {
            form_entry = &entry;
        }
    }
    if (!share_entry) {
        ctx.reporter.error(map.position(), join_path(path, "share"),
                           "missing required key 'share'");
        ok = false;
    }
    if (!form_entry && ok) {
        ctx.reporter.error(map.position(), path,
                           "missing the component's distribution: give one of lognormal, "
                           "exponential, uniform or fixed");
        ok = false;
    }
    std::optional<double> share;
    if (share_entry) {
        const std::string share_path = join_path(path, "share");
        share = RateCodec{}.read(value_ref(*share_entry, share_path), component_share_info(), ctx);
    }
    std::optional<DurationDistribution> form;
    if (form_entry) form = read_form(*form_entry, path, ctx, true);
    if (!ok || !share || !form) return std::nullopt;
    return Component{std::move(*form), *share};
}

}  // namespace

// A mixture component: `share` and exactly one other form, described as keys of a map so that
// walks over the declarations (the reference, the JSON Schema) read it like any object.
const ObjectInfo& mixture_component_info() {
    static const ObjectInfo info = [] {
        const auto form = [](const char* key, const ObjectInfo* object, const char* syntax) {
            return FieldInfo{
                .key = key,
                .shape = object ? Shape::Object : Shape::Value,
                .type = object ? "map" : "number",
                .unit = "days",
                .range = object ? Range{} : at_least(0),
                .range_text = syntax,
                .presence = Presence::Optional,
                .meaning = std::string("The component's distribution, when ") + key + ".",
                .object = object};
        };
        const std::string one_form =
            "Each component is a map of `share` and exactly one of `lognormal`, `exponential`, "
            "`uniform` and `fixed` (not a mixture).";
        return ObjectInfo{
            .title = "mixture component",
            .summary = "One part of a mixture: its share and one other duration form.",
            .fields = {FieldInfo{.key = "share",
                                 .type = "rate",
                                 .unit = "fraction",
                                 .range = closed(0, 1),
                                 .range_text = "in [0, 1]",
                                 .presence = Presence::Required,
                                 .meaning = "The share of durations drawn from this component."},
                       form("lognormal", &lognormal_info(), "{mean: M, sd: S}"),
                       form("exponential", &exponential_info(), "{mean: M}"),
                       form("uniform", &uniform_info(), "{min: A, max: B}"),
                       form("fixed", nullptr, "D >= 0")},
            .alternatives = {AlternativeKeys{
                .keys = {"lognormal", "exponential", "uniform", "fixed"},
                .capacity = 1,
                .required = true,
                .rule = one_form}},
            .rules = {"Shares sum to 1 within 0.01 and are then scaled to sum to 1 exactly."}};
    }();
    return info;
}

std::optional<DurationDistribution> read_mixture(const MapEntry& kind, const std::string& path,
                                                 ParseContext& ctx) {
    const Position at = kind.value_position();
    if (!kind.value.IsSequence() || kind.value.size() == 0) {
        ctx.reporter.error(at, path,
                           "expected a list of components such as [{share: 80%, lognormal: "
                           "{mean: 4, sd: 3}}, {share: 20%, lognormal: {mean: 40, sd: 30}}], "
                           "found " +
                               (kind.value.IsSequence() ? std::string("an empty list")
                                                        : describe_found(kind.value)));
        return std::nullopt;
    }
    std::vector<DurationDistribution> parts;
    std::vector<double> weights;
    bool ok = true;
    std::size_t index = 0;
    for (const YAML::Node& item : kind.value) {
        const std::string item_path = path + "[" + std::to_string(index++) + "]";
        auto component = read_component(item, item_path, ctx);
        if (!component) {
            ok = false;
            continue;
        }
        parts.push_back(std::move(component->form));
        weights.push_back(component->share);
    }
    if (!ok) return std::nullopt;
    double sum = 0.0;
    for (double w : weights) sum += w;
    if (!(std::fabs(sum - 1.0) <= kShareTolerance)) {
        char text[32];
        std::snprintf(text, sizeof text, "%.4g", sum);
        ctx.reporter.error(
            at, path,
            std::string("component shares sum to ") + text + "; they must sum to 1 (within 0.01)");
        return std::nullopt;
    }
    scale_to_exact_sum(weights);
    return DurationDistribution::mixture(std::move(parts), std::move(weights));
}

}  // namespace wfsim::models::schema::duration_parts
