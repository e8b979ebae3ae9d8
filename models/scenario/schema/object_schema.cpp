#include "models/scenario/schema/object_schema.hpp"

#include <algorithm>

#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {
namespace {

std::string quoted_list(const std::vector<std::string>& keys, const std::string& last_joiner) {
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0) out += i + 1 == keys.size() ? " " + last_joiner + " " : ", ";
        out += "'" + keys[i] + "'";
    }
    return out;
}

std::size_t field_index(const ObjectInfo& info, const std::string& key) {
    for (std::size_t i = 0; i < info.fields.size(); ++i)
        if (info.fields[i].key == key) return i;
    return info.fields.size();
}

bool position_before(Position a, Position b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

}  // namespace

// Nested keys compare as "turnover" and "leaving_turnover".
std::vector<KeyCandidate> key_candidates(const ObjectInfo& info) {
    std::vector<KeyCandidate> candidates;
    for (const auto& field : info.fields) candidates.push_back({field.key, {field.key}});
    for (const auto& field : info.fields) {
        if (field.shape != Shape::Object || !field.object) continue;
        for (const auto& inner : field.object->fields) {
            candidates.push_back(
                {field.key + "." + inner.key, {inner.key, field.key + "_" + inner.key}});
        }
    }
    return candidates;
}

void CheckContext::error(std::string_view key, std::string message) {
    if (key.empty()) {
        reporter_.error(scope_.anchor, scope_.path, std::move(message));
        return;
    }
    const MapEntry* entry = find(key);
    reporter_.error(entry ? entry->value_position() : scope_.anchor, join_path(scope_.path, key),
                    std::move(message));
}

void CheckContext::error_at(const std::vector<std::string>& keys, std::string message,
                            bool at_key) {
    std::string path = scope_.path;
    for (const std::string& key : keys) path = join_path(path, key);
    Position at = scope_.anchor;
    if (const MapEntry* first = keys.empty() ? nullptr : find(keys.front())) {
        at = at_key && keys.size() == 1 ? first->key_position : first->value_position();
        // Nodes are copied, never assigned: assigning a yaml-cpp node changes the tree.
        std::vector<YAML::Node> chain{first->value};
        for (std::size_t i = 1; i < keys.size() && chain.back().IsMap(); ++i) {
            const MapReader map(chain.back(), "", nullptr);
            const MapEntry* next = map.find(keys[i]);
            if (!next) break;
            at = at_key && i + 1 == keys.size() ? next->key_position : next->value_position();
            chain.push_back(next->value);
        }
    }
    reporter_.error(at, std::move(path), std::move(message));
}

const MapEntry* CheckContext::find(std::string_view key) const {
    for (const auto& [name, entry] : given_)
        if (name == key) return entry;
    return nullptr;
}

bool requires_content(const ObjectInfo& info) {
    for (const auto& field : info.fields)
        if (field.presence == Presence::Required) return true;
    return std::any_of(info.alternatives.begin(), info.alternatives.end(),
                       [](const AlternativeKeys& a) { return a.required; });
}

NestedLayers nested_layers(const FieldInput& input, const ObjectScope& scope,
                           const std::string& path, ParseContext& ctx) {
    NestedLayers nested;
    nested.anchor = scope.anchor;
    nested.readers.reserve(input.entries.size());  // layers point into readers
    for (std::size_t i = 0; i < input.entries.size(); ++i) {
        const MapEntry& entry = *input.entries[i];
        const bool primary = input.primary[i];
        if (!entry.value.IsMap()) {
            if (primary)
                ctx.reporter.error(entry.value_position(), path,
                                   "expected a map of keys, found " + describe_found(entry.value));
            continue;
        }
        nested.readers.emplace_back(entry.value, path, primary ? &ctx.reporter : nullptr);
        nested.layers.push_back({&nested.readers.back(), primary});
        if (primary) nested.anchor = nested.readers.back().position();
    }
    return nested;
}

void report_unknown_keys(const MapReader& map, const ObjectInfo& info, const std::string& path,
                         Reporter& reporter) {
    std::vector<KeyCandidate> candidates;
    for (const MapEntry& entry : map.entries()) {
        if (field_index(info, entry.key) < info.fields.size()) continue;
        if (candidates.empty()) candidates = key_candidates(info);
        reporter.error(entry.key_position, join_path(path, entry.key),
                       reporter.listing() ? unknown_key_message(entry.key, candidates) : "");
    }
}

void apply_alternatives(const ObjectInfo& info, std::vector<FieldInput>& inputs,
                        const std::string& path, Position anchor, ParseContext& ctx) {
    for (const AlternativeKeys& set : info.alternatives) {
        std::vector<std::size_t> members;
        for (const auto& key : set.keys) {
            const std::size_t i = field_index(info, key);
            if (i < inputs.size()) members.push_back(i);
        }
        int given = 0;
        for (std::size_t i : members)
            if (!inputs[i].empty() && inputs[i].primary.front()) ++given;
        // From `defaults`, in declaration order, only while the object has room for them.
        for (std::size_t i : members) {
            if (inputs[i].empty() || inputs[i].primary.front()) continue;
            if (given < set.capacity) {
                ++given;
            } else {
                inputs[i] = FieldInput{};
            }
        }
        if (given == 0 && set.required && !ctx.defaults_mode) {
            ctx.reporter.error(anchor, path,
                               "missing required key: give " + quoted_list(set.keys, "or"));
        }
        if (given <= set.capacity || !set.overfull_is_error) continue;
        std::vector<std::size_t> present;
        for (std::size_t i : members)
            if (!inputs[i].empty()) present.push_back(i);
        std::stable_sort(present.begin(), present.end(), [&](std::size_t a, std::size_t b) {
            return position_before(inputs[a].first().key_position, inputs[b].first().key_position);
        });
        const MapEntry& first = inputs[present.front()].first();
        for (std::size_t k = static_cast<std::size_t>(set.capacity); k < present.size(); ++k) {
            const MapEntry& extra = inputs[present[k]].first();
            std::string message = set.capacity == 1
                                      ? "'" + first.key + "' (at " +
                                            ctx.reporter.place(first.key_position) + ") and '" +
                                            extra.key + "' are alternatives: give only one of them"
                                      : "give at most " + std::to_string(set.capacity) + " of " +
                                            quoted_list(set.keys, "and");
            ctx.reporter.error(extra.key_position, join_path(path, extra.key), std::move(message));
        }
    }
}

}  // namespace wfsim::models::schema
