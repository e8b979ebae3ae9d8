// `staff_records` in a scenario file: what it maps to, and the errors that tie it to the rest of
// the scenario (group names, as_of, where each group's size comes from).
#include <sstream>

#include "models/scenario/scenario_loader.hpp"
#include "tests/records/test_staff_records_support.hpp"
#include "tests/scenario/scenario_test_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim::models;
using scenario_test::diagnostics_of;
using scenario_test::only_diagnostic;
using wfsim::sim::Date;

namespace {

// Lines 6-11 are the groups; staff_records starts on line 12.
const std::string kGroups =
    "schema_version: 1\n"                            // 1
    "name: Test\n"                                   // 2
    "start: 2022-04-01\n"                            // 3
    "years: 5\n"                                     // 4
    "groups:\n"                                      // 5
    "  registered_nursing:\n"                        // 6
    "    sector: nhs\n"                              // 7
    "    leaving: {turnover: 0.12}\n"                // 8
    "  admin_estates:\n"                             // 9
    "    sector: nhs\n"                              // 10
    "    leaving: {turnover: 0.1}\n";                // 11
const std::string kRecords = kGroups +               //
                             "staff_records:\n"      // 12
                             "  file: staff.csv\n";  // 13

// With headcount 100 added to both groups, as a scenario without staff_records has.
std::string with_sizes(std::string yaml) {
    yaml.insert(yaml.find("    leaving: {turnover: 0.1}"), "    headcount: 100\n");
    yaml.insert(yaml.find("    leaving: {turnover: 0.12}"), "    headcount: 100\n");
    return yaml;
}

}  // namespace

TEST_CASE("staff_records maps to StaffRecordsSpec and its file reads", "[staff_records]") {
    const std::string path = wfsim::testing::source_file("tests/data/staff_records.yaml");
    const Scenario s = load_scenario_file(path);
    REQUIRE(s.staff_records);
    const StaffRecordsSpec& spec = *s.staff_records;
    CHECK(spec.file == "staff_records.csv");
    CHECK(spec.group_column == "Staff Group");
    CHECK(spec.date_of_birth_column == "Date of Birth");
    CHECK(spec.age_column == "age");  // not given: the default
    CHECK(spec.wte_column == "Contracted WTE");
    CHECK(spec.start_date_column == "Start Date");
    CHECK(spec.group_names ==
          std::vector<std::pair<std::string, std::string>>{
              {"Registered Nursing", "registered_nursing"}, {"Admin & Estates", "admin_estates"}});
    CHECK(spec.as_of == Date::from_ymd(2022, 3, 31));
    CHECK_FALSE(s.groups[0].headcount);

    const auto records = read_staff_records(s);
    REQUIRE(records.size() == 6);
    CHECK(records[2].group == 1);
    CHECK(records[2].birth_day == Date::from_ymd(1965, 7, 22) - s.start);
    CHECK(records[2].wte == 0.53f);
    CHECK(*records[2].start_day == Date::from_ymd(1998, 1, 15) - s.start);

    // The resolved YAML keeps it, and reads back to the same.
    const std::string resolved = resolved_scenario_yaml(s);
    INFO(resolved);
    const Scenario again = load_scenario_text(resolved, path);
    REQUIRE(again.staff_records);
    CHECK(again.staff_records->group_names == spec.group_names);
    CHECK(again.staff_records->wte_column == spec.wte_column);
    CHECK(again.staff_records->as_of == spec.as_of);
    CHECK(resolved_scenario_yaml(again) == resolved);
}

TEST_CASE("a mapped-to name that is not a group is reported at it", "[staff_records]") {
    auto d = only_diagnostic(kRecords +
                             "  groups: {\"Registered Nursing\": registered_nursin, Admin: "
                             "admin_estates}\n");
    CHECK(d.str() ==
          "test.yaml:14:34: staff_records.groups.Registered Nursing: unknown group "
          "'registered_nursin'; did you mean 'registered_nursing'?");
    d = only_diagnostic(kRecords + "  groups:\n    Porters: facilities\n");
    CHECK(d.str() ==
          "test.yaml:15:14: staff_records.groups.Porters: unknown group 'facilities'; "
          "the groups are registered_nursing and admin_estates");
}

TEST_CASE("with staff_records, a size given by a group or by defaults is an error",
          "[staff_records]") {
    std::string yaml = with_sizes(kRecords);
    yaml.replace(yaml.find("groups:\n"), 8, "defaults: {wte_per_head: 0.9}\ngroups:\n");
    const auto all = diagnostics_of(yaml);
    INFO(ScenarioError(all).what());
    REQUIRE(all.size() == 4);
    // Given by the group: at the key.
    CHECK(all[1].str() ==
          "test.yaml:9:5: groups.registered_nursing.headcount: with staff_records, each group's "
          "size (headcount, wte, wte_per_head) comes from its records: remove headcount (from the "
          "group, or from defaults), or remove staff_records");
    CHECK(all[3].line == 13);
    CHECK(all[3].path == "groups.admin_estates.headcount");
    // Taken from defaults: at the group that takes it.
    CHECK(all[0].line == 8);
    CHECK(all[0].column == 5);
    CHECK(all[0].path == "groups.registered_nursing.wte_per_head");
    CHECK(all[2].line == 12);
    CHECK(all[2].path == "groups.admin_estates.wte_per_head");
}

TEST_CASE("without staff_records, a group still needs its size", "[staff_records]") {
    const auto all = diagnostics_of(kGroups);
    REQUIRE(all.size() == 2);
    CHECK(all[0].str() ==
          "test.yaml:7:5: groups.registered_nursing: missing the group's size: give headcount, wte "
          "and wte_per_head, or two of headcount, wte and wte_per_head");
    CHECK(all[1].str() ==
          "test.yaml:10:5: groups.admin_estates: missing the group's size: give headcount, wte "
          "and wte_per_head, or two of headcount, wte and wte_per_head");
    CHECK_NOTHROW(load_scenario_text(with_sizes(kGroups), "test.yaml"));
}

TEST_CASE("as_of may not be after the start", "[staff_records]") {
    const auto d = only_diagnostic(kRecords + "  as_of: 2022-04-02\n");
    CHECK(d.str() ==
          "test.yaml:14:10: staff_records.as_of: as_of 2022-04-02 is after the "
          "scenario start 2022-04-01: the records must describe the staff in post at "
          "the start or before");
    CHECK_NOTHROW(load_scenario_text(kRecords + "  as_of: 2022-04-01\n", "test.yaml"));
}

TEST_CASE("bad values inside staff_records are reported at them", "[staff_records]") {
    auto d = only_diagnostic(kRecords + "  columns: {age: DOB, date_of_birth: DOB}\n");
    CHECK(d.str() ==
          "test.yaml:14:18: staff_records.columns.age: 'DOB' is also the heading of "
          "columns.date_of_birth: each column needs its own heading");
    d = only_diagnostic(kRecords + "  columns: {wte: \" FTE\"}\n");
    CHECK(d.str() ==
          "test.yaml:14:18: staff_records.columns.wte: headings are compared without "
          "their outer spaces: remove them from ' FTE'");
    d = only_diagnostic(kRecords + "  groups: {Nursing: Registered Nursing}\n");
    CHECK(d.str() ==
          "test.yaml:14:21: staff_records.groups.Nursing: unknown group 'Registered "
          "Nursing'; did you mean 'registered_nursing'?");
    d = only_diagnostic(kRecords + "  groups: [registered_nursing]\n");
    CHECK(d.message == "expected a map of values in the file to group names, found a list");
    d = only_diagnostic(kRecords + "  as_of: 31/03/2022\n");
    CHECK(d.path == "staff_records.as_of");
    d = only_diagnostic(kGroups + "staff_records: {columns: {group: Staff Group}}\n");
    CHECK(d.str() == "test.yaml:12:16: staff_records.file: missing required key 'file'");
    d = only_diagnostic(kGroups + "staff_records: staff.csv\n");
    CHECK(d.str() == "test.yaml:12:16: staff_records: expected a map of keys, found 'staff.csv'");
}

TEST_CASE("a misplaced staff_records key is suggested", "[staff_records]") {
    auto d = only_diagnostic(with_sizes(kGroups) + "staff_record: {file: staff.csv}\n");
    CHECK(d.message == "unknown key 'staff_record'; did you mean 'staff_records'?");
    d = only_diagnostic(with_sizes(kGroups) + "as_of: 2022-03-31\n");
    CHECK(d.message == "unknown key 'as_of'; did you mean 'staff_records.as_of'?");
}

TEST_CASE("the staff_records example in docs/scenario.md is valid", "[staff_records]") {
    std::ifstream in(wfsim::testing::source_file("docs/scenario.md"), std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const auto section = doc.find("## Starting from staff records");
    REQUIRE(section != std::string::npos);
    const auto begin = doc.find("```yaml\n", section);
    REQUIRE(begin != std::string::npos);
    const auto end = doc.find("```", begin + 8);
    REQUIRE(end != std::string::npos);
    const Scenario s =
        load_scenario_text(kGroups + doc.substr(begin + 8, end - begin - 8), "docs example");
    REQUIRE(s.staff_records);
    CHECK(s.staff_records->file == "staff_in_post_2022-03.csv");
    CHECK(s.staff_records->wte_column == "Contracted WTE");
    CHECK(s.staff_records->group_names.size() == 2);
    CHECK(s.staff_records->as_of == Date::from_ymd(2022, 3, 31));
}
