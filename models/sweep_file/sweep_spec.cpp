#include "models/sweep_file/sweep_spec.hpp"

#include <stdexcept>

#include "models/scenario/schema/keyed_map_codecs.hpp"
#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models {

sweeps::Statistic SweepOutputSpec::reduction() const {
    if (target) return sweeps::Statistic::mean();
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
    if (target) return "probability of meeting target " + target->text;
    const std::string when = year ? "in " + year->text : "in the month of " + month->text;
    return metric->text + " of " + unit.text + " " + when + ", " + reduction().text();
}

TargetSpec SweepOutputSpec::as_target(const Scenario& scenario) const {
    if (target) {
        for (const TargetSpec& t : scenario.targets)
            if (t.name == target->text) return t;
        throw std::logic_error("sweep output names an unknown target " + target->text);
    }
    TargetSpec t;
    t.name = name;
    t.metric = metric->text;
    t.unit = unit.text;
    if (year) t.year = schema::parse_financial_year(year->text);
    if (month) t.month = sim::Date::parse(month->text)->add_months_to_month_start(0);
    return t;
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
