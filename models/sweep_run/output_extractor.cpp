#include "models/sweep_run/output_extractor.hpp"

#include "models/outcomes/target_evaluation.hpp"
#include "models/outcomes/target_values.hpp"

namespace wfsim::models {

OutputExtractor::OutputExtractor(const std::vector<SweepOutputSpec>& outputs,
                                 const Scenario& scenario, const ResultLayout& layout,
                                 const sim::TimeAxis& axis)
    : layout_(layout), axis_(axis) {
    Scenario bound;
    for (const SweepOutputSpec& o : outputs) {
        bound.targets.push_back(o.as_target(scenario));
        indicator_.push_back(o.target.has_value());
    }
    definitions_ = outcomes::define_outcomes(bound, layout, axis).targets;
}

std::vector<double> OutputExtractor::values(const ReplicationResult& result) const {
    outcomes::ReplicationValues replication(layout_, axis_, result);
    std::vector<double> out;
    out.reserve(definitions_.size());
    for (std::size_t o = 0; o < definitions_.size(); ++o) {
        const std::vector<double> v = replication.of(definitions_[o]);
        if (indicator_[o])
            out.push_back(outcomes::evaluate_target(definitions_[o], v).met == outcomes::Met::Met
                              ? 1.0
                              : 0.0);
        else
            out.push_back(v.front());
    }
    return out;
}

}  // namespace wfsim::models
