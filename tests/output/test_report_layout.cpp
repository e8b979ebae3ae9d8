// The report's charts keep what they say inside them: every legend entry within the chart however
// many variants there are, and every risk marker in a cell of the rating it stands for.
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include "output/report/outcome_sections.hpp"
#include "output/report/svg_chart.hpp"
#include "tests/output/test_output_fixture.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

namespace {

// The chart's width and height, from its <svg> element.
std::pair<double, double> chart_size(const std::string& svg) {
    std::smatch m;
    REQUIRE(std::regex_search(svg, m,
                              std::regex("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"")));
    return {std::stod(m[1]), std::stod(m[2])};
}

// `text` as a regular expression matching it literally.
std::string literal(const std::string& text) {
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    return std::regex_replace(text, special, R"(\$&)");
}

// Checks that the text `label` is in the chart, and that it starts and ends inside it (at the
// writer's own estimate of 6.2 px a character of the 11 px font) with its baseline at least 3 px
// above the bottom edge, room for the descenders.
void check_inside(const std::string& svg, const std::string& label) {
    const auto [width, height] = chart_size(svg);
    std::smatch m;
    const std::regex text("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>" + literal(label) +
                          "</text>");
    INFO(label);
    REQUIRE(std::regex_search(svg, m, text));
    const double x = std::stod(m[1]), y = std::stod(m[2]);
    CHECK(x >= 0);
    CHECK(x + 6.2 * static_cast<double>(label.size()) <= width);
    CHECK(y + 3 <= height);
}

}  // namespace

TEST_CASE("a fan chart's legend stays inside the chart with four variants", "[report]") {
    report::ChartSpec c;
    c.id = "fan";
    c.kind = report::ValueKind::Fraction;
    c.periods = {"2024-04-01", "2024-05-01", "2024-06-01"};
    const std::vector<std::string> variants = {"baseline", "retention_pathfinder",
                                               "apprenticeships_expanded",
                                               "international_beyond_nursing"};
    // As the report draws it: each variant's 90% band, the baseline's 50% band, each median.
    std::vector<std::string> labels;
    for (std::size_t v = 0; v < variants.size(); ++v) {
        c.bands.push_back({variants[v] + ": 90% of replications",
                           {0.09, 0.09, 0.09},
                           {0.11, 0.11, 0.11},
                           static_cast<int>(v),
                           false});
        if (v == 0)
            c.bands.push_back({variants[v] + ": 50% of replications",
                               {0.095, 0.095, 0.095},
                               {0.105, 0.105, 0.105},
                               0,
                               true});
    }
    for (std::size_t v = 0; v < variants.size(); ++v)
        c.lines.push_back({variants[v] + ": median", {0.1, 0.1, 0.1}, static_cast<int>(v)});
    const std::string svg = report::render_svg(c);
    for (const auto& b : c.bands) check_inside(svg, b.label);
    for (const auto& l : c.lines) check_inside(svg, l.label);
    // A chart with a short legend keeps its size.
    c.bands.resize(1);
    c.lines.resize(1);
    CHECK(chart_size(report::render_svg(c)) == std::pair<double, double>{720, 320});
}

TEST_CASE("the heat map draws each rating in a cell of that rating, and its legend fits",
          "[report][outcomes]") {
    if (!testing::python_modules_available("h5py, numpy"))
        FAIL(testing::missing_tool_message("/usr/bin/python3 with h5py and numpy",
                                           "python3-h5py python3-numpy"));
    ScratchDirectory dir;
    const auto h5 = dir.file("outcomes.h5");
    const std::vector<std::string> variants = {"baseline", "retention_pathfinder",
                                               "apprenticeships_expanded",
                                               "international_beyond_nursing"};
    write_fake_file(h5, 26, 4, variants);
    // The documented tables with known values; then risk 12 (consequence 3) gets the register
    // ratings 9 and 4, as Hertfordshire and West Essex's risk 499 has: no likelihood gives 4 at
    // consequence 3.
    const std::string add =
        std::string(testing::kSystemPython) + " " + WFSIM_SOURCE_DIR +
        "/tests/output/add_outcome_tables.py '" + h5 + "' && " + testing::kSystemPython +
        " -c \"import h5py, sys; f = h5py.File(sys.argv[1], 'r+'); "
        "f['risks/register_rating'][1] = 9; f['risks/target_rating'][1] = 4\" '" +
        h5 + "'";
    REQUIRE(std::system(add.c_str()) == 0);
    const std::string map = report::risk_heat_map_svg(ResultReader(h5));

    // Every register marker (a circle for the current rating, a square for the target) in the
    // cell whose likelihood x consequence is its rating. Cells are 90 px from (70, 40), the
    // likelihood 5 row on top; a square's x and y are its corner, 5.5 px from its centre.
    const std::regex marker(
        "<(circle cx|rect x)=\"([0-9.]+)\" (?:cy|y)=\"([0-9.]+)\"[^>]*>"
        "<title>([0-9]+): (current|target) rating ([0-9]+)");
    int markers = 0;
    for (auto it = std::sregex_iterator(map.begin(), map.end(), marker);
         it != std::sregex_iterator(); ++it, ++markers) {
        const auto& m = *it;
        const double shift = m[1] == "rect x" ? 5.5 : 0.0;
        const int consequence =
            static_cast<int>(std::floor((std::stod(m[2]) + shift - 70) / 90)) + 1;
        const int likelihood =
            5 - static_cast<int>(std::floor((std::stod(m[3]) + shift - 40) / 90));
        INFO(m.str());
        CHECK(likelihood * consequence == std::stoi(m[6]));
    }
    CHECK(markers == 4);  // two risks, each with its current and target rating
    CHECK(
        map.find("12: target rating 4 (no likelihood gives 4 at consequence 3: drawn at 1 x 4)") !=
        std::string::npos);
    CHECK(map.find("12: current rating 9<") != std::string::npos);  // at 3 x 3, no note

    for (const char* label : {"current (register)", "target"}) check_inside(map, label);
    for (const auto& v : variants) check_inside(map, "simulated, " + v);
    check_inside(map,
                 "shading by grade: low 1-3, moderate 4-6, high 8-12, extreme 15-25 (the "
                 "rating is in each cell)");
}
