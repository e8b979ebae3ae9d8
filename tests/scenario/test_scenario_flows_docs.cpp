// The examples of docs/scenario.md for group flows and for programmes and shocks are valid and
// mean what the text says; the reference states the rules of the new keys.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "models/scenario/scenario_loader.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim::models;

namespace {

std::string scenario_doc() {
    std::ifstream in(wfsim::testing::source_file("docs/scenario.md"), std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The first ```yaml block after `heading`.
std::string yaml_after(const std::string& doc, const std::string& heading) {
    const auto at = doc.find("\n" + heading + "\n");
    REQUIRE(at != std::string::npos);
    const auto begin = doc.find("```yaml\n", at);
    REQUIRE(begin != std::string::npos);
    const auto end = doc.find("```", begin + 8);
    REQUIRE(end != std::string::npos);
    return doc.substr(begin + 8, end - begin - 8);
}

}  // namespace

TEST_CASE("the group-flows and programmes examples in docs/scenario.md are valid",
          "[scenario][flows]") {
    const std::string doc = scenario_doc();
    const std::string flows = yaml_after(doc, "## Flows of a group");
    const Scenario s = load_scenario_text(flows, "flows example");
    REQUIRE(s.groups.size() == 2);
    const GroupSpec& g = s.groups[0];
    REQUIRE(g.leaving.retirement);
    CHECK(g.leaving.retirement->hazard_by_age.back().to == 120);
    CHECK(g.leaving.to_groups.at(0).group == "care_workers");
    REQUIRE(g.recruitment.labour_pool);
    CHECK(g.absence.spell_days.kind == DurationDistribution::Kind::Mixture);
    CHECK(g.absence.seasonality.size() == 12);
    CHECK(g.establishment.growth_by_year.at(0).start_year == 2024);
    CHECK(g.temporary_cover.agency_cost_per_wte_day == 400);

    const std::string programmes = yaml_after(doc, "## Programmes, shocks and feedback");
    const Scenario t = load_scenario_text(flows + programmes, "programmes example");
    REQUIRE(t.population);
    CHECK(t.international.size() == 1);
    CHECK(t.international[0].changes.size() == 1);
    CHECK(t.training.size() == 2);
    CHECK(t.training[1].retention == Approx(0.67));
    CHECK(t.graduates.size() == 1);
    REQUIRE(t.domestic_cohorts.size() == 1);
    CHECK(t.domestic_cohorts[0].cost_per_hire == 2000);
    CHECK(t.shocks.size() == 2);
    REQUIRE(t.reservists.size() == 1);
    CHECK(t.reservists[0].people == 336);
    CHECK(t.feedback);
}

TEST_CASE("the reference states the rules of the new keys", "[scenario][flows]") {
    const std::string reference = scenario_reference_markdown();
    for (const char* text :
         {"| `groups.<name>.leaving.retirement.hazard_by_age` | age band hazards |",
          "| `groups.<name>.absence.spell_days` | duration |",
          "`{mixture: [{share: W, lognormal: {mean: M, sd: S}}, ...]}`", "| monthly factors |",
          "| WTE shares |", "| shares by group |",
          "| `international.<name>.recruit_months` | list of months |",
          "| `training.<name>.route` | choice |", "training, apprenticeship or return_to_practice",
          "| `reservists.<name>.shocks` | list of shock names |",
          "Every financial year in a group's establishment.growth_by_year and "
          "establishment.wte_by_year starts inside the run.",
          "A group that graduates join has a recruitment.labour_pool.",
          "bank_fill + agency_fill is at most 1.", "dates outside the run are allowed",
          "N_plus = [N, 120)"}) {
        INFO(text);
        CHECK(reference.find(text) != std::string::npos);
    }
}
