#include "output/variant_comparison_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "output/report_format.hpp"

namespace wfsim::output {
namespace {

constexpr LabelledMetric kCompared[] = {
    {"vacancy_rate", "vacancy rate", Quantity::Fraction},
    {"wte", "WTE in post", Quantity::Wte},
    {"turnover", "turnover", Quantity::Fraction},
    {"absence_rate", "absence rate", Quantity::Fraction},
    {"leavers", "leavers", Quantity::Count},
};

// "+1.30 pts" for a difference of rates, "+123.4" otherwise.
std::string signed_text(double value, Quantity q) {
    if (std::isnan(value)) return "n/a";
    const std::string sign = value < 0.0 ? "-" : "+";
    if (q == Quantity::Fraction) return sign + format_number(std::fabs(value) * 100.0, 2) + " pts";
    return sign + format_value(std::fabs(value), q);
}

std::string bare_signed(double value, Quantity q) {
    std::string text = signed_text(value, q);
    const auto pts = text.find(" pts");
    return pts == std::string::npos ? text : text.substr(0, pts);
}

std::string money(double pounds) {
    if (std::isnan(pounds)) return "n/a";
    const double a = std::fabs(pounds);
    const std::string sign = pounds < 0.0 ? "-" : "";
    if (a >= 1e6) return sign + "£" + format_number(a / 1e6, 2) + "m";
    if (a >= 1e4) return sign + "£" + format_number(a / 1e3, 0) + "k";
    return sign + "£" + format_number(a, 0);
}

std::vector<std::size_t> chosen_years(std::size_t n, bool full) {
    std::vector<std::size_t> out;
    if (full || n <= 4) {
        for (std::size_t i = 0; i < n; ++i) out.push_back(i);
        return out;
    }
    for (std::size_t k = 0; k < 4; ++k) out.push_back((k * (n - 1) + 1) / 3);
    out.back() = n - 1;
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

class Tables {
  public:
    explicit Tables(const ResultReader& reader) : reader_(reader) {}
    // [fy, unit] of a dataset, or nullptr when the file does not hold it.
    const NumericArray* get(const std::string& path) {
        auto it = cache_.find(path);
        if (it == cache_.end())
            it = cache_.emplace(path, reader_.exists(path) ? reader_.numbers(path) : NumericArray{})
                     .first;
        return it->second.values.empty() ? nullptr : &it->second;
    }

  private:
    const ResultReader& reader_;
    std::map<std::string, NumericArray> cache_;
};

double at(const NumericArray* a, std::size_t fy, std::size_t u) {
    return a ? a->at(fy, u) : std::nan("");
}

}  // namespace

void print_variant_comparison(std::ostream& out, const ResultReader& reader,
                              const std::vector<std::string>& show_units, bool full) {
    const FileMetadata meta = reader.metadata();
    if (meta.variants.size() < 2) return;
    const Axes axes = reader.axes();
    if (axes.financial_years.empty()) return;
    std::vector<std::size_t> units;
    for (std::size_t u = 0; u < axes.units.size(); ++u)
        if (axes.unit_kinds[u] == "total") units.push_back(u);
    for (const std::string& name : show_units)
        for (std::size_t u = 0; u < axes.units.size(); ++u)
            if (axes.units[u] == name) units.push_back(u);
    const std::vector<std::size_t> years = chosen_years(axes.financial_years.size(), full);
    Tables tables(reader);
    const std::string base = "/variants/" + meta.variants.front();
    char line[256];
    for (std::size_t v = 1; v < meta.variants.size(); ++v) {
        const std::string name = meta.variants[v];
        const std::string var = "/variants/" + name;
        out << "\n=== " << name << " against the baseline ===\n"
            << "Means over the replications both ran, on the same random numbers; the difference "
               "(variant - baseline)\nhas its 95% confidence interval.\n";
        for (std::size_t u : units) {
            out << "\n" << (axes.unit_kinds[u] == "total" ? "System total" : axes.units[u]) << "\n";
            for (const LabelledMetric& c : kCompared) {
                const auto* b = tables.get(base + "/fy_summary/" + c.name + "/mean");
                const auto* m = tables.get(var + "/fy_summary/" + c.name + "/mean");
                const auto* d = tables.get(var + "/fy_difference/" + c.name + "/mean");
                const auto* lo = tables.get(var + "/fy_difference/" + c.name + "/ci95_low");
                const auto* hi = tables.get(var + "/fy_difference/" + c.name + "/ci95_high");
                if (!b || !m || !d) continue;
                bool first = true;
                for (std::size_t y : years) {
                    std::snprintf(line, sizeof line, "  %-14s %-8s %12s -> %-12s (%s, %s to %s)\n",
                                  first ? c.label : "", axes.financial_years[y].c_str(),
                                  format_value(at(b, y, u), c.quantity).c_str(),
                                  format_value(at(m, y, u), c.quantity).c_str(),
                                  signed_text(at(d, y, u), c.quantity).c_str(),
                                  bare_signed(at(lo, y, u), c.quantity).c_str(),
                                  bare_signed(at(hi, y, u), c.quantity).c_str());
                    out << line;
                    first = false;
                }
            }
            const auto* cost = tables.get(var + "/fy_difference/intervention_cost/mean");
            const auto* net = tables.get(var + "/cost_effectiveness/net_cost/mean");
            if (!net) continue;
            out << "  costs (GBP)    year      interventions   net cost (95% interval)"
                   "        net cost from the start\n";
            for (std::size_t y : years) {
                const std::string ce = var + "/cost_effectiveness/";
                std::snprintf(line, sizeof line, "  %-14s %-8s %16s   %-30s %s\n", "",
                              axes.financial_years[y].c_str(), money(at(cost, y, u)).c_str(),
                              (money(at(net, y, u)) + " (" +
                               money(at(tables.get(ce + "net_cost/ci95_low"), y, u)) + " to " +
                               money(at(tables.get(ce + "net_cost/ci95_high"), y, u)) + ")")
                                  .c_str(),
                              money(at(tables.get(ce + "net_cost_cumulative/mean"), y, u)).c_str());
                out << line;
            }
            const std::size_t last = years.back();
            out << "  from the start to the end of " << axes.financial_years[last]
                << ", net cost per unit gained (95% interval; n/a where the gain is not above "
                   "zero):\n";
            const std::pair<const char*, const char*> ratios[] = {
                {"cost_per_wte_year_gained_cumulative", "per WTE-year in post gained"},
                {"cost_per_vacancy_wte_year_avoided_cumulative", "per vacant WTE-year avoided"},
                {"cost_per_leaver_avoided_cumulative", "per leaver avoided"},
            };
            for (const auto& [measure, label] : ratios) {
                const std::string ce = var + "/cost_effectiveness/" + measure;
                std::snprintf(line, sizeof line, "    %-30s %s (%s to %s)\n", label,
                              money(at(tables.get(ce + "/mean"), last, u)).c_str(),
                              money(at(tables.get(ce + "/ci95_low"), last, u)).c_str(),
                              money(at(tables.get(ce + "/ci95_high"), last, u)).c_str());
                out << line;
            }
        }
    }
}

}  // namespace wfsim::output
