#pragma once
// The declaration of a factor: a parameter that varies, named by its `--set` path, with one
// distribution (models/scenario/factor_spec.hpp). Scenario files use it for `uncertainty`, sweep
// files for `factors`. The path is checked where it is written: against the declarations
// (did-you-mean on a misspelt key), against the groups and other named objects when the file
// being read knows them, and for what it names (one number, not a map or a whole distribution).
#include "models/scenario/factor_spec.hpp"
#include "models/scenario/schema/object_schema.hpp"

namespace wfsim::models::schema {

const ObjectSchema<FactorSpec>& factor_schema();

// A number or a percentage ("9%" is 0.09), within the field's range.
struct QuantityCodec {
    using value_type = double;
    std::string type() const { return "number or percentage"; }
    std::optional<double> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(double value) const { return format_number(value); }
};

}  // namespace wfsim::models::schema
