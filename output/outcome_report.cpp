#include "output/outcome_report.hpp"

#include <cmath>
#include <cstdio>

#include "output/report_format.hpp"
#include "output/text_table.hpp"

namespace wfsim::output {
namespace {

// "97.1%"; two decimals below 1% so that small probabilities do not read as 0.
std::string percent(double p) {
    if (std::isnan(p)) return "n/a";
    char text[32];
    std::snprintf(text, sizeof text, p > 0.0 && p < 0.01 ? "%.2f%%" : "%.1f%%", 100.0 * p);
    return text;
}

std::string number(double v, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, v);
    return text;
}

// "97.1% (95.8-98.0)"
std::string probability(double p, double low, double high) {
    if (std::isnan(p)) return "n/a";
    const bool small = high < 0.01;
    return percent(p) + " (" + number(100.0 * low, small ? 2 : 1) + "-" +
           number(100.0 * high, small ? 2 : 1) + ")";
}

std::string signed_points(double d) {
    // The sign, then the number appended: GCC 12.2's -Wrestrict misfires on "literal" +
    // std::string (a false positive, GCC bug 105651, fixed in 12.3).
    std::string text = d > 0 ? "+" : d < 0 ? "-" : "";
    return text += number(std::fabs(100.0 * d), 1);
}

// "+5.0 pts (+3.1 to +6.9)"
std::string change(double d, double low, double high) {
    if (std::isnan(d)) return "n/a";
    return signed_points(d) + " pts (" + signed_points(low) + " to " + signed_points(high) + ")";
}

// A shortfall in the metric's units: percentage points for ratios and rates a year.
std::string shortfall(double v, const std::string& units) {
    if (std::isnan(v)) return "-";
    if (units == "1" || units == "year-1") return number(100.0 * v, 2) + " pts";
    return format_number(v, std::fabs(v) < 10 ? 2 : 0);
}

std::string count(std::int64_t n) {
    return format_number(static_cast<double>(n), 0);
}

void print_targets(std::ostream& out, const OutcomeTables& t, OutcomeDetail detail) {
    if (t.targets.empty()) return;
    const std::int64_t replications = t.target_results.front().front().replications;
    out << "\nTargets: the probability of meeting each, with its 95% interval (Wilson), over "
        << count(replications) << " replication" << (replications == 1 ? "" : "s")
        << (t.variants.size() > 1 ? "; changes from the baseline on the same replications" : "")
        << "\n";
    const bool several = t.variants.size() > 1;
    std::vector<std::string> header = {"target", "metric", "unit", "period", "condition"};
    if (!several) {
        header.push_back("P(met)");
        TextTable table(header, {false, false, false, false, false, true});
        for (std::size_t i = 0; i < t.targets.size(); ++i) {
            const TargetRow& row = t.targets[i];
            const TargetResult& r = t.target_results[0][i];
            table.add({row.name, row.metric, row.unit, row.period, row.condition,
                       probability(r.probability, r.low, r.high)});
        }
        table.print(out);
    } else {
        // With variants, the definitions once, then one row per target and variant (the name
        // on the baseline's row): the results do not sit beside the blank definition columns
        // of every variant's row, and the table keeps its width however many variants run.
        TextTable definitions(header, std::vector<bool>(header.size(), false));
        for (const TargetRow& row : t.targets)
            definitions.add({row.name, row.metric, row.unit, row.period, row.condition});
        definitions.print(out);
        out << "\n";
        TextTable table({"target", "variant", "P(met)", "change from the baseline"},
                        {false, false, true, true});
        for (std::size_t i = 0; i < t.targets.size(); ++i)
            for (std::size_t v = 0; v < t.variants.size(); ++v) {
                const TargetResult& r = t.target_results[v][i];
                table.add({v == 0 ? t.targets[i].name : "", t.variants[v],
                           probability(r.probability, r.low, r.high),
                           v == 0 ? "" : change(r.change, r.change_low, r.change_high)});
            }
        table.print(out);
    }
    if (detail == OutcomeDetail::Summary) return;

    out << "\nWhen missed, by how much (over the replications that missed; in the metric's units, "
           "rates in percentage points)\n";
    TextTable misses({"target", "variant", "missed", "median", "90th pct", "largest"},
                     {false, false, true, true, true, true});
    for (std::size_t i = 0; i < t.targets.size(); ++i)
        for (std::size_t v = 0; v < t.variants.size(); ++v) {
            const TargetResult& r = t.target_results[v][i];
            const std::string& units = t.targets[i].units;
            std::string missed = count(r.missed) + " of " + count(r.replications);
            if (r.undefined > 0) missed += " (+" + count(r.undefined) + " undefined)";
            misses.add({v == 0 ? t.targets[i].name : "", t.variants[v], missed,
                        shortfall(r.shortfall_p50, units), shortfall(r.shortfall_p90, units),
                        shortfall(r.shortfall_max, units)});
        }
    misses.print(out);
}

std::string rating_cell(const RiskResult& r) {
    if (r.reached < 0) return "not modelled";
    return std::to_string(r.likelihood) + " x " + std::to_string(r.consequence) + " = " +
           std::to_string(r.rating) + " " + r.grade + (r.straddles ? " *" : "");
}

std::string reached_cell(const RiskResult& r) {
    return r.reached < 0 ? "-" : r.reached ? "yes" : "no";
}

void print_risks(std::ostream& out, const OutcomeTables& t, OutcomeDetail detail) {
    if (t.risks.empty()) return;
    // A risk with consequences by shortfall is rated at another probability than the adverse
    // event's: then a column shows it, so that a likelihood of 4 does not stand beside 100%.
    bool rated_apart = false;
    for (std::size_t i = 0; i < t.risks.size(); ++i)
        for (std::size_t v = 0; v < t.variants.size(); ++v) {
            const RiskResult& r = t.risk_results[v][i];
            rated_apart = rated_apart || (t.risks[i].modelled && std::isfinite(r.rated) &&
                                          r.rated != r.probability);
        }
    out << "\nRisks: likelihood 1 (rare) to 5 (almost certain) from "
        << (rated_apart ? "P(rated): the simulated probability of an\nadverse event of the rated "
                          "consequence or worse,\nin the bands of "
                        : "the simulated probability of the adverse event,\nin the bands of ")
        << t.bands_source
        << ";\nrating = likelihood x consequence: 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme; "
           "reached: the rating\nis at most the target rating\n";
    if (rated_apart)
        out << "A risk with consequences by shortfall is rated at the consequence that makes "
               "likelihood x consequence\nlargest, so its P(rated) can be below P(adverse "
               "event); for the others the two are equal\n";
    // With variants, the register once (id, title, ratings), then one row per risk and variant
    // (a risk not modelled has one), each with its change in the probability of the adverse
    // event from the baseline (paired): the title does not widen every variant's row.
    const bool several = t.variants.size() > 1;
    if (several) {
        TextTable register_table({"id", "risk", "register", "target"}, {false, false, true, true});
        for (const RiskRow& row : t.risks)
            register_table.add({row.id, row.title, std::to_string(row.register_rating),
                                std::to_string(row.target_rating)});
        register_table.print(out);
        out << "\n";
    }
    std::vector<std::string> header = {"id"};
    std::vector<bool> right = {false};
    const auto column = [&](const char* name, bool figure) {
        header.push_back(name);
        right.push_back(figure);
    };
    if (several) {
        column("variant", false);
    } else {
        column("risk", false);
        column("register", true);
        column("target", true);
    }
    column("P(adverse event)", true);
    if (rated_apart) column("P(rated)", true);
    column("rating", true);
    column("reached", false);
    if (several) column("change from the baseline", true);
    TextTable table(header, right);
    for (std::size_t i = 0; i < t.risks.size(); ++i) {
        const RiskRow& row = t.risks[i];
        for (std::size_t v = 0; v < (row.modelled ? t.variants.size() : 1); ++v) {
            std::vector<std::string> cells = {v == 0 ? row.id : ""};
            if (several) {
                cells.push_back(row.modelled ? t.variants[v] : "");
            } else {
                cells.insert(cells.end(), {row.title, std::to_string(row.register_rating),
                                           std::to_string(row.target_rating)});
            }
            const RiskResult& r = t.risk_results[v][i];
            cells.push_back(row.modelled ? probability(r.probability, r.low, r.high) : "-");
            if (rated_apart)
                cells.push_back(row.modelled ? probability(r.rated, r.rated_low, r.rated_high)
                                             : "-");
            cells.push_back(rating_cell(r));
            cells.push_back(reached_cell(r));
            if (several)
                cells.push_back(
                    v == 0 || !row.modelled ? "" : change(r.change, r.change_low, r.change_high));
            table.add(cells);
        }
    }
    table.print(out);

    bool noted = false;
    for (std::size_t i = 0; i < t.risks.size(); ++i)
        for (std::size_t v = 0; v < t.variants.size(); ++v) {
            const RiskResult& r = t.risk_results[v][i];
            if (!r.straddles) continue;
            if (!noted)
                out << "\n* The rating is not settled: the 95% interval of the probability "
                       "straddles a likelihood band boundary.\n";
            noted = true;
            out << "  " << t.risks[i].id << (several ? " (" + t.variants[v] + ")" : "") << ": "
                << (r.replications_to_settle < 0
                        ? std::string("the estimate is on a boundary; no number of replications "
                                      "settles it")
                        : "about " + count(r.replications_to_settle) +
                              " replications would settle it")
                << "\n";
        }
    bool heading = false;
    for (const RiskRow& row : t.risks) {
        if (row.modelled) continue;
        if (!heading) out << "\nNot modelled (the model cannot speak to these):\n";
        heading = true;
        out << "  " << row.id << " " << row.title << ": " << row.not_modelled_reason << "\n";
    }
    if (detail == OutcomeDetail::Summary) return;
    heading = false;
    for (std::size_t i = 0; i < t.risks.size(); ++i) {
        const RiskRow& row = t.risks[i];
        if (!row.modelled) continue;
        if (!heading) out << "\nAdverse events and consequences:\n";
        heading = true;
        out << "  " << row.id << ": " << row.adverse_event << "; consequence " << row.consequence
            << "\n";
        // Scored by shortfall: the probability the likelihood came from, where it differs.
        for (std::size_t v = 0; v < t.variants.size(); ++v) {
            const RiskResult& r = t.risk_results[v][i];
            if (r.rated == r.probability) continue;
            out << "    " << (several ? t.variants[v] + ": " : "") << "rated at consequence "
                << r.consequence << ", an adverse event of consequence " << r.consequence
                << " or worse: " << probability(r.rated, r.rated_low, r.rated_high) << "\n";
        }
    }
}

}  // namespace

void print_outcome_report(std::ostream& out, const OutcomeTables& tables, OutcomeDetail detail) {
    print_targets(out, tables, detail);
    print_risks(out, tables, detail);
}

void print_outcome_report(std::ostream& out, const ResultReader& reader, OutcomeDetail detail) {
    if (const auto tables = read_outcome_tables(reader)) print_outcome_report(out, *tables, detail);
}

}  // namespace wfsim::output
