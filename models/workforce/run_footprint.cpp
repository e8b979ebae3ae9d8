#include "models/workforce/run_footprint.hpp"

#include <algorithm>

#include "models/metrics/metrics_recorder.hpp"

namespace wfsim::models {
namespace {

// The people a group's establishment holds: posts are WTE, so as hires of their own WTE replace
// leavers, its WTE per head tends to the hires' mean WTE.
double people_in_posts(const GroupRates& g) {
    double per_head = g.wte_per_head;
    if (!g.hire_wte.empty()) {
        double mean = 0.0;
        for (const WteShare& w : g.hire_wte) mean += w.share * w.wte;
        per_head = std::min(per_head, mean);
    }
    return g.establishment_wte / per_head;
}

}  // namespace

std::size_t expected_people(const ResolvedScenario& resolved) {
    std::size_t expected = 0;
    for (const GroupRates& g : resolved.groups)
        expected += static_cast<std::size_t>(people_in_posts(g) * 1.2) + 16;
    return expected;
}

double RunFootprint::bytes(unsigned threads) const {
    // Each worker holds its model and a finished replication; the writer derives rates and
    // financial years from one replication at a time (about three times its values).
    constexpr double kBase = 64.0 * 1024 * 1024;  // libraries, HDF5 caches, the scenario
    return threads * (bytes_per_model + bytes_per_result) + 3.0 * bytes_per_result + kBase;
}

RunFootprint estimate_footprint(const ResolvedScenario& resolved) {
    RunFootprint f;
    const double years = resolved.axis.months() / 12.0;
    // Over the run, slots are reused as people leave; arrivals by other routes may come on top
    // of the posts (counted in full, so this bounds the store from above).
    f.people = 0.0;
    for (const GroupRates& g : resolved.groups)
        f.people += people_in_posts(g) * 1.2 + 16 + g.other_arrivals_per_year * years;
    const ResultLayout layout = make_result_layout(resolved);
    f.bytes_per_result = static_cast<double>(layout.values_per_replication()) * sizeof(double);
    // The model keeps its own counts of the metrics as well as the people.
    f.bytes_per_model = f.people * kBytesPerPerson + f.bytes_per_result;
    return f;
}

}  // namespace wfsim::models
