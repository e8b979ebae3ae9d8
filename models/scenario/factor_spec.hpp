#pragma once
// A parameter that varies: a sweep's factor, or a scenario parameter declared uncertain. It
// names the parameter by its `--set` path (wildcards included), says how a value applies to it
// (set it, multiply the scenario's value, add to it) and what the values are: one distribution
// of models/sweeps/factor_distribution.hpp, written as one of the keys below.
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/schema/parameter_path.hpp"
#include "models/scenario/yaml/yaml_reader.hpp"
#include "models/sweeps/factor_distribution.hpp"

namespace wfsim::models {

struct FactorRange {
    double min = 0.0, max = 0.0;
};
struct FactorTriangle {
    double min = 0.0, mode = 0.0, max = 0.0;
};
struct FactorMeanSd {
    double mean = 0.0, sd = 0.0;
};
struct FactorTruncatedNormal {
    double mean = 0.0, sd = 0.0, min = 0.0, max = 0.0;
};

enum class FactorChange { Set, Multiply, Add };

// The parameter a factor varies, and where the file names it (for checks made later, against a
// scenario read afterwards).
struct FactorTarget {
    schema::ParameterPath path{};
    schema::Position position{};
    bool whole_number = false;  // values are rounded to whole numbers
};

struct FactorSpec {
    std::string name;
    FactorTarget target;
    std::string change = "set";  // set, multiply or add
    std::string description;
    // Exactly one of these is given.
    std::optional<FactorRange> uniform, log_uniform;
    std::optional<FactorTriangle> triangular;
    std::optional<FactorMeanSd> normal, lognormal;
    std::optional<FactorTruncatedNormal> truncated_normal;
    std::vector<double> values;

    FactorChange change_kind() const;
    // The distribution given (the loader guarantees there is exactly one).
    sweeps::FactorDistribution distribution() const;
};

}  // namespace wfsim::models
