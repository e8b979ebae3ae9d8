#pragma once
// What an intervention's `multiply` or `add` makes of a parameter's value as written in a
// scenario (a YAML node), for the scenario in force while it acts (variant_worlds.hpp).
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace wfsim::models::variant_arithmetic {

struct Arithmetic {
    bool multiply;  // else add
    double x;
    double apply(double v) const { return multiply ? v * x : v + x; }
};

// The number a scalar reads as, all of it; nullopt for anything else.
std::optional<double> number_of(const YAML::Node& node);

// The value `node` becomes, as flow YAML, or nullopt when the operation does not apply to it.
// Numbers: the operation. Durations: multiply scales every length, add shifts the mean (a
// lognormal keeps its sd). Profiles of values (maps of numbers): every value.
std::optional<std::string> operated(const YAML::Node& node, const Arithmetic& op,
                                    bool duration = false);

}  // namespace wfsim::models::variant_arithmetic
