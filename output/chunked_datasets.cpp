#include "output/chunked_datasets.hpp"

#include <algorithm>
#include <limits>

namespace wfsim::output {
namespace {

constexpr hsize_t kTargetChunkBytes = 256 * 1024;
constexpr unsigned kDeflateLevel = 1;

hdf5::PropertyList compressed_layout(int rank, const hsize_t* chunk, std::string_view where) {
    using hdf5::check;
    if (check(H5Zfilter_avail(H5Z_FILTER_DEFLATE), "look for the deflate filter for", where) <= 0)
        throw OutputError("cannot create " + std::string(where) +
                          ": this HDF5 library has no deflate filter");
    hdf5::PropertyList dcpl(check(H5Pcreate(H5P_DATASET_CREATE), "create a layout for", where));
    check(H5Pset_chunk(dcpl.get(), rank, chunk), "set the chunks of", where);
    check(H5Pset_shuffle(dcpl.get()), "set the shuffle filter of", where);
    check(H5Pset_deflate(dcpl.get(), kDeflateLevel), "set the deflate filter of", where);
    return dcpl;
}

// Creates and writes a whole dataset, compressed in chunks of `chunk`. Filters need chunks, and
// chunks need a non-empty shape: empty datasets stay contiguous.
hdf5::Dataset write_whole(hid_t parent, const std::string& name, hid_t stored_type,
                          hid_t memory_type, const void* values, const std::vector<hsize_t>& dims,
                          const std::vector<hsize_t>& chunk, std::string_view where) {
    using hdf5::check;
    const int rank = static_cast<int>(dims.size());
    hdf5::Dataspace space(
        check(H5Screate_simple(rank, dims.data(), nullptr), "create space", where));
    hsize_t count = 1;
    for (hsize_t d : dims) count *= d;
    hdf5::PropertyList dcpl;
    if (count > 0) dcpl = compressed_layout(rank, chunk.data(), where);
    hdf5::Dataset dataset(
        check(H5Dcreate2(parent, name.c_str(), stored_type, space.get(), H5P_DEFAULT,
                         dcpl.valid() ? dcpl.get() : H5P_DEFAULT, H5P_DEFAULT),
              "create", where));
    if (count > 0)
        check(H5Dwrite(dataset.get(), memory_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, values), "write",
              where);
    return dataset;
}

}  // namespace

hsize_t replications_per_chunk(hsize_t row_bytes, hsize_t expected_rows) {
    const hsize_t by_size = kTargetChunkBytes / std::max<hsize_t>(1, row_bytes);
    return std::max<hsize_t>(1, std::min(by_size, expected_rows));
}

ReplicationDataset::ReplicationDataset(hid_t parent, const std::string& name, hsize_t periods,
                                       hsize_t units, hsize_t expected_rows, std::string where)
    : where_(std::move(where)), periods_(periods), units_(units) {
    using hdf5::check;
    const hsize_t dims[3] = {0, periods, units};
    // A zero-length period axis (no whole financial year) is declared unlimited too, because a
    // chunk may not exceed a fixed maximum dimension.
    const hsize_t max_dims[3] = {H5S_UNLIMITED, periods > 0 ? periods : H5S_UNLIMITED, units};
    const hsize_t row_bytes = periods * units * sizeof(double);
    const hsize_t chunk[3] = {replications_per_chunk(row_bytes, expected_rows),
                              std::max<hsize_t>(periods, 1), std::max<hsize_t>(units, 1)};
    hdf5::PropertyList dcpl = compressed_layout(3, chunk, where_);
    const double fill = std::numeric_limits<double>::quiet_NaN();
    check(H5Pset_fill_value(dcpl.get(), H5T_NATIVE_DOUBLE, &fill), "set the fill value of", where_);

    // Rows arrive one at a time, so each chunk is written over k appends: the cache must hold a
    // whole chunk or every append would recompress it. w0 = 1 evicts finished chunks first.
    const hsize_t chunk_bytes = chunk[0] * chunk[1] * chunk[2] * sizeof(double);
    hdf5::PropertyList dapl(check(H5Pcreate(H5P_DATASET_ACCESS), "create access list", where_));
    check(H5Pset_chunk_cache(dapl.get(), 521, 2 * chunk_bytes + 4096, 1.0),
          "set the chunk cache of", where_);

    hdf5::Dataspace space(check(H5Screate_simple(3, dims, max_dims), "create space", where_));
    dataset_ = hdf5::Dataset(check(H5Dcreate2(parent, name.c_str(), H5T_IEEE_F64LE, space.get(),
                                              H5P_DEFAULT, dcpl.get(), dapl.get()),
                                   "create", where_));
    // The memory space has the selection's shape, so HDF5 maps it to chunks as a block rather
    // than element by element.
    const hsize_t row_shape[3] = {1, periods, units};
    row_space_ =
        hdf5::Dataspace(check(H5Screate_simple(3, row_shape, nullptr), "create row space", where_));
}

void ReplicationDataset::append_row(const double* row) {
    using hdf5::check;
    const hsize_t dims[3] = {rows_ + 1, periods_, units_};
    check(H5Dset_extent(dataset_.get(), dims), "extend", where_);
    ++rows_;
    if (periods_ * units_ == 0) return;  // nothing to write in an empty row
    hdf5::Dataspace file_space(check(H5Dget_space(dataset_.get()), "inspect", where_));
    const hsize_t start[3] = {rows_ - 1, 0, 0};
    const hsize_t count[3] = {1, periods_, units_};
    check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start, nullptr, count, nullptr),
          "select a row of", where_);
    check(H5Dwrite(dataset_.get(), H5T_NATIVE_DOUBLE, row_space_.get(), file_space.get(),
                   H5P_DEFAULT, row),
          "write a row of", where_);
}

void ReplicationDataset::read_periods(hsize_t first_period, hsize_t count, double* out) const {
    using hdf5::check;
    const hsize_t size = rows_ * count * units_;
    if (size == 0) return;
    hdf5::Dataspace file_space(check(H5Dget_space(dataset_.get()), "inspect", where_));
    const hsize_t start[3] = {0, first_period, 0};
    const hsize_t block[3] = {rows_, count, units_};
    check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start, nullptr, block, nullptr),
          "select periods of", where_);
    hdf5::Dataspace memory(check(H5Screate_simple(3, block, nullptr), "create space", where_));
    check(H5Dread(dataset_.get(), H5T_NATIVE_DOUBLE, memory.get(), file_space.get(), H5P_DEFAULT,
                  out),
          "read back", where_);
}

hdf5::Dataset write_table(hid_t parent, const std::string& name, hid_t stored_type,
                          hid_t memory_type, const void* values, hsize_t rows, hsize_t columns,
                          std::string_view where) {
    const std::vector<hsize_t> dims{rows, columns};
    return write_whole(parent, name, stored_type, memory_type, values, dims, dims, where);
}

hdf5::Dataset write_array(hid_t parent, const std::string& name, hid_t stored_type,
                          hid_t memory_type, const void* values, const std::vector<hsize_t>& dims,
                          std::string_view where) {
    // A chunk is whole rows of the first dimension, about kTargetChunkBytes.
    hsize_t row = H5Tget_size(stored_type);
    for (std::size_t d = 1; d < dims.size(); ++d) row *= dims[d];
    std::vector<hsize_t> chunk = dims;
    chunk[0] = replications_per_chunk(row, dims[0]);
    return write_whole(parent, name, stored_type, memory_type, values, dims, chunk, where);
}

}  // namespace wfsim::output
