#include "models/outcomes/target_values.hpp"

#include "models/metrics/derived_metrics.hpp"

namespace wfsim::models::outcomes {

ReplicationValues::ReplicationValues(const ResultLayout& layout, const sim::TimeAxis& axis,
                                     const ReplicationResult& result)
    : layout_(layout), axis_(axis), result_(result) {}

const std::vector<double>& ReplicationValues::monthly_derived() {
    if (!monthly_derived_) monthly_derived_ = derive_monthly(layout_, axis_, result_.values.data());
    return *monthly_derived_;
}

const std::vector<double>& ReplicationValues::financial_year() {
    if (!fy_) fy_ = financial_year_values(layout_, axis_, result_.values.data());
    return *fy_;
}

const std::vector<double>& ReplicationValues::financial_year_derived() {
    if (!fy_derived_) fy_derived_ = derive_financial_years(layout_, axis_, financial_year().data());
    return *fy_derived_;
}

std::vector<double> ReplicationValues::of(const TargetDefinition& target) {
    // Every view is laid out [metric][period][unit].
    const std::size_t units = static_cast<std::size_t>(layout_.units.size());
    const std::size_t periods =
        target.monthly ? static_cast<std::size_t>(layout_.months) : axis_.financial_years().size();
    const double* values = nullptr;
    if (target.monthly) {
        values = target.derived ? monthly_derived().data() : result_.values.data();
    } else {
        values = target.derived ? financial_year_derived().data() : financial_year().data();
    }
    values += static_cast<std::size_t>(target.metric_index) * periods * units;
    std::vector<double> out;
    out.reserve(target.checks.size());
    for (const TargetCheck& check : target.checks)
        out.push_back(values[static_cast<std::size_t>(check.period) * units +
                             static_cast<std::size_t>(target.unit_index)]);
    return out;
}

}  // namespace wfsim::models::outcomes
