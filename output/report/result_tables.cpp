#include "output/report/result_tables.hpp"

#include <charconv>
#include <cmath>

namespace wfsim::output::report {

std::string TableColumn::cell(std::size_t row) const {
    if (text) return strings.at(row);
    const double v = numbers.at(row);
    if (std::isnan(v)) return "";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, result.ptr);
}

const TableColumn* Table::column(const std::string& name) const {
    for (const auto& c : columns)
        if (c.name == name) return &c;
    return nullptr;
}

std::optional<Table> read_table(const ResultReader& reader, const std::string& group_path,
                                const std::string& row_coordinate) {
    const std::string rows_path = group_path + "/" + row_coordinate;
    if (!reader.exists(rows_path)) return std::nullopt;
    Table table;
    TableColumn rows;
    rows.name = row_coordinate;
    rows.text = true;
    rows.strings = reader.strings(rows_path);
    const std::size_t count = rows.strings.size();
    table.columns.push_back(std::move(rows));
    for (const auto& name : reader.children(group_path)) {
        const std::string path = group_path + "/" + name;
        if (name == row_coordinate || name == "replication") continue;
        std::vector<std::size_t> shape;
        try {
            shape = reader.shape(path);
        } catch (const OutputError&) {
            continue;  // a sub-group
        }
        if (shape.size() != 1 || shape[0] != count) continue;
        TableColumn c;
        c.name = name;
        if (reader.has_attribute(path, "units")) c.units = reader.string_attribute(path, "units");
        try {
            c.strings = reader.strings(path);
            c.text = true;
        } catch (const OutputError&) {
            c.numbers = reader.numbers(path).values;
        }
        table.columns.push_back(std::move(c));
    }
    return table;
}

}  // namespace wfsim::output::report
