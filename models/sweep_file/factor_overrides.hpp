#pragma once
// Factor values -> the `--set` overrides that give them. A `set` factor is one override of its
// path (wildcards kept: every group gets the value). A `multiply` or `add` factor reads the
// scenario's own value at each concrete path its path stands for (each group's own, with `*`)
// and sets that path to the product or sum, so groups keep their differences. Values of
// whole-number parameters are rounded. Values are written as the shortest decimal text that
// reads back to the same double, so an override gives exactly the value drawn.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "models/scenario/factor_spec.hpp"
#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/parameter_override.hpp"

namespace wfsim::models {

// Reads the scenario a point's overrides give, as far as the problems located at the overrides:
// throws ScenarioError.
using PointReader = std::function<void(const std::vector<ParameterOverride>&)>;
// The scenario text (as read from `path`) read with the overrides applied, as `--set` does.
PointReader scenario_text_reader(std::string text, std::string path);

class FactorOverrides {
  public:
    // Throws ScenarioError, located at the factor's path in `file`, when a multiply or add
    // factor names a value the scenario does not give (a group using hazard_per_year instead of
    // a turnover, a key inside a distribution of another form). `key` is where the factors are
    // declared (`factors` in a sweep file, `uncertainty` in a scenario): problems name it.
    FactorOverrides(std::vector<FactorSpec> factors, const Scenario& scenario,
                    const std::string& file, std::string key = "factors");

    const std::vector<FactorSpec>& factors() const { return factors_; }
    // The overrides giving factor f the value values[f], factor by factor; a NaN leaves that
    // factor at the scenario's own value.
    std::vector<ParameterOverride> overrides(std::span<const double> values) const;
    // Those of one factor.
    std::vector<ParameterOverride> overrides_of(std::size_t factor, double value) const;
    // Each factor's extreme values are values its parameter allows: `read` is given the
    // overrides `first`, then each factor at the ends of its range (for an unbounded
    // distribution, its 1e-6 and 1 - 1e-6 quantiles), and every problem is reported at the
    // factor's path in `file` ("at 1.2: expected a rate in [0, 1], got 1.2"). Throws
    // ScenarioError.
    void check_ranges(const PointReader& read, const std::vector<ParameterOverride>& first,
                      const std::string& file) const;

  private:
    struct Concrete {
        schema::ParameterPath path;
        double base;  // the scenario's value there
    };
    std::vector<FactorSpec> factors_;
    std::vector<std::vector<Concrete>> concrete_;  // per factor; for multiply and add
    std::string key_;
};

// The shortest decimal text of `value` that reads back to it ("0.1112", "90").
std::string override_number_text(double value);

}  // namespace wfsim::models
