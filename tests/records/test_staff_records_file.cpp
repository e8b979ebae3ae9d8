// The staff records file as a whole: its header, its encoding, files that cannot be read, and
// inputs of any bytes at all, which give records or a ScenarioError and nothing else.
#include <chrono>
#include <filesystem>
#include <random>

#include "tests/records/test_staff_records_support.hpp"
#include "tests/source_tree.hpp"

using namespace wfsim::models;
using wfsim::sim::Date;
using wfsim::testing::StaffRecordsFixture;

namespace {

const std::string kValid =
    "group,date_of_birth,age,wte,start_date\r\n"
    "registered_nursing,1980-05-17,,1,2005-09-01\r\n"
    "\"admin_estates\",17/05/1975,,0.5,\r\n"
    "\"registered_nursing\",,42,\"0.8\",01/10/2010\r\n"
    "admin_estates,,\"30\",1.5,\r\n";

}  // namespace

TEST_CASE("a missing column is named, with the headings the file has", "[staff_records]") {
    StaffRecordsFixture f;
    auto d = f.problem("group,date_of_birth,WTE\nregistered_nursing,1980-01-01,1\n");
    CHECK(d.str() == f.at(1, 1,
                          "missing column 'wte' (its heading is set by staff_records.columns.wte); "
                          "the header has 'group', 'date_of_birth', 'WTE'; did you mean 'WTE'?"));

    d = f.problem("group,wte,start_date\nregistered_nursing,1,\n");
    CHECK(d.message ==
          "missing column 'date_of_birth' or 'age' (its heading is set by "
          "staff_records.columns.date_of_birth, staff_records.columns.age); the header has "
          "'group', 'wte', 'start_date'");

    f.spec().group_column = "Staff Group";
    d = f.problem("Staff Grp,age,wte\nregistered_nursing,40,1\n");
    CHECK_THAT(d.message, Catch::StartsWith("missing column 'Staff Group'"));
    CHECK_THAT(d.message, Catch::EndsWith("did you mean 'Staff Grp'?"));
}

TEST_CASE("a first row that is not a header is reported as such", "[staff_records]") {
    StaffRecordsFixture f;
    const auto d = f.problem("registered_nursing,1980-01-01,1\n");
    CHECK(d.line == 1);
    CHECK_THAT(d.message, Catch::StartsWith("the first row must be a header naming the columns"));
    CHECK_THAT(d.message,
               Catch::EndsWith("the first row has 'registered_nursing', '1980-01-01', '1'"));
}

TEST_CASE("a heading read twice is an error at its second place", "[staff_records]") {
    StaffRecordsFixture f;
    const auto d = f.problem("group,age,wte, age\nregistered_nursing,40,1,41\n");
    CHECK(d.str() == f.at(1, 15,
                          "the heading 'age' appears twice (columns 2 and 4): which to read is "
                          "unclear; rename or remove one"));
    // Columns that are not read may repeat.
    CHECK(f.read("note,group,age,note,wte\n,registered_nursing,40,,1\n,admin_estates,40,,1\n")
              .size() == 2);
}

TEST_CASE("empty files and files without records say so", "[staff_records]") {
    StaffRecordsFixture f;
    CHECK_THAT(f.problem("").message,
               Catch::StartsWith("the file is empty: it needs a header row"));
    CHECK_THAT(f.problem("\xEF\xBB\xBF\r\n\r\n").message, Catch::StartsWith("the file is empty"));
    CHECK(f.problem("group,age,wte\r\n\r\n").message ==
          "the file has a header but no staff records after it");
}

TEST_CASE("a file that is not UTF-8 text is reported where it stops being text",
          "[staff_records]") {
    StaffRecordsFixture f;
    auto d =
        f.problem("group,age,wte\nregistered_nursing,40,1\nadmin_estates,40,1\nCaf\xE9,40,1\n");
    CHECK(d.str() ==
          f.at(4, 4,
               "the file is not UTF-8 text (byte 0xE9): save it as UTF-8 (in Excel: 'CSV "
               "UTF-8')"));
    d = f.problem(std::string("\xFF\xFEg\0r\0", 6));
    CHECK(d.message == "the file is UTF-16 text: save it as UTF-8 (in Excel: 'CSV UTF-8')");
    d = f.problem(std::string("group,age,wte\nad\0min", 20));
    CHECK(d.line == 2);
    CHECK(d.column == 3);
    CHECK_THAT(d.message, Catch::StartsWith("the file contains a NUL byte"));
    // Characters beyond ASCII count as one column each.
    d = f.problem("group,age,wte\n\"Café\",40,1,\xC0\xAF\n");
    CHECK(d.line == 2);
    CHECK(d.column == 13);
}

TEST_CASE("a quoted value that is never closed is reported where it opens", "[staff_records]") {
    StaffRecordsFixture f;
    const auto d = f.problem("group,age,wte\nregistered_nursing,40,1\n\"admin_estates,40,1\n" +
                             std::string(100, 'x'));
    CHECK(d.str() ==
          f.at(3, 1, "a quoted value starts here and is never closed: a closing \" is missing"));
}

TEST_CASE("a missing file or a directory is a clear error", "[staff_records]") {
    StaffRecordsFixture f;
    f.spec().file = "absent.csv";
    try {
        read_staff_records(f.scenario);
        FAIL("a missing file was read");
    } catch (const ScenarioError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics()[0].str() == f.dir.file("absent.csv") +
                                              ": cannot open the staff records file: No such "
                                              "file or directory");
    }
    f.spec().file = f.dir.path();  // an absolute path, used as it is
    CHECK_THROWS_WITH(read_staff_records(f.scenario),
                      f.dir.path() +
                          ": is a directory, not a staff records file; give the path "
                          "of a file");
}

TEST_CASE("the file is found relative to the scenario file", "[staff_records]") {
    StaffRecordsFixture f;
    std::filesystem::create_directory(f.dir.file("data"));
    std::ofstream(f.dir.file("data/extract.csv")) << kValid;
    f.spec().file = "data/../data/extract.csv";
    CHECK(read_staff_records(f.scenario).size() == 4);
    f.scenario.source_path = f.dir.file("data/nested.yaml");
    f.spec().file = "extract.csv";
    CHECK(read_staff_records(f.scenario).size() == 4);
}

TEST_CASE("the shipped example extract reads", "[staff_records]") {
    StaffRecordsFixture f;
    f.scenario.source_path = wfsim::testing::source_file("tests/data/staff_records.yaml");
    f.spec().file = "staff_records.csv";
    f.spec().group_column = "Staff Group";
    f.spec().date_of_birth_column = "Date of Birth";
    f.spec().wte_column = "Contracted WTE";
    f.spec().start_date_column = "Start Date";
    f.spec().group_names = {{"Registered Nursing", "registered_nursing"},
                            {"Admin & Estates", "admin_estates"}};
    const auto records = read_staff_records(f.scenario);
    REQUIRE(records.size() == 6);
    CHECK(records[0].group == 0);
    CHECK(records[0].birth_day == Date::from_ymd(1979, 11, 3) - f.scenario.start);
    CHECK(records[5].group == 1);
    CHECK_FALSE(records[5].start_day);
}

TEST_CASE("any bytes give records or a ScenarioError, never anything else", "[staff_records]") {
    StaffRecordsFixture f;
    std::mt19937_64 random(20240601);
    const auto check_input = [&](const std::string& bytes) {
        f.write(bytes);
        try {
            for (const auto& r : read_staff_records(f.scenario)) {
                CHECK((r.group == 0 || r.group == 1));
                CHECK((r.wte > 0.0f && r.wte <= 1.5f));
                CHECK(r.birth_day <= 0);
                if (r.start_day) CHECK(*r.start_day <= 0.0);
            }
        } catch (const ScenarioError& e) {
            CHECK_FALSE(e.diagnostics().empty());
        }
    };
    SECTION("every truncation of a valid file") {
        for (std::size_t n = 0; n <= kValid.size(); ++n) check_input(kValid.substr(0, n));
    }
    SECTION("random bytes, and random bytes from the characters CSV gives meaning to") {
        const std::string alphabet = "\",\r\n \t0123456789-/.abcdefgr_\xEF\xBB\xBF\xC3\xA9";
        for (int i = 0; i < 300; ++i) {
            std::string bytes(random() % 400, '\0');
            const bool any_byte = i % 2 == 0;
            for (auto& b : bytes)
                b = any_byte ? static_cast<char>(random()) : alphabet[random() % alphabet.size()];
            check_input(bytes);
        }
    }
    SECTION("a valid file with bytes changed, inserted and removed") {
        const std::string specials("\"\r\n,\0\xFF\xC3", 7);
        for (int i = 0; i < 500; ++i) {
            std::string bytes = kValid;
            for (int k = 0; k < 1 + i % 4; ++k) {
                const std::size_t at = random() % bytes.size();
                const char c = random() % 2 ? specials[random() % specials.size()]
                                            : static_cast<char>(random());
                switch (random() % 3) {
                    case 0:
                        bytes[at] = c;
                        break;
                    case 1:
                        bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), c);
                        break;
                    default:
                        bytes.erase(at, 1);
                }
            }
            check_input(bytes);
        }
    }
}

TEST_CASE("a record longer than 1 MiB ends the reading with a clear error", "[staff_records]") {
    StaffRecordsFixture f;
    const auto d = f.problem("group,age,wte\n\"" + std::string(1100000, 'x'));
    CHECK(d.line == 2);
    CHECK_THAT(d.message, Catch::Contains("is longer than 1 MiB"));
    CHECK_THAT(d.message, Catch::Contains("the quoted value at 2:1 is missing its closing \""));
}

TEST_CASE("100,000 rows read in file order", "[staff_records]") {
    StaffRecordsFixture f;
    {
        std::ofstream out(f.csv_path(), std::ios::binary);
        out << "Assignment Number,group,date_of_birth,wte,start_date,Notes\r\n";
        for (int i = 0; i < 100000; ++i) {
            out << 10000000 + i << ',' << (i % 3 == 0 ? "admin_estates" : "registered_nursing")
                << ',' << 1950 + i % 50 << "-0" << 1 + i % 9 << "-1" << i % 10 << ','
                << (i % 2 == 0 ? "1" : "0.6") << ',' << (i % 5 == 0 ? "" : "2019-04-01")
                << ",\"free, text\"\r\n";
        }
    }
    const auto begin = std::chrono::steady_clock::now();
    const auto records = read_staff_records(f.scenario);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    REQUIRE(records.size() == 100000);
    for (const int i : {0, 1, 77777, 99999}) {
        INFO(i);
        const auto& r = records[static_cast<std::size_t>(i)];
        CHECK(r.group == (i % 3 == 0 ? 1 : 0));
        CHECK(r.birth_day ==
              Date::from_ymd(1950 + i % 50, 1 + i % 9, 10 + i % 10) - f.scenario.start);
        CHECK(r.wte == (i % 2 == 0 ? 1.0f : 0.6f));
        CHECK(r.start_day.has_value() == (i % 5 != 0));
    }
    CHECK(seconds < 10.0);  // about 0.1 s in an optimised build
}
