#pragma once
// The parts of the duration codec shared by duration_codec.cpp (the single forms) and
// duration_mixture.cpp (mixtures of them): reading one form, and the forms' descriptions.
#include <optional>
#include <string>
#include <string_view>

#include "models/scenario/distribution.hpp"
#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema::duration_parts {

// The parameter maps of the forms that have one.
const ObjectInfo& lognormal_info();
const ObjectInfo& exponential_info();
const ObjectInfo& uniform_info();
// A mixture component: `share` and exactly one other form.
const ObjectInfo& mixture_component_info();

// lognormal, exponential, uniform, fixed or mixture.
bool is_form(std::string_view key);
// "unknown distribution 'x'" with the closest form (or `share`, inside a mixture component).
void report_unknown_form(const MapEntry& kind, const std::string& path, ParseContext& ctx,
                         bool in_mixture);
// One form: `kind` is its key and parameters, read below `parent`; a mixture only outside one.
std::optional<DurationDistribution> read_form(const MapEntry& kind, const std::string& parent,
                                              ParseContext& ctx, bool in_mixture);
// {mixture: [...]}: `kind` holds the list of components; `path` ends in "mixture".
std::optional<DurationDistribution> read_mixture(const MapEntry& kind, const std::string& path,
                                                 ParseContext& ctx);

}  // namespace wfsim::models::schema::duration_parts
