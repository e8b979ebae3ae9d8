// Sobol first- and total-order indices from Saltelli's sampling scheme.
#include <cmath>
#include <map>

#include "models/sweeps/bootstrap_streams.hpp"
#include "models/sweeps/sensitivity.hpp"
#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {
namespace {

// The outputs of the complete sample rows: a, b [row], ab [factor][row].
struct SaltelliOutputs {
    std::vector<double> a, b;
    std::vector<std::vector<double>> ab;
};

SaltelliOutputs gather(const Design& design, std::span<const double> y) {
    const std::size_t k = design.factors;
    std::map<int, std::vector<double>> rows;  // row -> A, AB_1..AB_k, B
    for (std::size_t p = 0; p < design.points(); ++p) {
        auto& row = rows[design.row[p]];
        if (row.empty()) row.assign(k + 2, kNoValue);
        row[static_cast<std::size_t>(design.block[p])] = y[p];
    }
    SaltelliOutputs out;
    out.ab.resize(k);
    for (const auto& [index, row] : rows) {
        bool complete = true;
        for (double v : row) complete = complete && !std::isnan(v);
        if (!complete) continue;
        out.a.push_back(row[0]);
        out.b.push_back(row[k + 1]);
        for (std::size_t f = 0; f < k; ++f) out.ab[f].push_back(row[f + 1]);
    }
    return out;
}

struct Indices {
    std::vector<double> first, total;
    double variance;
};

// The estimators over the rows `pick` (an index list; repeated for a bootstrap resample).
// Outputs are centred on the mean of A and B first: the estimators are unchanged in
// expectation, and their rounding and variance are smaller.
Indices estimate(const SaltelliOutputs& o, const std::vector<std::size_t>& pick) {
    const std::size_t k = o.ab.size();
    const double n = static_cast<double>(pick.size());
    double sum = 0.0;
    for (std::size_t r : pick) sum += o.a[r] + o.b[r];
    const double centre = sum / (2.0 * n);
    double squares = 0.0;
    for (std::size_t r : pick) {
        squares += (o.a[r] - centre) * (o.a[r] - centre) + (o.b[r] - centre) * (o.b[r] - centre);
    }
    Indices out{std::vector<double>(k), std::vector<double>(k), squares / (2.0 * n)};
    for (std::size_t f = 0; f < k; ++f) {
        double first = 0.0, total = 0.0;
        for (std::size_t r : pick) {
            const double a = o.a[r] - centre, b = o.b[r] - centre, ab = o.ab[f][r] - centre;
            first += b * (ab - a);               // Saltelli et al. 2010, table 2 (b)
            total += 0.5 * (a - ab) * (a - ab);  // Jansen 1999, table 2 (f)
        }
        out.first[f] = out.variance > 0.0 ? first / n / out.variance : kNoValue;
        out.total[f] = out.variance > 0.0 ? total / n / out.variance : kNoValue;
    }
    return out;
}

}  // namespace

SobolIndices sobol_indices(const Design& design, std::span<const double> y,
                           const BootstrapSettings& settings) {
    const std::size_t k = design.factors;
    const SaltelliOutputs outputs = gather(design, y);
    const std::size_t rows = outputs.a.size();
    SobolIndices result;
    result.first.resize(k);
    result.total.resize(k);
    result.rows = rows;
    if (rows < 2) return result;

    std::vector<std::size_t> all(rows);
    for (std::size_t r = 0; r < rows; ++r) all[r] = r;
    const Indices point = estimate(outputs, all);
    result.variance = point.variance;

    std::vector<std::vector<double>> first(k), total(k);
    SweepRandom random(settings.seed, streams::kSobolRows);
    std::vector<std::size_t> pick(rows);
    for (int b = 0; b < settings.resamples; ++b) {
        for (auto& r : pick) r = random.below(rows);
        const Indices again = estimate(outputs, pick);
        for (std::size_t f = 0; f < k; ++f) {
            first[f].push_back(again.first[f]);
            total[f].push_back(again.total[f]);
        }
    }
    for (std::size_t f = 0; f < k; ++f) {
        result.first[f] = percentile_estimate(point.first[f], first[f], settings.confidence);
        result.total[f] = percentile_estimate(point.total[f], total[f], settings.confidence);
    }
    return result;
}

}  // namespace wfsim::sweeps
