#include "models/outcomes/outcome_definitions.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "models/metrics/derived_metrics.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::outcomes {
namespace {

// Metrics undefined (NaN) in the run's first 11 months: they look 12 months back.
bool looks_a_year_back(const std::string& metric) {
    return metric == "turnover" || metric == "stability_index" || metric == "stayers_12m" ||
           metric == "headcount_12m_ago";
}

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
    return out;
}

// "expected a rate in [0, 1], got 10 (1000%): a threshold on turnover is a rate; write 10%"
// (`what`: "a threshold on turnover", "a shortfall of turnover").
std::string rate_out_of_range(double value, const schema::Range& range, const std::string& what) {
    std::string message = "expected a rate " + range.text() + ", got " +
                          schema::format_number(value) + " (" + threshold_text(value, "1") +
                          "): " + what + " is a rate";
    if (range.contains(value / 100.0))
        message += "; write " + schema::format_number(value) + "% (or " +
                   schema::format_number(value / 100.0) + ")";
    return message;
}

class Binder {
  public:
    Binder(const ResultLayout& layout, const sim::TimeAxis& axis)
        : layout_(layout), axis_(axis), derived_(derived_metric_infos(layout)) {}

    std::optional<TargetDefinition> bind(const TargetSpec& spec) {
        TargetDefinition t;
        t.name = spec.name;
        t.description = spec.description;
        t.metric = spec.metric;
        t.unit = spec.unit;
        if (!find_metric(spec, t)) return std::nullopt;
        if (!thresholds_in_range(spec, t)) return std::nullopt;
        const auto& units = layout_.units.names;
        const auto unit = std::find(units.begin(), units.end(), spec.unit);
        if (unit == units.end()) {
            problem(spec, "unit", "the run has no unit '" + spec.unit + "'");
            return std::nullopt;
        }
        t.unit_index = static_cast<int>(unit - units.begin());
        if (!add_checks(spec, t)) return std::nullopt;
        return t;
    }

    std::vector<OutcomeProblem> problems;
    bool is_rate(const TargetDefinition& t) const {
        return t.derived && derived_[t.metric_index].rate();
    }

  private:
    void problem(const TargetSpec& spec, const std::string& key, std::string message) {
        problems.push_back({"targets." + spec.name + "." + key, std::move(message)});
    }

    bool find_metric(const TargetSpec& spec, TargetDefinition& t) {
        if (const int m = layout_.metric_index(spec.metric); m >= 0) {
            t.metric_index = m;
            t.units = layout_.metrics[m].units;
            return true;
        }
        for (std::size_t d = 0; d < derived_.size(); ++d) {
            if (derived_[d].name != spec.metric) continue;
            t.derived = true;
            t.metric_index = static_cast<int>(d);
            t.units = derived_[d].units;
            return true;
        }
        std::vector<schema::KeyCandidate> candidates;
        for (const auto& m : layout_.metrics) candidates.push_back({m.name, {m.name}});
        for (const auto& d : derived_) candidates.push_back({d.name, {d.name}});
        std::string message = "this run records no metric '" + spec.metric + "'";
        if (auto near = schema::closest_key(spec.metric, candidates)) {
            message += "; did you mean '" + *near + "'?";
        } else {
            message +=
                " (a route's metrics exist only when the scenario uses the route; docs/output.md "
                "lists them)";
        }
        problem(spec, "metric", std::move(message));
        return false;
    }

    // A threshold on a rate is a rate, read as parameters read one: `at_most: 10` is 1000%, a
    // slip for 10% that would be met (or missed) in every replication.
    bool thresholds_in_range(const TargetSpec& spec, const TargetDefinition& t) {
        if (!t.derived || !derived_[t.metric_index].rate()) return true;
        const schema::Range& range = derived_[t.metric_index].values;
        bool ok = true;
        const auto check = [&](const std::optional<double>& value, const std::string& key) {
            if (!value || range.contains(*value)) return;
            problem(spec, key, rate_out_of_range(*value, range, "a threshold on " + spec.metric));
            ok = false;
        };
        check(spec.at_least, "at_least");
        check(spec.at_most, "at_most");
        for (const auto* by_year : {&spec.at_least_by_year, &spec.at_most_by_year})
            for (const FinancialYearValue& v : *by_year)
                check(v.value, std::string(by_year == &spec.at_least_by_year ? "at_least_by_year"
                                                                             : "at_most_by_year") +
                                   "." + sim::Date::financial_year_label(v.start_year));
        return ok;
    }

    int fy_index(int start_year) const {
        const auto& fys = axis_.financial_years();
        for (std::size_t f = 0; f < fys.size(); ++f)
            if (fys[f].start_year == start_year) return static_cast<int>(f);
        return -1;
    }

    bool add_year(const TargetSpec& spec, TargetDefinition& t, int year, double lo, double hi,
                  const std::string& key) {
        const int f = fy_index(year);
        if (f < 0) {
            problem(spec, key,
                    sim::Date::financial_year_label(year) +
                        " is not a whole financial year of "
                        "the run");
            return false;
        }
        t.checks.push_back({f, axis_.financial_years()[f].label, lo, hi});
        return true;
    }

    bool add_checks(const TargetSpec& spec, TargetDefinition& t) {
        constexpr double kInf = std::numeric_limits<double>::infinity();
        const double lo = spec.at_least.value_or(-kInf), hi = spec.at_most.value_or(kInf);
        if (spec.month) {
            t.kind = PeriodKind::Month;
            t.monthly = true;
            const int m = static_cast<int>(
                std::lround((spec.month->ymd().year - axis_.start().ymd().year) * 12.0 +
                            (spec.month->ymd().month - axis_.start().ymd().month)));
            if (m < 0 || m >= axis_.months()) {
                problem(spec, "month", "not a month of the run");
                return false;
            }
            if (m < 11 && looks_a_year_back(spec.metric)) {
                problem(spec, "month",
                        spec.metric +
                            " looks 12 months back, so it is undefined in the run's "
                            "first 11 months: choose a month from " +
                            axis_.month_date(11).iso().substr(0, 7));
                return false;
            }
            t.checks.push_back({m, axis_.month_date(m).iso().substr(0, 7), lo, hi});
            return true;
        }
        if (spec.year) {
            t.kind = PeriodKind::Year;
            return add_year(spec, t, *spec.year, lo, hi, "year");
        }
        if (spec.years) {
            t.kind = PeriodKind::Years;
            const auto& fys = axis_.financial_years();
            const int last = spec.years->last.value_or(fys.empty() ? spec.years->first - 1
                                                                   : fys.back().start_year);
            if (last < spec.years->first) {
                problem(spec, "years", "no whole financial year of the run is in the range");
                return false;
            }
            for (int y = spec.years->first; y <= last; ++y)
                if (!add_year(spec, t, y, lo, hi, "years")) return false;
            return true;
        }
        t.kind = PeriodKind::Trajectory;
        const auto& by_year =
            spec.at_most_by_year.empty() ? spec.at_least_by_year : spec.at_most_by_year;
        for (std::size_t i = 0; i < by_year.size(); ++i) {
            const int year = by_year[i].start_year;
            const double year_lo =
                spec.at_least_by_year.empty() ? -kInf : spec.at_least_by_year[i].value;
            const double year_hi =
                spec.at_most_by_year.empty() ? kInf : spec.at_most_by_year[i].value;
            if (!add_year(spec, t, year, year_lo, year_hi,
                          spec.at_most_by_year.empty() ? "at_least_by_year" : "at_most_by_year"))
                return false;
        }
        return true;
    }

    const ResultLayout& layout_;
    const sim::TimeAxis& axis_;
    std::vector<DerivedMetricInfo> derived_;
};

std::string bounds_text(const TargetCheck& c, const std::string& units) {
    const bool lo = std::isfinite(c.at_least), hi = std::isfinite(c.at_most);
    if (lo && hi)
        return threshold_text(c.at_least, units) + " and " + threshold_text(c.at_most, units);
    if (hi) return threshold_text(c.at_most, units);
    return threshold_text(c.at_least, units);
}

}  // namespace

OutcomeDefinitionError::OutcomeDefinitionError(std::vector<OutcomeProblem> problems)
    : std::runtime_error(problems.empty()
                             ? "bad targets"
                             : problems.front().key_path + ": " + problems.front().message),
      problems_(std::move(problems)) {}

std::string threshold_text(double value, const std::string& units) {
    char text[48];
    if (units == "1" || units == "year-1") {  // ratios and rates a year read as percentages
        std::snprintf(text, sizeof text, "%.6g%%", 100.0 * value);
    } else {
        std::snprintf(text, sizeof text, "%.6g", value);
    }
    return text;
}

std::string TargetDefinition::period_text() const {
    if (checks.empty()) return "";
    const std::string first = checks.front().period_label, last = checks.back().period_label;
    switch (kind) {
        case PeriodKind::Year:
        case PeriodKind::Month:
            return first;
        case PeriodKind::Years:
            return checks.size() == 1 ? "every year " + first
                                      : "every year " + first + " to " + last;
        case PeriodKind::Trajectory:
            return checks.size() == 1 ? "trajectory " + first
                                      : "trajectory " + first + " to " + last;
    }
    return first;
}

std::string TargetDefinition::condition_text() const {
    if (checks.empty()) return "";
    const TargetCheck& c = checks.front();
    const bool lo = std::isfinite(c.at_least), hi = std::isfinite(c.at_most);
    if (kind != PeriodKind::Trajectory) {
        if (lo && hi)
            return "between " + threshold_text(c.at_least, units) + " and " +
                   threshold_text(c.at_most, units);
        return (hi ? "at most " : "at least ") + bounds_text(c, units);
    }
    std::vector<std::string> each;
    for (const TargetCheck& check : checks) each.push_back(bounds_text(check, units));
    return (lo && hi ? "between " : hi ? "at most " : "at least ") + joined(each, ", ");
}

std::string RiskDefinition::event_text(const std::vector<TargetDefinition>& all) const {
    std::vector<std::string> names;
    for (int t : targets) names.push_back(all.at(t).name);
    switch (event) {
        case AdverseEvent::Missed:
            return "missed: " + joined(names, ", ");
        case AdverseEvent::AnyMissed:
            return "any missed: " + joined(names, ", ");
        case AdverseEvent::AllMissed:
            return "all missed: " + joined(names, ", ");
        case AdverseEvent::NotModelled:
            break;
    }
    return "not modelled";
}

std::string RiskDefinition::consequence_text(const std::vector<TargetDefinition>& all) const {
    if (spec.consequence) return std::to_string(*spec.consequence);
    if (spec.consequence_by_shortfall.empty() || targets.empty()) return "";
    // "2, or 4 from a shortfall of 2 pts": shortfalls of rates in percentage points.
    const std::string& units = all.at(targets.front()).units;
    const bool rate = units == "1" || units == "year-1";
    std::string text;
    for (const auto& step : spec.consequence_by_shortfall) {
        if (step.from == 0.0) {
            text = std::to_string(step.consequence);
            continue;
        }
        char size[48];
        std::snprintf(size, sizeof size, rate ? "%.6g pts" : "%.6g",
                      rate ? 100.0 * step.from : step.from);
        text += (text.empty() ? "" : ", or ") + std::to_string(step.consequence) +
                " from a shortfall of " + size;
    }
    return text;
}

OutcomeDefinitions define_outcomes(const Scenario& scenario, const ResultLayout& layout,
                                   const sim::TimeAxis& axis) {
    OutcomeDefinitions out;
    out.bands = scenario.likelihood_bands;
    Binder binder(layout, axis);
    std::vector<int> index_of(scenario.targets.size(), -1);
    for (std::size_t i = 0; i < scenario.targets.size(); ++i) {
        if (auto t = binder.bind(scenario.targets[i])) {
            index_of[i] = static_cast<int>(out.targets.size());
            out.targets.push_back(std::move(*t));
        }
    }
    if (!binder.problems.empty()) throw OutcomeDefinitionError(std::move(binder.problems));
    const auto target_index = [&](const std::string& name) {
        for (std::size_t i = 0; i < scenario.targets.size(); ++i)
            if (scenario.targets[i].name == name) return index_of[i];
        throw std::logic_error("risk names an unknown target '" + name + "'");
    };
    for (const RiskSpec& spec : scenario.risks) {
        RiskDefinition r;
        r.spec = spec;
        if (r.spec.id.empty()) r.spec.id = spec.name;
        if (!spec.missed.empty()) {
            r.event = AdverseEvent::Missed;
            r.targets.push_back(target_index(spec.missed));
        } else if (!spec.any_missed.empty()) {
            r.event = AdverseEvent::AnyMissed;
            for (const auto& name : spec.any_missed) r.targets.push_back(target_index(name));
        } else if (!spec.all_missed.empty()) {
            r.event = AdverseEvent::AllMissed;
            for (const auto& name : spec.all_missed) r.targets.push_back(target_index(name));
        }
        out.risks.push_back(std::move(r));
    }
    // Shortfalls from a rate's threshold are rates too: at most the whole of it.
    std::vector<OutcomeProblem> problems;
    for (const RiskDefinition& r : out.risks) {
        if (r.event != AdverseEvent::Missed) continue;
        const TargetDefinition& t = out.targets[r.targets.front()];
        if (!t.derived || !binder.is_rate(t)) continue;
        for (const ShortfallConsequence& step : r.spec.consequence_by_shortfall)
            if (step.from > 1.0)
                problems.push_back({"risks." + r.spec.name + ".consequence_by_shortfall",
                                    rate_out_of_range(step.from, schema::closed(0, 1),
                                                      "a shortfall of " + t.metric)});
    }
    if (!problems.empty()) throw OutcomeDefinitionError(std::move(problems));
    return out;
}

}  // namespace wfsim::models::outcomes
