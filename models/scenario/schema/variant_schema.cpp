// The declarations of variants and their interventions (variants.<name>), and the checks that
// need the parameter an intervention names: that it exists, that it can change from a date, and
// that the operation suits its type.
#include "models/scenario/schema/variant_schema.hpp"

#include <yaml-cpp/yaml.h>

#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/parameter_path.hpp"
#include "models/scenario/schema/programme_schemas.hpp"
#include "models/scenario/schema/scenario_schema.hpp"

namespace wfsim::models::schema {
namespace {

constexpr const char* kPartOfVariant = "part of a variant";

DatedChange of_variant() {
    return refused(kPartOfVariant);
}

bool is_band_profile_of_values(const std::string& type) {
    return type.find(" band ") != std::string::npos;  // "age band multipliers", "... hazards"
}

// The path's named objects (a group, a programme) must exist: checked with a did-you-mean.
bool names_exist(const ParameterPath& path, const PathResolution& resolution, Position at,
                 const std::string& key_path, ParseContext& ctx) {
    std::string map_path;
    for (std::size_t i = 0; i < resolution.steps.size(); ++i) {
        const PathStep& step = resolution.steps[i];
        if (step.kind == StepKind::Name && !check_reference(step.segment, at, key_path, map_path,
                                                            step.field->object->title, false, ctx))
            return false;
        map_path = join_path(map_path, path.segments[i]);
    }
    return true;
}

const ObjectSchema<InterventionCost>& cost_schema() {
    static const ObjectSchema<InterventionCost> schema = [] {
        ObjectSchema<InterventionCost> s(
            "intervention cost",
            "What an intervention costs, in pounds, counted in the run where it arises: per "
            "month, group and variant (docs/output.md).");
        s.number("one_off", &InterventionCost::one_off,
                 {.unit = "pounds",
                  .range = at_least(0),
                  .default_value = 0.0,
                  .meaning = "Paid once, on the day the intervention starts (the run's first day "
                             "when it starts before).",
                  .typical = "setting up a retention programme: 250,000 (an assumption)",
                  .dated = of_variant()});
        s.number("per_year", &InterventionCost::per_year,
                 {.unit = "pounds a year",
                  .range = at_least(0),
                  .default_value = 0.0,
                  .meaning = "Paid while the intervention is active, day by day (per_year / "
                             "365.25 a day).",
                  .typical = "a team of ten at 50,000 each: 500,000 (an assumption)",
                  .dated = of_variant()});
        s.number("per_person", &InterventionCost::per_person,
                 {.unit = "pounds per person",
                  .range = at_least(0),
                  .default_value = 0.0,
                  .meaning = "Paid for each person the intervention reaches while active, when "
                             "it reaches them: an added or changed international programme's "
                             "recruits (drop-outs included: they cost when recruited), a "
                             "training programme's trainees at intake, returners after "
                             "retirement for a change of retire-and-return, and otherwise the "
                             "joiners of the groups it changes.",
                  .typical = "a golden hello of 5,000 per new starter; pastoral support of "
                             "2,000 per international recruit (assumptions)",
                  .dated = of_variant()});
        s.number("per_wte_day", &InterventionCost::per_wte_day,
                 {.unit = "pounds per WTE-day",
                  .range = at_least(0),
                  .default_value = 0.0,
                  .meaning = "Paid for each WTE-day of staff in post, while active, in the "
                             "groups the intervention concerns (those its parameter names, the "
                             "group a programme recruits into, a shock's groups); for a "
                             "reservist pool, each WTE-day its reservists are deployed.",
                  .typical = "a retention payment of 1,000 a WTE-year: 2.74 (an assumption)",
                  .dated = of_variant()});
        return s;
    }();
    return schema;
}

// The kind of intervention, as written: the parameter, or the programme key given.
std::vector<std::string> programme_keys() {
    return {"international", "training", "graduates", "domestic_cohort", "reservists", "shock"};
}

void check_intervention(const InterventionSpec& i, CheckContext& c) {
    if (i.from && i.until && !(*i.from < *i.until))
        c.error("until",
                "until (" + i.until->iso() + ") must be after from (" + i.from->iso() + ")");
    const bool operation = i.set || i.multiply || i.add;
    if (i.adds_programme()) {
        if (!i.sector.empty())
            c.error("sector",
                    "`sector` selects the groups a `parameter` changes; an added "
                    "programme names its own group");
        for (const char* key : {"set", "multiply", "add"})
            if (c.given(key))
                c.error(key, std::string("`") + key +
                                 "` goes with `parameter`; an added programme is given whole");
        if (i.shock && (i.from || i.until))
            c.error(i.from ? "from" : "until",
                    "a shock has its own from and to; give them in `shock`");
        if ((i.reservists || i.shock) && i.cost.per_person != 0.0)
            c.error("cost", std::string("per_person has no meaning for an added ") +
                                (i.shock ? "shock" : "reservist pool") +
                                ": it reaches no people one by one; use per_year or per_wte_day");
        return;
    }
    if (!operation) {
        c.error("parameter", "give the change: one of `set`, `multiply` or `add`");
        return;
    }
    std::string problem;
    const auto path = parse_parameter_path(i.parameter, problem);
    if (!path) return;  // reported where it was read
    const auto& segments = path->segments;
    if (!i.sector.empty() &&
        !(segments.size() >= 3 && segments[0] == "groups" && segments[1] == "*"))
        c.error("sector",
                "`sector` keeps one sector's groups of those a `groups.*.` parameter names; " +
                    i.parameter +
                    (segments[0] == "groups" && segments.size() >= 2 && segments[1] != "*"
                         ? " names one group: give the change to that group without `sector`"
                         : " is not a parameter of every group"));
    const PathResolution resolution = resolve_parameter_path(*path, scenario_schema().info());
    const FieldInfo* target = resolution.target();
    if (!resolution.ok() || !target) return;
    const bool inside_value = resolution.steps.back().kind == StepKind::InValue;
    const bool whole_value = target->shape == Shape::Value && !inside_value;
    if ((i.multiply || i.add) && !inside_value && !(whole_value && arithmetic_applies(*target)))
        c.error(i.multiply ? "multiply" : "add",
                std::string(i.multiply ? "multiply" : "add") +
                    " applies to numbers, rates, "
                    "durations and profiles of multipliers or hazards; " +
                    i.parameter + " is " +
                    (whole_value ? "a value of type " + target->type : std::string("a map")) +
                    ": give its new value with `set`");
    if (target->dated.kind == DatedKind::MonthStart) {
        for (const auto& [key, date] : {std::pair{"from", i.from}, std::pair{"until", i.until}}) {
            if (date && date->ymd().day != 1)
                c.error(key, i.parameter + " changes for whole months (" + target->dated.text +
                                 "): give the first day of a month, not " + date->iso());
        }
    }
    const std::string& first = path->segments.front();
    if (i.cost.per_person != 0.0 && (first == "shocks" || first == "feedback" ||
                                     first == "population" || first == "reservists"))
        c.error("cost", "per_person has no meaning for a change to " + first +
                            ": it reaches no people one by one; use per_year or per_wte_day");
}

ObjectSchema<InterventionSpec> make_intervention_schema() {
    ObjectSchema<InterventionSpec> s(
        "intervention",
        "A dated change to a declared parameter (the same path as --set names it) or an added "
        "programme, with its costs. A change applies from `from` until `until` to whatever the "
        "path selects; the calibration stays the baseline's (docs/model.md, \"Variants\").");
    s.value<InterventionPathCodec>(
        "parameter", &InterventionSpec::parameter,
        {.absent_text = "none: the intervention adds a programme",
         .meaning = "The parameter changed, as --set names it: `groups.NAME.KEY...`, "
                    "`groups.*.KEY...` for every group (one sector's with `sector`), "
                    "`international.NAME.per_year`, ... "
                    "The reference below says, for each key, what a change from a date does, "
                    "and which keys cannot change from a date (the starting workforce, the "
                    "calendar, the structure).",
         .typical = "groups.nursing_midwifery.leaving.turnover",
         .dated = of_variant()});
    s.identifier("sector", &InterventionSpec::sector,
                 {.range_text = "a sector of the scenario's groups",
                  .absent_text = "every group the parameter names",
                  .meaning = "With a `groups.*.KEY` parameter: only the groups of this sector "
                             "change, and only they carry the intervention's costs.",
                  .typical = "social_care, for a retention payment to care workers alone",
                  .dated = of_variant()});
    s.value<AnyValueCodec>("set", &InterventionSpec::set,
                           {.absent_text = "none",
                            .meaning = "The new value, written as in the file.",
                            .typical = "18%; {lognormal: {mean: 60, sd: 20}}",
                            .dated = of_variant()});
    s.number("multiply", &InterventionSpec::multiply,
             {.unit = "times the baseline's value",
              .range = at_least(0),
              .absent_text = "none",
              .meaning = "Multiplies the value in force (a number, a rate, every length of a "
                         "duration, every value of a profile of multipliers or hazards).",
              .typical = "0.9 for turnover 10% lower",
              .dated = of_variant()});
    s.number("add", &InterventionSpec::add,
             {.unit = "the parameter's unit",
              .absent_text = "none",
              .meaning = "Adds to the value in force (a number, a rate, the mean of a duration, "
                         "every value of a profile of multipliers or hazards); the result is "
                         "checked against the parameter's range.",
              .typical = "-20 (days) on time_to_hire_days; -0.01 on a turnover",
              .dated = of_variant()});
    s.object("international", &InterventionSpec::international, international_schema(),
             "An added international programme, named after the intervention.", "none");
    s.object("training", &InterventionSpec::training, training_schema(),
             "An added training, apprenticeship or return-to-practice programme.", "none");
    s.object("graduates", &InterventionSpec::graduates, graduate_schema(),
             "An added graduate cohort.", "none");
    s.object("domestic_cohort", &InterventionSpec::domestic_cohort, domestic_cohort_schema(),
             "An added cohort of domestic hires (its per-person cost counts each hire).", "none");
    s.object("reservists", &InterventionSpec::reservists, reservist_schema(),
             "An added reservist pool, deployed in the scenario's named shocks.", "none");
    s.object("shock", &InterventionSpec::shock, shock_schema(), "An added shock.", "none");
    s.date("from", &InterventionSpec::from,
           {.absent_text = "the start of the run",
            .meaning = "The day it starts. A change from the start changes the mechanism from "
                       "the first day; the starting workforce is always the baseline's.",
            .typical = "2024-04-01",
            .dated = of_variant()});
    s.date("until", &InterventionSpec::until,
           {.absent_text = "the end of the run",
            .meaning = "The first day it no longer acts.",
            .typical = "2027-04-01",
            .dated = of_variant()});
    s.object("cost", &InterventionSpec::cost, cost_schema(), "What the intervention costs.");
    std::vector<std::string> kinds{"parameter"};
    for (const auto& key : programme_keys()) kinds.push_back(key);
    s.alternatives(
        {.keys = kinds,
         .capacity = 1,
         .required = true,
         .rule = "Give exactly one of `parameter` (a dated change), `international`, "
                 "`training`, `graduates`, `domestic_cohort`, `reservists` and `shock` (an added "
                 "programme)."});
    s.alternatives({.keys = {"set", "multiply", "add"},
                    .capacity = 1,
                    .rule = "A dated change gives exactly one of `set`, `multiply` and `add`."});
    s.check(
        "`until` is after `from`; `sector` goes with a `groups.*.` parameter; `multiply` and "
        "`add` suit the parameter's type; a parameter "
        "changed for whole months starts and ends on the first of a month; per_person is for "
        "interventions that reach people.",
        check_intervention);
    return s;
}

const ObjectSchema<InterventionSpec>& intervention_schema() {
    static const ObjectSchema<InterventionSpec> schema = make_intervention_schema();
    return schema;
}

ObjectSchema<VariantSpec> make_variant_schema() {
    ObjectSchema<VariantSpec> s(
        "variant",
        "A named set of interventions run beside the baseline, on the same random numbers for "
        "the same people, from the baseline's starting workforce and calibration.");
    s.text("description", &VariantSpec::description,
           {.absent_text = "empty",
            .meaning = "One line saying what the variant is, shown in reports.",
            .typical = "Retention pathfinder: NHS trust turnover 10% lower from April 2024",
            .dated = of_variant()});
    s.optional_named_objects("interventions", &VariantSpec::interventions, &InterventionSpec::name,
                             intervention_schema(),
                             "The interventions, by name, applied in the order written.");
    return s;
}

}  // namespace

bool arithmetic_applies(const FieldInfo& target) {
    return target.type == "number" || target.type == "rate" || target.type == "duration" ||
           is_band_profile_of_values(target.type);
}

std::optional<std::string> InterventionPathCodec::read(const ValueRef& ref, const FieldInfo&,
                                                       ParseContext& ctx) const {
    auto text = read_text(ref, ctx.reporter);
    if (!text) return std::nullopt;
    std::string problem;
    const auto path = parse_parameter_path(*text, problem);
    if (!path) {
        ctx.reporter.error(ref.position, ref.path, problem);
        return std::nullopt;
    }
    const std::string& first = path->segments.front();
    if (first == "defaults" || first == "variants") {
        ctx.reporter.error(ref.position, ref.path,
                           first == "defaults"
                               ? "an intervention changes groups, not defaults: name them (" +
                                     std::string("groups.*") + text->substr(8) + ")"
                               : "an intervention cannot change a variant");
        return std::nullopt;
    }
    const PathResolution resolution = resolve_parameter_path(*path, scenario_schema().info());
    if (!resolution.ok()) {
        ctx.reporter.error(ref.position, ref.path,
                           resolution.failed_path(*path) + ": " + resolution.problem);
        return std::nullopt;
    }
    if (!names_exist(*path, resolution, ref.position, ref.path, ctx)) return std::nullopt;
    const FieldInfo* target = resolution.target();
    const bool value_field = target && target->shape == Shape::Value;
    if (value_field &&
        (target->dated.kind == DatedKind::Refused || target->dated.kind == DatedKind::Undeclared)) {
        const std::string why = target->dated.kind == DatedKind::Refused
                                    ? target->dated.text
                                    : "no change from a date is declared for it; use --set";
        ctx.reporter.error(ref.position, ref.path, *text + " cannot change from a date: " + why);
        return std::nullopt;
    }
    return text;
}

std::string InterventionPathCodec::write(const std::string& value) const {
    return YamlWriter::quoted(value);
}

std::optional<std::string> AnyValueCodec::read(const ValueRef& ref, const FieldInfo&,
                                               ParseContext& ctx) const {
    if (!ref.node.IsDefined() || ref.node.IsNull()) {
        ctx.reporter.error(ref.position, ref.path, "expected the new value, found nothing");
        return std::nullopt;
    }
    YAML::Emitter flow;
    flow << YAML::Flow << ref.node;
    return std::string(flow.c_str());
}

const ObjectSchema<VariantSpec>& variant_schema() {
    static const ObjectSchema<VariantSpec> schema = make_variant_schema();
    return schema;
}

}  // namespace wfsim::models::schema
