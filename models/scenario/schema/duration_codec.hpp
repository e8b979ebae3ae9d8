#pragma once
// Durations in days: a bare number (fixed) or one distribution kind with its parameters,
// {lognormal: {mean: M, sd: S}}, {exponential: {mean: M}}, {fixed: D}, {uniform: {min: A, max: B}},
// or a mixture of those, {mixture: [{share: 80%, lognormal: {...}}, {share: 20%, ...}]}, built
// with the factories of models/scenario/distribution.hpp.
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/distribution.hpp"
#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema {

struct DurationCodec {
    using value_type = DurationDistribution;
    std::string type() const { return "duration"; }
    std::optional<DurationDistribution> read(const ValueRef& ref, const FieldInfo& info,
                                             ParseContext& ctx) const;
    std::string write(const DurationDistribution& value) const;
    std::string allowed_text() const { return "a duration form (see Durations)"; }
};

// One way to write a duration, for the reference and other walks.
struct DurationForm {
    std::string syntax;
    std::string meaning;
    const ObjectInfo* parameters = nullptr;  // the parameter map, when the form has one
    // List: the form's value is a list of `parameters` maps (a mixture's components), at least
    // one; None: the value is one `parameters` map (or a number, for `fixed`).
    Collection collection = Collection::None;
};
std::vector<DurationForm> duration_forms();

}  // namespace wfsim::models::schema
