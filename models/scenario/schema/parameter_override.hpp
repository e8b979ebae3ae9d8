#pragma once
// Overrides: `path=value` (the text after `--set`) changes one declared parameter of a scenario,
// or every group's with `groups.*.`. The value is YAML, read exactly as the same value in the
// file would be: `years=3`, `groups.ahp.leaving.turnover=10%`,
// `groups.ahp.recruitment.time_to_hire_days={lognormal: {mean: 60, sd: 20}}`.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/schema/override_origins.hpp"
#include "models/scenario/schema/parameter_path.hpp"

namespace wfsim::models {

struct ParameterOverride {
    schema::ParameterPath path;
    std::string value;   // YAML text
    std::string origin;  // how problems name it: "--set years=3"
};

// Splits "path=value" at the first '='. nullopt, with `problem` saying why, when there is no
// '=' or the path is malformed (see parse_parameter_path); an empty value is allowed here and
// reported when read, like an empty value in the file.
std::optional<ParameterOverride> parse_parameter_override(std::string_view text,
                                                          std::string& problem);

}  // namespace wfsim::models

namespace wfsim::models::schema {

// Applies `overrides`, in order, to the tree of a scenario file (`root`, a map; an undefined node
// when the file could not be read, and then only the paths are checked). A path must name a
// declared key; a group it names must be in the scenario unless the override sets the whole
// group; a key the file leaves out is added; a whole object or value is replaced. Problems with a
// path go to `reporter` at the override; the values are checked later, when the tree is read,
// and `origins` (attached to `reporter`) sends their problems to the override too.
void apply_overrides(YAML::Node root, const std::vector<ParameterOverride>& overrides,
                     const ObjectInfo& root_info, OverrideOrigins& origins, Reporter& reporter);

}  // namespace wfsim::models::schema
