#include "models/scenario/variant_worlds.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/schema/override_origins.hpp"
#include "models/scenario/schema/parameter_override.hpp"
#include "models/scenario/schema/scenario_schema.hpp"
#include "models/scenario/variant_arithmetic.hpp"
#include "models/scenario/world_places.hpp"

namespace wfsim::models {
namespace {

using schema::FieldInfo;
using schema::ObjectInfo;
using schema::ParameterPath;
using schema::Shape;
using variant_arithmetic::Arithmetic;
using variant_arithmetic::number_of;
using variant_arithmetic::operated;

// The scenario as a YAML tree with every default filled in and no variants, read from `text`
// (resolved_scenario_yaml) so that its nodes keep their places in it (a clone has none).
YAML::Node resolved_tree(const std::string& text) {
    YAML::Node tree = YAML::Load(text);
    tree.remove("variants");
    return tree;
}

YAML::Node resolved_tree(const Scenario& s) {
    return resolved_tree(resolved_scenario_yaml(s));
}

YAML::Node child(const YAML::Node& map, const std::string& key) {
    if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key) return it->second;
    return YAML::Node(YAML::NodeType::Undefined);
}

// The concrete key paths `path` stands for in `tree`, `*` replaced by each name there.
void expand(const YAML::Node& node, const ParameterPath& path, std::size_t i,
            std::vector<std::string>& prefix, std::vector<std::vector<std::string>>& out) {
    if (i == path.segments.size()) {
        out.push_back(prefix);
        return;
    }
    if (path.segments[i] == "*") {
        if (!node.IsMap()) return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            prefix.push_back(it->first.Scalar());
            expand(it->second, path, i + 1, prefix, out);
            prefix.pop_back();
        }
        return;
    }
    prefix.push_back(path.segments[i]);
    expand(child(node, path.segments[i]), path, i + 1, prefix, out);
    prefix.pop_back();
}

YAML::Node at_path(const YAML::Node& tree, const std::vector<std::string>& segments) {
    YAML::Node node(tree);
    for (const std::string& s : segments) {
        node.reset(child(node, s));  // reset, not =, which would overwrite the tree's node
        if (!node.IsDefined()) break;
    }
    return node;
}

std::string joined(const std::vector<std::string>& segments) {
    std::string out;
    for (const std::string& s : segments) out = schema::join_path(out, s);
    return out;
}

// A scenario read from a tree, its problems in `diagnostics`; a message naming another value's
// place names where it was given (`places`, with the world's override blocks in `origins`).
Scenario read_tree(const YAML::Node& tree, DiagnosticList& diagnostics, const WorldPlaces& places,
                   const schema::OverrideOrigins& origins) {
    schema::Reporter reporter(diagnostics, "variant");
    reporter.name_places([&](schema::Position at) { return places.name(at, origins); });
    Scenario scenario;
    const schema::MapReader top(tree, "", &reporter);
    schema::ParseContext ctx{reporter};
    const std::vector<schema::Layer> layers{{&top, true}};
    schema::scenario_schema().parse(layers, top.position(), "", scenario, ctx);
    return scenario;
}

// What to do instead of multiplying or adding to a value the baseline does not give. Where the
// group gives an alternative key instead (a quoted turnover or absence rate, from which the
// calibration derives the hazard), `set` would only clash with it: name the quoted figure, which
// a change re-solves, and a shock, whose multipliers act on the calibrated hazards.
std::string missing_value_advice(const YAML::Node& tree, const std::vector<std::string>& target,
                                 const schema::PathResolution& resolution) {
    const std::string& key = target.back();
    const auto& steps = resolution.steps;
    const ObjectInfo* parent = steps.size() >= 2 && steps[steps.size() - 2].field
                                   ? steps[steps.size() - 2].field->object
                                   : nullptr;
    if (parent && steps.back().kind == schema::StepKind::Key) {
        std::vector<std::string> sibling(target.begin(), target.end() - 1);
        for (const auto& alternative : parent->alternatives) {
            if (std::find(alternative.keys.begin(), alternative.keys.end(), key) ==
                alternative.keys.end())
                continue;
            for (const std::string& other : alternative.keys) {
                if (other == key) continue;
                sibling.push_back(other);
                const YAML::Node given = at_path(tree, sibling);
                const std::string other_path = joined(sibling);
                sibling.pop_back();
                if (!given.IsDefined() || given.IsNull()) continue;
                std::string advice = "the baseline gives " + other_path + " instead, and `set` " +
                                     key + " would clash with it; change " + other_path +
                                     " (its rate is solved again from the date, the rest held "
                                     "at the baseline's)";
                const FieldInfo* field = resolution.target();
                if (field && field->dated.kind == schema::DatedKind::Hazard)
                    advice +=
                        ", or add a `shock` intervention for the group, whose multipliers "
                        "act on the calibrated hazards from its `from` to its `to`";
                return advice;
            }
        }
    }
    return "give the new value with `set`";
}

// Whether the concrete path `t` ("groups", name, ...) is in a group `change` may reach.
bool in_sector(const YAML::Node& tree, const std::vector<std::string>& t,
               const InterventionSpec& change) {
    if (change.sector.empty() || t.size() < 2 || t[0] != "groups") return true;
    const YAML::Node s = child(child(child(tree, "groups"), t[1]), "sector");
    return s.IsScalar() && change.keeps_sector(s.Scalar());
}

// The values multiplying or adding to each of `targets` (the concrete paths of `path` the
// change reaches) make; false after reporting why one cannot be made.
bool operated_values(const YAML::Node& tree, const ParameterPath& path,
                     const std::vector<std::vector<std::string>>& targets,
                     const InterventionSpec& change, const InterventionPlace& place,
                     schema::Reporter& reporter, std::vector<ParameterOverride>& overrides) {
    const auto resolution = schema::resolve_parameter_path(path, schema::scenario_schema().info());
    const FieldInfo* target = resolution.target();
    const bool duration = target && target->type == "duration" &&
                          resolution.steps.back().kind != schema::StepKind::InValue;
    const Arithmetic op{change.multiply.has_value(),
                        change.multiply ? *change.multiply : change.add.value_or(0.0)};
    for (const auto& t : targets) {
        const YAML::Node node = at_path(tree, t);
        const std::string name = joined(t);
        if (!node.IsDefined() || node.IsNull()) {
            reporter.error(place.at, place.path,
                           name + " has no value in the baseline to " +
                               (op.multiply ? "multiply" : "add to") + ": " +
                               missing_value_advice(tree, t, resolution));
            return false;
        }
        auto value = operated(node, op, duration);
        if (!value) {
            reporter.error(place.at, place.path,
                           "cannot " + std::string(op.multiply ? "multiply" : "add to") + " " +
                               name + ": its value is not made of numbers");
            return false;
        }
        overrides.push_back({ParameterPath{t}, *value, place.path});
    }
    return true;
}

// Applies one intervention's change to `tree`, its values in blocks of `origins` labelled with
// the change's path; false after reporting why it cannot.
bool apply_change(YAML::Node& tree, const InterventionSpec& change, const InterventionPlace& place,
                  schema::OverrideOrigins& origins, schema::Reporter& reporter) {
    std::string problem;
    const auto path = schema::parse_parameter_path(change.parameter, problem);
    if (!path) return false;  // reported where it was read
    // The establishment is often not written (it follows from vacancy_rate): a change to it acts
    // on the resolved establishment (models/variants/), not on the scenario as written.
    if (path->segments.size() == 3 && path->segments[0] == "groups" &&
        path->segments[2] == "establishment_wte") {
        if (change.set && !number_of(YAML::Load(*change.set))) {
            reporter.error(place.at, place.path, "expected a number of WTE, got " + *change.set);
            return false;
        }
        return true;
    }
    std::vector<ParameterOverride> overrides;
    if (change.set && change.sector.empty()) {
        overrides.push_back({*path, *change.set, place.path});  // as --set applies it
    } else {
        std::vector<std::vector<std::string>> targets;
        std::vector<std::string> prefix;
        expand(tree, *path, 0, prefix, targets);
        std::erase_if(targets, [&](const auto& t) { return !in_sector(tree, t, change); });
        // A known sector has groups, so only a second `*` that finds nothing in them gets here:
        // reported, not a change that silently does nothing.
        if (targets.empty() && !change.sector.empty()) {
            reporter.error(
                place.at, place.path,
                change.parameter + " names nothing in the groups of sector " + change.sector);
            return false;
        }
        if (change.set) {
            for (const auto& t : targets)
                overrides.push_back({ParameterPath{t}, *change.set, place.path});
        } else if (!operated_values(tree, *path, targets, change, place, reporter, overrides)) {
            return false;
        }
    }
    DiagnosticList list;
    schema::Reporter edits(list, "variant");
    schema::apply_overrides(tree, overrides, schema::scenario_schema().info(), origins, edits);
    for (const Diagnostic& d : list.sorted()) reporter.error(place.at, place.path, d.message);
    return list.empty();
}

// The latest active change that reaches `key_path` of `baseline`, else the latest one.
std::size_t culprit(const std::string& key_path, const std::vector<std::size_t>& active,
                    const VariantSpec& variant, const Scenario& baseline) {
    for (auto it = active.rbegin(); it != active.rend(); ++it)
        if (change_reaches(variant.interventions[*it], key_path, baseline)) return *it;
    return active.back();
}

void compare(const YAML::Node& a, const YAML::Node& b, const ObjectInfo& info,
             const std::string& path, std::vector<std::string>& out);

void compare_field(const YAML::Node& a, const YAML::Node& b, const FieldInfo& field,
                   const std::string& path, std::vector<std::string>& out) {
    const YAML::Node va = child(a, field.key), vb = child(b, field.key);
    const std::string here = schema::join_path(path, field.key);
    switch (field.shape) {
        case Shape::Value:
            if (YAML::Dump(va) != YAML::Dump(vb)) out.push_back(here);
            return;
        case Shape::Object:
            compare(va, vb, *field.object, here, out);
            return;
        case Shape::NamedObjects: {
            std::vector<std::string> names;
            for (const YAML::Node* m : {&va, &vb})
                if (m->IsMap())
                    for (auto it = m->begin(); it != m->end(); ++it)
                        if (std::find(names.begin(), names.end(), it->first.Scalar()) ==
                            names.end())
                            names.push_back(it->first.Scalar());
            for (const std::string& name : names)
                compare(child(va, name), child(vb, name), *field.object,
                        schema::join_path(here, name), out);
            return;
        }
        case Shape::Defaults:
            return;  // the resolved form has none
    }
}

void compare(const YAML::Node& a, const YAML::Node& b, const ObjectInfo& info,
             const std::string& path, std::vector<std::string>& out) {
    for (const FieldInfo& field : info.fields) compare_field(a, b, field, path, out);
}

const FieldInfo* declared(const std::string& key_path) {
    std::string problem;
    const auto path = schema::parse_parameter_path(key_path, problem);
    if (!path) return nullptr;
    return schema::resolve_parameter_path(*path, schema::scenario_schema().info()).target();
}

}  // namespace

bool change_reaches(const InterventionSpec& change, const std::string& key_path,
                    const Scenario& scenario) {
    std::string problem;
    const auto path = schema::parse_parameter_path(change.parameter, problem);
    if (!path || !schema::path_within(key_path, *path)) return false;
    if (change.sector.empty()) return true;
    const auto segments = schema::parse_parameter_path(key_path, problem);
    if (!segments || segments->segments.size() < 2 || segments->segments[0] != "groups")
        return true;
    for (const GroupSpec& g : scenario.groups)
        if (g.name == segments->segments[1]) return change.keeps_sector(g.sector);
    return true;
}

std::vector<std::string> changed_parameters(const Scenario& a, const Scenario& b) {
    std::vector<std::string> out;
    compare(resolved_tree(a), resolved_tree(b), schema::scenario_schema().info(), "", out);
    return out;
}

std::vector<VariantWorld> variant_worlds(const Scenario& baseline, const VariantSpec& variant,
                                         const std::vector<InterventionPlace>& places,
                                         schema::Reporter& reporter) {
    const sim::Date start = baseline.start;
    const sim::Date end = start.add_months_to_month_start(baseline.months);
    // Each change's window within the run; the cuts between pieces.
    std::vector<std::pair<sim::Date, sim::Date>> window(variant.interventions.size());
    std::set<sim::Date> cuts{start, end};
    for (std::size_t i = 0; i < variant.interventions.size(); ++i) {
        const InterventionSpec& change = variant.interventions[i];
        sim::Date from = std::max(start, change.from.value_or(start));
        sim::Date until = std::min(end, change.until.value_or(end));
        window[i] = {from, until};
        if (change.adds_programme() || !(from < until)) continue;
        cuts.insert(from);
        cuts.insert(until);
    }
    const std::string base_text = resolved_scenario_yaml(baseline);
    WorldPlaces world_places(resolved_tree(base_text), baseline.key_places);
    for (const InterventionPlace& place : places)
        world_places.add_change(place.path, place_text(reporter.key_place(place.at)));
    const int errors_before = reporter.count();
    std::set<std::pair<std::size_t, std::string>> reported;  // an error once per change
    std::vector<VariantWorld> worlds;
    for (auto cut = cuts.begin(); std::next(cut) != cuts.end(); ++cut) {
        VariantWorld world{*cut, *std::next(cut), nullptr, {}, {}};
        for (std::size_t i = 0; i < variant.interventions.size(); ++i)
            if (!variant.interventions[i].adds_programme() && window[i].first <= world.from &&
                world.from < window[i].second)
                world.active.push_back(i);
        if (world.active.empty()) continue;
        YAML::Node tree = resolved_tree(base_text);
        schema::OverrideOrigins origins(base_text);  // the changes' blocks follow its lines
        bool applied = true;
        for (std::size_t i : world.active)
            applied = apply_change(tree, variant.interventions[i], places[i], origins, reporter) &&
                      applied;
        if (!applied) continue;
        DiagnosticList list;
        auto scenario = std::make_shared<Scenario>(read_tree(tree, list, world_places, origins));
        for (const Diagnostic& d : list.sorted()) {
            const std::size_t i = culprit(d.path, world.active, variant, baseline);
            const std::string message =
                (d.path.empty() ? "" : d.path + ": ") + d.message +
                (world.from == start && world.until == end
                     ? ""
                     : " (with the changes in force from " + world.from.iso() + ")");
            if (reported.insert({i, d.path + d.message}).second)
                reporter.error(places[i].at, places[i].path, message);
        }
        if (!list.empty()) continue;
        scenario->source_path = baseline.source_path;
        world.changed = changed_parameters(baseline, *scenario);
        // A change that reaches a parameter that cannot change from a date (a whole group set,
        // say) is refused here, at the change whose path holds it.
        for (const std::string& key_path : world.changed) {
            const FieldInfo* field = declared(key_path);
            if (!field) continue;
            const auto kind = field->dated.kind;
            const std::size_t i = culprit(key_path, world.active, variant, baseline);
            if ((kind == schema::DatedKind::Refused || kind == schema::DatedKind::Undeclared) &&
                reported.insert({i, key_path}).second)
                reporter.error(
                    places[i].at, places[i].path,
                    key_path + " cannot change from a date: " +
                        (kind == schema::DatedKind::Refused ? field->dated.text : "use --set"));
            if (kind == schema::DatedKind::MonthStart &&
                (world.from.ymd().day != 1 || world.until.ymd().day != 1) &&
                reported.insert({i, key_path + "@month"}).second)
                reporter.error(places[i].at, places[i].path,
                               key_path + " changes for whole months (" + field->dated.text +
                                   "): its changes must start and end on the first of a month");
        }
        world.scenario = std::move(scenario);
        worlds.push_back(std::move(world));
    }
    if (reporter.count() != errors_before) worlds.clear();
    return worlds;
}

}  // namespace wfsim::models
