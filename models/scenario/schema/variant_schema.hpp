#pragma once
// The declarations of variants (`variants.<name>`): a description and named interventions, each
// a dated change to a declared parameter or an added programme, with its costs.
#include <optional>
#include <string>

#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {

const ObjectSchema<VariantSpec>& variant_schema();

// The path of a parameter an intervention changes, as `--set` names it: resolved through the
// declarations (did-you-mean on a misspelt key or group), and refused, with the declared reason,
// when the parameter cannot change from a date.
struct InterventionPathCodec {
    using value_type = std::string;
    std::string type() const { return "parameter path"; }
    std::optional<std::string> read(const ValueRef& ref, const FieldInfo& info,
                                    ParseContext& ctx) const;
    std::string write(const std::string& value) const;
};

// Any YAML value, kept as flow-style text: read later as the value of the parameter it is for.
struct AnyValueCodec {
    using value_type = std::string;
    std::string type() const { return "value of the parameter"; }
    std::optional<std::string> read(const ValueRef& ref, const FieldInfo& info,
                                    ParseContext& ctx) const;
    std::string write(const std::string& value) const { return value; }
};

// Whether `multiply` and `add` apply to a parameter of this declared type (numbers, rates,
// durations, profiles of multipliers or hazards); `set` applies to every type.
bool arithmetic_applies(const FieldInfo& target);

}  // namespace wfsim::models::schema
