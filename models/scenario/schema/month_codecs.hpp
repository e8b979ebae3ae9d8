#pragma once
// Values by calendar month: a list of months ([4, 10]: April and October) and twelve relative
// rates, one a month ({jan: 1.3, feb: 1.2, ..., dec: 1.25}, or a list of twelve numbers).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema {

// Months as whole numbers 1 (January) to 12, each once, at least one; stored in calendar order.
struct MonthListCodec {
    using value_type = std::vector<int>;
    std::string type() const { return "list of months"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const { return "whole numbers in [1, 12], each once; at least one"; }
    void describe(FieldInfo& info) const;
};

// Twelve positive relative rates, January first, scaled so that their mean is 1.
struct MonthlyFactorsCodec {
    using value_type = std::vector<double>;
    std::string type() const { return "monthly factors"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// How these values are written, for the reference: (type, text).
std::vector<std::pair<std::string, std::string>> month_value_docs();

}  // namespace wfsim::models::schema
