#include "output/axes.hpp"

#include <hdf5_hl.h>

#include <cstdint>
#include <vector>

#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"

namespace wfsim::output {
namespace {

std::string in_file(std::string_view object, std::string_view file_name) {
    return std::string(object) + " in " + std::string(file_name);
}

hdf5::Dataset axis(hid_t file, std::string_view path, const std::vector<std::string>& values,
                   std::string_view long_name, std::string_view file_name) {
    const std::string where = in_file(path, file_name);
    hdf5::Dataset d =
        hdf5::write_strings_dataset(file, std::string(path.substr(1)), values, file_name);
    hdf5::write_string_attribute(d.get(), "long_name", long_name, where);
    return d;
}

template <class T>
hdf5::Dataset companion(hid_t file, std::string_view path, const std::vector<T>& values,
                        std::string_view long_name, std::string_view units,
                        std::string_view file_name) {
    const std::string where = in_file(path, file_name);
    hdf5::Dataset d =
        hdf5::write_vector_dataset(file, std::string(path.substr(1)), values, file_name);
    hdf5::write_string_attribute(d.get(), "long_name", long_name, where);
    if (!units.empty()) hdf5::write_string_attribute(d.get(), "units", units, where);
    return d;
}

}  // namespace

void make_scale(hid_t dataset, const std::string& name, std::string_view where) {
    hdf5::check(H5DSset_scale(dataset, name.c_str()), "make a dimension scale of", where);
}

void attach_scale(hid_t dataset, hid_t scale, unsigned dim, const std::string& label,
                  std::string_view where) {
    hdf5::check(H5DSattach_scale(dataset, scale, dim), "attach the " + label + " scale to", where);
    hdf5::check(H5DSset_label(dataset, dim, label.c_str()), "label dimension " + label + " of",
                where);
}

AxisScales write_axes(hid_t file, const models::ResultLayout& layout, const sim::TimeAxis& time,
                      std::string_view file_name) {
    using namespace path;
    const int months = time.months();
    std::vector<std::string> periods;
    std::vector<std::int32_t> period_days;
    for (int m = 0; m < months; ++m) {
        periods.push_back(time.month_date(m).iso());
        period_days.push_back(time.month_length_days(m));
    }
    std::vector<std::string> fy_labels;
    std::vector<std::int32_t> fy_first;
    for (const auto& fy : time.financial_years()) {
        fy_labels.push_back(fy.label);
        fy_first.push_back(fy.first_month);
    }
    const auto& units = layout.units;
    std::vector<std::string> unit_sector(units.names.size());
    for (int g = 0; g < units.groups; ++g)
        unit_sector[g] = units.names.at(static_cast<std::size_t>(units.sector_of_group.at(g)));

    AxisScales scales;
    scales.period = axis(file, kPeriod, periods, "first day of the month (ISO 8601)", file_name);
    scales.fy = axis(file, kFinancialYear, fy_labels,
                     "financial year, April to March, wholly inside the run", file_name);
    scales.unit =
        axis(file, kUnit, units.names,
             "reporting unit: staff groups, then sectors, then the system total", file_name);
    make_scale(scales.period.get(), "period", in_file(kPeriod, file_name));
    make_scale(scales.fy.get(), "fy", in_file(kFinancialYear, file_name));
    make_scale(scales.unit.get(), "unit", in_file(kUnit, file_name));

    hdf5::Dataset days =
        companion(file, kPeriodDays, period_days, "days in the month", "days", file_name);
    attach_scale(days.get(), scales.period.get(), 0, "period", in_file(kPeriodDays, file_name));
    hdf5::Dataset first =
        companion(file, kFinancialYearFirstPeriod, fy_first,
                  "index into /period of the year's first month (April)", "", file_name);
    attach_scale(first.get(), scales.fy.get(), 0, "fy",
                 in_file(kFinancialYearFirstPeriod, file_name));
    hdf5::Dataset kind =
        axis(file, kUnitKind, units.kinds, "\"group\", \"sector\" or \"total\"", file_name);
    attach_scale(kind.get(), scales.unit.get(), 0, "unit", in_file(kUnitKind, file_name));
    hdf5::Dataset sector = axis(file, kUnitSector, unit_sector,
                                "sector of a group; empty for sectors and the total", file_name);
    attach_scale(sector.get(), scales.unit.get(), 0, "unit", in_file(kUnitSector, file_name));
    return scales;
}

}  // namespace wfsim::output
