#include "models/scenario/schema/duration_codec.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "models/scenario/schema/duration_parts.hpp"
#include "models/scenario/schema/object_schema.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {
namespace {

struct MeanSd {
    double mean = 0.0;
    double sd = 0.0;
};
struct MeanOnly {
    double mean = 0.0;
};
struct MinMax {
    double min = 0.0;
    double max = 0.0;
};

const ObjectSchema<MeanSd>& lognormal_schema() {
    static const ObjectSchema<MeanSd> schema = [] {
        ObjectSchema<MeanSd> s("lognormal duration",
                               "Lognormal with the given arithmetic mean "
                               "and standard deviation (days).");
        s.number("mean", &MeanSd::mean,
                 {.unit = "days",
                  .range = above(0),
                  .required = true,
                  .meaning = "Arithmetic mean of the duration."});
        s.number("sd", &MeanSd::sd,
                 {.unit = "days",
                  .range = at_least(0),
                  .required = true,
                  .meaning = "Standard deviation of the duration (not of its logarithm)."});
        return s;
    }();
    return schema;
}

const ObjectSchema<MeanOnly>& exponential_schema() {
    static const ObjectSchema<MeanOnly> schema = [] {
        ObjectSchema<MeanOnly> s("exponential duration", "Exponential with the given mean (days).");
        s.number("mean", &MeanOnly::mean,
                 {.unit = "days",
                  .range = above(0),
                  .required = true,
                  .meaning = "Mean of the duration."});
        return s;
    }();
    return schema;
}

const ObjectSchema<MinMax>& uniform_schema() {
    static const ObjectSchema<MinMax> schema = [] {
        ObjectSchema<MinMax> s("uniform duration", "Uniform between min and max (days).");
        s.number("min", &MinMax::min,
                 {.unit = "days",
                  .range = at_least(0),
                  .required = true,
                  .meaning = "Shortest duration."});
        s.number("max", &MinMax::max,
                 {.unit = "days",
                  .range = at_least(0),
                  .required = true,
                  .meaning = "Longest duration."});
        s.check("max is greater than min.", [](const MinMax& m, CheckContext& c) {
            if (!(m.max > m.min))
                c.error("max", "max (" + format_number(m.max) + ") must be greater than min (" +
                                   format_number(m.min) + ")");
        });
        return s;
    }();
    return schema;
}

const FieldInfo& fixed_info() {
    static const FieldInfo info{.key = "fixed", .type = "number", .range = at_least(0)};
    return info;
}

constexpr const char* kExpected =
    "a duration in days (a number, or a distribution such as {lognormal: {mean: 90, sd: 30}})";

template <class P>
std::optional<P> read_parameters(const ObjectSchema<P>& schema, const MapEntry& kind,
                                 const std::string& path, ParseContext& ctx) {
    if (!kind.value.IsMap()) {
        ctx.reporter.error(kind.value_position(), path,
                           "expected a map of parameters, found " + describe_found(kind.value));
        return std::nullopt;
    }
    const MapReader params(kind.value, path, &ctx.reporter);
    const std::vector<Layer> layers{{&params, true}};
    const int before = ctx.reporter.count();
    P out{};
    schema.parse(layers, params.position(), path, out, ctx);
    if (ctx.reporter.count() != before) return std::nullopt;
    return out;
}

}  // namespace

namespace duration_parts {

const ObjectInfo& lognormal_info() {
    return lognormal_schema().info();
}
const ObjectInfo& exponential_info() {
    return exponential_schema().info();
}
const ObjectInfo& uniform_info() {
    return uniform_schema().info();
}

bool is_form(std::string_view key) {
    return key == "lognormal" || key == "exponential" || key == "uniform" || key == "fixed" ||
           key == "mixture";
}

void report_unknown_form(const MapEntry& kind, const std::string& path, ParseContext& ctx,
                         bool with_share) {
    std::vector<KeyCandidate> kinds = {{"lognormal", {"lognormal"}},
                                       {"exponential", {"exponential"}},
                                       {"fixed", {"fixed"}},
                                       {"uniform", {"uniform"}}};
    if (with_share) kinds.push_back({"share", {"share"}});
    if (!with_share) kinds.push_back({"mixture", {"mixture"}});
    std::string message = "unknown distribution '" + kind.key + "'";
    if (auto near = closest_key(kind.key, kinds)) {
        message += "; did you mean '" + *near + "'?";
    } else if (with_share) {
        message +=
            "; a mixture component has a share and one of lognormal, exponential, "
            "fixed or uniform";
    } else {
        message += "; use lognormal, exponential, fixed, uniform or mixture";
    }
    ctx.reporter.error(kind.key_position, path, std::move(message));
}

std::optional<DurationDistribution> read_form(const MapEntry& kind, const std::string& parent,
                                              ParseContext& ctx, bool in_mixture) {
    const std::string path = join_path(parent, kind.key);
    if (kind.key == "fixed") {
        const auto days = NumberCodec{}.read(value_ref(kind, path), fixed_info(), ctx);
        if (!days) return std::nullopt;
        return DurationDistribution::fixed(*days);
    }
    if (kind.key == "lognormal") {
        const auto p = read_parameters(lognormal_schema(), kind, path, ctx);
        if (!p) return std::nullopt;
        return DurationDistribution::lognormal(p->mean, p->sd);
    }
    if (kind.key == "exponential") {
        const auto p = read_parameters(exponential_schema(), kind, path, ctx);
        if (!p) return std::nullopt;
        return DurationDistribution::exponential(p->mean);
    }
    if (kind.key == "uniform") {
        const auto p = read_parameters(uniform_schema(), kind, path, ctx);
        if (!p) return std::nullopt;
        return DurationDistribution::uniform(p->min, p->max);
    }
    if (kind.key == "mixture" && !in_mixture) return read_mixture(kind, path, ctx);
    if (kind.key == "mixture") {
        ctx.reporter.error(kind.key_position, path,
                           "a mixture component cannot itself be a mixture: use lognormal, "
                           "exponential, fixed or uniform");
        return std::nullopt;
    }
    report_unknown_form(kind, path, ctx, in_mixture);
    return std::nullopt;
}

}  // namespace duration_parts

namespace {

std::optional<DurationDistribution> read_map(const ValueRef& ref, ParseContext& ctx) {
    const MapReader map(ref.node, ref.path, &ctx.reporter);
    if (map.entries().empty()) {
        ctx.reporter.error(ref.position, ref.path,
                           std::string("expected ") + kExpected + ", found an empty map");
        return std::nullopt;
    }
    if (map.entries().size() > 1) {
        const MapEntry& extra = map.entries()[1];
        ctx.reporter.error(extra.key_position, join_path(ref.path, extra.key),
                           "a duration has one distribution; found '" + map.entries()[0].key +
                               "' and '" + extra.key + "'");
        return std::nullopt;
    }
    return duration_parts::read_form(map.entries()[0], ref.path, ctx, false);
}

// The form without its braces: "lognormal: {mean: 4, sd: 3}".
std::string form_text(const DurationDistribution& d) {
    using Kind = DurationDistribution::Kind;
    switch (d.kind) {
        case Kind::Fixed:
            return "fixed: " + format_number(d.mean);
        case Kind::Exponential:
            return "exponential: {mean: " + format_number(d.mean) + "}";
        case Kind::LogNormal:
            return "lognormal: {mean: " + format_number(d.mean) + ", sd: " + format_number(d.sd) +
                   "}";
        case Kind::Uniform:
            return "uniform: {min: " + format_number(d.min) + ", max: " + format_number(d.max) +
                   "}";
        case Kind::Mixture: {
            std::string text = "mixture: [";
            for (std::size_t i = 0; i < d.components.size(); ++i) {
                if (i > 0) text += ", ";
                text += "{share: " + format_number(d.weights[i]) + ", " +
                        form_text(d.components[i]) + "}";
            }
            return text + "]";
        }
    }
    return "fixed: " + format_number(d.mean);
}

}  // namespace

std::optional<DurationDistribution> DurationCodec::read(const ValueRef& ref, const FieldInfo&,
                                                        ParseContext& ctx) const {
    if (ref.node.IsScalar()) {
        const auto number = read_number(ref, ctx.reporter, kExpected);
        if (!number) return std::nullopt;
        if (!within_range(number->value, number->text, "a duration", fixed_info(), ref,
                          ctx.reporter))
            return std::nullopt;
        return DurationDistribution::fixed(number->value);
    }
    if (!ref.node.IsMap()) {
        ctx.reporter.error(
            ref.position, ref.path,
            std::string("expected ") + kExpected + ", found " + describe_found(ref.node));
        return std::nullopt;
    }
    // A distribution is one value, complete wherever it is written (also in `defaults`).
    const bool was_defaults = ctx.defaults_mode;
    ctx.defaults_mode = false;
    auto result = read_map(ref, ctx);
    ctx.defaults_mode = was_defaults;
    return result;
}

std::string DurationCodec::write(const DurationDistribution& d) const {
    std::string text = "{";
    text += form_text(d);
    text += '}';
    return text;
}

std::vector<DurationForm> duration_forms() {
    return {
        {"{lognormal: {mean: M, sd: S}}",
         "Lognormal with arithmetic mean M and standard deviation S: a skewed duration with a "
         "long tail (time to hire, sickness spells).",
         &lognormal_schema().info()},
        {"{exponential: {mean: M}}", "Exponential with mean M (memoryless).",
         &exponential_schema().info()},
        {"{uniform: {min: A, max: B}}", "Uniform between A and B.", &uniform_schema().info()},
        {"{fixed: D}", "Always D days (D >= 0); a bare number D means the same.", nullptr},
        {"{mixture: [{share: W, lognormal: {mean: M, sd: S}}, ...]}",
         "A mixture: each duration is drawn from one component, chosen with probability its "
         "share; for example short- and long-term sickness spells, `{mixture: [{share: 80%, "
         "lognormal: {mean: 4, sd: 3}}, {share: 20%, lognormal: {mean: 40, sd: 30}}]}`.",
         &duration_parts::mixture_component_info(), Collection::List},
    };
}

}  // namespace wfsim::models::schema
