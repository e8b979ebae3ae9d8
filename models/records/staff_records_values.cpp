#include "models/records/staff_records_values.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models::staff_values {
namespace {

constexpr int kFirstYear = 1800;  // the years sim::Date::parse accepts
constexpr int kLastYear = 2300;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

int to_int(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

std::string expected_date(std::string_view text) {
    return "expected a date YYYY-MM-DD or DD/MM/YYYY, got " + shown(text);
}

// Year, month and day as written, once the text has the shape of a date in one of the styles.
struct WrittenDate {
    int year, month, day;
};

std::optional<WrittenDate> date_parts(std::string_view text) {
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
        all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2))) {
        return WrittenDate{to_int(text.substr(0, 4)), to_int(text.substr(5, 2)),
                           to_int(text.substr(8, 2))};
    }
    const auto first = text.find('/');
    const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    const std::string_view day = text.substr(0, first);
    const std::string_view month = text.substr(first + 1, second - first - 1);
    const std::string_view year = text.substr(second + 1);
    if (!all_digits(day) || day.size() > 2 || !all_digits(month) || month.size() > 2 ||
        !all_digits(year) || year.size() != 4)
        return std::nullopt;
    return WrittenDate{to_int(year), to_int(month), to_int(day)};
}

}  // namespace

std::string_view trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string shown(std::string_view text) {
    std::string_view head = text;
    if (text.size() > 40) {
        std::size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        head = text.substr(0, cut);
    }
    std::string out = "'";
    for (const char c : head) {
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else {
            out += c;
        }
    }
    return out + (head.size() < text.size() ? "...'" : "'");
}

Reading<sim::Date> read_date(std::string_view text) {
    const auto parts = date_parts(text);
    if (!parts) return expected_date(text);
    const auto [year, month, day] = *parts;
    if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1 ||
        day > sim::days_in_month(year, month)) {
        return shown(text) +
               " is not a real date (years 1800 to 2300, months 1 to 12, days "
               "within the month)";
    }
    return sim::Date::from_ymd(year, month, day);
}

Reading<double> read_number(std::string_view text, double min, double max, bool min_exclusive) {
    const auto value = schema::parse_decimal(text);
    const bool above_min = value && (min_exclusive ? *value > min : *value >= min);
    if (value && above_min && *value <= max) return *value;
    const schema::Range range{min, max, min_exclusive, false};
    return "expected a number " + range.text() + ", got " + shown(text);
}

int age_on(sim::Date birth, sim::Date on) {
    const auto b = birth.ymd();
    const auto d = on.ymd();
    const bool before_birthday = d.month < b.month || (d.month == b.month && d.day < b.day);
    return d.year - b.year - (before_birthday ? 1 : 0);
}

sim::Date birth_from_age(double age, sim::Date as_of) {
    return as_of + -static_cast<std::int32_t>(std::llround(age * 365.25));
}

}  // namespace wfsim::models::staff_values
