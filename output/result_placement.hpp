#pragma once
// Where an interrupted run's result goes. A complete result is never replaced by an incomplete
// one, nor an incomplete one by one that holds fewer replications: the interrupted run's file
// goes beside it instead, as "<stem>.interrupted<ext>" ("<stem>.interrupted-2<ext>", ... when
// that name holds a better result too).
#include <cstddef>
#include <string>

namespace wfsim::output {

// Whether the file at `path` is a wfsim result better than an incomplete one holding `stored`
// replications: complete, or holding more. False for a missing or unreadable file, or one that is
// not a result file (those are replaced, as by any run).
bool holds_better_result(const std::string& path, std::size_t stored);

// `final_path`, or the first name beside it that holds no better result.
std::string incomplete_result_path(const std::string& final_path, std::size_t stored);

}  // namespace wfsim::output
