#pragma once
// Tables in a result file as groups of aligned columns: one dataset per column, each labelled
// (`long_name`, `units`) and with its row dimension tied to a dimension scale (the names of the
// rows) in the same group, so that h5py, xarray, netCDF tools, R and pandas put them side by
// side. Per-replication tables are [replication, row], with the group's own replication scale on
// the first dimension.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "output/hdf5_handle.hpp"

namespace wfsim::output {

class TableColumns {
  public:
    // Writes into `group` tables of `rows` rows; `scale` (in the group) names the rows
    // (`row_label`: "target", "risk"); `where` names the group in messages.
    TableColumns(hid_t group, hid_t scale, std::size_t rows, std::string row_label,
                 std::string where);

    void strings(const std::string& name, const std::vector<std::string>& values,
                 const std::string& long_name);
    void numbers(const std::string& name, const std::vector<double>& values,
                 const std::string& long_name, const std::string& units = "");
    void integers(const std::string& name, const std::vector<std::int64_t>& values,
                  const std::string& long_name, const std::string& units = "");
    void flags(const std::string& name, const std::vector<std::int8_t>& values,
               const std::string& long_name);
    // [replication, row], row-major; the replication scale on dimension 0.
    void flags_by_replication(const std::string& name, const std::vector<std::int8_t>& values,
                              hid_t replication_scale, const std::string& long_name);
    void numbers_by_replication(const std::string& name, const std::vector<double>& values,
                                hid_t replication_scale, const std::string& long_name,
                                const std::string& units = "");

  private:
    void describe(hid_t dataset, const std::string& name, const std::string& long_name,
                  const std::string& units);
    hdf5::Dataset matrix(const std::string& name, hid_t stored, hid_t memory, const void* values,
                         std::size_t count, hid_t replication_scale);

    hid_t group_;
    hid_t scale_;
    std::size_t rows_;
    std::string row_label_;
    std::string where_;
};

// Writes the row names of a table as its dimension scale, named (and naming the dimension)
// `name`.
hdf5::Dataset write_row_scale(hid_t group, const std::string& name,
                              const std::vector<std::string>& rows, const std::string& long_name,
                              std::string_view where);

}  // namespace wfsim::output
