#include "models/scenario/schema/factor_schema.hpp"

#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/scenario_schema.hpp"

namespace wfsim::models::schema {
namespace {

// Top-level keys a factor cannot vary: what identifies the scenario, the run's calendar (every
// point must report the same months and years), and the factors themselves.
constexpr const char* kFixedKeys[] = {"schema_version", "name",   "description",   "start",
                                      "years",          "months", "staff_records", "uncertainty"};

// Why `resolution` (of a path that resolved) does not name one number a factor can vary; "" when
// it does. The number inside a value (a distribution's mean, one age band) is checked when the
// value is read with the factor's values applied.
std::string target_problem(const ParameterPath& path, const PathResolution& resolution) {
    const std::string text = path.text();
    for (const char* key : kFixedKeys)
        if (path.segments.front() == key) return "'" + std::string(key) + "' cannot vary";
    const PathStep& last = resolution.steps.back();
    if (last.kind == StepKind::InValue) return "";
    if (last.kind != StepKind::Key || last.field->shape != Shape::Value)
        return text + " is a map: name one number inside it";
    const std::string& type = last.field->type;
    if (type == "number" || type == "rate" || type == "whole number") return "";
    if (type == "duration")
        return text + " is a duration: name one of its parameters, for example " + text +
               ".lognormal.mean";
    if (last.field->collection == Collection::Map)
        return text + " is a map of values: name one of them, for example " + text + ".KEY";
    return text + " is " + (type.empty() ? "not a number" : "a " + type) +
           "; a factor varies a number";
}

struct ParameterPathCodec {
    using value_type = FactorTarget;
    std::string type() const { return "parameter path"; }
    std::string allowed_text() const {
        return "a key path as `--set` takes it: groups.NAME.leaving.turnover, "
               "groups.*.absence.rate, "
               "groups.NAME.recruitment.time_to_hire_days.lognormal.mean";
    }

    std::optional<FactorTarget> read(const ValueRef& ref, const FieldInfo&,
                                     ParseContext& ctx) const {
        const auto text = read_text(ref, ctx.reporter);
        if (!text) return std::nullopt;
        std::string problem;
        const auto path = parse_parameter_path(*text, problem);
        if (!path) {
            ctx.reporter.error(ref.position, ref.path, problem);
            return std::nullopt;
        }
        const PathResolution resolution = resolve_parameter_path(*path, scenario_schema().info());
        if (!resolution.ok()) {
            ctx.reporter.error(ref.position, ref.path,
                               resolution.failed_path(*path) + ": " + resolution.problem);
            return std::nullopt;
        }
        if (auto problem_text = target_problem(*path, resolution); !problem_text.empty()) {
            ctx.reporter.error(ref.position, ref.path, problem_text);
            return std::nullopt;
        }
        // Names of groups (and other named objects) the file being read knows.
        std::string within;
        for (std::size_t i = 0; i < resolution.steps.size(); ++i) {
            const PathStep& step = resolution.steps[i];
            if (step.kind == StepKind::Name && ctx.named.find(within) &&
                !check_reference(step.segment, ref.position, ref.path, within,
                                 step.field->object->title, false, ctx))
                return std::nullopt;
            within = join_path(within, step.segment);
        }
        const PathStep& last = resolution.steps.back();
        return FactorTarget{*path, ref.position,
                            last.kind == StepKind::Key && last.field->type == "whole number"};
    }
    std::string write(const FactorTarget& value) const { return value.path.text(); }
};

// Two or more distinct numbers (or percentages), equally likely.
struct NumberListCodec {
    using value_type = std::vector<double>;
    std::string type() const { return "list of numbers"; }
    std::string allowed_text() const { return "at least two, each once"; }
    void describe(FieldInfo& info) const {
        info.collection = Collection::List;
        info.item_type = "number or percentage";
        info.min_items = 2;
        info.unique_items = true;
    }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo&, ParseContext& ctx) const {
        if (!ref.node.IsSequence() || ref.node.size() < 2) {
            ctx.reporter.error(ref.position, ref.path,
                               "expected a list of at least two numbers such as [60, 90, 120], "
                               "found " +
                                   describe_found(ref.node));
            return std::nullopt;
        }
        value_type out;
        bool ok = true;
        std::size_t index = 0;
        for (const YAML::Node& item : ref.node) {
            const std::string path = ref.path + "[" + std::to_string(index++) + "]";
            const auto number = read_rate(ValueRef{item, position_of(item), path}, ctx.reporter);
            if (!number) {
                ok = false;
                continue;
            }
            for (double seen : out)
                if (seen == number->value) {
                    ctx.reporter.error(position_of(item), path,
                                       number->text + " is listed twice; give each value once");
                    ok = false;
                }
            out.push_back(number->value);
        }
        if (!ok) return std::nullopt;
        return out;
    }
    std::string write(const value_type& value) const {
        std::string out = "[";
        for (std::size_t i = 0; i < value.size(); ++i)
            out += (i ? ", " : "") + format_number(value[i]);
        return out + "]";
    }
};

template <class T>
void quantity(ObjectSchema<T>& s, const char* key, double T::*member, const char* meaning) {
    s.template value<QuantityCodec>(
        key, member, {.required = true, .meaning = meaning, .dated = refused(kUncertainty)});
}

const ObjectSchema<FactorRange>& range_schema() {
    static const ObjectSchema<FactorRange> schema = [] {
        ObjectSchema<FactorRange> s("range", "The ends of a range.");
        quantity(s, "min", &FactorRange::min, "The lower end.");
        quantity(s, "max", &FactorRange::max, "The upper end.");
        return s;
    }();
    return schema;
}

const ObjectSchema<FactorTriangle>& triangle_schema() {
    static const ObjectSchema<FactorTriangle> schema = [] {
        ObjectSchema<FactorTriangle> s("triangle", "A triangular distribution.");
        quantity(s, "min", &FactorTriangle::min, "The lower end.");
        quantity(s, "mode", &FactorTriangle::mode, "The most likely value.");
        quantity(s, "max", &FactorTriangle::max, "The upper end.");
        return s;
    }();
    return schema;
}

const ObjectSchema<FactorMeanSd>& mean_sd_schema() {
    static const ObjectSchema<FactorMeanSd> schema = [] {
        ObjectSchema<FactorMeanSd> s("mean and sd", "A mean and a standard deviation.");
        quantity(s, "mean", &FactorMeanSd::mean, "The mean.");
        quantity(s, "sd", &FactorMeanSd::sd, "The standard deviation.");
        return s;
    }();
    return schema;
}

const ObjectSchema<FactorTruncatedNormal>& truncated_normal_schema() {
    static const ObjectSchema<FactorTruncatedNormal> schema = [] {
        ObjectSchema<FactorTruncatedNormal> s("truncated normal",
                                              "A normal distribution cut to [min, max].");
        quantity(s, "mean", &FactorTruncatedNormal::mean, "The mean of the normal before the cut.");
        quantity(s, "sd", &FactorTruncatedNormal::sd, "Its standard deviation before the cut.");
        quantity(s, "min", &FactorTruncatedNormal::min, "The lower end.");
        quantity(s, "max", &FactorTruncatedNormal::max, "The upper end.");
        return s;
    }();
    return schema;
}

constexpr const char* kNotGiven = "not given";

constexpr const char* kDistributionKeys[] = {
    "uniform", "log_uniform", "triangular", "normal", "truncated_normal", "lognormal", "values"};

void check_distribution(const FactorSpec& f, CheckContext& c) {
    const std::string problem = f.distribution().problem();
    if (problem.empty()) return;
    for (const char* key : kDistributionKeys)
        if (c.given(key)) c.error(key, problem);
}

ObjectSchema<FactorSpec> make_factor_schema() {
    ObjectSchema<FactorSpec> s("factor",
                               "A parameter that varies: its `--set` path, how a value applies, "
                               "and the distribution of its values (exactly one of uniform, "
                               "log_uniform, triangular, normal, truncated_normal, lognormal, "
                               "values).");
    s.value<ParameterPathCodec>(
        "path", &FactorSpec::target,
        {.required = true,
         .meaning = "The parameter, as `--set` names it; `groups.*.` varies every group's value "
                    "together.",
         .typical = "groups.registered_nursing.leaving.turnover; groups.*.absence.rate",
         .dated = refused(kUncertainty)});
    s.value<ChoiceCodec>("change", &FactorSpec::change,
                         {.default_value = std::string("set"),
                          .meaning = "How a value applies: `set` the parameter to it, `multiply` "
                                     "the scenario's own value by it (each group's own, with "
                                     "`*`), or `add` it to that value.",
                          .typical = "multiply with a range around 1 (0.9 to 1.1) keeps the "
                                     "groups' differences",
                          .dated = refused(kUncertainty)},
                         ChoiceCodec{{"set", "multiply", "add"}});
    s.text("description", &FactorSpec::description,
           {.absent_text = "empty",
            .meaning = "What the factor stands for, and where its range comes from.",
            .typical = "plausible range of nursing turnover, 9-13% (the plan's 8-12% target band "
                       "and its current 11.12%)",
            .dated = refused(kUncertainty)});
    s.object("uniform", &FactorSpec::uniform, range_schema(), "Uniform on [min, max].", kNotGiven);
    s.object("log_uniform", &FactorSpec::log_uniform, range_schema(),
             "Uniform in the logarithm on [min, max] (min above 0): as likely to double as to "
             "halve.",
             kNotGiven);
    s.object("triangular", &FactorSpec::triangular, triangle_schema(),
             "Triangular on [min, max] with its peak at mode.", kNotGiven);
    s.object("normal", &FactorSpec::normal, mean_sd_schema(), "Normal with this mean and sd.",
             kNotGiven);
    s.object("truncated_normal", &FactorSpec::truncated_normal, truncated_normal_schema(),
             "A normal cut to [min, max] (a rate that must stay in [0, 1], say).", kNotGiven);
    s.object("lognormal", &FactorSpec::lognormal, mean_sd_schema(),
             "Lognormal with this mean and sd of the value itself (not of its logarithm), as "
             "durations are written.",
             kNotGiven);
    s.value<NumberListCodec>("values", &FactorSpec::values,
                             {.absent_text = kNotGiven,
                              .meaning = "Values taken with equal probability.",
                              .typical = "[60, 90, 120]",
                              .dated = refused(kUncertainty)});
    s.alternatives({.keys = {std::begin(kDistributionKeys), std::end(kDistributionKeys)},
                    .capacity = 1,
                    .required = true,
                    .rule = "Give exactly one of uniform, log_uniform, triangular, normal, "
                            "truncated_normal, lognormal and values."});
    s.check(
        "A distribution's parameters are consistent: min below max, sd above 0, the mode "
        "within [min, max], min above 0 for log_uniform, the mean above 0 for lognormal.",
        check_distribution);
    return s;
}

}  // namespace

std::optional<double> QuantityCodec::read(const ValueRef& ref, const FieldInfo& info,
                                          ParseContext& ctx) const {
    const auto number = read_rate(ref, ctx.reporter);
    if (!number || !within_range(number->value, number->text, "a number", info, ref, ctx.reporter))
        return std::nullopt;
    return number->value;
}

const ObjectSchema<FactorSpec>& factor_schema() {
    static const ObjectSchema<FactorSpec> schema = make_factor_schema();
    return schema;
}

}  // namespace wfsim::models::schema
