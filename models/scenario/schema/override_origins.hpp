#pragma once
// Where a value of the scenario tree was written: in the file, or in an override (`--set`).
// yaml-cpp gives nodes made in code no place, so override values are never made in code: each
// override's text is parsed with a block of line numbers of its own, past the file's last line.
// A node's position then tells which override it came from, however the tree is edited, and
// every problem in it is reported at the override rather than at a line of the file.
#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/schema/parameter_path.hpp"
#include "models/scenario/yaml/yaml_reader.hpp"

namespace wfsim::models::schema {

class OverrideOrigins {
  public:
    struct Origin {
        std::string label;     // how diagnostics name the override: "--set years=3"
        ParameterPath target;  // what it sets: "groups.*.leaving.turnover"
        int first_line = 0;    // 1-based, as Position counts
        int line_count = 0;
    };

    // The file's lines come first; override blocks start after them. `file_text` must outlive
    // the reservations.
    explicit OverrideOrigins(std::string_view file_text);

    // Reserves `line_count` lines for an override; returns the first of them.
    int reserve(std::string label, ParameterPath target, int line_count);

    // The override `position` lies in, or nullptr for the file.
    const Origin* find(Position position) const;

    // `text` preceded by line breaks so that the YAML parser puts its first line on `line`.
    static std::string placed_at(int line, std::string_view text);

  private:
    std::string_view file_text_;
    int next_line_ = 0;  // 0 until the first reservation
    std::vector<Origin> origins_;
};

// Lines of `text` as the YAML parser counts them (at least 1).
int count_lines(std::string_view text);

}  // namespace wfsim::models::schema
