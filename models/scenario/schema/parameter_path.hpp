#pragma once
// Names of parameters: dotted key paths as docs/scenario.md writes them, with real group names
// ("groups.registered_nursing.leaving.turnover", "years", "defaults.absence.rate") or `*` for
// every group ("groups.*.leaving.turnover"). Resolved against the declarations, so that `--set`
// overrides, sweeps and interventions name parameters the same way and get the same
// did-you-mean for a misspelt key.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema {

struct ParameterPath {
    std::vector<std::string> segments;

    std::string text() const;  // the segments joined with '.'
    bool operator==(const ParameterPath&) const = default;
};

// Splits `text` at the dots. nullopt, with `problem` saying why, when it is not a path: empty, an
// empty segment ("groups..x", a leading or trailing dot) or a space inside a segment.
std::optional<ParameterPath> parse_parameter_path(std::string_view text, std::string& problem);

// What one segment of a resolved path stands for.
enum class StepKind {
    Key,        // a declared key of the object reached so far
    Name,       // the name of one entry of a map of named objects (a group)
    EveryName,  // `*`: every entry of a map of named objects
    InValue,    // a key inside a value such as a distribution or a band profile; the value's
                // reader checks it
};

struct PathStep {
    StepKind kind = StepKind::Key;
    std::string segment;
    // Key: the field named; Name and EveryName: the map of named objects indexed; InValue: the
    // value field the segment is inside.
    const FieldInfo* field = nullptr;
};

struct PathResolution {
    std::vector<PathStep> steps;  // every step when ok(); those before the failing one otherwise
    std::optional<std::size_t> failed_segment;
    std::string problem;  // "unknown key 'leavng'; did you mean 'leaving'?"

    bool ok() const { return !failed_segment.has_value(); }
    // The last declared field on the path (the value field for a path that goes inside a value).
    const FieldInfo* target() const { return steps.empty() ? nullptr : steps.back().field; }
    // The path up to and including the failing segment, for messages.
    std::string failed_path(const ParameterPath& path) const;
};

// Walks `path` through the declarations of `root` (the top level of a scenario).
PathResolution resolve_parameter_path(const ParameterPath& path, const ObjectInfo& root);

// Whether the concrete key path `path` ("groups.ahp.leaving.turnover") lies within what
// `pattern` names ("groups.*.leaving", "groups.ahp"): `pattern` is a prefix of it, `*` matching
// any one segment.
bool path_within(std::string_view path, const ParameterPath& pattern);

// A key path as an override with `pattern` names it: the segments `*` matches written as `*`
// ("groups.*.age_bands.under_25" for "groups.ahp.age_bands.under_25" and pattern
// "groups.*.age_bands"); empty for the pattern itself; `path` unchanged when the pattern does not
// match it.
std::string path_as_written(std::string_view path, const ParameterPath& pattern);

}  // namespace wfsim::models::schema
