#pragma once
// A sweep file as the user wrote it: the scenario it studies, the factors that vary (by their
// `--set` paths, each with a distribution), the outputs (a metric of a unit in a period, reduced
// over replications to one number per design point, or the probability of meeting one of the
// scenario's targets) and the designs to run. Declared once in
// sweep_schema.cpp, which reads it strictly and documents it (docs/sweeps.md).
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/factor_spec.hpp"
#include "models/scenario/scenario.hpp"
#include "models/sweeps/design.hpp"
#include "models/sweeps/statistic.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models {

// A name written in the file, with where, for checks against the scenario read afterwards.
struct LocatedName {
    std::string text;
    schema::Position position;
};

struct SweepOutputSpec {
    std::string name;
    std::string description;
    std::optional<LocatedName> metric;  // a metric of a unit in a period ...
    std::optional<LocatedName> target;  // ... or the probability of meeting a target
    LocatedName unit{"total", {}};
    std::optional<LocatedName> year;   // a financial year label, "2026/27"
    std::optional<LocatedName> month;  // or the month holding this date (ISO text)
    std::string statistic = "mean";    // mean, sd, median or pNN
    std::optional<double> quantile, at_most, at_least;

    sweeps::Statistic reduction() const;
    // "vacancy_rate of registered_nursing in 2026/27, mean"; "probability of meeting target x"
    std::string text() const;
    // The output as a target of `scenario` without a condition (the target it names, or its
    // metric, unit and period), for binding to a run as targets are (models/outcomes/).
    TargetSpec as_target(const Scenario& scenario) const;
};

struct OneAtATimeSpec {};
struct FactorialSpec {
    int levels = 3;
};
struct LatinHypercubeSpec {
    int samples = 0;
    bool centred = false;
};
struct MorrisSpec {
    int trajectories = 0;
    int levels = 4;
};
struct SobolSpec {
    int samples = 0;
};

struct DesignsSpec {
    std::optional<OneAtATimeSpec> oat;
    std::optional<FactorialSpec> factorial;
    std::optional<LatinHypercubeSpec> lhs;
    std::optional<MorrisSpec> morris;
    std::optional<SobolSpec> sobol;

    // The designs given, in this order: oat, factorial, lhs, morris, sobol.
    std::vector<sweeps::DesignKind> kinds() const;
};

struct BootstrapSpec {
    int resamples = 1000;
    double confidence = 0.95;
};

struct SweepSpec {
    int schema_version = 1;
    std::string name;
    std::string description;
    std::string scenario;  // the scenario file, relative to the sweep file's folder
    int replications = 100;
    int seed = 1;
    std::string calibration = "baseline";  // or each_point
    bool common_random_numbers = true;
    bool keep_replications = false;
    std::vector<FactorSpec> factors;
    std::vector<SweepOutputSpec> outputs;
    DesignsSpec designs;
    BootstrapSpec bootstrap;
    // As read.
    std::string source_path;
    std::string source_text;
};

}  // namespace wfsim::models
