#include "output/terminal_summary.hpp"

#include "output/outcome_report.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>

#include "output/report_figures.hpp"
#include "output/report_format.hpp"

namespace wfsim::output {
namespace {

const LabelledMetric kMetrics[] = {
    {"headcount", "headcount", Quantity::Count},
    {"wte", "WTE", Quantity::Wte},
    {"vacancy_rate", "vacancy rate", Quantity::Fraction},
    {"turnover", "turnover", Quantity::Fraction},
    {"absence_rate", "absence rate", Quantity::Fraction},
};

constexpr int kLabelWidth = 18, kColumnWidth = 32;

std::string cell(const Figure& f, Quantity q) {
    if (std::isnan(f.median)) return "n/a";
    return format_value(f.median, q) + " (" + format_value(f.p5, q) + " - " +
           format_value(f.p95, q) + ")";
}

// The total, then the sectors when there are several, then the units asked for.
std::vector<std::size_t> summary_units(const Axes& axes, const std::vector<std::string>& shown) {
    std::vector<std::size_t> units, sectors;
    for (std::size_t u = 0; u < axes.units.size(); ++u) {
        if (axes.unit_kinds[u] == "total") units.insert(units.begin(), u);
        if (axes.unit_kinds[u] == "sector") sectors.push_back(u);
    }
    if (sectors.size() > 1) units.insert(units.end(), sectors.begin(), sectors.end());
    for (const auto& name : shown) {
        const auto found = std::find(axes.units.begin(), axes.units.end(), name);
        if (found == axes.units.end()) continue;
        const auto u = static_cast<std::size_t>(found - axes.units.begin());
        if (std::find(units.begin(), units.end(), u) == units.end()) units.push_back(u);
    }
    return units;
}

void print_variant(std::ostream& out, const ResultReader& reader, const std::string& variant,
                   const Axes& axes, const std::vector<std::size_t>& units) {
    std::vector<std::string> names;
    for (const auto& m : kMetrics) names.emplace_back(m.name);
    std::vector<PeriodFigures> periods = financial_year_figures(reader, variant, names);
    if (periods.empty()) periods.push_back(trailing_figures(reader, variant, names));
    // The first and the last financial year: where the system starts and where it is heading.
    std::vector<const PeriodFigures*> shown = {&periods.front()};
    if (periods.size() > 1) shown.push_back(&periods.back());

    out << "\n" << std::left << std::setw(kLabelWidth) << "";
    for (std::size_t i = 0; i < shown.size(); ++i)
        out << std::setw(i + 1 < shown.size() ? kColumnWidth : 0) << shown[i]->label;
    out << "\n";
    for (const auto* p : shown)
        if (!p->note.empty()) out << "(" << p->note << ")\n";
    for (std::size_t u : units) {
        const std::string& kind = axes.unit_kinds[u];
        out << (kind == "total" ? "System total" : axes.units[u] + " (" + kind + ")") << "\n";
        for (const auto& m : kMetrics) {
            out << "  " << std::setw(kLabelWidth - 2) << m.label;
            for (std::size_t i = 0; i < shown.size(); ++i) {
                const auto found = shown[i]->by_metric.find(m.name);
                out << std::setw(i + 1 < shown.size() ? kColumnWidth : 0)
                    << (found == shown[i]->by_metric.end() ? "-"
                                                           : cell(found->second.at(u), m.quantity));
            }
            out << "\n";
        }
    }
    out << std::right;
}

}  // namespace

std::vector<std::string> unknown_units(const std::vector<std::string>& show_units,
                                       const std::vector<std::string>& units) {
    std::vector<std::string> unknown;
    for (const auto& name : show_units)
        if (std::find(units.begin(), units.end(), name) == units.end()) unknown.push_back(name);
    return unknown;
}

void print_terminal_summary(std::ostream& out, const ResultReader& reader,
                            const std::vector<QuotedFigures>& quoted,
                            const std::vector<std::string>& show_units) {
    const FileMetadata m = reader.metadata();
    const Axes axes = reader.axes();
    out << "wfsim " << m.wfsim_version << ": " << m.scenario_name << "\n";
    out << m.replications << " replication" << (m.replications == 1 ? "" : "s");
    if (m.complete)
        out << " (complete)";
    else
        out << " of " << m.replications_requested
            << " requested (INCOMPLETE: the run stopped early)";
    out << ", seed " << m.seed << ".\n";
    out << "Median (5% - 95% spread across replications, not a confidence interval).\n";
    const auto units = summary_units(axes, show_units);
    for (std::size_t v = 0; v < m.variants.size(); ++v) {
        if (m.variants.size() > 1) out << "\n=== Variant: " << m.variants[v] << " ===";
        print_variant(out, reader, m.variants[v], axes, units);
    }
    const auto first = financial_year_figures(reader, m.variants.front(),
                                              {"turnover", "vacancy_rate", "absence_rate"});
    if (!first.empty()) print_inputs_reproduced(out, first.front(), axes, quoted);
    print_outcome_report(out, reader, OutcomeDetail::Summary);  // targets and risks, if any
    out << "\nEvery financial year with Monte Carlo standard errors, stability and age: --full;\n"
           "charts for every sector and group: wfsim report "
        << reader.path() << "\n";
}

}  // namespace wfsim::output
