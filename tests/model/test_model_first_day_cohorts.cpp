// Cohorts that start on the run's first day with no time on the way: they arrive that day. Each
// check is an exact count (no sampling): nobody leaves, and the intakes are whole numbers.
#include <catch2/catch.hpp>

#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

double at(const models::ReplicationResult& r, const models::ResultLayout& layout,
          const std::string& name, int month, int unit = 0) {
    return sum_of(r, layout, name, unit, month, month + 1);
}

}  // namespace

TEST_CASE("a training intake on the first day with no duration completes that day",
          "[model][supply][validity]") {
    // 100 internal trainees from a to b on 1 April with a zero duration: 100 leave a for
    // training, 100 start and complete, and b holds 1,100 (over its establishment, as any arrival
    // without a vacancy); a refills its 100 posts.
    auto a = plain_group("a", 1000);
    a.establishment_wte = 1000;  // every post filled at the start
    auto s = one_group_scenario(a, 12);
    s.groups.push_back(plain_group("b", 1000));
    models::TrainingProgramme p;
    // Not `p.name = "a_to_b"`: GCC 12.2 warns that assigning a literal to a std::string may
    // overlap (a false positive of -Wrestrict, GCC bug 105329, fixed in 12.3); a move does not.
    p.name = std::string("a_to_b");
    p.from_group = "a";
    p.to_group = "b";
    p.intake_per_year = 100;
    p.intake_month = 4;
    p.duration_days = models::DurationDistribution::fixed(0.0);
    s.training.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 3; ++rep) {
        const auto r = model.run(9, rep);
        const auto& layout = model.layout();
        CHECK(at(*r, layout, "leavers_to_training", 0, 0) == 100);
        CHECK(at(*r, layout, "training_starts", 0, 1) == 100);
        CHECK(at(*r, layout, "training_completions", 0, 1) == 100);
        CHECK(at(*r, layout, "joiners_training", 0, 1) == 100);
        CHECK(value(*r, layout, models::kHeadcount, 0, 1) == 1100);
        CHECK(value(*r, layout, models::kHeadcount, 11, 0) == 1000);
        CHECK(value(*r, layout, models::kHeadcount, 11, layout.units.total_unit()) == 2100);
    }
}

TEST_CASE("an international cohort on the first day with no pipeline arrives that day",
          "[model][supply][validity]") {
    // 200 offers a year in one April cohort, a zero pipeline and no drop-out: 200 recruits,
    // 200 joiners on 1 April, none in the pipeline.
    auto s = one_group_scenario(plain_group("nurses", 1000), 12);
    models::InternationalProgramme p;
    p.name = "overseas";
    p.group = "nurses";
    p.per_year = 200;
    p.recruit_months = {4};
    p.pipeline_days = models::DurationDistribution::fixed(0.0);
    s.international.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < 3; ++rep) {
        const auto r = model.run(9, rep);
        const auto& layout = model.layout();
        CHECK(at(*r, layout, "international_recruits", 0) == 200);
        CHECK(at(*r, layout, "joiners_international", 0) == 200);
        CHECK(value(*r, layout, layout.metric_index("international_pipeline"), 0, 0) == 0);
        CHECK(value(*r, layout, models::kHeadcount, 0, 0) == 1200);
    }
}
