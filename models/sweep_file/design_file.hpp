#pragma once
// External designs: a sample matrix made by another tool (SALib, R's sensitivity package, a
// spreadsheet) read as a sweep's points, and the sweep's factors written as a SALib problem
// file so that such a tool can make one.
//
// A design file is text, one design point a line, one column per factor, comma-separated (CSV)
// or separated by spaces and tabs (as SALib's `salib sample ... -o FILE` and numpy.savetxt write
// it). Lines starting with `#` and blank lines are skipped. A first line that is not all numbers
// is a header naming the columns: each of the sweep's factors once, in any order. Without a
// header the columns are the factors in the order the sweep file gives them. Every value must be
// a number inside its factor's range (its distribution's support).
#include <string>
#include <vector>

#include "models/scenario/factor_spec.hpp"

namespace wfsim::models {

// The largest design file read (bytes) and the most points it may hold.
inline constexpr std::size_t kMaxDesignFileBytes = std::size_t{256} << 20;
inline constexpr std::size_t kMaxDesignPoints = 10'000'000;

struct DesignFileMatrix {
    std::vector<double> values;  // [point][factor], factors in the sweep's order
    std::size_t points = 0;
};

// Throws ScenarioError with every problem at its line and column (at most DiagnosticList's
// limit listed): an unreadable file, a header that does not name the factors (with
// did-you-mean), a row with the wrong number of columns, a value that is not a number or is
// outside its factor's range, no rows at all.
DesignFileMatrix read_design_file(const std::string& path, const std::vector<FactorSpec>& factors);
DesignFileMatrix read_design_text(const std::string& text, const std::string& display_name,
                                  const std::vector<FactorSpec>& factors);

// The factors as a SALib problem file: one line a factor, "name lower_bound upper_bound",
// space-separated, and nothing else (SALib's reader fails on comment lines; see the .cpp): the
// ends of each factor's range, or for an unbounded distribution its grid range, the central 95%.
std::string salib_problem_text(const std::vector<FactorSpec>& factors);

}  // namespace wfsim::models
