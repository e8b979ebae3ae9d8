#pragma once
// The one exception type of the output layer: every failure to create, write, read or rename a
// result file. The message names the file (and object) and the operation that failed.
#include <stdexcept>

namespace wfsim::output {

class OutputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace wfsim::output
