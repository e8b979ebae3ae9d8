// The parameter reference is generated from the declarations, names every key, and is what
// docs/scenario.md holds.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "models/scenario/scenario_loader.hpp"
#include "models/scenario/schema/duration_codec.hpp"
#include "models/scenario/schema/scenario_schema.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim::models;

namespace {

// Every key path the declarations give, as the reference writes them.
void collect_paths(const schema::ObjectInfo& info, const std::string& prefix,
                   std::vector<std::string>& out) {
    for (const auto& field : info.fields) {
        const std::string path = schema::join_path(prefix, field.key);
        out.push_back(path);
        if (field.shape == schema::Shape::Object) collect_paths(*field.object, path, out);
        if (field.shape == schema::Shape::NamedObjects)
            collect_paths(*field.object, path + ".<name>", out);
    }
}

}  // namespace

TEST_CASE("the reference names every declared key", "[scenario]") {
    const std::string reference = scenario_reference_markdown();
    std::vector<std::string> paths;
    collect_paths(schema::scenario_schema().info(), "", paths);
    CHECK(paths.size() >= 30);
    for (const auto& path : paths) {
        INFO(path);
        CHECK(reference.find("| `" + path + "` |") != std::string::npos);
    }
    for (const auto& form : schema::duration_forms()) {
        INFO(form.syntax);
        CHECK(reference.find(form.syntax) != std::string::npos);
        if (!form.parameters) continue;
        for (const auto& p : form.parameters->fields)
            CHECK(reference.find("`" + p.key + "` (" + p.unit) != std::string::npos);
    }
    // Rules across keys are stated too.
    CHECK(reference.find("Give exactly one of `turnover`, `hazard_per_year` and `wastage`.") !=
          std::string::npos);
    CHECK(reference.find("11.14%") != std::string::npos);  // percentages are explained
}

TEST_CASE("docs/scenario.md holds the generated reference, up to date", "[scenario]") {
    std::ifstream in(wfsim::testing::source_file("docs/scenario.md"), std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const bool current = text.str().find(scenario_reference_markdown()) != std::string::npos;
    INFO("docs/scenario.md is stale: paste in the output of scenario_reference_markdown()");
    CHECK(current);
}

TEST_CASE("the example in docs/scenario.md is a valid scenario", "[scenario]") {
    std::ifstream in(wfsim::testing::source_file("docs/scenario.md"), std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const auto begin = doc.find("```yaml\n");
    REQUIRE(begin != std::string::npos);
    const auto end = doc.find("```", begin + 8);
    REQUIRE(end != std::string::npos);
    const Scenario s = load_scenario_text(doc.substr(begin + 8, end - begin - 8), "docs example");
    REQUIRE(s.groups.size() == 2);
    CHECK(s.groups[0].vacancy_rate.value() == Approx(0.1114));
    CHECK(s.groups[0].absence.rate.value() == Approx(0.0572));
    CHECK(s.groups[1].sector == "social_care");
    CHECK(s.groups[1].absence.rate.value() == Approx(0.0572));
}
