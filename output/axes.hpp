#pragma once
// The axis datasets of a result file (period, financial year, unit and their companions), made
// HDF5 dimension scales so that tools label the data dimensions by them. The root holds them once;
// every group of data datasets holds its own copy of the coordinates its datasets use, because
// netCDF tools and xarray, opening one group, see only that group's coordinate variables.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "models/vocabulary/result_layout.hpp"
#include "output/file_layout.hpp"
#include "output/hdf5_handle.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::output {

// The values of the axes, as written at the root.
struct AxisValues {
    std::vector<std::string> periods;          // ISO date of each month's first day
    std::vector<std::string> financial_years;  // "2022/23"
    std::vector<std::string> units, unit_kinds, unit_sectors;
};

struct AxisScales {
    hdf5::Dataset period;  // /period
    hdf5::Dataset fy;      // /fy
    hdf5::Dataset unit;    // /unit
    AxisValues values;
};

// Writes /period, /period_days, /fy, /fy_first_period, /unit, /unit_kind and /unit_sector.
AxisScales write_axes(hid_t file, const models::ResultLayout& layout, const sim::TimeAxis& axis,
                      std::string_view file_name);

// The coordinate variables of one data group: the period (or fy) and unit scales, with unit_kind
// and unit_sector beside them as auxiliary coordinates of the unit dimension.
struct GroupCoordinates {
    hdf5::Dataset period;  // <group>/period or <group>/fy
    hdf5::Dataset unit;    // <group>/unit
};

// Names a data group may hold besides its metrics or statistics.
inline constexpr std::array<std::string_view, 6> kCoordinateNames = {
    "replication", "period", "fy", "unit", "unit_kind", "unit_sector"};
bool is_coordinate_name(std::string_view name);

// The CF `coordinates` attribute of every data dataset: its auxiliary coordinates.
inline constexpr std::string_view kAuxiliaryCoordinates = "unit_kind unit_sector";

// Writes period (or fy), unit, unit_kind and unit_sector into `group` (at `group_path`).
GroupCoordinates write_group_coordinates(hid_t group, const AxisValues& values, Period period,
                                         const std::string& group_path, std::string_view file_name);

// Writes `<group>/replication`, the stored replication indices, as a dimension scale.
hdf5::Dataset write_replication_coordinate(hid_t group, const std::vector<std::int64_t>& rows,
                                           const std::string& group_path,
                                           std::string_view file_name);

// Makes `dataset` a dimension scale named `name`.
void make_scale(hid_t dataset, const std::string& name, std::string_view where);

// Attaches `scale` to dimension `dim` of `dataset`. Dimensions are named by their scales (no
// DIMENSION_LABELS: netCDF readers would show them as attributes).
void attach_scale(hid_t dataset, hid_t scale, unsigned dim, std::string_view where);

}  // namespace wfsim::output
