#include "output/hdf5_io.hpp"

#include <algorithm>
#include <cstring>

namespace wfsim::output::hdf5 {
namespace {

Datatype variable_string_type(std::string_view where) {
    Datatype type(check(H5Tcopy(H5T_C_S1), "copy the string type for", where));
    check(H5Tset_size(type.get(), H5T_VARIABLE), "size the string type for", where);
    check(H5Tset_cset(type.get(), H5T_CSET_UTF8), "set UTF-8 for", where);
    return type;
}

Datatype fixed_string_type(std::size_t size, std::string_view where) {
    Datatype type(check(H5Tcopy(H5T_C_S1), "copy the string type for", where));
    check(H5Tset_size(type.get(), std::max<std::size_t>(size, 1)), "size the string type for",
          where);
    check(H5Tset_strpad(type.get(), H5T_STR_NULLPAD), "set string padding for", where);
    check(H5Tset_cset(type.get(), H5T_CSET_UTF8), "set UTF-8 for", where);
    return type;
}

Dataspace simple_space(hsize_t count, std::string_view where) {
    return Dataspace(check(H5Screate_simple(1, &count, nullptr), "create a dataspace for", where));
}

void replace_attribute(hid_t object, const std::string& name, hid_t type, hid_t space,
                       hid_t memory_type, const void* value, std::string_view where) {
    const std::string what = "attribute " + name + " of " + std::string(where);
    if (check(H5Aexists(object, name.c_str()), "look for", what) > 0)
        check(H5Adelete(object, name.c_str()), "replace", what);
    Attribute attribute(check(
        H5Acreate2(object, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT), "create", what));
    check(H5Awrite(attribute.get(), memory_type, value), "write", what);
}

// Reads `count` strings stored with `stored_type`, fixed- or variable-length, through `read`
// (an H5Aread or H5Dread of the whole object into a buffer of the given memory type).
template <class Read>
std::vector<std::string> read_strings(hid_t stored_type, hsize_t count, Read&& read,
                                      std::string_view where) {
    if (check(H5Tget_class(stored_type), "inspect the type of", where) != H5T_STRING)
        throw OutputError("cannot read strings from " + std::string(where) +
                          ": it does not hold strings");
    std::vector<std::string> out;
    out.reserve(count);
    if (check(H5Tis_variable_str(stored_type), "inspect the type of", where) > 0) {
        Datatype memory = variable_string_type(where);
        std::vector<char*> buffer(count, nullptr);
        if (count > 0) check(read(memory.get(), buffer.data()), "read", where);
        for (char* text : buffer) {
            out.emplace_back(text != nullptr ? text : "");
            if (text != nullptr) H5free_memory(text);
        }
        return out;
    }
    const std::size_t size = H5Tget_size(stored_type);
    if (size == 0) fail("inspect the string size of", where);
    Datatype memory = fixed_string_type(size, where);
    std::vector<char> buffer(count * size, '\0');
    if (count > 0) check(read(memory.get(), buffer.data()), "read", where);
    for (hsize_t i = 0; i < count; ++i) {
        const char* first = buffer.data() + i * size;
        out.emplace_back(first, strnlen(first, size));
    }
    return out;
}

hsize_t element_count(hid_t space, std::string_view where) {
    return static_cast<hsize_t>(
        check(H5Sget_simple_extent_npoints(space), "count the elements of", where));
}

}  // namespace

void write_string_attribute(hid_t object, const std::string& name, std::string_view value,
                            std::string_view where) {
    Datatype type = variable_string_type(where);
    Dataspace space(check(H5Screate(H5S_SCALAR), "create a dataspace for", where));
    const std::string text(value);  // NUL-terminated copy
    const char* pointer = text.c_str();
    replace_attribute(object, name, type.get(), space.get(), type.get(), &pointer, where);
}

void write_strings_attribute(hid_t object, const std::string& name,
                             const std::vector<std::string>& values, std::string_view where) {
    Datatype type = variable_string_type(where);
    Dataspace space = simple_space(values.size(), where);
    // HDF5 refuses a null buffer even for no elements (an empty list of overrides).
    std::vector<const char*> pointers(std::max<std::size_t>(values.size(), 1), "");
    for (std::size_t i = 0; i < values.size(); ++i) pointers[i] = values[i].c_str();
    replace_attribute(object, name, type.get(), space.get(), type.get(), pointers.data(), where);
}

void write_attribute(hid_t object, const std::string& name, hid_t stored_type, hid_t memory_type,
                     const void* value, std::string_view where) {
    Dataspace space(check(H5Screate(H5S_SCALAR), "create a dataspace for", where));
    replace_attribute(object, name, stored_type, space.get(), memory_type, value, where);
}

Group create_ordered_group(hid_t parent, const std::string& name, std::string_view where) {
    PropertyList gcpl(check(H5Pcreate(H5P_GROUP_CREATE), "create a group list for", where));
    check(H5Pset_link_creation_order(gcpl.get(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
          "track creation order in", where);
    return Group(check(H5Gcreate2(parent, name.c_str(), H5P_DEFAULT, gcpl.get(), H5P_DEFAULT),
                       "create group", where));
}

Dataset write_strings_dataset(hid_t parent, const std::string& name,
                              const std::vector<std::string>& values, std::string_view where) {
    Datatype type = variable_string_type(where);
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const auto& v : values) pointers.push_back(v.c_str());
    return write_dataset(parent, name, type.get(), type.get(), pointers.data(), values.size(),
                         where);
}

Dataset write_dataset(hid_t parent, const std::string& name, hid_t stored_type, hid_t memory_type,
                      const void* values, hsize_t count, std::string_view where) {
    const std::string what = name + " in " + std::string(where);
    Dataspace space = simple_space(count, what);
    Dataset dataset(check(H5Dcreate2(parent, name.c_str(), stored_type, space.get(), H5P_DEFAULT,
                                     H5P_DEFAULT, H5P_DEFAULT),
                          "create dataset", what));
    if (count > 0) {
        // A write that converts (variable-length strings always do) gets type-conversion and
        // background buffers of the transfer list's size, zeroed: 1 MiB each by default, for a
        // few hundred bytes of text. The summaries write thousands of such axes, so size them to
        // the data (at least one element of either type, with room to spare).
        PropertyList transfer(
            check(H5Pcreate(H5P_DATASET_XFER), "create a transfer list for", what));
        const std::size_t widest = std::max(H5Tget_size(stored_type), H5Tget_size(memory_type));
        const std::size_t bytes = std::max<std::size_t>(4096, 2 * widest * count);
        check(H5Pset_buffer(transfer.get(), std::min<std::size_t>(bytes, std::size_t{1} << 20),
                            nullptr, nullptr),
              "size the transfer buffer for", what);
        check(H5Dwrite(dataset.get(), memory_type, H5S_ALL, H5S_ALL, transfer.get(), values),
              "write dataset", what);
    }
    return dataset;
}

bool attribute_exists(hid_t object, const std::string& name, std::string_view where) {
    return check(H5Aexists(object, name.c_str()), "look for attribute " + name + " of", where) > 0;
}

Attribute open_attribute(hid_t object, const std::string& name, std::string_view where) {
    const std::string what = "attribute " + name + " of " + std::string(where);
    if (!attribute_exists(object, name, where))
        throw OutputError("cannot read " + what + ": there is no such attribute");
    return Attribute(check(H5Aopen(object, name.c_str(), H5P_DEFAULT), "open", what));
}

std::vector<std::string> read_strings_attribute(hid_t object, const std::string& name,
                                                std::string_view where) {
    const std::string what = "attribute " + name + " of " + std::string(where);
    Attribute attribute = open_attribute(object, name, where);
    Datatype type(check(H5Aget_type(attribute.get()), "inspect", what));
    Dataspace space(check(H5Aget_space(attribute.get()), "inspect", what));
    const hid_t id = attribute.get();
    return read_strings(
        type.get(), element_count(space.get(), what),
        [id](hid_t memory, void* buffer) { return H5Aread(id, memory, buffer); }, what);
}

std::string read_string_attribute(hid_t object, const std::string& name, std::string_view where) {
    auto values = read_strings_attribute(object, name, where);
    if (values.size() != 1)
        throw OutputError("attribute " + name + " of " + std::string(where) +
                          " is not a single string");
    return values.front();
}

void read_attribute(hid_t object, const std::string& name, hid_t memory_type, void* value,
                    std::string_view where) {
    const std::string what = "attribute " + name + " of " + std::string(where);
    Attribute attribute = open_attribute(object, name, where);
    Dataspace space(check(H5Aget_space(attribute.get()), "inspect", what));
    if (element_count(space.get(), what) != 1)
        throw OutputError("cannot read " + what + ": it is not a single value");
    check(H5Aread(attribute.get(), memory_type, value), "read", what);
}

std::vector<std::string> read_strings_dataset(hid_t dataset, std::string_view where) {
    Datatype type(check(H5Dget_type(dataset), "inspect", where));
    Dataspace space(check(H5Dget_space(dataset), "inspect", where));
    return read_strings(
        type.get(), element_count(space.get(), where),
        [dataset](hid_t memory, void* buffer) {
            return H5Dread(dataset, memory, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer);
        },
        where);
}

std::vector<hsize_t> dataset_shape(hid_t dataset, std::string_view where) {
    Dataspace space(check(H5Dget_space(dataset), "inspect", where));
    const int rank = check(H5Sget_simple_extent_ndims(space.get()), "inspect", where);
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    if (rank > 0)
        check(H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr), "inspect", where);
    return dims;
}

}  // namespace wfsim::output::hdf5
