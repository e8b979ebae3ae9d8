#pragma once
// A scenario with staff records in a scratch directory, and ways to look at what reading them
// gives: the records, or the diagnostics of the ScenarioError.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "models/records/staff_records.hpp"
#include "tests/cli/cli_test_support.hpp"

namespace wfsim::testing {

inline models::GroupSpec named_group(const std::string& name) {
    models::GroupSpec group;
    group.name = name;
    group.sector = "nhs";
    return group;
}

// Starts 2022-04-01; groups registered_nursing (0) and admin_estates (1); the file staff.csv
// beside the scenario file, with the default column headings.
struct StaffRecordsFixture {
    ScratchDirectory dir;
    models::Scenario scenario;

    StaffRecordsFixture() {
        scenario.name = "staff records test";
        scenario.start = sim::Date::from_ymd(2022, 4, 1);
        scenario.months = 12;
        scenario.groups = {named_group("registered_nursing"), named_group("admin_estates")};
        scenario.staff_records = models::StaffRecordsSpec{};
        scenario.staff_records->file = "staff.csv";
        scenario.source_path = dir.file("scenario.yaml");
    }
    models::StaffRecordsSpec& spec() { return *scenario.staff_records; }
    std::string csv_path() const { return dir.file("staff.csv"); }

    // Writes `bytes` as staff.csv, exactly.
    void write(const std::string& bytes) const {
        std::ofstream out(csv_path(), std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    std::vector<models::StaffRecord> read(const std::string& bytes) {
        write(bytes);
        return models::read_staff_records(scenario);
    }
    // The diagnostics reading `bytes` gives (and fails when the file is accepted).
    std::vector<models::Diagnostic> problems(const std::string& bytes) {
        write(bytes);
        try {
            models::read_staff_records(scenario);
        } catch (const models::ScenarioError& e) {
            return e.diagnostics();
        }
        FAIL("the staff records were accepted:\n" << bytes);
        return {};
    }
    // The one diagnostic reading `bytes` gives.
    models::Diagnostic problem(const std::string& bytes) {
        const auto all = problems(bytes);
        INFO(models::ScenarioError(all).what());
        REQUIRE(all.size() == 1);
        return all.front();
    }
    // "staff.csv:<line>:<column>: <rest>" with the file as reported.
    std::string at(int line, int column, const std::string& rest) const {
        return csv_path() + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + rest;
    }
};

}  // namespace wfsim::testing
