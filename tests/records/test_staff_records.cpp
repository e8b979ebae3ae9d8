// Reading staff records: what a valid file gives, and each problem of a row reported with its
// line, column and heading.
#include "tests/records/test_staff_records_support.hpp"

using namespace wfsim::models;
using wfsim::sim::Date;
using wfsim::testing::StaffRecordsFixture;

namespace {

std::int32_t day(int y, int m, int d) {
    return Date::from_ymd(y, m, d) - Date::from_ymd(2022, 4, 1);
}

const std::string kHeader = "group,date_of_birth,age,wte,start_date\n";

}  // namespace

TEST_CASE("a valid extract gives one record per person, in file order", "[staff_records]") {
    StaffRecordsFixture f;
    f.spec().group_column = "Staff Group";
    f.spec().date_of_birth_column = "DOB";
    f.spec().age_column = "Age";
    f.spec().wte_column = "FTE";
    f.spec().start_date_column = "Start";
    f.spec().group_names = {{"Registered Nursing", "registered_nursing"},
                            {"Admin & Estates", "admin_estates"}};
    f.spec().as_of = Date::from_ymd(2022, 3, 31);
    const std::string file =
        "\xEF\xBB\xBF"  // a UTF-8 byte order mark, as Excel writes one
        "Notes, \"Staff Group\" ,DOB,Age,FTE,Start\r\n"
        "\"likes \"\"quotes\"\", and commas\",\"Registered Nursing\",1980-05-17,,1,2005-09-01\r\n"
        "\"a note over\r\ntwo lines\",Admin & Estates,17/05/1975,,0.5,\r\n"
        ",registered_nursing,,42,0.8,1/10/2010\r\n"
        ",  Registered Nursing  ,,\"30\",1.5,\r\n"
        ",,,,,\r\n"
        "\r\n"
        "\r\n";
    const auto records = f.read(file);
    REQUIRE(records.size() == 4);

    CHECK(records[0].group == 0);
    CHECK(records[0].birth_day == day(1980, 5, 17));
    CHECK(records[0].birth_day == -15294);
    CHECK(records[0].wte == 1.0f);
    REQUIRE(records[0].start_day);
    CHECK(*records[0].start_day == day(2005, 9, 1));

    CHECK(records[1].group == 1);  // mapped; the date in the DD/MM/YYYY style
    CHECK(records[1].birth_day == day(1975, 5, 17));
    CHECK(records[1].wte == 0.5f);
    CHECK_FALSE(records[1].start_day);

    // A value that is a group name needs no mapping. Age 42 on 2022-03-31: 42 x 365.25 =
    // 15340.5 days, rounded to 15341, before as_of: 1980-03-30.
    CHECK(records[2].group == 0);
    CHECK(records[2].birth_day == day(1980, 3, 30));
    CHECK(records[2].wte == Approx(0.8f));
    REQUIRE(records[2].start_day);
    CHECK(*records[2].start_day == day(2010, 10, 1));  // 1/10/2010 is 1 October

    // Spaces around a value are not part of it; 30 x 365.25 = 10957.5, rounded to 10958 days.
    CHECK(records[3].group == 0);
    CHECK(records[3].birth_day == day(1992, 3, 30));
    CHECK(records[3].wte == 1.5f);
}

TEST_CASE("ages refer to the scenario start when as_of is not given", "[staff_records]") {
    StaffRecordsFixture f;
    const auto records = f.read("group,age,wte\nadmin_estates,40,1\nregistered_nursing,14,1");
    REQUIRE(records.size() == 2);
    // 40 x 365.25 = 14610 days before 2022-04-01.
    CHECK(records[0].birth_day == -14610);
    CHECK(records[0].birth_day == day(1982, 4, 1));
    CHECK(records[1].group == 0);
}

TEST_CASE("a date of birth is used before an age on the same row", "[staff_records]") {
    StaffRecordsFixture f;
    const auto records = f.read(kHeader +
                                "admin_estates,1990-01-01,50,1,\n"
                                "registered_nursing,,50,1,\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].birth_day == day(1990, 1, 1));
    CHECK(records[1].birth_day == -18263);  // 50 x 365.25 = 18262.5, rounded away from zero
}

TEST_CASE("a problem with a value names the line, column and heading", "[staff_records]") {
    StaffRecordsFixture f;
    f.spec().wte_column = "FTE";
    const auto d = f.problem(
        "group,date_of_birth,FTE\nregistered_nursing,1980-01-01,full time\n"
        "admin_estates,1980-01-01,1\n");
    CHECK(d.line == 2);
    CHECK(d.column == 31);
    CHECK(d.path == "column 'FTE'");
    CHECK(d.str() == f.at(2, 31, "column 'FTE': expected a number in (0, 1.5], got 'full time'"));
}

TEST_CASE("each kind of bad value is reported", "[staff_records]") {
    StaffRecordsFixture f;
    f.spec().as_of = Date::from_ymd(2022, 3, 31);
    const std::string as_of = "2022-03-31 (staff_records.as_of)";
    struct Case {
        std::string row;
        int column;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"registered_nursing,1980-01-01,,0,", 32,
         "column 'wte': expected a number in (0, 1.5], got '0'"},
        {"registered_nursing,1980-01-01,,1.6,", 32,
         "column 'wte': expected a number in (0, 1.5], got '1.6'"},
        {"registered_nursing,1980-01-01,,,", 32,
         "column 'wte': missing value: expected a number in (0, 1.5]"},
        {"registered_nursing,31-12-1980,,1,", 20,
         "column 'date_of_birth': expected a date YYYY-MM-DD or DD/MM/YYYY, got '31-12-1980'"},
        {"registered_nursing,31/02/1980,,1,", 20,
         "column 'date_of_birth': '31/02/1980' is not a real date (years 1800 to 2300, months 1 "
         "to 12, days within the month)"},
        {"registered_nursing,2022-04-01,,1,", 20,
         "column 'date_of_birth': the date of birth 2022-04-01 is after " + as_of},
        {"registered_nursing,2008-04-01,,1,", 20,
         "column 'date_of_birth': the date of birth 2008-04-01 gives an age of 13 on " + as_of +
             ": ages must be 14 to 100"},
        {"registered_nursing,,13.9,1,", 21,
         "column 'age': expected a number in [14, 100], got '13.9' (years of age on " + as_of +
             ")"},
        {"registered_nursing,,forty,1,", 21,
         "column 'age': expected a number in [14, 100], got 'forty' (years of age on " + as_of +
             ")"},
        {"registered_nursing,,,1,", 20,
         "column 'date_of_birth': missing value: each row needs a date of birth or an age "
         "(column 'age')"},
        {"registered_nursing,1980-01-01,,1,2022-04-01", 34,
         "column 'start_date': the start date 2022-04-01 is after " + as_of},
        {"registered_nursing,1980-01-01,,1,1993-12-31", 34,
         "column 'start_date': the start date 1993-12-31 is before the person's 14th birthday "
         "(1994-01-01)"},
        {"registered_nursing,1980-01-01,,1,2010.10.01", 34,
         "column 'start_date': expected a date YYYY-MM-DD or DD/MM/YYYY, got '2010.10.01'"},
        {",1980-01-01,,1,", 1, "column 'group': missing value: each row needs its staff group"},
        {"registered_nursing,1980-01-01,,1", 1, "the row has 4 values but the header 5 columns"},
        {"registered_nursing,1980-01-01,,1,,,extra", 36,
         "the row has more values than the header has columns (5): a value that holds a comma "
         "must be in double quotes"},
        {"\"registered_nursing\"x,1980-01-01,,1,", 21,
         "text after the closing quote of a quoted value: write a quote inside a quoted value "
         "as two quotes (\"\")"},
    };
    for (const auto& c : cases) {
        INFO(c.row);
        const auto d = f.problem(kHeader + "admin_estates,1970-01-01,,1,\n" + c.row + "\n" +
                                 "registered_nursing,1970-01-01,,1,\n");
        CHECK(d.str() == f.at(3, c.column, c.message));
    }
}

TEST_CASE("every problem in the file is reported, in file order, up to 50", "[staff_records]") {
    StaffRecordsFixture f;
    SECTION("problems on different rows and in different columns of one row") {
        const auto all = f.problems(kHeader +
                                    "registered_nursing,1980-01-01,,2,\n"
                                    "admin_estates,1980-01-01,,1,\n"
                                    "admin_estates,1980-13-01,,x,\n");
        REQUIRE(all.size() == 3);
        CHECK(all[0].line == 2);
        CHECK(all[0].path == "column 'wte'");
        CHECK(all[1].line == 4);
        CHECK(all[1].path == "column 'date_of_birth'");
        CHECK(all[2].line == 4);
        CHECK(all[2].path == "column 'wte'");
    }
    SECTION("beyond 50, the rest are counted") {
        std::string file = kHeader + "admin_estates,1980-01-01,,1,\n";
        for (int i = 0; i < 120; ++i) file += "registered_nursing,1980-01-01,,0,\n";
        const auto all = f.problems(file);
        REQUIRE(all.size() == 51);
        CHECK(all[0].line == 3);
        CHECK(all[49].line == 52);
        CHECK(all[50].line == 0);
        CHECK(all[50].str() == f.csv_path() + ": and 70 more problems in rows, not listed");
    }
}

TEST_CASE("a group value that stands for no group is reported once, with a suggestion",
          "[staff_records]") {
    StaffRecordsFixture f;
    f.spec().group_names = {{"Registered Nursing", "registered_nursing"}};
    SECTION("close to a known value") {
        const auto all = f.problems(kHeader +
                                    "admin_estates,1980-01-01,,1,\n"
                                    "Registered Nurses,1980-01-01,,1,\n"
                                    "registered_nursing,1980-01-01,,1,\n"
                                    "Registered Nurses,1980-01-01,,1,\n");
        REQUIRE(all.size() == 1);
        CHECK(all[0].str() ==
              f.at(3, 1,
                   "column 'group': 'Registered Nurses' is neither a group of the scenario nor a "
                   "value mapped to one in staff_records.groups (2 rows, the first here); did you "
                   "mean 'Registered Nursing'?"));
    }
    SECTION("letter case differs") {
        const auto all = f.problems(kHeader +
                                    "Admin_Estates,1980-01-01,,1,\n"
                                    "registered_nursing,1980-01-01,,1,\n");
        REQUIRE(all.size() == 2);  // and admin_estates has no records
        CHECK_THAT(all[0].message, Catch::EndsWith("(1 row); did you mean 'admin_estates'?"));
    }
    SECTION("nothing close: the groups are listed") {
        const auto all = f.problems(kHeader +
                                    "Porters,1980-01-01,,1,\n"
                                    "registered_nursing,1980-01-01,,1,\n");
        REQUIRE(all.size() == 2);
        CHECK_THAT(all[0].message,
                   Catch::EndsWith("(1 row); map it to one of the groups (registered_nursing, "
                                   "admin_estates) in staff_records.groups"));
        // The group the rows were meant for has none.
        CHECK(all[1].line == 0);
        CHECK(all[1].message ==
              "the scenario's group 'admin_estates' has no records in this file: map a value of "
              "column 'group' to it in staff_records.groups, or remove the group");
    }
}

TEST_CASE("a group of the scenario with no records is an error naming it", "[staff_records]") {
    StaffRecordsFixture f;
    const auto d = f.problem(kHeader + "registered_nursing,1980-01-01,,1,\n");
    CHECK(d.str() == f.csv_path() +
                         ": the scenario's group 'admin_estates' has no records in this file: map "
                         "a value of column 'group' to it in staff_records.groups, or remove the "
                         "group");
}
