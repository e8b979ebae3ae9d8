#pragma once
// The targets and risks of a run in its result file (docs/output.md, "Targets and risks"):
// /targets and /risks define them (with the likelihood bands and grades used), and each
// variant's /variants/<v>/targets and /variants/<v>/risks hold its probabilities, intervals,
// shortfalls, ratings and changes from the baseline, and the per-replication outcomes from which
// users can recompute any of them. Nothing is written when the scenario has neither.
#include <string_view>

#include "models/outcomes/outcome_recorder.hpp"
#include "output/hdf5_handle.hpp"

namespace wfsim::output {

// `file` holds the variants already, each with its replication scale. `file_name` for messages.
void write_outcome_tables(hid_t file, const models::outcomes::OutcomeResults& results,
                          std::string_view file_name);

// The source the likelihood bands are cited from: the NPSA guidance for the defaults, else the
// scenario.
const char* likelihood_bands_source(const models::LikelihoodBands& bands);

namespace detail {
// Per variant (outcome_variant_tables.cpp).
void write_variant_outcomes(hid_t file, const models::outcomes::OutcomeResults& results,
                            const models::outcomes::VariantOutcomes& variant,
                            std::string_view file_name);
}  // namespace detail

}  // namespace wfsim::output
