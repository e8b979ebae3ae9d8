#include "models/outcomes/outcome_recorder.hpp"

#include <stdexcept>

#include "models/outcomes/target_values.hpp"

namespace wfsim::models::outcomes {

PairedCounts paired_counts(const std::vector<std::int64_t>& first_replications,
                           const std::vector<bool>& first,
                           const std::vector<std::int64_t>& second_replications,
                           const std::vector<bool>& second) {
    PairedCounts c;
    std::size_t i = 0, j = 0;
    while (i < first_replications.size() && j < second_replications.size()) {
        if (first_replications[i] < second_replications[j]) {
            ++i;
        } else if (second_replications[j] < first_replications[i]) {
            ++j;
        } else {
            const bool a = first[i], b = second[j];
            ++(a && b ? c.both : a ? c.first_only : b ? c.second_only : c.neither);
            ++i;
            ++j;
        }
    }
    return c;
}

namespace {

template <class T, class Keep>
std::vector<bool> column(const std::vector<T>& table, std::size_t width, std::size_t k, Keep keep) {
    std::vector<bool> out;
    for (std::size_t r = 0; r * width < table.size(); ++r)
        out.push_back(keep(table[r * width + k]));
    return out;
}

}  // namespace

void summarise_outcomes(OutcomeResults& results) {
    const OutcomeDefinitions& defs = results.definitions;
    const std::size_t nt = defs.targets.size(), nr = defs.risks.size();
    for (VariantOutcomes& v : results.variants) {
        const std::size_t reps = v.replications.size();
        v.targets.clear();
        v.risks.clear();
        for (std::size_t t = 0; t < nt; ++t) {
            std::vector<Met> met(reps);
            std::vector<double> shortfall(reps);
            for (std::size_t r = 0; r < reps; ++r) {
                met[r] = v.target_met[r * nt + t];
                shortfall[r] = v.target_shortfall[r * nt + t];
            }
            v.targets.push_back(summarise_target(met, shortfall));
        }
        for (std::size_t k = 0; k < nr; ++k) {
            std::vector<std::int8_t> consequence(reps);
            for (std::size_t r = 0; r < reps; ++r) consequence[r] = v.risk_consequence[r * nr + k];
            v.risks.push_back(summarise_risk(defs.risks[k], consequence, defs.bands));
        }
    }
    if (results.variants.empty()) return;
    const VariantOutcomes& base = results.variants.front();
    for (std::size_t i = 1; i < results.variants.size(); ++i) {
        VariantOutcomes& v = results.variants[i];
        v.target_change.clear();
        v.risk_change.clear();
        const auto met = [](Met m) { return m == Met::Met; };
        for (std::size_t t = 0; t < nt; ++t)
            v.target_change.push_back(paired_difference_interval(
                paired_counts(v.replications, column(v.target_met, nt, t, met), base.replications,
                              column(base.target_met, nt, t, met))));
        const auto adverse = [](std::int8_t c) { return c > 0; };
        for (std::size_t k = 0; k < nr; ++k)
            v.risk_change.push_back(paired_difference_interval(
                paired_counts(v.replications, column(v.risk_consequence, nr, k, adverse),
                              base.replications, column(base.risk_consequence, nr, k, adverse))));
    }
}

OutcomeRecorder::OutcomeRecorder(OutcomeDefinitions definitions, const ResultLayout& layout,
                                 const sim::TimeAxis& axis,
                                 const std::vector<std::string>& variants)
    : layout_(layout), axis_(axis) {
    results_.definitions = std::move(definitions);
    for (const std::string& name : variants) {
        VariantOutcomes v;
        v.name = name;
        results_.variants.push_back(std::move(v));
    }
}

void OutcomeRecorder::record(std::size_t variant, std::size_t replication,
                             const ReplicationResult& result) {
    if (empty()) return;
    VariantOutcomes& v = results_.variants.at(variant);
    const auto index = static_cast<std::int64_t>(replication);
    if (!v.replications.empty() && index <= v.replications.back())
        throw std::invalid_argument("replications of a variant must be recorded in index order");
    const OutcomeDefinitions& defs = results_.definitions;
    ReplicationValues values(layout_, axis_, result);
    std::vector<TargetOutcome> outcomes;
    outcomes.reserve(defs.targets.size());
    for (const TargetDefinition& t : defs.targets) {
        outcomes.push_back(evaluate_target(t, values.of(t)));
        v.target_met.push_back(outcomes.back().met);
        v.target_shortfall.push_back(outcomes.back().shortfall);
    }
    for (const RiskDefinition& r : defs.risks)
        v.risk_consequence.push_back(static_cast<std::int8_t>(risk_consequence(r, outcomes)));
    v.replications.push_back(index);
}

OutcomeResults OutcomeRecorder::results() const {
    OutcomeResults out = results_;
    summarise_outcomes(out);
    return out;
}

}  // namespace wfsim::models::outcomes
