#pragma once
// Calendar dates as whole days since 1970-01-01 (proleptic Gregorian), so that date arithmetic
// is integer arithmetic and months and leap years follow the real calendar.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wfsim::sim {

struct YearMonthDay {
    int year;
    int month;  // 1..12
    int day;    // 1..31
};

class Date {
  public:
    constexpr Date() = default;
    static constexpr Date from_days(std::int32_t days) { return Date(days); }
    static Date from_ymd(int year, int month, int day);
    // Parses YYYY-MM-DD; nullopt when the text is not a valid date.
    static std::optional<Date> parse(std::string_view text);

    constexpr std::int32_t days_since_epoch() const { return days_; }
    YearMonthDay ymd() const;
    std::string iso() const;  // YYYY-MM-DD

    // The first day of the month `months` months after this date's month.
    Date add_months_to_month_start(int months) const;
    Date add_years(int years) const;  // 29 February maps to 28 February when needed

    // NHS financial years run from 1 April to 31 March; a year is named by the year it starts in.
    int financial_year() const;
    static std::string financial_year_label(int start_year);  // 2022 -> "2022/23"

    friend constexpr auto operator<=>(Date, Date) = default;
    friend constexpr std::int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }
    friend constexpr Date operator+(Date a, std::int32_t d) { return Date(a.days_ + d); }

  private:
    constexpr explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace wfsim::sim
