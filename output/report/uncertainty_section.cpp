#include "output/report/uncertainty_section.hpp"

#include <cmath>

#include "output/report/sensitivity_svg.hpp"
#include "output/report/svg_chart.hpp"

namespace wfsim::output::report {
namespace {

struct Decomposed {
    const char* metric;
    const char* label;
};
const Decomposed kDecomposed[] = {
    {"vacancy_rate", "Vacancy rate"}, {"turnover", "Turnover"},
    {"absence_rate", "Absence rate"}, {"headcount", "Headcount"},
    {"wte", "WTE in post"},           {"vacancies_wte", "Vacancies (WTE)"},
};

std::string esc(const std::string& s) {
    return escape_xml(s);
}

// The system total's column of a [fy, unit] dataset.
std::vector<double> total_column(const ResultReader& reader, const std::string& path,
                                 std::size_t total) {
    const NumericArray a = reader.numbers(path);
    std::vector<double> out;
    for (std::size_t y = 0; y < a.shape.at(0); ++y) out.push_back(a.at(y, total));
    return out;
}

}  // namespace

void append_uncertainty_section(std::string& o, const ResultReader& reader,
                                std::vector<std::pair<std::string, std::string>>* charts) {
    if (!reader.exists("/uncertainty")) return;
    o += "<h2 id=\"uncertainty\">Two-level uncertainty</h2>";
    const auto sets = reader.has_attribute("/uncertainty", "parameter_sets")
                          ? reader.integer_attribute("/uncertainty", "parameter_sets")
                          : 0;
    const auto per_set = reader.has_attribute("/uncertainty", "replications_per_set")
                             ? reader.integer_attribute("/uncertainty", "replications_per_set")
                             : 0;
    o += "<p>The scenario declares uncertain parameters: replication r ran in parameter set r "
         "mod " +
         std::to_string(sets) +
         ", so the fan charts and summaries show the spread from both the parameters and "
         "individual chance. The decomposition below uses " +
         std::to_string(sets * per_set) + " replications (" + std::to_string(per_set) +
         " a set).</p><table class=\"uncertain-parameters\"><tr><th>parameter</th><th>--set "
         "path</th><th>change</th><th>distribution</th></tr>";
    const auto names = reader.strings("/uncertainty/factor");
    const auto paths = reader.strings("/uncertainty/path");
    const auto changes = reader.strings("/uncertainty/change");
    const auto distributions = reader.strings("/uncertainty/distribution");
    for (std::size_t f = 0; f < names.size(); ++f)
        o += "<tr><td>" + esc(names[f]) + "</td><td>" + esc(paths.at(f)) + "</td><td>" +
             esc(changes.at(f)) + "</td><td>" + esc(distributions.at(f)) + "</td></tr>";
    o += "</table>";
    const std::string decomposition = "/uncertainty/decomposition";
    if (!reader.exists(decomposition)) {
        o += "<p class=\"note\">Too few replications a parameter set (at least 2) to split the "
             "variance.</p>";
        return;
    }
    const Axes axes = reader.axes();
    std::size_t total = 0;
    for (std::size_t u = 0; u < axes.units.size(); ++u)
        if (axes.unit_kinds[u] == "total") total = u;
    o += "<table class=\"parameter-shares\"><tr><th>share of the variance from the "
         "parameters</th>";
    for (const auto& y : axes.financial_years) o += "<th>" + esc(y) + "</th>";
    o += "</tr>";
    IntervalBarChart c;
    c.id = "chart-uncertainty-parameter-share";
    c.title = "System total: share of the variance from parameter uncertainty";
    c.subtitle = (axes.financial_years.empty() ? std::string() : axes.financial_years.back()) +
                 "; the rest is individual chance; whiskers: 95% bootstrap intervals over the "
                 "parameter sets";
    c.x_label = "parameter variance / total variance";
    c.kind = ValueKind::Fraction;
    c.series = {"share"};
    c.series_legend = {"share of the variance from the uncertain parameters"};
    for (const auto& d : kDecomposed) {
        const std::string group = decomposition + "/" + d.metric;
        if (!reader.exists(group + "/parameter_share")) continue;
        const auto share = total_column(reader, group + "/parameter_share", total);
        const auto low = total_column(reader, group + "/parameter_share_low", total);
        const auto high = total_column(reader, group + "/parameter_share_high", total);
        o += "<tr><td>" + std::string(d.label) + "</td>";
        for (std::size_t y = 0; y < share.size(); ++y)
            o += "<td>" + esc(format_chart_value(share[y], ValueKind::Fraction)) + "<br><small>" +
                 esc(format_chart_value(low.at(y), ValueKind::Fraction)) + " to " +
                 esc(format_chart_value(high.at(y), ValueKind::Fraction)) + "</small></td>";
        o += "</tr>";
        if (!share.empty()) c.rows.push_back({d.label, {{share.back(), low.back(), high.back()}}});
    }
    o += "</table><p class=\"note\">Each metric's variance across replications split into the part "
         "from the uncertain parameters (between parameter sets) and the part from individual "
         "chance (within them), by one-way analysis of variance (docs/model.md, \"Two-level "
         "uncertainty\"). A large share means that knowing the parameters better would narrow "
         "the fans most.</p>";
    if (!c.rows.empty()) {
        const std::string svg = render_interval_bars(c);
        o += "<figure>" + svg + "</figure>\n";
        if (charts) charts->emplace_back(c.id, svg);
    }
}

}  // namespace wfsim::output::report
