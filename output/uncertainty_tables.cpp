#include "output/uncertainty_tables.hpp"

#include "output/chunked_datasets.hpp"
#include "output/hdf5_io.hpp"
#include "output/table_columns.hpp"

namespace wfsim::output {
namespace {

void describe(hid_t d, const std::string& long_name, const std::string& units,
              const std::string& axes, const std::string& where) {
    hdf5::write_string_attribute(d, "long_name", long_name, where);
    if (!units.empty()) hdf5::write_string_attribute(d, "units", units, where);
    hdf5::write_string_attribute(d, "axis_order", axes, where);
}

void write_metric(hid_t parent, const models::UncertaintyRecorder::Table& table,
                  const AxisValues& axes, double confidence, const std::string& file_name) {
    const std::string path = "/uncertainty/decomposition/" + table.metric;
    const std::string where = path + " in " + file_name;
    hdf5::Group group = hdf5::create_ordered_group(parent, table.metric, where);
    const GroupCoordinates c =
        write_group_coordinates(group.get(), axes, Period::FinancialYear, path, file_name);
    const hsize_t years = axes.financial_years.size(), units = axes.units.size();
    struct Column {
        const char* name;
        const char* long_name;
        double (*get)(const sweeps::VarianceDecomposition&);
    };
    const std::string percent = std::to_string(static_cast<int>(confidence * 100 + 0.5)) + "% ";
    const std::string low = "low end of the " + percent + "bootstrap interval (outer samples)";
    const std::string high = "high end of the " + percent + "bootstrap interval (outer samples)";
    const Column columns[] = {
        {"mean", "mean over the replications", [](const auto& v) { return v.mean; }},
        {"total_variance", "variance across replications: parameter + chance",
         [](const auto& v) { return v.total; }},
        {"parameter_variance", "variance from parameter uncertainty: max(0, (MSB - MSW) / n)",
         [](const auto& v) { return v.parameter; }},
        {"chance_variance", "variance from individual chance: MSW",
         [](const auto& v) { return v.chance; }},
        {"parameter_share", "share of the variance from parameter uncertainty",
         [](const auto& v) { return v.parameter_share.value; }},
        {"parameter_share_low", low.c_str(), [](const auto& v) { return v.parameter_share.low; }},
        {"parameter_share_high", high.c_str(),
         [](const auto& v) { return v.parameter_share.high; }},
    };
    for (const Column& column : columns) {
        std::vector<double> values;
        for (const auto& cell : table.cells) values.push_back(column.get(cell));
        const std::string at = path + "/" + column.name + " in " + file_name;
        hdf5::Dataset d = write_table(group.get(), column.name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE,
                                      values.data(), years, units, at);
        describe(d.get(), column.long_name, "", "fy,unit", at);
        hdf5::write_string_attribute(d.get(), "coordinates", std::string(kAuxiliaryCoordinates),
                                     at);
        attach_scale(d.get(), c.period.get(), 0, at);
        attach_scale(d.get(), c.unit.get(), 1, at);
    }
}

}  // namespace

void write_uncertainty_tables(hid_t file, const UncertaintyResults& r, const AxisValues& axes,
                              const std::string& file_name) {
    const std::string where = "/uncertainty in " + file_name;
    hdf5::Group group = hdf5::create_ordered_group(file, "uncertainty", where);
    hdf5::Dataset factor = write_factor_columns(group.get(), r.factors, "the scenario", where);
    std::vector<std::string> sets;
    for (std::size_t m = 0; m < r.parameter_sets; ++m) sets.push_back(std::to_string(m));
    hdf5::Dataset set = write_row_scale(group.get(), "parameter_set", sets,
                                        "the parameter set (outer sample)", where);
    const std::string at = "/uncertainty/parameter_values in " + file_name;
    hdf5::Dataset values =
        write_table(group.get(), "parameter_values", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE,
                    r.values.data(), r.parameter_sets, r.factors.size(), at);
    describe(values.get(), "each factor's value in each parameter set", "", "parameter_set,factor",
             at);
    attach_scale(values.get(), set.get(), 0, at);
    attach_scale(values.get(), factor.get(), 1, at);
    hdf5::write_scalar_attribute<std::int64_t>(group.get(), "parameter_sets",
                                               static_cast<std::int64_t>(r.parameter_sets), where);
    hdf5::write_scalar_attribute<std::int64_t>(group.get(), "replications_per_set",
                                               static_cast<std::int64_t>(r.inner), where);
    hdf5::write_string_attribute(group.get(), "rule",
                                 "replication r runs parameter set r mod parameter_sets", where);
    if (r.decomposition.empty()) return;
    const std::string decomposition_where = "/uncertainty/decomposition in " + file_name;
    hdf5::Group decomposition =
        hdf5::create_ordered_group(group.get(), "decomposition", decomposition_where);
    hdf5::write_string_attribute(
        decomposition.get(), "estimator",
        "one-way random-effects analysis of variance over the parameter sets (docs/model.md)",
        decomposition_where);
    for (const auto& table : r.decomposition)
        write_metric(decomposition.get(), table, axes, r.confidence, file_name);
}

}  // namespace wfsim::output
