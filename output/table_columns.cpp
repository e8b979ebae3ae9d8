#include "output/table_columns.hpp"

#include "output/axes.hpp"
#include "output/hdf5_io.hpp"

namespace wfsim::output {

TableColumns::TableColumns(hid_t group, hid_t scale, std::size_t rows, std::string row_label,
                           std::string where)
    : group_(group),
      scale_(scale),
      rows_(rows),
      row_label_(std::move(row_label)),
      where_(std::move(where)) {}

void TableColumns::describe(hid_t dataset, const std::string& name, const std::string& long_name,
                            const std::string& units) {
    const std::string at = name + " in " + where_;
    hdf5::write_string_attribute(dataset, "long_name", long_name, at);
    if (!units.empty()) hdf5::write_string_attribute(dataset, "units", units, at);
    attach_scale(dataset, scale_, 0, at);
}

void TableColumns::strings(const std::string& name, const std::vector<std::string>& values,
                           const std::string& long_name) {
    hdf5::Dataset d = hdf5::write_strings_dataset(group_, name, values, where_);
    describe(d.get(), name, long_name, "");
}

void TableColumns::numbers(const std::string& name, const std::vector<double>& values,
                           const std::string& long_name, const std::string& units) {
    hdf5::Dataset d = hdf5::write_vector_dataset(group_, name, values, where_);
    describe(d.get(), name, long_name, units);
}

void TableColumns::integers(const std::string& name, const std::vector<std::int64_t>& values,
                            const std::string& long_name, const std::string& units) {
    hdf5::Dataset d = hdf5::write_vector_dataset(group_, name, values, where_);
    describe(d.get(), name, long_name, units);
}

void TableColumns::flags(const std::string& name, const std::vector<std::int8_t>& values,
                         const std::string& long_name) {
    hdf5::Dataset d = hdf5::write_dataset(group_, name, H5T_STD_I8LE, H5T_NATIVE_INT8,
                                          values.data(), values.size(), where_);
    describe(d.get(), name, long_name, "");
}

hdf5::Dataset TableColumns::matrix(const std::string& name, hid_t stored, hid_t memory,
                                   const void* values, std::size_t count, hid_t replication_scale) {
    const std::string at = name + " in " + where_;
    const hsize_t columns = rows_;
    const hsize_t dims[2] = {columns > 0 ? count / columns : 0, columns};
    hdf5::Dataspace space(
        hdf5::check(H5Screate_simple(2, dims, nullptr), "create a dataspace for", at));
    hdf5::Dataset d(hdf5::check(H5Dcreate2(group_, name.c_str(), stored, space.get(), H5P_DEFAULT,
                                           H5P_DEFAULT, H5P_DEFAULT),
                                "create dataset", at));
    if (count > 0)
        hdf5::check(H5Dwrite(d.get(), memory, H5S_ALL, H5S_ALL, H5P_DEFAULT, values), "write", at);
    hdf5::write_string_attribute(d.get(), "axis_order", "replication," + row_label_, at);
    attach_scale(d.get(), replication_scale, 0, at);
    attach_scale(d.get(), scale_, 1, at);
    return d;
}

void TableColumns::flags_by_replication(const std::string& name,
                                        const std::vector<std::int8_t>& values,
                                        hid_t replication_scale, const std::string& long_name) {
    hdf5::Dataset d = matrix(name, H5T_STD_I8LE, H5T_NATIVE_INT8, values.data(), values.size(),
                             replication_scale);
    hdf5::write_string_attribute(d.get(), "long_name", long_name, name + " in " + where_);
}

void TableColumns::numbers_by_replication(const std::string& name,
                                          const std::vector<double>& values,
                                          hid_t replication_scale, const std::string& long_name,
                                          const std::string& units) {
    hdf5::Dataset d = matrix(name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, values.data(), values.size(),
                             replication_scale);
    const std::string at = name + " in " + where_;
    hdf5::write_string_attribute(d.get(), "long_name", long_name, at);
    if (!units.empty()) hdf5::write_string_attribute(d.get(), "units", units, at);
}

hdf5::Dataset write_row_scale(hid_t group, const std::string& name,
                              const std::vector<std::string>& rows, const std::string& long_name,
                              std::string_view where) {
    hdf5::Dataset d = hdf5::write_strings_dataset(group, name, rows, where);
    const std::string at = name + " in " + std::string(where);
    hdf5::write_string_attribute(d.get(), "long_name", long_name, at);
    make_scale(d.get(), name, at);
    return d;
}

}  // namespace wfsim::output
