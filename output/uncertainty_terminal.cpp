#include "output/uncertainty_terminal.hpp"

#include <algorithm>
#include <cmath>

#include "output/report_format.hpp"
#include "output/text_table.hpp"

namespace wfsim::output {
namespace {

Quantity quantity_of(const std::string& metric) {
    if (metric == "headcount") return Quantity::Count;
    if (metric == "wte" || metric == "vacancies_wte") return Quantity::Wte;
    return Quantity::Fraction;
}

std::string share(double value) {
    return std::isnan(value) ? "n/a" : format_number(100.0 * value, 0) + "%";
}

}  // namespace

void print_uncertainty(std::ostream& out, const UncertaintyResults& r,
                       const std::vector<std::string>& financial_years,
                       const std::vector<std::string>& units, const std::vector<std::string>& show,
                       bool full) {
    out << "\nTwo-level uncertainty: " << r.parameter_sets << " parameter sets of";
    for (std::size_t f = 0; f < r.factors.size(); ++f) out << (f ? ", " : " ") << r.factors[f].name;
    out << "\n";
    if (r.decomposition.empty() || financial_years.empty()) {
        out << "  too few replications to split the variance: it needs at least 2 of each set "
               "(-n "
            << 2 * r.parameter_sets << " or more with " << r.parameter_sets << " sets)\n";
        return;
    }
    out << "  " << r.inner << " replications of each. The spread across replications, split into "
        << "parameter uncertainty\n  and individual chance (the inputs reproduced above are the "
        << "scenario's own figures):\n";
    std::vector<std::size_t> shown{units.size() - 1};  // the system total is the last unit
    for (const std::string& name : show) {
        const auto at = std::find(units.begin(), units.end(), name);
        if (at != units.end() && static_cast<std::size_t>(at - units.begin()) != shown.front())
            shown.push_back(static_cast<std::size_t>(at - units.begin()));
    }
    const std::size_t years = financial_years.size();
    const std::string percent = std::to_string(static_cast<int>(r.confidence * 100 + 0.5)) + "%";
    TextTable table({"year", "unit", "metric", "mean", "sd", "sd from parameters", "sd from chance",
                     "share from parameters", percent + " interval"},
                    {false, false, false, true, true, true, true, true, false});
    for (std::size_t y = full ? 0 : years - 1; y < years; ++y)
        for (std::size_t u : shown)
            for (const auto& t : r.decomposition) {
                const auto& c = t.cells[y * units.size() + u];
                const Quantity q = quantity_of(t.metric);
                table.add({financial_years[y], units[u], t.metric, format_value(c.mean, q),
                           format_value(std::sqrt(c.total), q),
                           format_value(std::sqrt(c.parameter), q),
                           format_value(std::sqrt(c.chance), q), share(c.parameter_share.value),
                           share(c.parameter_share.low) + " to " + share(c.parameter_share.high)});
            }
    table.print(out, "  ");
}

}  // namespace wfsim::output
