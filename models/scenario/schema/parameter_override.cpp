#include "models/scenario/schema/parameter_override.hpp"

#include <algorithm>

#include "models/scenario/yaml/closest_key.hpp"
#include "models/scenario/yaml/text_encoding.hpp"
#include "models/scenario/yaml/yaml_document.hpp"
#include "models/scenario/yaml/yaml_writer.hpp"

namespace wfsim::models {
namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

}  // namespace

std::optional<ParameterOverride> parse_parameter_override(std::string_view text,
                                                          std::string& problem) {
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos) {
        problem = "expected PATH=VALUE (such as groups.NAME.leaving.turnover=10%), found '" +
                  std::string(text) + "'";
        return std::nullopt;
    }
    auto path = schema::parse_parameter_path(trimmed(text.substr(0, equals)), problem);
    if (!path) return std::nullopt;
    return ParameterOverride{std::move(*path), std::string(text.substr(equals + 1)),
                             "--set " + std::string(text)};
}

}  // namespace wfsim::models

namespace wfsim::models::schema {
namespace {

constexpr int kMaxDepth = 64;  // YAML aliases can make a tree cyclic
constexpr std::string_view kSyntaxError = "YAML syntax error: ";

// One key and its value in a map of the tree. Both are handles: assigning to them replaces the
// nodes in the map itself.
struct Entry {
    YAML::Node key;
    YAML::Node value;
};

std::optional<Entry> find_entry(YAML::Node map, std::string_view key) {
    if (!map.IsMap()) return std::nullopt;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return Entry{YAML::Node(it->first), YAML::Node(it->second)};
    }
    return std::nullopt;
}

// How many times `node` is reached from `from`, counting up to `limit`: more than once means a
// YAML alias shares it, and editing it would edit every place it appears.
int times_reached(const YAML::Node& from, const YAML::Node& node, int limit, int depth = 0) {
    if (depth > kMaxDepth || !(from.IsMap() || from.IsSequence())) return 0;
    int count = 0;
    for (auto it = from.begin(); it != from.end() && count < limit; ++it) {
        const YAML::Node child = from.IsMap() ? YAML::Node(it->second) : YAML::Node(*it);
        if (child.is(node)) ++count;
        count += times_reached(child, node, limit - count, depth + 1);
    }
    return count;
}

// One override being applied: its block of lines (the keys it adds on the first line, the value
// from the second), and where its problems go.
class OverrideEdit {
  public:
    OverrideEdit(YAML::Node root, const ParameterOverride& given, const PathResolution& resolution,
                 OverrideOrigins& origins, Reporter& reporter)
        : root_(std::move(root)),
          given_(given),
          resolution_(resolution),
          reporter_(reporter),
          first_line_(origins.reserve(given.origin, given.path, 1 + count_lines(given.value))) {}

    void report(const std::string& path, std::string message) {
        reporter_.error(Position{first_line_, 1}, path, std::move(message));
    }

    // The concrete paths the override stands for, `*` replaced by each name in the tree.
    std::vector<std::vector<std::string>> targets() {
        std::vector<std::vector<std::string>> out;
        std::vector<std::string> prefix;
        expand(root_, 0, prefix, out);
        return out;
    }

    void apply(const std::vector<std::string>& segments) {
        inherit_from_defaults(segments);
        YAML::Node map(root_);
        std::string path;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            path = join_path(path, segments[i]);
            const auto entry = find_entry(map, segments[i]);
            if (entry && times_reached(root_, entry->value, 2) > 1) {
                report(path,
                       "this part of the file is shared with another through a YAML alias "
                       "(&name, *name); an override would change both: write them out in full");
                return;
            }
            if (entry && i + 1 < segments.size() && entry->value.IsMap()) {
                map.reset(entry->value);  // moves the handle; the tree is unchanged
                continue;
            }
            auto made = build(segments, i, path);
            if (!made) return;
            if (entry) {
                Entry target = *entry;
                target.key = made->key;  // the key too, so that its place is the override
                target.value = made->value;
            } else {
                map.force_insert(made->key, made->value);
            }
            return;
        }
    }

  private:
    // A distribution or a band profile the file does not give where the override goes into it
    // (`groups.ahp.recruitment.time_to_hire_days.lognormal.mean=60`): the value it would take
    // otherwise (a group's from `defaults`, else the declaration's default) is copied in first,
    // with the maps on the way to it, so that the override changes one part of it and the rest
    // is kept, instead of a partial value replacing it.
    void inherit_from_defaults(const std::vector<std::string>& segments) {
        const auto& steps = resolution_.steps;
        std::size_t value = 0;  // the step of the value field the path goes into
        while (value < steps.size() && steps[value].kind != StepKind::InValue) ++value;
        if (value == 0 || value >= steps.size()) return;
        --value;
        YAML::Node map(root_);
        std::size_t missing = 0;
        for (; missing <= value; ++missing) {
            const auto entry = find_entry(map, segments[missing]);
            if (!entry) break;
            if (missing == value || !entry->value.IsMap()) return;  // the file gives it
            map.reset(entry->value);
        }
        if (!map.IsMap()) return;
        const auto inherited = inherited_value(segments, value);
        if (!inherited) return;
        // Written out on the override's own line, so that a problem in it is reported there.
        std::string text;
        for (std::size_t j = missing; j <= value; ++j)
            text.append("{").append(YamlWriter::name(segments[j])).append(": ");
        text.append(*inherited).append(value - missing + 1, '}');
        YAML::Node made;
        try {
            made = YAML::Load(OverrideOrigins::placed_at(first_line_, text));
        } catch (const YAML::Exception&) {
            return;  // left to the override as written
        }
        map.force_insert(YAML::Node(made.begin()->first), YAML::Node(made.begin()->second));
    }

    // The value segments[value] takes when the file leaves it out, as flow YAML: a group's from
    // `defaults` when that gives it, else the declared default; nullopt when there is none.
    std::optional<std::string> inherited_value(const std::vector<std::string>& segments,
                                               std::size_t value) const {
        if (value >= 2 && segments[0] == "groups") {
            YAML::Node inherited = child(root_, "defaults");
            std::size_t j = 2;
            for (; j <= value; ++j) {
                const auto entry = find_entry(inherited, segments[j]);
                if (!entry) break;
                inherited.reset(entry->value);
            }
            if (j > value) {
                YAML::Emitter flow;
                flow << YAML::Flow << inherited;
                return std::string(flow.c_str());
            }
        }
        const FieldInfo* field = resolution_.steps[value].field;
        if (field && field->presence == Presence::Defaulted && !field->default_text.empty())
            return field->default_text;
        return std::nullopt;
    }

    void expand(const YAML::Node& node, std::size_t i, std::vector<std::string>& prefix,
                std::vector<std::vector<std::string>>& out) {
        const auto& steps = resolution_.steps;
        if (i == steps.size()) {
            out.push_back(prefix);
            return;
        }
        const PathStep& step = steps[i];
        const bool last = i + 1 == steps.size();
        const std::string title = step.field && step.field->object ? step.field->object->title : "";
        if (step.kind == StepKind::EveryName) {
            std::vector<std::string> names = names_in(node);
            if (names.empty()) {
                report(join_all(prefix, "*"),
                       "'*' stands for every " + title + ", and the scenario has none");
                return;
            }
            for (const std::string& name : names) {
                prefix.push_back(name);
                expand(child(node, name), i + 1, prefix, out);
                prefix.pop_back();
            }
            return;
        }
        if (step.kind == StepKind::Name && !last && !find_entry(node, step.segment)) {
            report(join_all(prefix, step.segment),
                   missing_name(node, step.segment, title, join_all(prefix, step.segment)));
            return;
        }
        // Inside a value a key may be added, but one the path goes through is likely misspelt
        // when it is close to a key the value has.
        if (step.kind == StepKind::InValue && !last && !find_entry(node, step.segment)) {
            if (auto near = closest_key(step.segment, candidates(node))) {
                report(join_all(prefix, step.segment),
                       "no key '" + step.segment + "' here; did you mean '" + *near + "'?");
                return;
            }
        }
        prefix.push_back(step.segment);
        expand(child(node, step.segment), i + 1, prefix, out);
        prefix.pop_back();
    }

    static YAML::Node child(const YAML::Node& node, std::string_view key) {
        const auto entry = find_entry(node, key);
        return entry ? entry->value : YAML::Node();
    }

    static std::vector<std::string> names_in(const YAML::Node& map) {
        std::vector<std::string> names;
        if (!map.IsMap()) return names;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it->first.IsScalar()) continue;
            const std::string& name = it->first.Scalar();
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
        return names;
    }

    static std::string join_all(const std::vector<std::string>& prefix, std::string_view last) {
        std::string path;
        for (const std::string& segment : prefix) path = join_path(path, segment);
        return join_path(path, last);
    }

    static std::vector<KeyCandidate> candidates(const YAML::Node& map) {
        std::vector<KeyCandidate> out;
        for (const std::string& known : names_in(map)) out.push_back({known, {known}});
        return out;
    }

    static std::string missing_name(const YAML::Node& map, const std::string& name,
                                    const std::string& title, const std::string& path) {
        std::string message = "no " + title + " '" + name + "' in the scenario";
        if (auto near = closest_key(name, candidates(map)))
            return message + "; did you mean '" + *near + "'?";
        return message + "; to add one, set it whole (" + path + "={...})";
    }

    // The key segments[from] with its value: maps down to the last segment, whose value is the
    // override's. Parsed from text placed in the override's block, never made in code.
    std::optional<Entry> build(const std::vector<std::string>& segments, std::size_t from,
                               const std::string& path) {
        std::string keys;
        for (std::size_t j = from; j < segments.size(); ++j)
            keys.append("{").append(YamlWriter::name(segments[j])).append(": ");
        keys.append("~").append(segments.size() - from, '}');
        const auto value = parse_value(path);
        if (!value) return std::nullopt;
        YAML::Node outer;
        try {
            outer = YAML::Load(OverrideOrigins::placed_at(first_line_, keys));
        } catch (const YAML::Exception& e) {
            report(path, "the key path cannot be read as YAML keys: " + e.msg);
            return std::nullopt;
        }
        YAML::Node inner(outer);
        for (std::size_t j = from; j + 1 < segments.size(); ++j) inner.reset(inner.begin()->second);
        Entry innermost{YAML::Node(inner.begin()->first), YAML::Node(inner.begin()->second)};
        innermost.value = *value;
        return Entry{YAML::Node(outer.begin()->first), YAML::Node(outer.begin()->second)};
    }

    std::optional<YAML::Node> parse_value(const std::string& path) {
        if (check_utf8_text(given_.value)) {
            report(path, "the value is not UTF-8 text");
            return std::nullopt;
        }
        YamlLimits limits = scenario_yaml_limits();
        limits.holder = "the value";
        auto loaded = load_yaml_document(given_.value, limits, first_line_ + 1);
        if (const auto* problem = std::get_if<YamlProblem>(&loaded)) {
            std::string_view message = problem->message;
            if (message.rfind(kSyntaxError, 0) == 0) message.remove_prefix(kSyntaxError.size());
            report(path, "the value is not valid YAML: " + std::string(message));
            return std::nullopt;
        }
        // Nothing after '=': an empty value, reported when read like one in the file.
        return std::get<YAML::Node>(loaded);
    }

    YAML::Node root_;
    const ParameterOverride& given_;
    const PathResolution& resolution_;
    Reporter& reporter_;
    int first_line_;
};

}  // namespace

void apply_overrides(YAML::Node root, const std::vector<ParameterOverride>& overrides,
                     const ObjectInfo& root_info, OverrideOrigins& origins, Reporter& reporter) {
    for (const ParameterOverride& given : overrides) {
        const PathResolution resolution = resolve_parameter_path(given.path, root_info);
        OverrideEdit edit(root, given, resolution, origins, reporter);
        if (!resolution.ok()) {
            edit.report(resolution.failed_path(given.path), resolution.problem);
            continue;
        }
        if (!root.IsMap()) continue;  // the file could not be read: paths checked only
        for (const auto& target : edit.targets()) edit.apply(target);
    }
}

}  // namespace wfsim::models::schema
