#pragma once
// The axis datasets of a result file (period, financial year, unit and their companions), made
// HDF5 dimension scales so that tools label the data dimensions by them.
#include <string>
#include <string_view>

#include "models/vocabulary/result_layout.hpp"
#include "output/hdf5_handle.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::output {

struct AxisScales {
    hdf5::Dataset period;  // /period
    hdf5::Dataset fy;      // /fy
    hdf5::Dataset unit;    // /unit
};

// Writes /period, /period_days, /fy, /fy_first_period, /unit, /unit_kind and /unit_sector.
AxisScales write_axes(hid_t file, const models::ResultLayout& layout, const sim::TimeAxis& axis,
                      std::string_view file_name);

// Makes `dataset` a dimension scale named `name` (the name also labels it for tools).
void make_scale(hid_t dataset, const std::string& name, std::string_view where);

// Attaches `scale` to dimension `dim` of `dataset` and labels that dimension `label`.
void attach_scale(hid_t dataset, hid_t scale, unsigned dim, const std::string& label,
                  std::string_view where);

}  // namespace wfsim::output
