#include "models/scenario/schema/parameter_path.hpp"

#include <algorithm>

#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {
namespace {

constexpr std::string_view kEvery = "*";

const FieldInfo* find_field(const ObjectInfo& info, std::string_view key) {
    for (const FieldInfo& field : info.fields)
        if (field.key == key) return &field;
    return nullptr;
}

std::vector<std::string_view> split_dots(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        parts.push_back(text.substr(start, dot == std::string_view::npos ? dot : dot - start));
        if (dot == std::string_view::npos) return parts;
        start = dot + 1;
    }
}

}  // namespace

std::string ParameterPath::text() const {
    std::string out;
    for (const std::string& segment : segments) out = join_path(out, segment);
    return out;
}

std::optional<ParameterPath> parse_parameter_path(std::string_view text, std::string& problem) {
    if (text.empty()) {
        problem = "the key path is empty";
        return std::nullopt;
    }
    ParameterPath path;
    for (const std::string_view part : split_dots(text)) {
        if (part.empty()) {
            problem = std::string("'").append(text).append(
                "' has an empty key between dots; write keys such as "
                "groups.NAME.leaving.turnover");
            return std::nullopt;
        }
        if (part.find_first_of(" \t\r\n") != std::string_view::npos) {
            problem = std::string("'").append(part).append("' in '").append(text).append(
                "' holds a space; keys have none");
            return std::nullopt;
        }
        path.segments.emplace_back(part);
    }
    return path;
}

std::string PathResolution::failed_path(const ParameterPath& path) const {
    std::string out;
    const std::size_t last = failed_segment.value_or(path.segments.size() - 1);
    for (std::size_t i = 0; i <= last && i < path.segments.size(); ++i)
        out = join_path(out, path.segments[i]);
    return out;
}

PathResolution resolve_parameter_path(const ParameterPath& path, const ObjectInfo& root) {
    PathResolution result;
    const auto fail = [&](std::size_t i, std::string problem) {
        result.failed_segment = i;
        result.problem = std::move(problem);
        return result;
    };
    const ObjectInfo* object = &root;
    const FieldInfo* named = nullptr;  // the map of named objects whose entry comes next
    const FieldInfo* value = nullptr;  // the value field the remaining segments are inside
    for (std::size_t i = 0; i < path.segments.size(); ++i) {
        const std::string& segment = path.segments[i];
        if (value) {
            if (segment == kEvery)
                return fail(i,
                            "'*' stands for every entry of a map of names such as groups; "
                            "it cannot stand for a key inside a value");
            result.steps.push_back({StepKind::InValue, segment, value});
            continue;
        }
        if (named) {
            const std::string title = named->object->title;
            if (segment == kEvery) {
                result.steps.push_back({StepKind::EveryName, segment, named});
            } else if (is_identifier(segment)) {
                result.steps.push_back({StepKind::Name, segment, named});
            } else {
                return fail(i, "'" + segment + "' is not a " + title + " name: use " +
                                   kIdentifierRule + ", or * for every " + title);
            }
            object = named->object;
            named = nullptr;
            continue;
        }
        if (segment == kEvery)
            return fail(i,
                        "'*' stands for every entry of a map of names such as groups (as in "
                        "groups.*.leaving.turnover); it cannot stand for a key");
        const FieldInfo* field = find_field(*object, segment);
        if (!field) return fail(i, unknown_key_message(segment, key_candidates(*object)));
        result.steps.push_back({StepKind::Key, segment, field});
        switch (field->shape) {
            case Shape::Value:
                value = field;
                break;
            case Shape::Object:
            case Shape::Defaults:
                object = field->object;
                break;
            case Shape::NamedObjects:
                named = field;
                break;
        }
    }
    return result;
}

bool path_within(std::string_view path, const ParameterPath& pattern) {
    const std::vector<std::string_view> parts = split_dots(path);
    if (parts.size() < pattern.segments.size()) return false;
    for (std::size_t i = 0; i < pattern.segments.size(); ++i)
        if (pattern.segments[i] != kEvery && pattern.segments[i] != parts[i]) return false;
    return true;
}

std::string path_as_written(std::string_view path, const ParameterPath& pattern) {
    std::vector<std::string_view> parts = split_dots(path);
    const std::size_t shared = std::min(parts.size(), pattern.segments.size());
    for (std::size_t i = 0; i < shared; ++i)
        if (pattern.segments[i] != kEvery && pattern.segments[i] != parts[i])
            return std::string(path);
    std::string written;
    for (std::size_t i = 0; i < parts.size(); ++i)
        written = join_path(written, i < shared ? std::string_view(pattern.segments[i]) : parts[i]);
    return written == pattern.text() ? "" : written;
}

}  // namespace wfsim::models::schema
