// Reading the staff records file: the header, then each row into a StaffRecord, every problem
// collected with its line and column heading.
#include "models/records/staff_records.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "models/records/staff_records_csv.hpp"
#include "models/records/staff_records_errors.hpp"
#include "models/records/staff_records_groups.hpp"
#include "models/records/staff_records_header.hpp"
#include "models/records/staff_records_values.hpp"
#include "models/scenario/input_file.hpp"
#include "models/scenario/scenario_limits.hpp"

namespace wfsim::models {
namespace {

using staff_errors::FileErrors;
using staff_header::Columns;
using staff_header::kRoleInfo;
using staff_header::Role;
using enum staff_header::Role;
using staff_values::trim;

constexpr double kMinAge = 14.0;
constexpr double kMaxAge = 100.0;
constexpr double kMaxWte = 1.5;
constexpr std::size_t kRowsForSizeEstimate = 1000;

[[noreturn]] void fail(const std::string& file, std::string path, std::string message) {
    throw ScenarioError({Diagnostic{file, 0, 0, std::move(path), std::move(message)}});
}

bool is_blank(const std::vector<csv::Field>& fields) {
    for (const auto& field : fields)
        if (!trim(field.text).empty()) return false;
    return true;
}

// Reads the rows after the header into records.
class RowReader {
  public:
    RowReader(const Scenario& scenario, const StaffRecordsSpec& spec, Columns columns,
              const staff_groups::GroupLookup& groups, FileErrors& errors)
        : scenario_(scenario),
          spec_(spec),
          columns_(columns),
          groups_(groups),
          errors_(errors),
          as_of_(spec.as_of.value_or(scenario.start)),
          as_of_text_(as_of_.iso() + (spec.as_of ? " (staff_records.as_of)"
                                                 : " (the scenario start, as no as_of is given)")),
          rows_in_group_(scenario.groups.size(), 0) {}

    void read(const csv::RecordReader& reader, std::vector<StaffRecord>& out);
    // The problems found only once every row is read.
    void finish(std::size_t rows);

  private:
    struct Unknown {
        std::size_t rows = 0;
        std::optional<std::size_t> listed;
    };
    std::string_view value(Role role) const {
        return columns_.index[role] ? trim((*fields_)[*columns_.index[role]].text)
                                    : std::string_view();
    }
    void error(Role role, std::string message) {
        const csv::Field& field = (*fields_)[*columns_.index[role]];
        errors_.row(field.line, field.column, "column '" + spec_.*kRoleInfo[role].heading + "'",
                    std::move(message));
        ok_ = false;
    }
    bool check_shape(const csv::RecordReader& reader);
    std::optional<int> group();
    std::optional<sim::Date> birth();
    std::optional<double> wte();
    std::optional<sim::Date> start(std::optional<sim::Date> birth);

    const Scenario& scenario_;
    const StaffRecordsSpec& spec_;
    Columns columns_;
    const staff_groups::GroupLookup& groups_;
    FileErrors& errors_;
    sim::Date as_of_;
    std::string as_of_text_;
    std::vector<std::size_t> rows_in_group_;
    staff_groups::StringMap<Unknown> unknown_;
    const std::vector<csv::Field>* fields_ = nullptr;
    bool ok_ = true;
};

bool RowReader::check_shape(const csv::RecordReader& reader) {
    const auto& fields = reader.fields();
    if (reader.record_problem()) {
        const auto& p = *reader.record_problem();
        errors_.row(p.line, p.column, "", p.message);
        return false;
    }
    if (fields.size() < columns_.count) {
        errors_.row(reader.line(), 1, "",
                    "the row has " + std::to_string(fields.size()) + " values but the header " +
                        std::to_string(columns_.count) + " columns");
        return false;
    }
    for (std::size_t i = columns_.count; i < fields.size(); ++i) {
        if (trim(fields[i].text).empty()) continue;
        errors_.row(fields[i].line, fields[i].column, "",
                    "the row has more values than the header has columns (" +
                        std::to_string(columns_.count) +
                        "): a value that holds a comma must be in double quotes");
        return false;
    }
    return true;
}

std::optional<int> RowReader::group() {
    const std::string_view text = value(kGroup);
    if (text.empty()) {
        error(kGroup, "missing value: each row needs its staff group");
        return std::nullopt;
    }
    if (const auto index = groups_.find(text)) {
        ++rows_in_group_[static_cast<std::size_t>(*index)];
        return index;
    }
    auto [it, first] = unknown_.try_emplace(std::string(text));
    ++it->second.rows;
    if (first) {
        const csv::Field& field = (*fields_)[*columns_.index[kGroup]];
        it->second.listed =
            errors_.row(field.line, field.column, "column '" + spec_.group_column + "'", "");
    }
    ok_ = false;
    return std::nullopt;
}

std::optional<sim::Date> RowReader::birth() {
    if (const std::string_view text = value(kDateOfBirth); !text.empty()) {
        auto reading = staff_values::read_date(text);
        if (auto* message = std::get_if<std::string>(&reading)) {
            error(kDateOfBirth, std::move(*message));
            return std::nullopt;
        }
        const sim::Date date = std::get<sim::Date>(reading);
        const int age = staff_values::age_on(date, as_of_);
        if (date > as_of_) {
            error(kDateOfBirth, "the date of birth " + date.iso() + " is after " + as_of_text_);
        } else if (age < kMinAge || age > kMaxAge) {
            error(kDateOfBirth, "the date of birth " + date.iso() + " gives an age of " +
                                    std::to_string(age) + " on " + as_of_text_ +
                                    ": ages must be 14 to 100");
        }
        return date;
    }
    if (const std::string_view text = value(kAge); !text.empty()) {
        auto reading = staff_values::read_number(text, kMinAge, kMaxAge, false);
        if (auto* message = std::get_if<std::string>(&reading)) {
            error(kAge, std::move(*message) + " (years of age on " + as_of_text_ + ")");
            return std::nullopt;
        }
        return staff_values::birth_from_age(std::get<double>(reading), as_of_);
    }
    const Role shown_role = columns_.index[kDateOfBirth] ? kDateOfBirth : kAge;
    std::string message = "missing value: each row needs a date of birth";
    if (columns_.index[kDateOfBirth] && columns_.index[kAge])
        message += " or an age (column '" + spec_.age_column + "')";
    if (!columns_.index[kDateOfBirth]) message = "missing value: each row needs an age";
    error(shown_role, std::move(message));
    return std::nullopt;
}

std::optional<double> RowReader::wte() {
    const std::string_view text = value(kWte);
    auto reading = staff_values::read_number(text, 0.0, kMaxWte, true);
    if (auto* message = std::get_if<std::string>(&reading)) {
        error(kWte, text.empty() ? "missing value: expected a number in (0, 1.5]" : *message);
        return std::nullopt;
    }
    return std::get<double>(reading);
}

std::optional<sim::Date> RowReader::start(std::optional<sim::Date> birth) {
    const std::string_view text = value(kStartDate);
    if (text.empty()) return std::nullopt;
    auto reading = staff_values::read_date(text);
    if (auto* message = std::get_if<std::string>(&reading)) {
        error(kStartDate, std::move(*message));
        return std::nullopt;
    }
    const sim::Date date = std::get<sim::Date>(reading);
    if (date > as_of_) {
        error(kStartDate, "the start date " + date.iso() + " is after " + as_of_text_);
    } else if (birth && date < birth->add_years(14)) {
        error(kStartDate, "the start date " + date.iso() +
                              " is before the person's 14th birthday (" +
                              birth->add_years(14).iso() + ")");
    }
    return date;
}

void RowReader::read(const csv::RecordReader& reader, std::vector<StaffRecord>& out) {
    fields_ = &reader.fields();
    ok_ = check_shape(reader);
    if (!ok_) return;
    const auto group_index = group();
    const auto birth_date = birth();
    const auto contracted = wte();
    const auto start_date = start(birth_date);
    if (!ok_ || !group_index || !birth_date || !contracted) return;
    StaffRecord record;
    record.group = *group_index;
    record.birth_day = *birth_date - scenario_.start;
    record.wte = static_cast<float>(*contracted);
    if (start_date) record.start_day = static_cast<double>(*start_date - scenario_.start);
    out.push_back(record);
}

void RowReader::finish(std::size_t rows) {
    for (const auto& [text, unknown] : unknown_) {
        if (unknown.listed) {
            errors_.listed_row(*unknown.listed).message =
                groups_.unknown_value_message(text, unknown.rows);
        }
    }
    if (rows == 0) return;
    for (std::size_t i = 0; i < rows_in_group_.size(); ++i) {
        if (rows_in_group_[i] > 0) continue;
        errors_.file(0, 0,
                     "the scenario's group '" + scenario_.groups[i].name +
                         "' has no records in this file: map a value of column '" +
                         spec_.group_column +
                         "' to it in staff_records.groups, or remove the group");
    }
}

// Room for the records of the whole file, estimated from the bytes taken by the first rows, so
// that a large file is not copied again and again as the list grows.
void reserve_for_file(const std::string& path, const csv::RecordReader& reader, std::size_t rows,
                      std::vector<StaffRecord>& records) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || reader.bytes_read() == 0) return;
    const double bytes_per_row = static_cast<double>(reader.bytes_read()) / rows;
    const auto estimate =
        static_cast<std::size_t>(1.05 * static_cast<double>(size) / bytes_per_row);
    records.reserve(std::min<std::size_t>(estimate, size / 8));
}

std::string resolved_path(const Scenario& scenario, const std::string& file) {
    std::filesystem::path path(file);
    if (path.is_relative()) path = std::filesystem::path(scenario.source_path).parent_path() / path;
    return path.lexically_normal().string();
}

}  // namespace

std::string staff_records_path(const Scenario& scenario) {
    return scenario.staff_records ? resolved_path(scenario, scenario.staff_records->file) : "";
}

std::vector<StaffRecord> read_staff_records(const Scenario& scenario) {
    if (!scenario.staff_records)
        fail(scenario.source_path, "staff_records", "the scenario names no staff records file");
    const StaffRecordsSpec& spec = *scenario.staff_records;
    if (spec.file.empty())
        fail(scenario.source_path, "staff_records.file", "the file name is empty");
    if (spec.as_of && *spec.as_of > scenario.start) {
        fail(scenario.source_path, "staff_records.as_of",
             "as_of " + spec.as_of->iso() + " is after the scenario start " + scenario.start.iso() +
                 ": the records must describe the staff at the start");
    }
    const staff_groups::GroupLookup groups(scenario, scenario.source_path);
    const std::string path = resolved_path(scenario, spec.file);
    if (auto problem = input_file_problem(path, "staff records file")) fail(path, "", *problem);
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int error = errno;
        fail(path, "",
             std::string("cannot open the staff records file: ") +
                 (error != 0 ? std::strerror(error) : "unknown error"));
    }

    FileErrors errors(path);
    csv::RecordReader reader(in);
    bool have_header = false;
    while ((have_header = reader.next()) && is_blank(reader.fields())) {
    }
    std::vector<StaffRecord> records;
    if (have_header) {
        if (const auto columns = staff_header::read_header(reader, spec, errors)) {
            RowReader rows(scenario, spec, *columns, groups, errors);
            std::size_t count = 0;
            while (reader.next()) {
                if (is_blank(reader.fields())) continue;
                if (++count > kMaxGroupSize) {
                    errors.file(reader.line(), 1,
                                "more than 10,000,000 staff records: a run holds every person in "
                                "memory (about " +
                                    memory_text(count * kBytesPerPerson) +
                                    " for these in each thread); is this the right file?");
                    break;
                }
                if (count == kRowsForSizeEstimate) reserve_for_file(path, reader, count, records);
                rows.read(reader, records);
            }
            rows.finish(reader.fatal() ? 0 : count);
            if (count == 0 && !reader.fatal())
                errors.file(0, 0, "the file has a header but no staff records after it");
        }
    } else if (!reader.fatal()) {
        errors.file(0, 0,
                    "the file is empty: it needs a header row naming its columns (" +
                        spec.group_column + ", " + spec.date_of_birth_column + " or " +
                        spec.age_column + ", " + spec.wte_column + ", and optionally " +
                        spec.start_date_column + "), then one row per person");
    }
    if (const auto& fatal = reader.fatal()) errors.file(fatal->line, fatal->column, fatal->message);
    if (!errors.empty()) errors.throw_all();
    return records;
}

}  // namespace wfsim::models
