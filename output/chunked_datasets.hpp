#pragma once
// The compressed float64 datasets of a result file: per-replication [replication, period, unit]
// datasets that grow one replication at a time, and whole [period, unit] tables for summaries.
// deflate level 1 after shuffle, the only filters, so every HDF5 reader can open them.
#include <string>
#include <string_view>
#include <vector>

#include "output/hdf5_handle.hpp"

namespace wfsim::output {

// Replications per chunk: whole replications, about 256 KiB a chunk, at most the rows expected.
hsize_t replications_per_chunk(hsize_t row_bytes, hsize_t expected_rows);

class ReplicationDataset {
  public:
    // Creates `name` under `parent` with zero rows; the replication axis is unlimited.
    ReplicationDataset(hid_t parent, const std::string& name, hsize_t periods, hsize_t units,
                       hsize_t expected_rows, std::string where);

    // Grows the dataset by one row and writes `row` (periods x units values) into it.
    void append_row(const double* row);

    // Reads rows x [first_period, first_period + count) x units, C order, into `out`.
    void read_periods(hsize_t first_period, hsize_t count, double* out) const;

    hid_t id() const { return dataset_.get(); }
    hsize_t rows() const { return rows_; }
    hsize_t periods() const { return periods_; }
    hsize_t units() const { return units_; }
    const std::string& where() const { return where_; }
    void close() { dataset_.close(where_); }

  private:
    std::string where_;
    hsize_t periods_, units_, rows_ = 0;
    hdf5::Dataset dataset_;
    hdf5::Dataspace row_space_;  // memory space of one row
};

// Writes a whole [rows, columns] table of `stored_type` from memory of `memory_type`.
hdf5::Dataset write_table(hid_t parent, const std::string& name, hid_t stored_type,
                          hid_t memory_type, const void* values, hsize_t rows, hsize_t columns,
                          std::string_view where);

// The same for an array of any rank (at least 1), chunked by whole rows of its first dimension
// (about 256 KiB a chunk).
hdf5::Dataset write_array(hid_t parent, const std::string& name, hid_t stored_type,
                          hid_t memory_type, const void* values, const std::vector<hsize_t>& dims,
                          std::string_view where);

}  // namespace wfsim::output
