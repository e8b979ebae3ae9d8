#include "sim/civil_date.hpp"

#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace wfsim::sim {
namespace {

// Days from civil and back: the era-based algorithms (400-year cycles of 146097 days).
std::int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

YearMonthDay civil_from_days(std::int32_t z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2), m, d};
}

}  // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

Date Date::from_ymd(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        throw std::invalid_argument("invalid calendar date");
    return Date(days_from_civil(year, month, day));
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    auto num = [&](std::size_t pos, std::size_t len, int& out) {
        auto r = std::from_chars(text.data() + pos, text.data() + pos + len, out);
        return r.ec == std::errc() && r.ptr == text.data() + pos + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
    if (y < 1800 || y > 2300 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return std::nullopt;
    return Date(days_from_civil(y, m, d));
}

YearMonthDay Date::ymd() const {
    return civil_from_days(days_);
}

std::string Date::iso() const {
    const auto [y, m, d] = ymd();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

Date Date::add_months_to_month_start(int months) const {
    const auto [y, m, d] = ymd();
    const int index = y * 12 + (m - 1) + months;
    const int ny = index >= 0 ? index / 12 : (index - 11) / 12;
    return from_ymd(ny, index - ny * 12 + 1, 1);
}

Date Date::add_years(int years) const {
    const auto [y, m, d] = ymd();
    const int ny = y + years;
    return from_ymd(ny, m, d > days_in_month(ny, m) ? days_in_month(ny, m) : d);
}

int Date::financial_year() const {
    const auto [y, m, d] = ymd();
    return m >= 4 ? y : y - 1;
}

std::string Date::financial_year_label(int start_year) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d/%02d", start_year, (start_year + 1) % 100);
    return buf;
}

}  // namespace wfsim::sim
