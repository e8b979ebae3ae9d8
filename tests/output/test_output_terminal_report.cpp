// The terminal report: financial-year figures for the total and each sector, the calibration
// table beside the quoted inputs, and the fallback when no financial year is whole.
#include <catch2/catch.hpp>

#include <sstream>

#include "output/report_figures.hpp"
#include "output/report_format.hpp"
#include "output/terminal_report.hpp"
#include "output/terminal_summary.hpp"
#include "tests/output/test_output_fixture.hpp"

using namespace wfsim;
using namespace wfsim::output;
using namespace wfsim::test_output;
using Catch::Matchers::Contains;

namespace {

std::string report_of(const std::string& path, const std::vector<QuotedFigures>& quoted = {}) {
    std::ostringstream out;
    print_terminal_report(out, path, quoted);
    return out.str();
}

// The line of `text` after the first line containing `after` that contains `what`.
std::string line_with(const std::string& text, const std::string& after, const std::string& what) {
    std::istringstream in(text.substr(text.find(after)));
    std::string line;
    while (std::getline(in, line))
        if (line.find(what) != std::string::npos) return line;
    return "";
}

}  // namespace

TEST_CASE("numbers are formatted for reading", "[output]") {
    CHECK(format_number(1234567.891, 1) == "1,234,567.9");
    CHECK(format_number(-999.5, 0) == "-1,000");
    CHECK(format_number(-0.001, 1) == "0.0");
    CHECK(format_value(61234.4, Quantity::Count) == "61,234");
    CHECK(format_value(12.34, Quantity::Count) == "12.3");
    CHECK(format_value(5432.06, Quantity::Wte) == "5,432.1");
    CHECK(format_value(0.0972, Quantity::Fraction) == "9.72%");
    CHECK(format_value(std::nan(""), Quantity::Fraction) == "n/a");
    CHECK(format_error(7.0711, Quantity::Count) == "7.1");
    CHECK(format_error(123.4, Quantity::Count) == "123");
    CHECK(format_error(0.000213, Quantity::Fraction) == "0.021%");
    CHECK(format_error(1e-18, Quantity::Fraction) == "0%");
}

TEST_CASE("the report shows each financial year for the total and each sector", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("report.h5");
    write_fake_file(path, 26, 5);
    const std::string text = report_of(path);
    CHECK_THAT(text, Contains("Test system"));
    CHECK_THAT(text, Contains("5 replications (complete)"));
    CHECK_THAT(text, Contains("not a confidence"));
    CHECK_THAT(text, Contains("2022/23"));
    CHECK_THAT(text, Contains("2023/24"));
    CHECK_THAT(text, Contains("System total"));
    CHECK_THAT(text, Contains("social_care"));
    // Total headcount in March 2023: 611 + 10 r for r = 0..4.
    const std::string headcount = line_with(text, "System total", "headcount");
    CHECK_THAT(headcount, Contains("631"));
    CHECK_THAT(headcount, Contains("613 - 649"));
    CHECK_THAT(headcount, Contains("7.1"));
    CHECK_THAT(line_with(text, "System total", "vacancy rate"), Contains("10.00%"));
    CHECK_THAT(line_with(text, "System total", "share aged 55+"), Contains("25.00%"));
    CHECK_THAT(line_with(text, "System total", "stability index"), Contains("80.00%"));
    CHECK_THAT(line_with(text, "System total", "absence rate"), Contains("5.00%"));
    CHECK(text.find("Inputs reproduced") == std::string::npos);  // nothing quoted
}

TEST_CASE("the report sets the first year's rates beside the quoted inputs", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("calibration.h5");
    write_fake_file(path, 26, 3);
    const std::string text =
        report_of(path, {{"nurses", 0.1112, 0.1, std::nullopt}, {"absent_group", 0.5, 0.5, 0.5}});
    CHECK_THAT(text, Contains("Inputs reproduced, 2022/23"));
    const std::string nurses = line_with(text, "Inputs reproduced", "nurses");
    CHECK_THAT(nurses, Contains("11.12%"));
    CHECK_THAT(nurses, Contains("10.00%"));
    CHECK_THAT(nurses, Contains("5.00%"));
    CHECK_THAT(nurses, Contains("-"));
    CHECK_THAT(line_with(text, "Inputs reproduced", "carers"), Contains("-"));
}

TEST_CASE("without a whole financial year the report shows the last 12 months", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("window.h5");
    {
        const auto layout = fake_layout(14);
        const auto axis = fake_axis(14, 2022, 1);  // January 2022 to February 2023
        ResultWriter writer(path, fake_metadata(4), layout, axis);
        for (int r = 0; r < 4; ++r) writer.append(0, r, fake_result(layout, axis, r));
        writer.finish(true, 0.0);
    }
    const std::string text = report_of(path, {{"nurses", 0.2, 0.1, 0.05}});
    CHECK_THAT(text, Contains("12 months to February 2023"));
    CHECK_THAT(text, Contains("no financial year"));
    CHECK_THAT(text, Contains("Inputs reproduced, 12 months to February 2023"));

    // The window is derived as a year would be: its turnover is the stored rolling 12-month
    // turnover of the last month, and stocks are the last month's values.
    ResultReader reader(path);
    const PeriodFigures window =
        trailing_figures(reader, "baseline", {"turnover", "vacancy_rate", "headcount", "wte"});
    const auto rolling = reader.summary("baseline", Period::Monthly, "turnover", Statistic::Mean);
    const auto last = reader.summary("baseline", Period::Monthly, "headcount", Statistic::P50);
    for (std::size_t u = 0; u < 6; ++u) {
        CHECK(window.by_metric.at("turnover")[u].mean == Approx(rolling.at(13, u)));
        CHECK(window.by_metric.at("vacancy_rate")[u].median == Approx(0.1));
        CHECK(window.by_metric.at("headcount")[u].median == Approx(last.at(13, u)));
        CHECK(window.by_metric.at("turnover")[u].n == 4);
    }
}

TEST_CASE("with fewer than 12 months the report shows the last month", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("short.h5");
    write_fake_file(path, 8, 2);
    const std::string text = report_of(path);
    CHECK_THAT(text, Contains("November 2022"));
    CHECK_THAT(text, Contains("only 8 months simulated"));
    CHECK_THAT(line_with(text, "System total", "turnover"), Contains("n/a"));
    CHECK_THAT(line_with(text, "System total", "headcount"), Contains("612"));  // 607 and 617
}

TEST_CASE("the report says when a run is incomplete, and shows every variant", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("partial.h5");
    {
        const auto layout = fake_layout(13);
        const auto axis = fake_axis(13);
        ResultWriter writer(path, fake_metadata(10), layout, axis, {"baseline", "package"});
        for (std::size_t v = 0; v < 2; ++v)
            for (int r : {0, 2}) writer.append(v, r, fake_result(layout, axis, r));
        writer.finish(false, 0.0);
    }
    const std::string text = report_of(path);
    CHECK_THAT(text, Contains("2 replications of 10 requested (INCOMPLETE"));
    CHECK_THAT(text, Contains("=== Variant: baseline ==="));
    CHECK_THAT(text, Contains("=== Variant: package ==="));
    CHECK_THROWS_AS(report_of(dir.file("absent.h5")), OutputError);
}

TEST_CASE("the short summary gives the first and last year, and the units shown", "[output]") {
    ScratchDirectory dir;
    const auto path = dir.file("summary.h5");
    write_fake_file(path, 38, 5);  // financial years 2022/23, 2023/24, 2024/25
    std::ostringstream out;
    print_terminal_summary(out, ResultReader(path), {{"nurses", 0.12, 0.1, 0.05}}, {"doctors"});
    const std::string text = out.str();
    CHECK_THAT(text, Contains("2022/23"));
    CHECK_THAT(text, Contains("2024/25"));
    CHECK(text.find("2023/24") == std::string::npos);  // the years between are in --full
    // Total headcount in March 2023: 611 + 10 r for r = 0..4; median 631, 5%-95% 613 - 649.
    CHECK_THAT(line_with(text, "System total", "headcount"), Contains("631 (613 - 649)"));
    CHECK_THAT(text, Contains("nhs (sector)"));
    CHECK_THAT(text, Contains("social_care (sector)"));
    CHECK_THAT(text, Contains("doctors (group)"));
    CHECK(text.find("nurses (group)") == std::string::npos);
    // doctors (unit 1) in March 2023: 200 + 10 r + 11.
    CHECK_THAT(line_with(text, "doctors (group)", "headcount"), Contains("231 (213 - 249)"));
    CHECK_THAT(text, Contains("Inputs reproduced"));
    CHECK(text.find("MCSE") == std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') < 40);
    CHECK(unknown_units({"doctors", "dentists"}, ResultReader(path).axes().units) ==
          std::vector<std::string>{"dentists"});
}
