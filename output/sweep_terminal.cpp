#include "output/sweep_terminal.hpp"

#include <cmath>
#include <cstdio>

#include "output/sweep_measures.hpp"
#include "output/text_table.hpp"

namespace wfsim::output {
namespace {

std::string interval(double low, double high) {
    if (std::isnan(low) || std::isnan(high)) return "";
    std::string text = "[";
    text += significant(low);
    text += ", ";
    text += significant(high);
    return text + "]";
}

const MeasureTable* find(const std::vector<MeasureTable>& tables, const std::string& name) {
    for (const MeasureTable& t : tables)
        if (t.name == name) return &t;
    return nullptr;
}

// The design's other measures shown beside its measure of influence.
std::vector<std::string> beside(sweeps::DesignKind kind) {
    switch (kind) {
        case sweeps::DesignKind::Sobol:
            return {"first_order"};
        case sweeps::DesignKind::Morris:
            return {"mu", "sigma"};
        case sweeps::DesignKind::OneAtATime:
            return {"low_end", "high_end"};
        default:
            return {};
    }
}

std::string column_name(const std::string& measure) {
    if (measure == "first_order") return "S1";
    if (measure == "low_end") return "at low end";
    if (measure == "high_end") return "at high end";
    return measure;
}

void print_design(std::ostream& out, const models::DesignRun& d,
                  const std::vector<SweepFactorInfo>& factors,
                  const std::vector<SweepOutputInfo>& outputs, double confidence) {
    const std::size_t k = factors.size();
    const auto tables = measure_tables(d, k);
    const std::vector<std::string> extra = beside(d.plan.design.kind);
    const std::size_t done = d.points_done();
    std::size_t failed = 0;
    for (const auto& e : d.errors) failed += !e.empty();
    for (std::size_t o = 0; o < outputs.size(); ++o) {
        const models::OutputAnalysis& a = d.analysis[o];
        out << "\n"
            << d.plan.name() << ": " << outputs[o].name << " (" << outputs[o].text
            << "), factors by " << a.measure;
        if (d.plan.design.kind == sweeps::DesignKind::OneAtATime)
            out << "; baseline " << significant(a.oat->baseline);
        out << "\n";
        std::vector<std::string> header{
            "rank", "factor", a.measure,
            std::to_string(static_cast<int>(std::lround(confidence * 100))) + "% interval"};
        std::vector<bool> right{true, false, true, false};
        for (const auto& e : extra) {
            header.push_back(column_name(e));
            right.push_back(true);
        }
        TextTable table(header, right);
        for (std::size_t r = 0; r < a.ranking.size(); ++r) {
            const std::size_t f = a.ranking[r];
            const sweeps::Estimate& e = a.influence[f];
            std::vector<std::string> row{std::to_string(r + 1), factors[f].name,
                                         significant(e.value), interval(e.low, e.high)};
            for (const auto& name : extra)
                if (const MeasureTable* t = find(tables, name))
                    row.push_back(significant(t->value[o * k + f]));
            table.add(std::move(row));
        }
        table.print(out, "  ");
    }
    if (done < d.points())
        out << "  (" << d.points() - done << " of " << d.points()
            << " points not run: the measures leave out what they need)\n";
    if (failed > 0)
        out << "  (" << failed
            << " points could not run: their outputs are left out; each reason is in the result "
               "file)\n";
}

}  // namespace

std::string significant(double value, int digits) {
    if (std::isnan(value)) return "n/a";
    char text[32];
    const double magnitude = std::fabs(value);
    if (magnitude != 0.0 && (magnitude < 1e-3 || magnitude >= 1e6))
        std::snprintf(text, sizeof text, "%.*e", digits - 1, value);
    else
        std::snprintf(text, sizeof text, "%.*g", digits, value);
    return text;
}

void print_sweep_ranking(std::ostream& out, const std::vector<SweepFactorInfo>& factors,
                         const std::vector<SweepOutputInfo>& outputs,
                         const std::vector<models::DesignRun>& designs, double confidence) {
    for (const models::DesignRun& d : designs) print_design(out, d, factors, outputs, confidence);
}

}  // namespace wfsim::output
