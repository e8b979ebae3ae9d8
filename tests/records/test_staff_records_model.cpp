// A run that starts from staff records: the groups' size, WTE and age profile are the records',
// each person's birth date and start date are as recorded, and the leaving calibration uses the
// records' first-year share of service.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "output/result_reader.hpp"
#include "output/sha256.hpp"
#include "tests/model/model_test_support.hpp"
#include "tests/records/test_staff_records_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim;
using namespace wfsim::testing;

namespace {

std::string iso(sim::Date d) {
    const auto ymd = d.ymd();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
    return buf;
}

// 400 nurses born on the 15th of a month from 1955 to 1999 (one every ~41 days), WTE 0.6 or 1.0
// alternately; 100 admin staff, WTE 0.8; the first `new_starters` of each group started in
// the year before the start, the others in 2015.
struct RecordsScenario : StaffRecordsFixture {
    std::vector<sim::Date> nurse_births;
    explicit RecordsScenario(int new_starters = 0) {
        std::ostringstream csv;
        csv << "group,date_of_birth,wte,start_date\n";
        for (int i = 0; i < 400; ++i) {
            const sim::Date dob = sim::Date::from_ymd(1955 + (i * 45) / 400, 1 + (i * 7) % 12, 15);
            nurse_births.push_back(dob);
            csv << "registered_nursing," << iso(dob) << "," << (i % 2 ? "1.0" : "0.6") << ","
                << (i < new_starters ? "2021-10-01" : "2015-06-01") << "\n";
        }
        for (int i = 0; i < 100; ++i)
            csv << "admin_estates,1980-03-15,0.8," << (i < new_starters / 4 ? "2021-10-01" : "")
                << "\n";
        write(csv.str());
        for (auto& g : scenario.groups) {
            g.leaving.hazard_per_year = 0.0;
            g.recruitment.hires_per_year = 0.0;  // nobody joins: the records are all there is
        }
    }
};

}  // namespace

TEST_CASE("staff records give each group its size, WTE and people, exactly", "[model][records]") {
    RecordsScenario f;
    const auto resolved = models::resolve_scenario(f.scenario);
    REQUIRE(resolved.groups.size() == 2);
    CHECK(resolved.groups[0].headcount == 400);
    CHECK(resolved.groups[0].wte == Approx(200 * 0.6 + 200 * 1.0));
    CHECK(resolved.groups[1].headcount == 100);
    CHECK(resolved.groups[1].wte == Approx(80.0));
    models::WorkforceModel model(resolved);
    const auto r = model.run(3, 0);
    const auto& layout = model.layout();
    for (int m = 0; m < 12; ++m) {
        CHECK(value(*r, layout, models::kHeadcount, m, 0) == 400);
        CHECK(value(*r, layout, models::kWte, m, 0) == Approx(320.0));
        // Nobody leaves or joins: the over-55s at each month end are the recorded people whose
        // 55th birthday has come by then.
        const sim::Date next_month = resolved.axis.start().add_months_to_month_start(m + 1);
        int over_55 = 0;
        for (const sim::Date& dob : f.nurse_births) over_55 += dob.add_years(55) < next_month;
        INFO("month " << m);
        CHECK(value(*r, layout, models::kOver55, m, 0) == over_55);
        CHECK(value(*r, layout, models::kOver55, m, 1) == 0);
    }
}

TEST_CASE("the records' ages weight retirement, and their start dates the first-year share",
          "[model][records]") {
    RecordsScenario f(100);
    auto& nurses = f.scenario.groups[0];
    nurses.leaving.hazard_per_year.reset();
    nurses.leaving.turnover = 0.12;
    nurses.leaving.first_year_multiplier = 2.0;
    models::RetirementSpec retirement;
    retirement.hazard_by_age = {{"60_plus", 60, 120, 0.2}};
    nurses.leaving.retirement = retirement;
    const auto resolved = models::resolve_scenario(f.scenario);
    const auto& r = resolved.groups[0];
    // Ages at the start, in whole years, from the same birth dates.
    int aged_60_plus = 0;
    for (const sim::Date& dob : f.nurse_births)
        aged_60_plus += (resolved.axis.start() - dob) / models::kDaysPerYear >= 60.0;
    CHECK(r.expected_retirement_rate == Approx(0.2 * aged_60_plus / 400.0));
    // 100 of 400 started within the year before the start: the given tenure, not a steady state.
    CHECK_FALSE(r.steady_state_tenure);
    CHECK(r.first_year_share == Approx(0.25));
    // turnover = b (f q + 1 - q) + retirement, with f = 2 and q the first-year share over the
    // run's first year, falling from 0.25 as the records' recent starters pass their
    // anniversary, in rates per kDaysPerYear days (the quoted figure is per the first twelve
    // months).
    const double scale = models::first_year_scale(resolved.axis);
    const double q = r.first_year_share_mean;
    CHECK(q < 0.25);
    CHECK(r.leave_base_per_day * models::kDaysPerYear ==
          Approx((0.12 * scale - r.expected_retirement_rate) / (2.0 * q + 1.0 - q)));
    CHECK(r.expected_first_year_turnover == Approx(0.12));
    // Admin staff have start dates missing: their tenure is the steady state's.
    CHECK(resolved.groups[1].steady_state_tenure);
}

TEST_CASE("resolving reads the records: a group without any is an error naming the file",
          "[model][records]") {
    StaffRecordsFixture f;
    f.write("group,age,wte\nregistered_nursing,40,1.0\n");
    try {
        models::resolve_scenario(f.scenario);
        FAIL("accepted a group with no records");
    } catch (const models::ScenarioError& e) {
        CHECK_THAT(e.what(), Catch::Contains("staff.csv") &&
                                 Catch::Contains("group 'admin_estates' has no records"));
    }
}

TEST_CASE("wfsim runs from staff records, and a bad record stops it before any output",
          "[cli][records]") {
    ScratchDirectory dir;
    const std::string data = wfsim::testing::source_file("tests/data/");
    for (const char* name : {"staff_records.yaml", "staff_records.csv"})
        std::filesystem::copy_file(data + name, dir.file(name));
    const auto validate = run_wfsim("validate staff_records.yaml", dir.path());
    CHECK(validate.exit_code == 0);
    CHECK_THAT(validate.output, Catch::Contains("from the staff records"));
    const auto run = run_wfsim("run staff_records.yaml -n 2 -o out.h5", dir.path());
    INFO(run.output);
    CHECK(run.exit_code == 0);
    REQUIRE(dir.exists("out.h5"));
    // The output names the records read and their digest.
    const output::ResultReader out(dir.file("out.h5"));
    CHECK(out.string_attribute("/", "staff_records_path") == "staff_records.csv");  // as found
    CHECK(out.string_attribute("/", "staff_records_sha256") ==
          output::sha256_hex(dir.read("staff_records.csv")));

    // The same extract with one WTE out of range: exit 65, the place named, no file.
    std::string csv = dir.read("staff_records.csv");
    csv.replace(csv.find(",0.80,"), 6, ",2.80,");
    dir.write("staff_records.csv", csv);
    const auto bad = run_wfsim("run staff_records.yaml -n 2 -o bad.h5", dir.path());
    CHECK(bad.exit_code == 65);
    CHECK_THAT(bad.output,
               Catch::Contains("staff_records.csv:3:") && Catch::Contains("Contracted WTE"));
    CHECK_FALSE(dir.exists("bad.h5"));
}
