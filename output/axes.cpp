#include "output/axes.hpp"

#include <hdf5_hl.h>

#include <algorithm>

#include "output/hdf5_io.hpp"

namespace wfsim::output {
namespace {

constexpr std::string_view kPeriodLongName = "first day of the month (ISO 8601)";
constexpr std::string_view kFinancialYearLongName =
    "financial year, April to March, wholly inside the run";
constexpr std::string_view kUnitLongName =
    "reporting unit: staff groups, then sectors, then the system total";
constexpr std::string_view kUnitKindLongName = "\"group\", \"sector\" or \"total\"";
constexpr std::string_view kUnitSectorLongName =
    "sector of a group; empty for sectors and the total";

std::string in_file(std::string_view object, std::string_view file_name) {
    return std::string(object) + " in " + std::string(file_name);
}

hdf5::Dataset text_axis(hid_t parent, const std::string& name, const std::string& path,
                        const std::vector<std::string>& values, std::string_view long_name,
                        std::string_view file_name) {
    const std::string where = in_file(path, file_name);
    hdf5::Dataset d = hdf5::write_strings_dataset(parent, name, values, file_name);
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

// unit_kind and unit_sector beside the unit scale `unit` in `parent`.
void write_unit_companions(hid_t parent, const std::string& parent_path, hid_t unit,
                           const AxisValues& values, std::string_view file_name) {
    const std::string kind_path = parent_path + "/unit_kind";
    hdf5::Dataset kind =
        text_axis(parent, "unit_kind", kind_path, values.unit_kinds, kUnitKindLongName, file_name);
    attach_scale(kind.get(), unit, 0, in_file(kind_path, file_name));
    const std::string sector_path = parent_path + "/unit_sector";
    hdf5::Dataset sector = text_axis(parent, "unit_sector", sector_path, values.unit_sectors,
                                     kUnitSectorLongName, file_name);
    attach_scale(sector.get(), unit, 0, in_file(sector_path, file_name));
}

}  // namespace

bool is_coordinate_name(std::string_view name) {
    return std::find(kCoordinateNames.begin(), kCoordinateNames.end(), name) !=
           kCoordinateNames.end();
}

void make_scale(hid_t dataset, const std::string& name, std::string_view where) {
    hdf5::check(H5DSset_scale(dataset, name.c_str()), "make a dimension scale of", where);
}

void attach_scale(hid_t dataset, hid_t scale, unsigned dim, std::string_view where) {
    hdf5::check(H5DSattach_scale(dataset, scale, dim),
                "attach a dimension scale to dimension " + std::to_string(dim) + " of", where);
}

AxisScales write_axes(hid_t file, const models::ResultLayout& layout, const sim::TimeAxis& time,
                      std::string_view file_name) {
    using namespace path;
    AxisScales scales;
    AxisValues& v = scales.values;
    const int months = time.months();
    std::vector<std::int32_t> period_days;
    for (int m = 0; m < months; ++m) {
        v.periods.push_back(time.month_date(m).iso());
        period_days.push_back(time.month_length_days(m));
    }
    std::vector<std::int32_t> fy_first;
    for (const auto& fy : time.financial_years()) {
        v.financial_years.push_back(fy.label);
        fy_first.push_back(fy.first_month);
    }
    const auto& units = layout.units;
    v.units = units.names;
    v.unit_kinds = units.kinds;
    v.unit_sectors.assign(units.names.size(), "");
    for (int g = 0; g < units.groups; ++g)
        v.unit_sectors[g] = units.names.at(static_cast<std::size_t>(units.sector_of_group.at(g)));

    scales.period =
        text_axis(file, "period", std::string(kPeriod), v.periods, kPeriodLongName, file_name);
    scales.fy = text_axis(file, "fy", std::string(kFinancialYear), v.financial_years,
                          kFinancialYearLongName, file_name);
    scales.unit = text_axis(file, "unit", std::string(kUnit), v.units, kUnitLongName, file_name);
    make_scale(scales.period.get(), "period", in_file(kPeriod, file_name));
    make_scale(scales.fy.get(), "fy", in_file(kFinancialYear, file_name));
    make_scale(scales.unit.get(), "unit", in_file(kUnit, file_name));

    hdf5::Dataset days =
        companion(file, kPeriodDays, period_days, "days in the month", "days", file_name);
    attach_scale(days.get(), scales.period.get(), 0, in_file(kPeriodDays, file_name));
    hdf5::Dataset first =
        companion(file, kFinancialYearFirstPeriod, fy_first,
                  "index into /period of the year's first month (April)", "", file_name);
    attach_scale(first.get(), scales.fy.get(), 0, in_file(kFinancialYearFirstPeriod, file_name));
    write_unit_companions(file, "", scales.unit.get(), v, file_name);
    return scales;
}

GroupCoordinates write_group_coordinates(hid_t group, const AxisValues& values, Period period,
                                         const std::string& group_path,
                                         std::string_view file_name) {
    const bool monthly = period == Period::Monthly;
    const std::string period_name = monthly ? "period" : "fy";
    const std::string period_path = group_path + "/" + period_name;
    const std::string unit_path = group_path + "/unit";
    GroupCoordinates c;
    c.period = text_axis(group, period_name, period_path,
                         monthly ? values.periods : values.financial_years,
                         monthly ? kPeriodLongName : kFinancialYearLongName, file_name);
    make_scale(c.period.get(), period_name, in_file(period_path, file_name));
    c.unit = text_axis(group, "unit", unit_path, values.units, kUnitLongName, file_name);
    make_scale(c.unit.get(), "unit", in_file(unit_path, file_name));
    write_unit_companions(group, group_path, c.unit.get(), values, file_name);
    return c;
}

hdf5::Dataset write_replication_coordinate(hid_t group, const std::vector<std::int64_t>& rows,
                                           const std::string& group_path,
                                           std::string_view file_name) {
    const std::string where = in_file(group_path + "/replication", file_name);
    hdf5::Dataset d = hdf5::write_vector_dataset(group, "replication", rows, file_name);
    hdf5::write_string_attribute(d.get(), "long_name",
                                 "index of each stored replication, in row order", where);
    make_scale(d.get(), "replication", where);
    return d;
}

}  // namespace wfsim::output
