#include "models/sweep_file/factor_overrides.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models {
namespace {

// The concrete paths `pattern` stands for in the resolved tree, with the number at each; a path
// that reaches no number is a problem. `*` runs over the keys of the map it stands in.
void collect(const YAML::Node& node, const std::vector<std::string>& pattern, std::size_t at,
             std::vector<std::string>& prefix,
             std::vector<std::pair<std::vector<std::string>, double>>& out, std::string& problem) {
    if (at == pattern.size()) {
        std::string text = node.IsScalar() ? node.Scalar() : "";
        double scale = 1.0;
        if (!text.empty() && text.back() == '%') {
            text.pop_back();
            scale = 0.01;
        }
        const auto value = schema::parse_decimal(text);
        if (!value) {
            std::string where;
            for (const auto& s : prefix) where = where.empty() ? s : where + "." + s;
            problem = where + " has no number to change";
            return;
        }
        out.emplace_back(prefix, *value * scale);
        return;
    }
    if (!node.IsMap()) {
        std::string where;
        for (const auto& s : prefix) where = where.empty() ? s : where + "." + s;
        problem = (where.empty() ? std::string("the scenario") : where) + " has no '" +
                  pattern[at] + "' to change";
        return;
    }
    if (pattern[at] == "*") {
        // Every group that gives the value: one without it (no absence rate, say) is left as it
        // is, as multiplying or adding to nothing would.
        for (const auto& item : node) {
            prefix.push_back(item.first.Scalar());
            std::string skipped;
            collect(item.second, pattern, at + 1, prefix, out, skipped);
            prefix.pop_back();
        }
        return;
    }
    const YAML::Node child = node[pattern[at]];
    prefix.push_back(pattern[at]);
    if (!child) {
        std::string where;
        for (const auto& s : prefix) where = where.empty() ? s : where + "." + s;
        problem = where +
                  " is not given in the scenario (with its defaults filled in), so "
                  "there is no value to multiply or add to: use change: set";
    } else {
        collect(child, pattern, at + 1, prefix, out, problem);
    }
    prefix.pop_back();
}

}  // namespace

std::string override_number_text(double value) {
    return schema::format_number(value);
}

FactorOverrides::FactorOverrides(std::vector<FactorSpec> factors, const Scenario& scenario,
                                 const std::string& file, std::string key)
    : factors_(std::move(factors)), concrete_(factors_.size()), key_(std::move(key)) {
    DiagnosticList problems;
    std::optional<YAML::Node> resolved;
    for (std::size_t f = 0; f < factors_.size(); ++f) {
        const FactorSpec& factor = factors_[f];
        if (factor.change_kind() == FactorChange::Set) continue;
        if (!resolved) resolved = YAML::Load(resolved_scenario_yaml(scenario));
        std::vector<std::pair<std::vector<std::string>, double>> found;
        std::vector<std::string> prefix;
        std::string problem;
        collect(*resolved, factor.target.path.segments, 0, prefix, found, problem);
        if (problem.empty() && found.empty())
            problem = "no entry of the scenario gives " + factor.target.path.text() +
                      ", so there is no value to multiply or add to";
        if (!problem.empty()) {
            problems.add({file, factor.target.position.line, factor.target.position.column,
                          key_ + "." + factor.name + ".path", problem});
            continue;
        }
        for (auto& [segments, base] : found)
            concrete_[f].push_back({schema::ParameterPath{std::move(segments)}, base});
    }
    if (!problems.empty()) problems.throw_all();
}

std::vector<ParameterOverride> FactorOverrides::overrides_of(std::size_t f, double value) const {
    const FactorSpec& factor = factors_[f];
    const bool whole = factor.target.whole_number;
    const auto text = [&](double v) { return override_number_text(whole ? std::round(v) : v); };
    const std::string origin = key_ + "." + factor.name + " = " + override_number_text(value);
    std::vector<ParameterOverride> out;
    switch (factor.change_kind()) {
        case FactorChange::Set:
            out.push_back({factor.target.path, text(value), origin});
            break;
        case FactorChange::Multiply:
            for (const Concrete& c : concrete_[f])
                out.push_back({c.path, text(c.base * value), origin});
            break;
        case FactorChange::Add:
            for (const Concrete& c : concrete_[f])
                out.push_back({c.path, text(c.base + value), origin});
            break;
    }
    return out;
}

std::vector<ParameterOverride> FactorOverrides::overrides(std::span<const double> values) const {
    std::vector<ParameterOverride> out;
    for (std::size_t f = 0; f < factors_.size() && f < values.size(); ++f) {
        if (std::isnan(values[f])) continue;
        for (auto& o : overrides_of(f, values[f])) out.push_back(std::move(o));
    }
    return out;
}

PointReader scenario_text_reader(std::string text, std::string path) {
    return [text = std::move(text),
            path = std::move(path)](const std::vector<ParameterOverride>& overrides) {
        load_scenario_text(text, path, overrides);
    };
}

void FactorOverrides::check_ranges(const PointReader& read,
                                   const std::vector<ParameterOverride>& first,
                                   const std::string& file) const {
    DiagnosticList diagnostics;
    for (std::size_t f = 0; f < factors_.size(); ++f) {
        const sweeps::FactorDistribution d = factors_[f].distribution();
        std::vector<double> trial{d.grid_lower(), d.grid_upper()};
        trial.push_back(std::isfinite(d.lower()) ? d.lower() : d.quantile(1e-6));
        trial.push_back(std::isfinite(d.upper()) ? d.upper() : d.quantile(1.0 - 1e-6));
        std::sort(trial.begin(), trial.end());
        trial.erase(std::unique(trial.begin(), trial.end()), trial.end());
        for (double value : trial) {
            std::vector<ParameterOverride> all = first;
            for (auto& o : overrides_of(f, value)) all.push_back(std::move(o));
            try {
                read(all);
            } catch (const ScenarioError& e) {
                const auto& at = factors_[f].target.position;
                for (const Diagnostic& d : e.diagnostics())
                    diagnostics.add({file, at.line, at.column,
                                     key_ + "." + factors_[f].name + ".path",
                                     "at " + override_number_text(value) + ": " + d.message});
                break;  // one value shows the problem
            }
        }
    }
    if (!diagnostics.empty()) diagnostics.throw_all();
}

}  // namespace wfsim::models
