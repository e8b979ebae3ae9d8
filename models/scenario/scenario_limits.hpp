#pragma once
// Limits on the numbers a scenario may give, checked where they are read so that no value can
// size an allocation beyond any machine, overflow a conversion, or turn into inf or NaN.
// docs/scenario.md ("Limits") states them; the YAML limits are in yaml/yaml_document.hpp.
#include <optional>
#include <string>

namespace wfsim::models {

// No figure of a workforce scenario comes near this (a national budget in pounds is ~1e11).
inline constexpr double kLargestNumber = 1e12;
// People or WTE in one group: about three times the UK's health and social care workforce.
inline constexpr double kMaxGroupSize = 10'000'000;
// Memory a simulated person takes in each worker thread, rounded up from the national-scale
// measurement (docs/performance.md: 1.3 million staff in about 140 MiB).
inline constexpr double kBytesPerPerson = 128.0;
// Distinct labels of leaving.reasons over the scenario and its variants: each is a metric of the
// result (leavers_reason_<label>: 28 datasets in each variant), so the labels size the file and the
// time to write it (19,999 labels of one group wrote 2 GB in 12 minutes for one replication).
inline constexpr int kMaxReasonLabels = 100;

// Why `value` (in `unit`: "people", "WTE") is too large for the size of a group, naming the limit
// and the memory it would take; nullopt when it is within the limit.
std::optional<std::string> group_size_problem(double value, const std::string& unit);

// "1.4 GiB", "380 MiB"
std::string memory_text(double bytes);

}  // namespace wfsim::models
