#pragma once
// The tables a result file holds as groups of aligned one-dimensional datasets (columns) with a
// row coordinate, as docs/output.md lays out targets and risks: /targets, /risks and their
// per-variant results /variants/<v>/targets, /variants/<v>/risks.
#include <optional>
#include <string>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output::report {

struct TableColumn {
    std::string name;
    bool text = false;
    std::vector<std::string> strings;  // when text
    std::vector<double> numbers;       // otherwise
    std::string units;                 // the column's `units`, if any

    std::string cell(std::size_t row) const;  // as text: numbers in their shortest exact form
};

struct Table {
    std::vector<TableColumn> columns;  // the row coordinate first
    std::size_t rows() const { return columns.empty() ? 0 : columns.front().strings.size(); }
    const TableColumn* column(const std::string& name) const;
};

// The table in `group_path` whose rows are named by its dataset `row_coordinate`: every
// one-dimensional dataset of that length, in creation order. nullopt when the file has none.
std::optional<Table> read_table(const ResultReader& reader, const std::string& group_path,
                                const std::string& row_coordinate);

}  // namespace wfsim::output::report
