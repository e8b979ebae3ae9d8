#include "models/variants/variant_report.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "models/scenario/yaml/number_text.hpp"
#include "models/variants/variant_changes.hpp"

namespace wfsim::models {
namespace {

std::string when(const InterventionSpec& i) {
    std::string out = i.from ? "from " + i.from->iso() : "from the start";
    if (i.until) out += " until " + i.until->iso();
    return out;
}

std::string change_text(const InterventionSpec& i) {
    if (i.international) return "adds international programme (" + i.international->group + ")";
    if (i.training) return "adds training programme (to " + i.training->to_group + ")";
    if (i.graduates) return "adds graduate cohort (" + i.graduates->group + ")";
    if (i.domestic_cohort) return "adds domestic cohort (" + i.domestic_cohort->group + ")";
    if (i.reservists) return "adds reservist pool (" + i.reservists->group + ")";
    if (i.shock) return "adds shock from " + i.shock->from.iso() + " to " + i.shock->to.iso();
    const std::string where = i.sector.empty() ? "" : " (sector " + i.sector + ")";
    if (i.set) return i.parameter + where + " = " + *i.set;
    if (i.multiply) return i.parameter + where + " x " + schema::format_number(*i.multiply);
    const double add = i.add.value_or(0.0);
    return i.parameter + where + (add < 0.0 ? " - " : " + ") +
           schema::format_number(std::fabs(add));
}

// "£1,234,567"
std::string pounds(double v) {
    if (std::fabs(v) < 100.0) {  // a rate such as 0.55 a WTE-day
        char text[32];
        std::snprintf(text, sizeof text, "%s£%.2f", v < 0.0 ? "-" : "", std::fabs(v));
        return text;
    }
    const std::string digits = std::to_string(static_cast<long long>(std::llround(std::fabs(v))));
    std::string out = v < 0.0 ? "-£" : "£";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string cost_text(const InterventionCost& c) {
    std::string out;
    auto add = [&](double v, const char* what) {
        if (v == 0.0) return;
        out += (out.empty() ? "" : ", ") + pounds(v) + " " + what;
    };
    add(c.one_off, "one-off");
    add(c.per_year, "a year");
    add(c.per_person, "per person");
    add(c.per_wte_day, "per WTE-day");
    return out;
}

// The multiples of the baseline's rates that re-solved figures give, where they differ.
void print_multiples(std::ostream& out, const ResolvedScenario& baseline,
                     const ResolvedScenario& variant) {
    const sim::TimeAxis& axis = baseline.axis;
    for (std::size_t g = 0; g < baseline.groups.size(); ++g) {
        const GroupTimelines& b = baseline.groups[g].timelines;
        const GroupTimelines& v = variant.groups[g].timelines;
        const std::pair<const char*, std::pair<const Timeline*, const Timeline*>> hazards[] = {
            {"leaving hazard", {&v.leaving, &b.leaving}},
            {"absence onset rate", {&v.absence_onset, &b.absence_onset}},
            {"rate of finding a candidate", {&v.recruitment, &b.recruitment}},
        };
        for (const auto& [what, t] : hazards) {
            std::vector<double> points{0.0};
            points.insert(points.end(), t.first->change_times().begin(),
                          t.first->change_times().end());
            double previous = 1.0;
            for (double day : points) {
                if (day < 0.0 || day >= axis.horizon_days()) continue;
                const double bv = t.second->value_at(day);
                const double ratio = bv > 0.0 ? t.first->value_at(day) / bv : 1.0;
                if (std::fabs(ratio - previous) < 1e-12) continue;
                char line[200];
                std::snprintf(line, sizeof line, "    %s %s: %s x %.4g of the baseline's\n",
                              baseline.groups[g].name.c_str(), what,
                              axis.date_of_day(static_cast<int>(day)).iso().c_str(), ratio);
                out << line;
                previous = ratio;
            }
        }
    }
}

}  // namespace

void print_variant(std::ostream& out, const ResolvedScenario& baseline, const VariantSpec& spec,
                   const ResolvedScenario& variant) {
    std::string description = spec.description;
    while (!description.empty() && (description.back() == '\n' || description.back() == ' '))
        description.pop_back();
    out << "\nvariant " << spec.name;
    if (!description.empty()) out << ": " << description;
    out << "\n";
    for (const InterventionSpec& i : spec.interventions) {
        out << "  " << i.name << ": " << change_text(i) << ", " << when(i);
        if (const std::string costs = cost_text(i.cost); !costs.empty()) out << "; costs " << costs;
        out << "\n";
    }
    print_multiples(out, baseline, variant);
}

}  // namespace wfsim::models
