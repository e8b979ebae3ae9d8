#pragma once
// How much memory a run of a resolved scenario takes, estimated before anything is allocated, so
// that a system too large for the machine is refused with its cost instead of failing part way.
#include <cstddef>

#include "models/calibration/calibration.hpp"
#include "models/scenario/scenario_limits.hpp"  // kBytesPerPerson

namespace wfsim::models {

// People a replication's person store is sized for at the start: every post's holder and a
// margin for vacancies refilled and growth.
std::size_t expected_people(const ResolvedScenario& resolved);

struct RunFootprint {
    double people = 0.0;                   // at most, over the run: at the start and every arrival
    double bytes_per_model = 0.0;          // one worker thread's model (persons, events, metrics)
    double bytes_per_result = 0.0;         // one replication's values, as handed to the writer
    double bytes(unsigned threads) const;  // the whole run, with the writer's buffers
};

RunFootprint estimate_footprint(const ResolvedScenario& resolved);

}  // namespace wfsim::models
