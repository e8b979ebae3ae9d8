#pragma once
// Variants for model tests: a scenario with variants read from YAML, resolved and run beside its
// baseline on one metric layout, and exact comparisons of replication results.
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "models/scenario/scenario_loader.hpp"
#include "models/variants/variant_resolution.hpp"
#include "tests/model/model_test_support.hpp"

namespace wfsim::testing {

// The baseline (runs[0], beside its variants) and each variant of `yaml`, in order.
struct VariantRuns {
    std::shared_ptr<const models::ResolvedScenario> baseline;
    std::vector<models::ResolvedScenario> runs;
    std::vector<std::string> names;
};

inline VariantRuns variant_runs(const std::string& yaml) {
    VariantRuns out;
    out.baseline = std::make_shared<const models::ResolvedScenario>(
        models::resolve_scenario(models::load_scenario_text(yaml, "test.yaml")));
    out.runs.push_back(models::baseline_beside_variants(out.baseline));
    out.names.push_back("baseline");
    for (const auto& v : out.baseline->scenario.variants) {
        out.runs.push_back(models::resolve_variant(out.baseline, v));
        out.names.push_back(v.name);
    }
    std::vector<models::ResolvedScenario*> pointers;
    for (auto& r : out.runs) pointers.push_back(&r);
    models::share_layout(pointers);
    return out;
}

// Values equal bit for bit, NaN equal to NaN.
inline bool same_value(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

// The first month in which any metric of any unit differs between two results (the months
// when none does).
inline int first_month_differing(const models::ReplicationResult& a,
                                 const models::ReplicationResult& b,
                                 const models::ResultLayout& layout) {
    int first = layout.months;
    for (std::size_t m = 0; m < layout.metrics.size(); ++m)
        for (int month = 0; month < first; ++month)
            for (int u = 0; u < layout.units.size(); ++u)
                if (!same_value(value(a, layout, static_cast<int>(m), month, u),
                                value(b, layout, static_cast<int>(m), month, u))) {
                    first = std::min(first, month);
                    break;
                }
    return first;
}

}  // namespace wfsim::testing
