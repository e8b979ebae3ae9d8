#pragma once
// The targets and risks of a result file as terminal tables a risk owner can paste into a board
// paper: each target's probability of being met per variant (with its 95% interval and, for
// variants, the change from the baseline), how far the misses fall short, and the risk register
// with the simulated likelihood, rating and grade per variant beside the register's current and
// target ratings. Prints nothing when the file has no targets or risks.
#include <ostream>

#include "output/outcome_table_reader.hpp"

namespace wfsim::output {

// Summary: the targets and risks tables, with what is unsettled and what is not modelled. Full
// adds how far the misses fall short and each risk's adverse event and consequence.
enum class OutcomeDetail { Summary, Full };

void print_outcome_report(std::ostream& out, const OutcomeTables& tables,
                          OutcomeDetail detail = OutcomeDetail::Full);
void print_outcome_report(std::ostream& out, const ResultReader& reader,
                          OutcomeDetail detail = OutcomeDetail::Full);

}  // namespace wfsim::output
