#pragma once
// The report's targets and risk register, when the result file holds them (docs/output.md,
// "Targets and risks"): the probability of meeting each target per variant, and the risk register
// as a table and a 5 x 5 likelihood x consequence heat map with each risk's current (register),
// target and simulated positions.
#include <string>
#include <utility>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output::report {

// Appends the sections to `html` (nothing when the file has no targets or risks); each heat map
// is also added to `charts` as (id, svg).
void append_outcome_sections(std::string& html, const ResultReader& reader,
                             std::vector<std::pair<std::string, std::string>>* charts);

// The 5 x 5 heat map alone, as a standalone SVG ("" when the file has no risks).
std::string risk_heat_map_svg(const ResultReader& reader);

}  // namespace wfsim::output::report
