#include "models/sweep_file/sweep_spec.hpp"

#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models {

sweeps::Statistic SweepOutputSpec::reduction() const {
    if (quantile) return sweeps::Statistic::quantile(*quantile);
    if (at_most) return sweeps::Statistic::at_most(*at_most);
    if (at_least) return sweeps::Statistic::at_least(*at_least);
    if (statistic == "sd") return sweeps::Statistic::sd();
    if (statistic == "median") return sweeps::Statistic::quantile(0.5);
    if (statistic.size() > 1 && statistic[0] == 'p')
        return sweeps::Statistic::quantile(std::stoi(statistic.substr(1)) / 100.0);
    return sweeps::Statistic::mean();
}

std::string SweepOutputSpec::text() const {
    const std::string when = year ? "in " + year->text : "in the month of " + month->text;
    return metric.text + " of " + unit.text + " " + when + ", " + reduction().text();
}

std::vector<sweeps::DesignKind> DesignsSpec::kinds() const {
    std::vector<sweeps::DesignKind> out;
    if (oat) out.push_back(sweeps::DesignKind::OneAtATime);
    if (factorial) out.push_back(sweeps::DesignKind::Factorial);
    if (lhs) out.push_back(sweeps::DesignKind::LatinHypercube);
    if (morris) out.push_back(sweeps::DesignKind::Morris);
    if (sobol) out.push_back(sweeps::DesignKind::Sobol);
    return out;
}

}  // namespace wfsim::models
