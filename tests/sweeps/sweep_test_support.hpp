#pragma once
// A point evaluator that needs no scenario: y = 2 x0 - x1 + noise(seed, replication), where
// each point's overrides give x0 and x1 and the noise depends only on the replication's random
// numbers (so common random numbers cancel it in differences). A point with x0 < 0 fails.
#include <cstdlib>
#include <string>

#include "models/sweep_run/point_evaluator.hpp"
#include "sim/random_stream.hpp"

namespace sweep_test {

using namespace wfsim::models;

struct LinearPoint final : PreparedPoint {
    double x0 = 0.0, x1 = 0.0;
};

class LinearEvaluator final : public PointEvaluator {
  public:
    std::size_t outputs() const override { return 2; }
    std::shared_ptr<const PreparedPoint> prepare(
        const std::vector<ParameterOverride>& overrides) const override {
        auto p = std::make_shared<LinearPoint>();
        for (const auto& o : overrides) {
            const double v = std::strtod(o.value.c_str(), nullptr);
            (o.path.text() == "x0" ? p->x0 : p->x1) = v;
        }
        if (p->x0 < 0.0) throw PointError("x0 must not be negative");
        return p;
    }
    std::optional<std::vector<double>> run(const std::shared_ptr<const PreparedPoint>& point,
                                           unsigned, std::uint64_t seed, std::uint64_t replication,
                                           const std::atomic<bool>& stop) override {
        if (stop) return std::nullopt;
        const auto& p = static_cast<const LinearPoint&>(*point);
        const double noise =
            static_cast<double>(wfsim::sim::mix64(wfsim::sim::replication_key(seed, replication)) >>
                                11) *
                0x1.0p-53 -
            0.5;
        return std::vector<double>{2 * p.x0 - p.x1 + noise, p.x0 * noise};
    }
};

inline std::vector<ParameterOverride> overrides_of(const std::vector<double>& values,
                                                   std::size_t point) {
    std::vector<ParameterOverride> out;
    for (std::size_t f = 0; f < 2; ++f) {
        const double v = values[point * 2 + f];
        if (v != v) continue;  // NaN: the baseline
        out.push_back({{{f == 0 ? "x0" : "x1"}}, std::to_string(v), ""});
    }
    return out;
}

}  // namespace sweep_test
