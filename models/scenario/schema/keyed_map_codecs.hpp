#pragma once
// Maps whose keys are read as well as their values: shares by WTE ({1.0: 60%, 0.8: 40%}), by
// label ({retirement: 0.3, ...}) or by group ({social_care: 0.1}), and values by financial year
// ({2024/25: 3%}) or by calendar year ({2023: 100, 2033: 124.2}). Each is read strictly (every
// key and value checked, each problem at its own line and column) and written back exactly.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema {

// Shares of new hires by contracted WTE; keys are WTE in (0, 1.5]. Stored sorted by WTE.
struct WteSharesCodec {
    using value_type = std::vector<WteShare>;
    std::string type() const { return "WTE shares"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// Shares by a label the user chooses (an identifier), summing to 1 (within 0.01), normalised.
struct LabelSharesCodec {
    using value_type = std::vector<LabelShare>;
    std::string type() const { return "shares by name"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// Shares by group of the scenario (not the group being read), each in [0, 1], summing to at
// most 1.
struct GroupSharesCodec {
    using value_type = std::vector<GroupShare>;
    std::string type() const { return "shares by group"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// Values by financial year, keyed "2024/25". Each value a rate (a fraction or percentage) or a
// number, within `values`. Stored sorted by year.
struct FinancialYearValuesCodec {
    using value_type = std::vector<FinancialYearValue>;
    Range values{};
    bool rates = false;
    std::string type() const {
        return rates ? "rates by financial year" : "values by financial year";
    }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// Values by calendar year (whole years 1900 to 2200), each within `values`; sorted by year.
struct YearValuesCodec {
    using value_type = std::vector<std::pair<int, double>>;
    Range values{};
    std::string type() const { return "values by year"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// "2024/25" -> 2024; nullopt unless the text is YYYY/YY naming two consecutive years.
std::optional<int> parse_financial_year(std::string_view label);

// How these maps are written, for the reference: (type, text).
std::vector<std::pair<std::string, std::string>> keyed_map_docs();

}  // namespace wfsim::models::schema
