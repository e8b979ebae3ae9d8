#pragma once
// The memory a run may use on this machine, and the check made before simulating that the run
// fits in it (models/workforce/run_footprint.hpp estimates what it needs).
#include <optional>
#include <string>

#include "models/workforce/run_footprint.hpp"

namespace wfsim::cli {

// Bytes this process may use: the least of the physical memory, the address-space and data
// limits (ulimit -v, -d) and the control group's limit; 0 when none is known.
double available_memory_bytes();

// Why a run of `footprint` on `threads` threads does not fit in `available` bytes, with what it
// would need and what to change; nullopt when it fits (or `available` is unknown).
std::optional<std::string> memory_problem(const models::RunFootprint& footprint, unsigned threads,
                                          double available);

}  // namespace wfsim::cli
