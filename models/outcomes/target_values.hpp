#pragma once
// The values a target reads from one replication: its metric in its unit, for each period it
// checks. Rates are derived from the replication's additive quantities (monthly, or over the
// financial year), never averaged; each view is computed once, when first needed.
#include <optional>
#include <vector>

#include "models/outcomes/outcome_definitions.hpp"

namespace wfsim::models::outcomes {

class ReplicationValues {
  public:
    ReplicationValues(const ResultLayout& layout, const sim::TimeAxis& axis,
                      const ReplicationResult& result);

    // The target's metric in each of its checks' periods, in check order.
    std::vector<double> of(const TargetDefinition& target);

  private:
    const std::vector<double>& monthly_derived();
    const std::vector<double>& financial_year();
    const std::vector<double>& financial_year_derived();

    const ResultLayout& layout_;
    const sim::TimeAxis& axis_;
    const ReplicationResult& result_;
    std::optional<std::vector<double>> monthly_derived_, fy_, fy_derived_;
};

}  // namespace wfsim::models::outcomes
