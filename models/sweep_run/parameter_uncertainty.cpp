#include "models/sweep_run/parameter_uncertainty.hpp"

#include <stdexcept>

#include "models/metrics/derived_metrics.hpp"
#include "models/sweeps/bootstrap_streams.hpp"
#include "models/sweeps/sweep_random.hpp"

namespace wfsim::models {

std::vector<double> draw_parameter_sets(const std::vector<FactorSpec>& factors, std::size_t sets,
                                        std::uint64_t seed) {
    std::vector<double> values;
    values.reserve(sets * factors.size());
    for (std::size_t m = 0; m < sets; ++m) {
        sweeps::SweepRandom random(sim::hash_combine(seed, m), sweeps::streams::kParameterSets);
        for (const FactorSpec& f : factors) {
            // Strictly inside (0, 1), so that an unbounded distribution gives a finite value.
            const double p = (static_cast<double>(random() >> 11) + 0.5) * 0x1.0p-53;
            values.push_back(f.distribution().quantile(p));
        }
    }
    return values;
}

const std::vector<std::string>& decomposed_metrics() {
    static const std::vector<std::string> names{"vacancy_rate", "turnover", "absence_rate",
                                                "headcount",    "wte",      "vacancies_wte"};
    return names;
}

UncertaintyRecorder::UncertaintyRecorder(const ResultLayout& layout, const sim::TimeAxis& axis,
                                         std::size_t sets)
    : layout_(&layout), axis_(&axis), sets_(sets) {
    const auto derived = derived_metric_infos(layout);
    for (const std::string& name : decomposed_metrics()) {
        int d = -1;
        for (std::size_t i = 0; i < derived.size(); ++i)
            if (derived[i].name == name) d = static_cast<int>(i);
        derived_index_.push_back(d);
        additive_index_.push_back(d < 0 ? layout.metric_index(name) : -1);
        if (d < 0 && additive_index_.back() < 0)
            throw std::logic_error("the result layout has no metric " + name);
    }
}

void UncertaintyRecorder::record(std::size_t replication, const ReplicationResult& result) {
    const std::size_t units = layout_->units.size(), years = axis_->financial_years().size();
    const std::vector<double> fy = financial_year_values(*layout_, *axis_, result.values.data());
    const std::vector<double> derived = derive_financial_years(*layout_, *axis_, fy.data());
    std::vector<double> out;
    out.reserve(decomposed_metrics().size() * years * units);
    for (std::size_t k = 0; k < decomposed_metrics().size(); ++k) {
        const bool is_derived = derived_index_[k] >= 0;
        const int index = is_derived ? derived_index_[k] : additive_index_[k];
        const double* source = (is_derived ? derived.data() : fy.data()) +
                               static_cast<std::size_t>(index) * years * units;
        out.insert(out.end(), source, source + years * units);
    }
    replications_.push_back(replication);
    values_.push_back(std::move(out));
}

std::size_t UncertaintyRecorder::inner_per_set() const {
    // Whole rounds of the sets from replication 0 on, without a gap.
    std::size_t contiguous = 0;
    while (contiguous < replications_.size() && replications_[contiguous] == contiguous)
        ++contiguous;
    return sets_ ? contiguous / sets_ : 0;
}

std::vector<UncertaintyRecorder::Table> UncertaintyRecorder::decompose(
    const sweeps::BootstrapSettings& settings) const {
    const std::size_t inner = inner_per_set();
    if (inner < 2 || sets_ < 2) return {};
    const std::size_t units = layout_->units.size(), years = axis_->financial_years().size();
    std::vector<Table> tables;
    std::vector<double> y(sets_ * inner);
    for (std::size_t k = 0; k < decomposed_metrics().size(); ++k) {
        Table t{decomposed_metrics()[k], {}};
        for (std::size_t f = 0; f < years; ++f)
            for (std::size_t u = 0; u < units; ++u) {
                // y[set][inner]: replication i * sets + m is the i-th of set m.
                for (std::size_t m = 0; m < sets_; ++m)
                    for (std::size_t i = 0; i < inner; ++i)
                        y[m * inner + i] = values_[i * sets_ + m][(k * years + f) * units + u];
                t.cells.push_back(sweeps::decompose_variance(y, sets_, inner, settings));
            }
        tables.push_back(std::move(t));
    }
    return tables;
}

}  // namespace wfsim::models
