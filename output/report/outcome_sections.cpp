#include "output/report/outcome_sections.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "output/report/result_tables.hpp"
#include "output/report/svg_chart.hpp"

namespace wfsim::output::report {
namespace {

const char* const kVariantColours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"};
// Risk grades, light to dark (the rating is also written in each cell).
const char* const kGradeFill[] = {"#fff5eb", "#fdd0a2", "#fd8d3c", "#d94801"};

std::string percent(double p) {
    return std::isnan(p) ? "n/a" : format_chart_value(p, ValueKind::Fraction);
}

// A change of a probability, in percentage points: "+75.0 pts".
std::string points(double d) {
    return std::isnan(d) ? "n/a" : format_chart_value(d, ValueKind::Points, true);
}

std::string text_or_number(const TableColumn* c, std::size_t r) {
    return c == nullptr ? "" : c->cell(r);
}

std::string esc(const std::string& s) {
    return escape_xml(s);
}

int leading_integer(const std::string& text) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') break;
        value = value * 10 + (c - '0');
    }
    return value;
}

int grade_of(int rating) {
    return rating <= 3 ? 0 : rating <= 6 ? 1 : rating <= 12 ? 2 : 3;
}

// The cell (likelihood, consequence) where a register's rating is drawn: in the risk's own
// consequence column when the rating is a multiple of it. A register may lower the consequence
// too (a target of 4 for a risk of consequence 3, or 8 for one of 3), and then no likelihood in
// that column gives the rating: the rating's cell whose consequence is nearest the risk's (the
// larger on a tie) shows it, so that every marker stands in a cell of the rating it marks.
// {0, 0} for a rating that is no product of two scores from 1 to 5.
std::pair<int, int> rating_cell(int rating, int consequence) {
    if (consequence >= 1 && consequence <= 5 && rating % consequence == 0 &&
        rating / consequence >= 1 && rating / consequence <= 5)
        return {rating / consequence, consequence};
    std::pair<int, int> best{0, 0};
    for (int c = 1; c <= 5; ++c) {
        if (rating % c != 0 || rating / c < 1 || rating / c > 5) continue;
        if (best.second == 0 || std::abs(c - consequence) <= std::abs(best.second - consequence))
            best = {rating / c, c};
    }
    return best;
}

std::vector<std::pair<std::string, Table>> variant_tables(const ResultReader& reader,
                                                          const std::string& name,
                                                          const std::string& row) {
    std::vector<std::pair<std::string, Table>> out;
    for (const auto& v : reader.variants())
        if (auto t = read_table(reader, path::variant(v) + "/" + name, row))
            out.emplace_back(v, std::move(*t));
    return out;
}

double number(const Table& t, const std::string& column, std::size_t r) {
    const TableColumn* c = t.column(column);
    return c && !c->text ? c->numbers.at(r) : NAN;
}

// A probability column of a results table with its 95% interval beneath, as a cell.
std::string probability_cell(const Table& t, const std::string& column, std::size_t r) {
    return "<td>" + percent(number(t, column, r)) + "<br><small>" +
           percent(number(t, column + "_low", r)) + " to " +
           percent(number(t, column + "_high", r)) + "</small></td>";
}

void append_targets(std::string& o, const ResultReader& reader) {
    const auto targets = read_table(reader, "/targets", "target");
    if (!targets) return;
    const auto results = variant_tables(reader, "targets", "target");
    o += "<h2 id=\"targets\">Targets</h2><table class=\"targets\"><tr><th>Target</th>"
         "<th>Metric, unit</th><th>Condition</th><th>Period</th>";
    for (const auto& [variant, table] : results) {
        o += "<th>" + esc(variant) + ": P(met)</th>";
        if (&variant != &results.front().first) o += "<th>change</th>";
    }
    o += "</tr>";
    for (std::size_t r = 0; r < targets->rows(); ++r) {
        o += "<tr><td>" + esc(targets->columns.front().strings[r]);
        const std::string description = text_or_number(targets->column("description"), r);
        if (!description.empty()) o += "<br><small>" + esc(description) + "</small>";
        o += "</td><td>" + esc(text_or_number(targets->column("metric"), r)) + ", " +
             esc(text_or_number(targets->column("unit"), r)) + "</td><td>" +
             esc(text_or_number(targets->column("condition"), r)) + "</td><td>" +
             esc(text_or_number(targets->column("period"), r)) + "</td>";
        for (const auto& [variant, table] : results) {
            o += "<td>" + percent(number(table, "probability", r)) + "<br><small>" +
                 percent(number(table, "probability_low", r)) + " to " +
                 percent(number(table, "probability_high", r)) + "</small></td>";
            if (&variant != &results.front().first)
                o += "<td>" + points(number(table, "change", r)) + "<br><small>" +
                     points(number(table, "change_low", r)) + " to " +
                     points(number(table, "change_high", r)) + "</small></td>";
        }
        o += "</tr>";
    }
    o += "</table><p class=\"note\">P(met): the share of replications meeting the target, with its "
         "95% interval (Wilson) beneath; change: from the baseline on the same replications, with "
         "its paired 95% interval.</p>";
}

}  // namespace

std::string risk_heat_map_svg(const ResultReader& reader) {
    const auto risks = read_table(reader, "/risks", "risk");
    if (!risks || risks->rows() == 0) return "";
    const auto results = variant_tables(reader, "risks", "risk");
    constexpr double left = 70, top = 40, cell = 90;
    std::string o;  // the chart's content; the <svg> element, sized to it, is added at the end
    char buffer[256];
    for (int l = 1; l <= 5; ++l)
        for (int c = 1; c <= 5; ++c) {
            const double x = left + (c - 1) * cell, y = top + (5 - l) * cell;
            std::snprintf(
                buffer, sizeof buffer,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                "stroke=\"#999999\"/><text x=\"%.1f\" y=\"%.1f\" fill=\"#555555\">%d</text>",
                x, y, cell, cell, kGradeFill[grade_of(l * c)], x + 4, y + 13, l * c);
            o += buffer;
        }
    for (int i = 1; i <= 5; ++i) {
        std::snprintf(buffer, sizeof buffer,
                      "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>"
                      "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                      left + (i - 0.5) * cell, top + 5 * cell + 16, i, left - 8,
                      top + (5 - i + 0.5) * cell + 4, i);
        o += buffer;
    }
    std::snprintf(
        buffer, sizeof buffer,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">consequence (the owner's score)</text>"
        "<text transform=\"translate(20,%.1f) rotate(-90)\" text-anchor=\"middle\">likelihood "
        "(simulated: from P(rated consequence))</text>",
        left + 2.5 * cell, top + 5 * cell + 34, top + 2.5 * cell);
    o += buffer;

    // Markers, spread within each cell so none hides another.
    std::map<std::pair<int, int>, int> used;
    auto marker = [&](int l, int c, const std::string& shape, const std::string& colour,
                      const std::string& label, const std::string& hover) {
        if (l < 1 || l > 5 || c < 1 || c > 5) return;
        const int k = used[{l, c}]++;
        const double x = left + (c - 1) * cell + 14 + (k % 4) * 20;
        const double y = top + (5 - l) * cell + 30 + (k / 4) * 26;
        std::string m;
        if (shape == "circle")
            std::snprintf(buffer, sizeof buffer,
                          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"none\" stroke=\"%s\" "
                          "stroke-width=\"2\">",
                          x, y, colour.c_str());
        else if (shape == "square")
            std::snprintf(buffer, sizeof buffer,
                          "<rect x=\"%.1f\" y=\"%.1f\" width=\"11\" height=\"11\" fill=\"none\" "
                          "stroke=\"%s\" stroke-width=\"2\">",
                          x - 5.5, y - 5.5, colour.c_str());
        else
            std::snprintf(buffer, sizeof buffer,
                          "<path d=\"M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fZ\" fill=\"%s\">", x, y - 7,
                          x + 7, y + 5, x - 7, y + 5, colour.c_str());
        m = buffer;
        o += m + "<title>" + esc(hover) + "</title>" +
             (shape == "circle"   ? "</circle>"
              : shape == "square" ? "</rect>"
                                  : "</path>");
        std::snprintf(buffer, sizeof buffer,
                      "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">", x,
                      y + 16);
        o += buffer + esc(label) + "</text>";
    };
    const TableColumn* ids = risks->column("id");
    for (std::size_t r = 0; r < risks->rows(); ++r) {
        const std::string id = ids ? ids->cell(r) : risks->columns.front().strings[r];
        const int consequence = leading_integer(text_or_number(risks->column("consequence"), r));
        const double current = number(*risks, "register_rating", r);
        const double target = number(*risks, "target_rating", r);
        auto register_marker = [&](double rating, const std::string& shape,
                                   const std::string& what) {
            if (consequence <= 0 || !std::isfinite(rating)) return;
            const int r = static_cast<int>(std::lround(rating));
            const auto [l, c] = rating_cell(r, consequence);
            std::string hover = id + ": " + what + " rating " + std::to_string(r);
            if (c != consequence)
                hover += " (no likelihood gives " + std::to_string(r) + " at consequence " +
                         std::to_string(consequence) + ": drawn at " + std::to_string(l) + " x " +
                         std::to_string(c) + ")";
            marker(l, c, shape, "#000000", id, hover);
        };
        register_marker(current, "circle", "current");
        register_marker(target, "square", "target");
        for (std::size_t v = 0; v < results.size(); ++v) {
            const Table& t = results[v].second;
            const double l = number(t, "likelihood", r), c = number(t, "consequence", r);
            if (!(l >= 1 && c >= 1)) continue;  // not modelled
            marker(static_cast<int>(l), static_cast<int>(c), "triangle", kVariantColours[v % 5], id,
                   id + ", " + results[v].first + ": simulated likelihood " +
                       std::to_string(static_cast<int>(l)) +
                       " (P(rated consequence) = " + percent(number(t, "rated_probability", r)) +
                       ") x consequence " + std::to_string(static_cast<int>(c)) + " = " +
                       std::to_string(static_cast<int>(l * c)));
        }
    }
    // Legend, in rows: a new row where the next entry would run off the chart.
    constexpr double width = 720, row_height = 18;
    double x = left;
    double y = top + 5 * cell + 58;
    auto legend = [&](const std::string& label, const auto& swatch) {
        const double entry = 24 + 6.2 * static_cast<double>(label.size());
        if (x > left && x + entry - 10 > width - 8) x = left, y += row_height;
        o += swatch(x, y);
        std::snprintf(buffer, sizeof buffer, "<text x=\"%.1f\" y=\"%.1f\">", x + 14, y + 4);
        o += buffer + esc(label) + "</text>";
        x += entry;
    };
    legend("current (register)", [&](double sx, double sy) {
        std::snprintf(buffer, sizeof buffer,
                      "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"none\" stroke=\"#000000\" "
                      "stroke-width=\"2\"/>",
                      sx + 4, sy);
        return std::string(buffer);
    });
    legend("target", [&](double sx, double sy) {
        std::snprintf(buffer, sizeof buffer,
                      "<rect x=\"%.1f\" y=\"%.1f\" width=\"11\" height=\"11\" fill=\"none\" "
                      "stroke=\"#000000\" stroke-width=\"2\"/>",
                      sx - 1.5, sy - 5.5);
        return std::string(buffer);
    });
    for (std::size_t v = 0; v < results.size(); ++v)
        legend("simulated, " + results[v].first, [&](double sx, double sy) {
            std::snprintf(buffer, sizeof buffer,
                          "<path d=\"M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fZ\" fill=\"%s\"/>", sx + 4,
                          sy - 7, sx + 11, sy + 5, sx - 3, sy + 5, kVariantColours[v % 5]);
            return std::string(buffer);
        });
    std::snprintf(buffer, sizeof buffer, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#333333\">", left,
                  y + 22);
    o += buffer;
    o += "shading by grade: low 1-3, moderate 4-6, high 8-12, extreme 15-25 (the rating is in "
         "each cell)</text></svg>";
    const double height = y + 62;  // 610 with a legend of one row
    std::snprintf(buffer, sizeof buffer,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                  "id=\"chart-risk-heat-map\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" "
                  "height=\"%.0f\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                  "font-size=\"11\">",
                  width, height, width, height);
    return buffer +
           std::string(
               "<title>Risk register: likelihood x consequence</title>"
               "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
               "<text x=\"8\" y=\"18\" font-size=\"14\" font-weight=\"bold\">Risk "
               "register: likelihood x consequence (rating = likelihood x "
               "consequence)</text>") +
           o;
}

void append_outcome_sections(std::string& o, const ResultReader& reader,
                             std::vector<std::pair<std::string, std::string>>* charts) {
    append_targets(o, reader);
    const auto risks = read_table(reader, "/risks", "risk");
    if (!risks) return;
    const auto results = variant_tables(reader, "risks", "risk");
    o += "<h2 id=\"risks\">Risk register</h2>";
    const std::string map = risk_heat_map_svg(reader);
    if (!map.empty()) {
        o += "<figure>" + map + "</figure>";
        if (charts) charts->emplace_back("chart-risk-heat-map", map);
    }
    o += "<table class=\"risks\"><tr><th>Risk</th><th>Consequence</th><th>Register rating</th>"
         "<th>Target rating</th>";
    for (const auto& [variant, table] : results)
        o += "<th>" + esc(variant) +
             ": P(adverse event)</th><th>P(rated consequence)</th>"
             "<th>likelihood x consequence = rating</th><th>target reached</th>";
    o += "</tr>";
    for (std::size_t r = 0; r < risks->rows(); ++r) {
        const std::string title = text_or_number(risks->column("title"), r);
        o += "<tr><td>" + esc(text_or_number(risks->column("id"), r)) +
             (title.empty() ? "" : " " + esc(title)) + "</td><td>" +
             esc(text_or_number(risks->column("consequence"), r)) + "</td><td>" +
             esc(text_or_number(risks->column("register_rating"), r)) + "</td><td>" +
             esc(text_or_number(risks->column("target_rating"), r)) + "</td>";
        for (const auto& [variant, table] : results) {
            const double l = number(table, "likelihood", r);
            if (!(l >= 1)) {
                o += "<td colspan=\"4\">not modelled</td>";
                continue;
            }
            const double reached = number(table, "reached", r);
            o += probability_cell(table, "probability", r) +
                 probability_cell(table, "rated_probability", r) + "<td>" +
                 text_or_number(table.column("likelihood"), r) + " x " +
                 text_or_number(table.column("consequence"), r) + " = " +
                 text_or_number(table.column("rating"), r) + " (" +
                 esc(text_or_number(table.column("grade"), r)) + ")</td><td>" +
                 (reached == 1   ? "yes"
                  : reached == 0 ? "no"
                                 : "-") +
                 "</td>";
        }
        o += "</tr>";
    }
    o += "</table><p class=\"note\">P(adverse event): the share of replications with the "
         "adverse event; P(rated consequence): the probability of an adverse event of the rated "
         "consequence or worse, from which the likelihood comes through the probability bands the "
         "file records. A risk with consequences by shortfall is rated at the consequence that "
         "makes likelihood x consequence largest, so its P(rated consequence) can be below "
         "P(adverse event); otherwise the two are equal. Each with its 95% interval (Wilson) "
         "beneath; consequence is the owner's score.</p>";
}

}  // namespace wfsim::output::report
