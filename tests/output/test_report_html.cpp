// The HTML report as a reader sees it: rendered by Debian's headless chromium, with no console
// message, every expected chart in the rendered DOM, and a screenshot and a PDF produced. A
// missing browser fails the tests (scripts/install-dependencies.sh installs it).
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "output/report/html_report.hpp"
#include "tests/output/test_output_fixture.hpp"
#include "tests/tool_support.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;

namespace {

struct Rendered {
    std::string dom;      // the DOM after rendering
    std::string console;  // chromium's console lines (":CONSOLE"), empty when there were none
};

Rendered render(const ScratchDirectory& dir, const std::string& html) {
    const auto page = testing::render_in_chromium(html, dir.file("."));
    REQUIRE(page.rendered);
    return {page.dom, page.console};
}

std::set<std::string> chart_ids(const std::string& dom) {
    static const std::regex svg(R"re(<svg[^>]*class="chart"[^>]*id="([^"]+)")re");
    std::set<std::string> ids;
    for (auto it = std::sregex_iterator(dom.begin(), dom.end(), svg); it != std::sregex_iterator();
         ++it)
        ids.insert((*it)[1]);
    return ids;
}

void require_chromium() {
    if (!testing::chromium_available())
        FAIL(testing::missing_tool_message("the chromium browser", "chromium"));
}

const char* const kUnitCharts[] = {"wte",          "vacancy_rate", "turnover",
                                   "absence_rate", "joiners_by",   "leavers_by"};

}  // namespace

TEST_CASE("a report with variants renders in chromium with every chart", "[report][browser]") {
    require_chromium();
    ScratchDirectory dir;
    const auto h5 = dir.file("variants.h5");
    write_fake_file(h5, 26, 5, {"baseline", "retention"});
    const auto html = dir.file("variants.html");
    std::filesystem::create_directory(dir.file("charts"));
    const auto summary = report::write_html_report(
        ResultReader(h5), {"A made-up system", {{"nurses", 0.1, 0.09, 0.05}}}, html,
        {dir.file("charts")});

    const Rendered page = render(dir, html);
    CHECK(page.console.empty());
    INFO(page.console);
    const auto ids = chart_ids(page.dom);
    // 6 units (3 groups, 2 sectors, the total) x (6 charts + 4 paired differences), and the
    // comparison's chart of each key metric the file has (the writer stores the variant's
    // paired differences; the made-up file has no temporary cost).
    for (const char* metric : {"wte", "vacancy_rate", "turnover", "absence_rate", "leavers"})
        CHECK(ids.count(std::string("chart-difference-") + metric) == 1);
    CHECK(ids.size() == 65);
    CHECK(summary.charts == 65);
    for (const char* unit : {"total", "nhs", "social-care", "nurses", "doctors", "carers"}) {
        for (const char* chart : kUnitCharts)
            CHECK(ids.count(std::string("chart-") + unit + "-" + chart) == 1);
        CHECK(ids.count(std::string("chart-") + unit + "-wte-difference-retention") == 1);
    }
    // Each chart also as an SVG file for slides.
    CHECK(std::filesystem::exists(dir.file("charts/chart-total-vacancy_rate.svg")));
    // Provenance first, the spread labelled as such, both variants in the legends.
    CHECK(page.dom.find("Complete: all 5 replications") < page.dom.find("<svg"));
    CHECK(page.dom.find("A made-up system") != std::string::npos);
    CHECK(page.dom.find("not confidence intervals") != std::string::npos);
    CHECK(page.dom.find("retention: median") != std::string::npos);
    CHECK(page.dom.find("retention minus baseline") != std::string::npos);

    // A screenshot and a PDF, as a reader would look at it and print it.
    const auto png = dir.file("report.png"), pdf = dir.file("report.pdf");
    const std::string browser = testing::headless_chromium(dir.file("profile2"));
    REQUIRE(std::system((browser + " --window-size=900,1600 --screenshot='" + png + "' 'file://" +
                         html + "' > /dev/null 2>&1")
                            .c_str()) == 0);
    REQUIRE(std::system((browser + " --no-pdf-header-footer --print-to-pdf='" + pdf + "' 'file://" +
                         html + "' > /dev/null 2>&1")
                            .c_str()) == 0);
    CHECK(read_text(png).substr(1, 3) == "PNG");
    CHECK(read_text(pdf).substr(0, 5) == "%PDF-");
    CHECK(std::filesystem::file_size(pdf) > 50'000);  // the charts, not an empty page
}

TEST_CASE("the report of an incomplete file says so at the top", "[report][browser]") {
    require_chromium();
    ScratchDirectory dir;
    const auto h5 = dir.file("incomplete.h5");
    {
        const auto layout = fake_layout(14);
        const auto axis = fake_axis(14);
        output::ResultWriter writer(h5, fake_metadata(10), layout, axis);
        for (int r : {0, 1, 3}) writer.append(0, r, fake_result(layout, axis, r));
        writer.finish(false, 0.5);
    }
    const auto html = dir.file("incomplete.html");
    report::write_html_report(ResultReader(h5), {}, html);
    const Rendered page = render(dir, html);
    CHECK(page.console.empty());
    const auto warning = page.dom.find("INCOMPLETE: this run stopped early. It holds 3 of the 10");
    REQUIRE(warning != std::string::npos);
    CHECK(warning < page.dom.find("Provenance"));
    CHECK(chart_ids(page.dom).size() == 36);
}

TEST_CASE("a run shorter than a financial year still gets its monthly charts", "[report]") {
    ScratchDirectory dir;
    const auto h5 = dir.file("short.h5");
    write_fake_file(h5, 8, 3);  // April to November: no whole financial year, no 12-month turnover
    const std::string page = report::render_html_report(ResultReader(h5), {});
    CHECK(page.find("No whole financial year (April to March) lies inside the run") !=
          std::string::npos);
    CHECK(chart_ids(page).size() == 36);
    // Undefined values print as n/a, never as a NaN that a printf let through.
    CHECK_FALSE(std::regex_search(page, std::regex(R"(\b[Nn]a[Nn]\b|-?inf\b)")));
}
