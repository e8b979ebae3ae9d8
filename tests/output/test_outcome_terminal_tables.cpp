// The terminal tables of targets and risks with variants: the definitions, and the register's
// titles and ratings, once; then one row per target (or risk) and variant, each variant's
// probability and its paired change from the baseline, a risk not modelled once, and a width that
// does not grow with the number of variants.
#include <catch2/catch.hpp>

#include <limits>
#include <sstream>
#include <vector>

#include "output/outcome_report.hpp"

using namespace wfsim::output;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TargetResult target_result(double p, double low, double high, double change, double change_low,
                           double change_high) {
    return {p, low, high, change, change_low, change_high, kNaN, kNaN, kNaN, kNaN, 40, 0, 0, 0, 40};
}

RiskResult risk_result(double p, double low, double high, int likelihood, double change,
                       double change_low, double change_high) {
    RiskResult r{};
    r.probability = r.rated = p;
    r.low = r.rated_low = low;
    r.high = r.rated_high = high;
    r.change = change;
    r.change_low = change_low;
    r.change_high = change_high;
    r.likelihood = likelihood;
    r.consequence = 4;
    r.rating = 4 * likelihood;
    r.grade = likelihood >= 4 ? "extreme" : "high";
    r.reached = r.rating <= 12 ? 1 : 0;
    return r;
}

RiskResult not_modelled() {
    RiskResult r = risk_result(kNaN, kNaN, kNaN, 0, kNaN, kNaN, kNaN);
    r.consequence = r.rating = 0;
    r.grade = "not modelled";
    r.reached = -1;
    return r;
}

// A target, a modelled risk and one not modelled, for the baseline and `variants` more, each
// variant raising the probability of meeting the target by 10 points.
OutcomeTables tables(int variants) {
    OutcomeTables t;
    t.bands_source = "NPSA (2008)";
    t.targets = {{"vacancy", "", "vacancy_rate", "total", "1", "2025/26", "at most 10%"}};
    t.risks = {{"supply", "498", "Supply", "", "", "missed: vacancy", "4", true, 16, 12},
               {"funding", "496", "Funding", "", "funding is not simulated", "", "", false, 6, 6}};
    t.variants = {"baseline"};
    t.target_results = {{target_result(0.5, 0.35, 0.65, kNaN, kNaN, kNaN)}};
    t.risk_results = {{risk_result(0.5, 0.35, 0.65, 4, kNaN, kNaN, kNaN), not_modelled()}};
    for (int v = 1; v <= variants; ++v) {
        const double p = 0.5 + 0.1 * v;
        t.variants.push_back("variant_" + std::to_string(v));
        t.target_results.push_back(
            {target_result(p, p - 0.15, p + 0.1, 0.1 * v, 0.1 * v - 0.05, 0.1 * v + 0.05)});
        t.risk_results.push_back(
            {risk_result(1 - p, 0.9 - p, 1.15 - p, 3, -0.1 * v, -0.1 * v - 0.05, -0.1 * v + 0.05),
             not_modelled()});
    }
    return t;
}

std::string print(const OutcomeTables& t, OutcomeDetail detail = OutcomeDetail::Full) {
    std::ostringstream out;
    print_outcome_report(out, t, detail);
    return out.str();
}

std::string line_with(const std::string& text, const std::string& part) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(part) != std::string::npos) return line;
    return "";
}

int lines_with(const std::string& text, const std::string& part) {
    std::istringstream in(text);
    int n = 0;
    for (std::string line; std::getline(in, line);) n += line.find(part) != std::string::npos;
    return n;
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

}  // namespace

TEST_CASE("targets and risks on the terminal, one row per variant", "[output][outcomes]") {
    const std::string text = print(tables(2));
    INFO(text);
    SECTION("targets: each variant's probability and change, the definition once") {
        const std::string header = line_with(text, "P(met)");
        CHECK(header.find("variant") != std::string::npos);
        CHECK(header.find("change from the baseline") != std::string::npos);
        const std::string baseline = line_with(text, "50.0% (35.0-65.0)");
        CHECK(baseline.find("vacancy") == 0);
        CHECK(baseline.find("baseline") != std::string::npos);
        CHECK(baseline.find("pts") == std::string::npos);  // no change from itself
        const std::string second = line_with(text, "70.0% (55.0-80.0)");
        CHECK(second.find("variant_2") != std::string::npos);
        CHECK(second.find("+20.0 pts (+15.0 to +25.0)") != std::string::npos);
        CHECK(second.find("vacancy") == std::string::npos);  // the definition on the first row
        CHECK(lines_with(text, "at most 10%") == 1);
    }
    SECTION("risks: each variant's rating and change, the register once, not modelled once") {
        const std::string baseline = line_with(text, "4 x 4 = 16 extreme");
        CHECK(baseline.find("498") == 0);
        CHECK(baseline.find("no") != std::string::npos);
        const std::string first = line_with(text, "-10.0 pts (-15.0 to -5.0)");
        CHECK(first.find("variant_1") != std::string::npos);
        CHECK(first.find("3 x 4 = 12 high") != std::string::npos);
        CHECK(first.find("yes") != std::string::npos);
        CHECK(first.find("498") == std::string::npos);
        CHECK(lines_with(text, "not modelled") == 1);  // one row, not one per variant
        CHECK(line_with(text, "496").find("variant") == std::string::npos);
        CHECK(text.find("Change in the probability") == std::string::npos);  // now in the table
    }
    SECTION("the tables keep their columns however many variants run") {
        const std::string more = print(tables(5));
        CHECK(words(line_with(more, "P(met)")) == words(line_with(text, "P(met)")));
        CHECK(words(line_with(more, "P(adverse event)")) ==
              words(line_with(text, "P(adverse event)")));
        // The results sit beside the name (the widest is "vacancy", "498"), not beside the
        // definition's columns, blank on every variant's row.
        CHECK(line_with(text, "P(met)").find("variant") == std::string("vacancy  ").size());
        CHECK(line_with(text, "P(adverse event)").find("variant") == std::string("498  ").size());
        CHECK(lines_with(text, "Supply") == 1);  // the register's title once
        // A row each in the targets, the shortfalls and the risks.
        CHECK(lines_with(more, "variant_") == 3 * 5);
    }
}

TEST_CASE("targets and risks on the terminal: the baseline alone, summary and full",
          "[output][outcomes]") {
    const OutcomeTables alone = tables(0);
    const std::string full = print(alone);
    INFO(full);
    CHECK(line_with(full, "P(met)").find("variant") == std::string::npos);
    CHECK(line_with(full, "P(met)").find("change") == std::string::npos);
    CHECK(full.find("When missed, by how much") != std::string::npos);
    CHECK(full.find("Adverse events and consequences") != std::string::npos);
    const std::string summary = print(alone, OutcomeDetail::Summary);
    CHECK(summary.find("When missed, by how much") == std::string::npos);
    CHECK(summary.find("Adverse events and consequences") == std::string::npos);
    CHECK(summary.find("496 Funding: funding is not simulated") != std::string::npos);
}

TEST_CASE("a risk rated by shortfall shows, without --full, the probability it is rated at",
          "[output][outcomes]") {
    OutcomeTables t = tables(1);
    // Every replication has the adverse event, one in eight of the rated consequence (4 x 4):
    // the likelihood 4 comes from 12.5%, not from the 100% beside it.
    RiskResult& r = t.risk_results[0][0];
    r.probability = 1.0, r.low = 0.676, r.high = 1.0;
    r.rated = 0.125, r.rated_low = 0.0224, r.rated_high = 0.471;
    const std::string summary = print(t, OutcomeDetail::Summary);
    INFO(summary);
    const std::string header = line_with(summary, "id   variant");
    CHECK(header.find("P(rated)") != std::string::npos);
    CHECK(header.find("P(rated)") > header.find("P(adverse event)"));
    const auto row = words(line_with(summary, "100.0% (67.6-100.0)"));
    const std::vector<std::string> expected = {"498",   "baseline",   "100.0%", "(67.6-100.0)",
                                               "12.5%", "(2.2-47.1)", "4",      "x"};
    REQUIRE(row.size() >= expected.size());
    CHECK(std::vector<std::string>(row.begin(), row.begin() + 8) == expected);
    CHECK(summary.find("rated at the consequence that makes likelihood x consequence\nlargest") !=
          std::string::npos);
    // Where no risk is rated apart from its adverse event, the column is not shown.
    CHECK(print(tables(1), OutcomeDetail::Summary).find("P(rated)") == std::string::npos);
}
