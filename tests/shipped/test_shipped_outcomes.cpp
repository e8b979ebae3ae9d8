// The shipped scenarios carry their documents' targets and risk register: Staffordshire and
// Stoke-on-Trent's 8-12% vacancy and turnover and 4.5% absence; Hertfordshire and West Essex's
// strategic risks 495 to 505 with the register's ratings, each modelled risk's adverse event
// defined on targets and the others declared not modelled with a reason.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "models/outcomes/outcome_recorder.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim;
using namespace wfsim::models::outcomes;

namespace {

models::ResolvedScenario load(const std::string& name) {
    return models::resolve_scenario(
        models::load_scenario_file(wfsim::testing::shipped_scenario(name)));
}

const models::TargetSpec& target(const models::Scenario& s, const std::string& name) {
    const auto it = std::find_if(s.targets.begin(), s.targets.end(),
                                 [&](const auto& t) { return t.name == name; });
    REQUIRE(it != s.targets.end());
    return *it;
}

}  // namespace

TEST_CASE("Staffordshire and Stoke-on-Trent carries the plan's targets", "[scenarios][outcomes]") {
    const auto resolved = load("staffordshire_stoke_nhs.yaml");
    const auto& s = resolved.scenario;
    for (const char* name : {"vacancy_2022_23", "turnover_2022_23"}) {
        const auto& t = target(s, name);
        CHECK(t.unit == "nhs_trusts");
        CHECK(*t.year == 2022);
        CHECK(*t.at_least == Approx(0.08));
        CHECK(*t.at_most == Approx(0.12));
    }
    const auto& absence = target(s, "absence_2022_23");
    CHECK(absence.metric == "absence_rate");
    CHECK_FALSE(absence.at_least);
    CHECK(*absence.at_most == Approx(0.045));
    CHECK(target(s, "vacancy_every_year").years->first == 2022);
    // Bound to the run: five whole financial years for the ranges.
    models::WorkforceModel model(resolved);
    const auto defs = define_outcomes(s, model.layout(), resolved.axis);
    CHECK(defs.targets[3].checks.size() == 5);
}

TEST_CASE("Hertfordshire and West Essex carries its risk register, 495 to 505",
          "[scenarios][outcomes]") {
    const auto resolved = load("hertfordshire_west_essex.yaml");
    const auto& risks = resolved.scenario.risks;
    // The register's ratings (000_9e6fcafd4c89b57b.txt, STRATEGIC RISKS).
    const std::map<std::string, std::pair<int, int>> register_ratings = {
        {"495", {9, 3}},  {"496", {6, 6}},  {"497", {9, 3}},  {"498", {16, 12}}, {"499", {9, 4}},
        {"500", {12, 8}}, {"501", {12, 4}}, {"503", {12, 6}}, {"504", {9, 4}},   {"505", {12, 4}}};
    REQUIRE(risks.size() == register_ratings.size());
    for (const auto& r : risks) {
        INFO(r.id);
        REQUIRE(register_ratings.count(r.id) == 1);
        CHECK(r.rating == register_ratings.at(r.id).first);
        CHECK(r.target_rating == register_ratings.at(r.id).second);
        CHECK_FALSE(r.description.empty());
        const bool modelled =
            r.id == "498" || r.id == "499" || r.id == "500" || r.id == "501" || r.id == "503";
        CHECK(r.modelled() == modelled);
        // A modelled risk's consequence divides its current rating (likelihood x consequence).
        if (r.consequence) CHECK(r.rating % *r.consequence == 0);
    }

    // A few replications: every modelled risk is rated, every other reported as not modelled.
    models::WorkforceModel model(resolved);
    OutcomeRecorder recorder(define_outcomes(resolved.scenario, model.layout(), resolved.axis),
                             model.layout(), resolved.axis, {"baseline"});
    for (int r = 0; r < 3; ++r) recorder.record(0, r, *model.run(1, r));
    const OutcomeResults results = recorder.results();
    for (std::size_t i = 0; i < risks.size(); ++i) {
        const RiskSummary& s = results.variants[0].risks[i];
        INFO(risks[i].id);
        CHECK(s.modelled == risks[i].modelled());
        if (!s.modelled) continue;
        CHECK(s.event.trials == 3);
        CHECK(s.likelihood >= 1);
        CHECK(s.rating == s.likelihood * s.consequence);
    }
}
