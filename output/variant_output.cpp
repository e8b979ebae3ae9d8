#include "output/variant_output.hpp"

#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"
#include "output/summary_writer.hpp"

namespace wfsim::output {
namespace {

void describe(hid_t dataset, const MetricDescription& m, Period period, const std::string& where) {
    hdf5::write_string_attribute(dataset, "units", m.units, where);
    hdf5::write_string_attribute(dataset, "long_name", m.long_name, where);
    hdf5::write_string_attribute(dataset, "accumulation", m.accumulation, where);
    hdf5::write_string_attribute(dataset, "axis_order", axis_order(period, true), where);
    hdf5::write_string_attribute(dataset, "coordinates", kAuxiliaryCoordinates, where);
    if (period == Period::FinancialYear)
        hdf5::write_string_attribute(dataset, "aggregation",
                                     financial_year_aggregation(m.accumulation), where);
}

}  // namespace

VariantOutput::VariantOutput(hid_t variants_group, const std::string& name,
                             const std::vector<MetricDescription>& metrics,
                             const VariantShape& shape, const AxisScales& scales,
                             const std::string& file_name)
    : name_(name), file_name_(file_name), metrics_(metrics), axis_values_(scales.values) {
    auto where = [&](const std::string& p) { return p + " in " + file_name_; };
    group_ = hdf5::create_ordered_group(variants_group, name, where(path::variant(name)));
    monthly_ = hdf5::create_ordered_group(group_.get(), "monthly",
                                          where(path::values_group(name, Period::Monthly)));
    fy_ = hdf5::create_ordered_group(group_.get(), "fy",
                                     where(path::values_group(name, Period::FinancialYear)));
    monthly_coordinates_ =
        write_group_coordinates(monthly_.get(), axis_values_, Period::Monthly,
                                path::values_group(name, Period::Monthly), file_name_);
    fy_coordinates_ =
        write_group_coordinates(fy_.get(), axis_values_, Period::FinancialYear,
                                path::values_group(name, Period::FinancialYear), file_name_);
    monthly_values_.reserve(metrics_.size());
    fy_values_.reserve(metrics_.size());
    for (const auto& m : metrics_) {
        const std::string monthly_where = where(path::values(name, Period::Monthly, m.name));
        auto& monthly =
            monthly_values_.emplace_back(monthly_.get(), m.name, shape.months, shape.units,
                                         shape.expected_replications, monthly_where);
        describe(monthly.id(), m, Period::Monthly, monthly_where);
        attach_scale(monthly.id(), monthly_coordinates_.period.get(), 1, monthly_where);
        attach_scale(monthly.id(), monthly_coordinates_.unit.get(), 2, monthly_where);

        const std::string fy_where = where(path::values(name, Period::FinancialYear, m.name));
        auto& fy = fy_values_.emplace_back(fy_.get(), m.name, shape.financial_years, shape.units,
                                           shape.expected_replications, fy_where);
        describe(fy.id(), m, Period::FinancialYear, fy_where);
        attach_scale(fy.id(), fy_coordinates_.period.get(), 1, fy_where);
        attach_scale(fy.id(), fy_coordinates_.unit.get(), 2, fy_where);
    }
}

void VariantOutput::append(std::int64_t replication, const std::vector<const double*>& monthly,
                           const std::vector<const double*>& fy) {
    for (std::size_t i = 0; i < metrics_.size(); ++i) {
        monthly_values_[i].append_row(monthly[i]);
        fy_values_[i].append_row(fy[i]);
    }
    replications_.push_back(replication);
}

void VariantOutput::finish(unsigned threads) {
    const std::string replication_where = path::replication(name_) + " in " + file_name_;
    hdf5::Dataset replication =
        write_replication_coordinate(group_.get(), replications_, path::variant(name_), file_name_);
    hdf5::write_scalar_attribute<std::int64_t>(group_.get(), "replications",
                                               static_cast<std::int64_t>(replications_.size()),
                                               path::variant(name_) + " in " + file_name_);
    replication.close(replication_where);

    SummaryPipeline summaries(threads);
    for (Period period : {Period::Monthly, Period::FinancialYear}) {
        const bool monthly = period == Period::Monthly;
        auto& datasets = monthly ? monthly_values_ : fy_values_;
        const std::string values_path = path::values_group(name_, period);
        hdf5::Dataset local_replication = write_replication_coordinate(
            (monthly ? monthly_ : fy_).get(), replications_, values_path, file_name_);
        const std::string group_path = path::summary_group(name_, period);
        const std::string group_name = monthly ? "monthly_summary" : "fy_summary";
        hdf5::Group summary =
            hdf5::create_ordered_group(group_.get(), group_name, group_path + " in " + file_name_);
        for (std::size_t i = 0; i < datasets.size(); ++i) {
            attach_scale(datasets[i].id(), local_replication.get(), 0, datasets[i].where());
            summaries.add(datasets[i], summary.get(), metrics_[i], period, axis_values_, group_path,
                          file_name_);
            datasets[i].close();
        }
        summaries.finish();
        summary.close(group_path + " in " + file_name_);
        local_replication.close(values_path + "/replication in " + file_name_);
    }
    for (auto* c : {&monthly_coordinates_, &fy_coordinates_}) {
        c->period.close("coordinates in " + file_name_);
        c->unit.close("coordinates in " + file_name_);
    }
    monthly_.close(path::values_group(name_, Period::Monthly) + " in " + file_name_);
    fy_.close(path::values_group(name_, Period::FinancialYear) + " in " + file_name_);
    group_.close(path::variant(name_) + " in " + file_name_);
}

}  // namespace wfsim::output
