#include "models/scenario/factor_spec.hpp"

namespace wfsim::models {

FactorChange FactorSpec::change_kind() const {
    if (change == "multiply") return FactorChange::Multiply;
    if (change == "add") return FactorChange::Add;
    return FactorChange::Set;
}

sweeps::FactorDistribution FactorSpec::distribution() const {
    using D = sweeps::FactorDistribution;
    if (uniform) return D::uniform(uniform->min, uniform->max);
    if (log_uniform) return D::log_uniform(log_uniform->min, log_uniform->max);
    if (triangular) return D::triangular(triangular->min, triangular->mode, triangular->max);
    if (normal) return D::normal(normal->mean, normal->sd);
    if (lognormal) return D::lognormal(lognormal->mean, lognormal->sd);
    if (truncated_normal) {
        const auto& t = *truncated_normal;
        return D::truncated_normal(t.mean, t.sd, t.min, t.max);
    }
    return D::values(values);
}

}  // namespace wfsim::models
