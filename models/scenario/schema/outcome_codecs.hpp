#pragma once
// The values targets and risks are written with: a financial year ("2023/24"), a month
// ("2024-03"), a range of financial years ("2023/24..2026/27", or "2023/24.." to the end of the
// run), a threshold in a metric's units (a number, or a percentage for a rate), and consequence
// scores by size of shortfall ({0: 3, 2%: 4}).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/scenario_outcomes.hpp"
#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema {

// A financial year by the year it starts: "2023/24" -> 2023.
struct FinancialYearCodec {
    using value_type = int;
    std::string type() const { return "financial year"; }
    std::optional<int> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(int start_year) const;
    std::string allowed_text() const { return "YYYY/YY (2023/24), a whole year inside the run"; }
};

// A month, written YYYY-MM; stored as its first day.
struct MonthCodec {
    using value_type = sim::Date;
    std::string type() const { return "month"; }
    std::optional<sim::Date> read(const ValueRef& ref, const FieldInfo& info,
                                  ParseContext& ctx) const;
    std::string write(sim::Date month) const;
    std::string allowed_text() const { return "YYYY-MM (2024-03), a month inside the run"; }
};

struct FinancialYearRangeCodec {
    using value_type = FinancialYearRange;
    std::string type() const { return "financial years"; }
    std::optional<FinancialYearRange> read(const ValueRef& ref, const FieldInfo& info,
                                           ParseContext& ctx) const;
    std::string write(const FinancialYearRange& range) const;
    std::string allowed_text() const {
        return "FIRST..LAST (2023/24..2026/27) or FIRST.. (to the run's last whole year), whole "
               "years inside the run";
    }
};

// A value in a metric's units: a plain number, or a percentage for a rate (9% = 0.09).
struct ThresholdCodec {
    using value_type = double;
    std::string type() const { return "threshold"; }
    std::optional<double> read(const ValueRef& ref, const FieldInfo& info, ParseContext& ctx) const;
    std::string write(double value) const;
};

// Consequence scores 1-5 by the size of the shortfall from which each applies, in the target
// metric's units: {0: 3, 2%: 4, 5%: 5}. The first size is 0 (every miss has a consequence) and
// scores do not fall as the shortfall grows. Stored by ascending size.
struct ShortfallConsequenceCodec {
    using value_type = std::vector<ShortfallConsequence>;
    std::string type() const { return "consequences by shortfall"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// "2024-03" -> 1 March 2024; nullopt unless YYYY-MM names a month.
std::optional<sim::Date> parse_month(std::string_view text);
// "2023/24..2026/27" or "2023/24.."; nullopt unless well formed with first <= last.
std::optional<FinancialYearRange> parse_financial_year_range(std::string_view text);
// "2023/24..2026/27", "2023/24.."
std::string financial_year_range_text(const FinancialYearRange& range);
// "2024-03"
std::string month_text(sim::Date month);

// How these values are written, for the reference: (type, text).
std::vector<std::pair<std::string, std::string>> outcome_value_docs();

}  // namespace wfsim::models::schema
