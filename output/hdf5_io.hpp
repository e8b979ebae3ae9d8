#pragma once
// Attributes and small whole datasets: the typed reads and writes both the writer and the reader
// need. Numbers are stored little-endian whatever the host; strings as UTF-8 (attributes
// and string datasets variable-length: netCDF-C 4.9.0 mishandles fixed-length string arrays).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "output/hdf5_handle.hpp"

namespace wfsim::output::hdf5 {

template <class T>
struct TypeOf;
template <>
struct TypeOf<double> {
    static hid_t stored() { return H5T_IEEE_F64LE; }
    static hid_t memory() { return H5T_NATIVE_DOUBLE; }
};
template <>
struct TypeOf<std::int32_t> {
    static hid_t stored() { return H5T_STD_I32LE; }
    static hid_t memory() { return H5T_NATIVE_INT32; }
};
template <>
struct TypeOf<std::int64_t> {
    static hid_t stored() { return H5T_STD_I64LE; }
    static hid_t memory() { return H5T_NATIVE_INT64; }
};
template <>
struct TypeOf<std::uint64_t> {
    static hid_t stored() { return H5T_STD_U64LE; }
    static hid_t memory() { return H5T_NATIVE_UINT64; }
};

// `where` names the object for error messages, e.g. "/variants/baseline in out.h5".

// Writing attributes; an existing attribute of the same name is replaced.
void write_string_attribute(hid_t object, const std::string& name, std::string_view value,
                            std::string_view where);
void write_strings_attribute(hid_t object, const std::string& name,
                             const std::vector<std::string>& values, std::string_view where);
void write_attribute(hid_t object, const std::string& name, hid_t stored_type, hid_t memory_type,
                     const void* value, std::string_view where);
template <class T>
void write_scalar_attribute(hid_t object, const std::string& name, T value,
                            std::string_view where) {
    write_attribute(object, name, TypeOf<T>::stored(), TypeOf<T>::memory(), &value, where);
}

// A group whose members list in creation order (so readers see metrics in layout order).
Group create_ordered_group(hid_t parent, const std::string& name, std::string_view where);

// Whole one-dimensional datasets, contiguous.
Dataset write_strings_dataset(hid_t parent, const std::string& name,
                              const std::vector<std::string>& values, std::string_view where);
Dataset write_dataset(hid_t parent, const std::string& name, hid_t stored_type, hid_t memory_type,
                      const void* values, hsize_t count, std::string_view where);
template <class T>
Dataset write_vector_dataset(hid_t parent, const std::string& name, const std::vector<T>& values,
                             std::string_view where) {
    return write_dataset(parent, name, TypeOf<T>::stored(), TypeOf<T>::memory(), values.data(),
                         values.size(), where);
}

// Reading.
bool attribute_exists(hid_t object, const std::string& name, std::string_view where);
Attribute open_attribute(hid_t object, const std::string& name, std::string_view where);
std::vector<std::string> read_strings_attribute(hid_t object, const std::string& name,
                                                std::string_view where);
std::string read_string_attribute(hid_t object, const std::string& name, std::string_view where);
void read_attribute(hid_t object, const std::string& name, hid_t memory_type, void* value,
                    std::string_view where);
template <class T>
T read_scalar_attribute(hid_t object, const std::string& name, std::string_view where) {
    T value{};
    read_attribute(object, name, TypeOf<T>::memory(), &value, where);
    return value;
}

std::vector<std::string> read_strings_dataset(hid_t dataset, std::string_view where);
std::vector<hsize_t> dataset_shape(hid_t dataset, std::string_view where);
// Converts to T whatever the stored numeric type.
template <class T>
std::vector<T> read_whole_dataset(hid_t dataset, std::string_view where) {
    hsize_t count = 1;
    for (hsize_t d : dataset_shape(dataset, where)) count *= d;
    std::vector<T> values(count);
    if (count > 0)
        check(H5Dread(dataset, TypeOf<T>::memory(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
              "read", where);
    return values;
}

}  // namespace wfsim::output::hdf5
