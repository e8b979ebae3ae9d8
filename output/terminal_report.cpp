#include "output/terminal_report.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "output/outcome_report.hpp"
#include "output/report_figures.hpp"
#include "output/report_format.hpp"

namespace wfsim::output {
namespace {

struct ReportedMetric {
    const char* name;   // as stored
    const char* label;  // as printed
    Quantity quantity;
};

const std::vector<ReportedMetric>& reported_metrics() {
    static const std::vector<ReportedMetric> metrics = {
        {"headcount", "headcount", Quantity::Count},
        {"wte", "WTE", Quantity::Wte},
        {"vacancy_rate", "vacancy rate", Quantity::Fraction},
        {"turnover", "turnover", Quantity::Fraction},
        {"absence_rate", "absence rate", Quantity::Fraction},
        {"stability_index", "stability index", Quantity::Fraction},
        {"share_over_55", "share aged 55+", Quantity::Fraction},
    };
    return metrics;
}

std::vector<std::string> reported_names() {
    std::vector<std::string> names;
    for (const auto& m : reported_metrics()) names.emplace_back(m.name);
    return names;
}

constexpr int kLabelWidth = 20, kMedianWidth = 12, kSpreadWidth = 26, kErrorWidth = 10;

void print_header(std::ostream& out, const FileMetadata& m) {
    out << "wfsim " << m.wfsim_version << ": " << m.scenario_name << "\n";
    out << m.replications << " replication" << (m.replications == 1 ? "" : "s");
    if (m.complete) {
        out << " (complete)";
    } else {
        out << " of " << m.replications_requested
            << " requested (INCOMPLETE: the run stopped early)";
    }
    out << ", seed " << m.seed << ".\n";
    out << "Median and 5%-95% spread across replications (a spread, not a confidence "
           "interval);\nMCSE is the Monte Carlo standard error of the mean.\n";
}

// The total first, then each sector (when there is more than one: a lone sector is the total).
std::vector<std::size_t> reported_units(const Axes& axes, const std::vector<std::string>& shown) {
    std::vector<std::size_t> units, sectors;
    for (std::size_t u = 0; u < axes.units.size(); ++u) {
        if (axes.unit_kinds[u] == "total") units.push_back(u);
        if (axes.unit_kinds[u] == "sector") sectors.push_back(u);
    }
    if (sectors.size() > 1) units.insert(units.end(), sectors.begin(), sectors.end());
    for (const auto& name : shown)
        for (std::size_t u = 0; u < axes.units.size(); ++u)
            if (axes.units[u] == name && std::find(units.begin(), units.end(), u) == units.end())
                units.push_back(u);
    return units;
}

void print_period(std::ostream& out, const PeriodFigures& period, const Axes& axes,
                  const std::vector<std::string>& shown) {
    out << "\n" << period.label << "\n";
    if (!period.note.empty()) out << "(" << period.note << ")\n";
    out << std::left << std::setw(kLabelWidth) << "" << std::right << std::setw(kMedianWidth)
        << "median" << std::setw(kSpreadWidth) << "5% - 95%" << std::setw(kErrorWidth) << "MCSE"
        << "\n";
    for (std::size_t u : reported_units(axes, shown)) {
        out << (axes.unit_kinds[u] == "total" ? "System total" : axes.units[u]) << "\n";
        for (const auto& metric : reported_metrics()) {
            const auto found = period.by_metric.find(metric.name);
            if (found == period.by_metric.end()) continue;
            const Figure& f = found->second.at(u);
            const std::string spread = std::isnan(f.p5)
                                           ? "n/a"
                                           : format_value(f.p5, metric.quantity) + " - " +
                                                 format_value(f.p95, metric.quantity);
            out << "  " << std::left << std::setw(kLabelWidth - 2) << metric.label << std::right
                << std::setw(kMedianWidth) << format_value(f.median, metric.quantity)
                << std::setw(kSpreadWidth) << spread << std::setw(kErrorWidth)
                << format_error(f.mcse, metric.quantity) << "\n";
        }
    }
}

const QuotedFigures* quoted_for(const std::vector<QuotedFigures>& quoted,
                                const std::string& group) {
    for (const auto& q : quoted)
        if (q.group == group) return &q;
    return nullptr;
}

std::string quoted_text(const std::optional<double>& value) {
    return value ? format_value(*value, Quantity::Fraction) : "-";
}

}  // namespace

void print_inputs_reproduced(std::ostream& out, const PeriodFigures& period, const Axes& axes,
                             const std::vector<QuotedFigures>& quoted) {
    if (quoted.empty()) return;
    static const char* const kRates[] = {"turnover", "vacancy_rate", "absence_rate"};
    out << "\nInputs reproduced, " << period.label
        << ": simulated (mean across replications) beside quoted\n";
    std::size_t width = 12;
    for (std::size_t u = 0; u < axes.units.size(); ++u)
        if (axes.unit_kinds[u] == "group") width = std::max(width, axes.units[u].size() + 2);
    out << std::left << std::setw(static_cast<int>(width)) << "" << std::right << std::setw(22)
        << "turnover" << std::setw(22) << "vacancy rate" << std::setw(22) << "absence rate"
        << "\n";
    out << std::left << std::setw(static_cast<int>(width)) << "group" << std::right;
    for (int i = 0; i < 3; ++i) out << std::setw(12) << "simulated" << std::setw(10) << "quoted";
    out << "\n";
    for (std::size_t u = 0; u < axes.units.size(); ++u) {
        if (axes.unit_kinds[u] != "group") continue;
        const QuotedFigures* q = quoted_for(quoted, axes.units[u]);
        const std::optional<double> none;
        const std::optional<double>* given[] = {
            q ? &q->turnover : &none, q ? &q->vacancy_rate : &none, q ? &q->absence_rate : &none};
        out << std::left << std::setw(static_cast<int>(width)) << axes.units[u] << std::right;
        for (int i = 0; i < 3; ++i) {
            const auto found = period.by_metric.find(kRates[i]);
            const double simulated =
                found == period.by_metric.end() ? std::nan("") : found->second.at(u).mean;
            out << std::setw(12) << format_value(simulated, Quantity::Fraction) << std::setw(10)
                << quoted_text(*given[i]);
        }
        out << "\n";
    }
}

void print_terminal_report(std::ostream& out, const ResultReader& reader,
                           const std::vector<QuotedFigures>& quoted,
                           const std::vector<std::string>& show_units) {
    const FileMetadata metadata = reader.metadata();
    const Axes axes = reader.axes();
    print_header(out, metadata);
    const auto names = reported_names();
    for (std::size_t v = 0; v < metadata.variants.size(); ++v) {
        const std::string& variant = metadata.variants[v];
        if (metadata.variants.size() > 1) out << "\n=== Variant: " << variant << " ===\n";
        std::vector<PeriodFigures> periods = financial_year_figures(reader, variant, names);
        if (periods.empty()) periods.push_back(trailing_figures(reader, variant, names));
        for (const auto& period : periods) print_period(out, period, axes, show_units);
        // Quoted inputs describe the baseline: compare them with the first variant only.
        if (v == 0) print_inputs_reproduced(out, periods.front(), axes, quoted);
    }
    print_outcome_report(out, reader);  // targets and risks, all variants side by side
}

void print_terminal_report(std::ostream& out, const std::string& result_path,
                           const std::vector<QuotedFigures>& quoted) {
    const ResultReader reader(result_path);
    print_terminal_report(out, reader, quoted);
}

}  // namespace wfsim::output
