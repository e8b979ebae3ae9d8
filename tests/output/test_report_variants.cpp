// The report's comparison of variants with the baseline and their cost-effectiveness, on a file
// holding the groups docs/output.md lays out (added with known values by
// tests/output/add_variant_comparison.py): the table of differences in the last financial year,
// a chart per key metric whose bars are as long as the differences, the cost-effectiveness
// tables, and the page in chromium.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "output/report/html_report.hpp"
#include "output/report/sensitivity_svg.hpp"
#include "output/report/svg_chart.hpp"
#include "tests/output/test_output_fixture.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

namespace {

std::string file_with_comparison(const ScratchDirectory& dir) {
    if (!testing::python_modules_available("h5py, numpy"))
        FAIL(testing::missing_tool_message("/usr/bin/python3 with h5py and numpy",
                                           "python3-h5py python3-numpy"));
    const auto h5 = dir.file("variants.h5");
    write_fake_file(h5, 26, 4, {"baseline", "retention", "recruitment"});
    const std::string add = std::string(testing::kSystemPython) + " " + WFSIM_SOURCE_DIR +
                            "/tests/output/add_variant_comparison.py '" + h5 + "'";
    REQUIRE(std::system(add.c_str()) == 0);
    return h5;
}

const char* const kMetrics[] = {"wte",          "vacancy_rate", "turnover",
                                "absence_rate", "leavers",      "temporary_cost"};

}  // namespace

TEST_CASE("the report compares variants with the baseline: differences and cost-effectiveness",
          "[report][variants]") {
    ScratchDirectory dir;
    const ResultReader reader(file_with_comparison(dir));
    REQUIRE(reader.axes().financial_years.size() == 2);  // 2022/23 and 2023/24
    std::vector<std::pair<std::string, std::string>> charts;
    const std::string page = report::render_html_report(reader, {}, &charts);
    const auto section = page.find("<h2 id=\"variant-comparison\">");
    REQUIRE(section != std::string::npos);
    // Differences in 2023/24 (variant v: v x 2 x the metric's scale, interval +/- a quarter of it).
    CHECK(page.find("<tr><th>2023/24</th><th>retention - baseline</th><th>recruitment - "
                    "baseline</th></tr>") != std::string::npos);
    // A difference of rates is in percentage points, not per cent.
    CHECK(page.find("<tr><td>Vacancy rate</td><td>-2.00 pts<br><small>-2.50 pts to -1.50 "
                    "pts</small></td><td>-4.00 pts<br><small>-5.00 pts to -3.00 "
                    "pts</small></td></tr>") != std::string::npos);
    CHECK(page.find("<tr><td>Turnover</td><td>-0.40 pts<br>") != std::string::npos);
    CHECK(page.find("<tr><td>WTE in post</td><td>+20.0<br><small>+15.0 to +25.0</small></td>") !=
          std::string::npos);
    // Cost-effectiveness, cumulative to the end of each year.
    const auto costs = page.find("<h2 id=\"cost-effectiveness\">");
    REQUIRE(costs != std::string::npos);
    CHECK(page.find("<tr><td>2023/24</td><td>£2.40m<br><small>£1.80m to £3.00m</small></td>"
                    "<td>16.0<br><small>12.0 to 20.0</small></td>",
                    costs) != std::string::npos);
    CHECK(page.find("<td>£150,000<br><small>£112,500 to £187,500</small></td>", costs) !=
          std::string::npos);
    // A chart per key metric, before the units' charts.
    for (const char* metric : kMetrics) {
        INFO(metric);
        const auto at = page.find(std::string("id=\"chart-difference-") + metric + "\"");
        CHECK(at != std::string::npos);
        CHECK(at < costs);
    }
    // The bars are as long as the differences: -0.01, -0.02 (2022/23), -0.02, -0.04 (2023/24),
    // all ending at the zero line.
    std::string svg;
    for (const auto& [id, text] : charts)
        if (id == "chart-difference-vacancy_rate") svg = text;
    std::vector<std::pair<double, double>> bars;  // (x, width)
    static const std::regex bar(
        R"re(class="bar series-\d" x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)")re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator();
         ++it)
        bars.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
    REQUIRE(bars.size() == 4);
    const double unit = bars[0].second;
    CHECK(unit > 20);
    const double ratios[] = {1, 2, 2, 4};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(bars[i].second == Approx(ratios[i] * unit).margin(0.2));
        CHECK(bars[i].first + bars[i].second == Approx(bars[0].first + unit).margin(0.2));
    }
    CHECK(svg.find("<title>2023/24: recruitment -4.00 pts; 95% interval -5.00 pts to -3.00 "
                   "pts</title>") != std::string::npos);
    CHECK(svg.find("difference (percentage points)") != std::string::npos);
}

TEST_CASE("the report without variant differences has no comparison", "[report][variants]") {
    ScratchDirectory dir;
    const auto h5 = dir.file("plain.h5");
    write_fake_file(h5, 14, 2, {"baseline", "retention"});
    const std::string remove = std::string(testing::kSystemPython) + " " + WFSIM_SOURCE_DIR +
                               "/tests/output/add_variant_comparison.py --remove '" + h5 + "'";
    REQUIRE(std::system(remove.c_str()) == 0);
    const std::string page = report::render_html_report(ResultReader(h5), {});
    CHECK(page.find("variant-comparison") == std::string::npos);
    CHECK(page.find("Cost-effectiveness") == std::string::npos);
}

TEST_CASE("the report with the variant comparison renders in chromium",
          "[report][variants][browser]") {
    if (!testing::chromium_available())
        FAIL(testing::missing_tool_message("the chromium browser", "chromium"));
    ScratchDirectory dir;
    const auto html = dir.file("variants.html");
    report::write_html_report(ResultReader(file_with_comparison(dir)), {}, html);
    const auto page = testing::render_in_chromium(html, dir.file("."));
    REQUIRE(page.rendered);
    INFO(page.console);
    CHECK(page.console.empty());
    const std::string& text = page.dom;
    for (const char* metric : kMetrics)
        CHECK(text.find(std::string("id=\"chart-difference-") + metric + "\"") !=
              std::string::npos);
    CHECK(text.find("id=\"cost-effectiveness\"") != std::string::npos);
}

TEST_CASE(
    "difference bars keep their labels clear of the names and inside the chart, and the "
    "legend wraps",
    "[report][variants]") {
    // Measured on Hertfordshire and West Essex: a small negative difference beside large positive
    // ones wrote its label over the year names, and the third variant's legend ran off the chart.
    report::IntervalBarChart c;
    c.id = "chart-difference-wte";
    c.x_label = "difference (WTE)";
    c.kind = report::ValueKind::Count;
    c.signed_values = true;
    c.series = {"retention_pathfinder", "apprenticeships_expanded", "international_beyond_nursing"};
    for (const auto& s : c.series) c.series_legend.push_back(s + " - baseline");
    c.rows.push_back({"2024/25", {{445, 430, 460}, {-30.2, -35, -25}, {21.5, 19, 24}}});
    c.rows.push_back({"2025/26", {{-1386, -1400, -1370}, {64, 60, 68}, {5.5, 4, 7}}});
    const std::string svg = report::render_interval_bars(c);
    // Where each label's text starts and ends (6.2 px a character, as the chart places them).
    const std::regex label(
        "<text class=\"bar-label\" x=\"([0-9.]+)\" y=\"[0-9.]+\" "
        "text-anchor=\"(start|end)\">([^<]*)"
        "</text>");
    int labels = 0;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label);
         it != std::sregex_iterator(); ++it, ++labels) {
        const double x = std::stod((*it)[1]);
        const double width = 6.2 * static_cast<double>((*it)[3].length());
        const double from = (*it)[2] == "end" ? x - width : x, to = from + width;
        INFO((*it)[3] << " from " << from << " to " << to);
        CHECK(from >= 170);  // the names end at 162
        CHECK(to <= 720);    // the chart's width
    }
    CHECK(labels == 6);
    // Three legend entries of this length take two rows, and the chart is a row taller for them.
    CHECK(svg.find(">international_beyond_nursing - baseline</text>") != std::string::npos);
    const std::regex height("height=\"([0-9.]+)\"");
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, height));
    c.series_legend = {"a", "b", "c"};
    const std::string short_legend = report::render_interval_bars(c);
    std::smatch n;
    REQUIRE(std::regex_search(short_legend, n, height));
    CHECK(std::stod(m[1]) == std::stod(n[1]) + 16);
}

TEST_CASE("money is written with its sign before the currency", "[report]") {
    using report::format_chart_value, report::ValueKind;
    CHECK(format_chart_value(-342470, ValueKind::Money, true) == "-£342,470");
    CHECK(format_chart_value(406425, ValueKind::Money, true) == "+£406,425");
    CHECK(format_chart_value(-23.57e6, ValueKind::Money, false) == "-£23.57m");
    CHECK(format_chart_value(1.25e6, ValueKind::Money, false) == "£1.25m");
}

TEST_CASE("every tick of an axis has the decimals its step needs", "[report]") {
    using report::format_chart_value, report::format_tick, report::ValueKind;
    // A step of half a point: one decimal on every tick, whole numbers included.
    CHECK(format_tick(0.095, 0.005, ValueKind::Fraction) == "9.5%");
    CHECK(format_tick(0.10, 0.005, ValueKind::Fraction) == "10.0%");
    // A step of one point: none, below 10% as above it.
    CHECK(format_tick(0.09, 0.01, ValueKind::Fraction) == "9%");
    CHECK(format_tick(0.12, 0.01, ValueKind::Fraction) == "12%");
    CHECK(format_tick(0.0, 0.0005, ValueKind::Fraction, true) == "0.00%");
    CHECK(format_tick(-0.0015, 0.0005, ValueKind::Fraction, true) == "-0.15%");
    CHECK(format_tick(10900, 100, ValueKind::Wte) == "10,900");
    CHECK(format_tick(2.5, 0.5, ValueKind::Count) == "2.5");
    CHECK(format_tick(3, 0.5, ValueKind::Count) == "3.0");
    CHECK(format_tick(0.02, 0.01, ValueKind::Plain) == "0.02");
    CHECK(format_tick(0.1, 0.05, ValueKind::Plain) == "0.10");
    CHECK(format_tick(1.5e6, 5e5, ValueKind::Money) == "£1.5m");
    CHECK(format_tick(2e6, 5e5, ValueKind::Money) == "£2.0m");
    CHECK(format_tick(-4e4, 2e4, ValueKind::Money, true) == "-£40,000");
    // A difference of rates: the same decimals, in points.
    CHECK(format_tick(-0.0015, 0.0005, ValueKind::Points, true) == "-0.15 pts");
    CHECK(format_chart_value(-0.0094, ValueKind::Points, true) == "-0.94 pts");
    CHECK(format_chart_value(0.75, ValueKind::Points, true) == "+75.0 pts");
    CHECK(report::difference_kind(ValueKind::Fraction) == ValueKind::Points);
    CHECK(report::difference_kind(ValueKind::Wte) == ValueKind::Wte);

    // A fan chart whose axis crosses 10%: its tick labels all carry the same decimals.
    report::ChartSpec c;
    c.id = "ticks";
    c.kind = ValueKind::Fraction;
    c.periods = {"2024-04-01", "2024-05-01", "2024-06-01"};
    c.lines = {{"median", {0.093, 0.101, 0.112}, 0}};
    const std::string svg = report::render_svg(c);
    const std::regex tick(">(-?[0-9.]+)%</text>");
    std::set<std::size_t> decimals;
    std::size_t ticks = 0;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), tick); it != std::sregex_iterator();
         ++it, ++ticks) {
        const std::string label = (*it)[1];
        const auto point = label.find('.');
        decimals.insert(point == std::string::npos ? 0 : label.size() - point - 1);
    }
    CHECK(ticks >= 4);
    CHECK(decimals.size() == 1);
}
