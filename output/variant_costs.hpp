#pragma once
// A variant's cost-effectiveness against the baseline, from the paired replications, per
// financial year and from the start of the run to the end of each: its net cost (its
// interventions' cost, plus the changes in bank and agency cost, in international recruitment
// cost and, where groups give their pay, in the pay bill), what it gains (WTE-years in post,
// vacancy WTE-years avoided, leavers avoided), and the net cost per unit of each gain as a ratio of
// means with a delta-method interval. Written as /variants/<v>/cost_effectiveness (docs/output.md
// gives every formula).
#include "output/variant_output.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::output {

void write_cost_effectiveness(const VariantOutput& baseline, const VariantOutput& variant,
                              const sim::TimeAxis& axis);

}  // namespace wfsim::output
