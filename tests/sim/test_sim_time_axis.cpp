// TimeAxis over long runs: every day maps to the month that contains it, and financial years are
// whole April-March years only. (Date arithmetic itself is covered by test_civil_date.cpp.)
#include <catch2/catch.hpp>
#include <stdexcept>

#include "sim/civil_date.hpp"
#include "sim/time_axis.hpp"

using wfsim::sim::Date;
using wfsim::sim::TimeAxis;

TEST_CASE("time axis: month_of_day agrees with month_start_day on every day of 10 years",
          "[sim][time]") {
    for (const Date start :
         {Date::from_ymd(2022, 4, 1), Date::from_ymd(2023, 11, 1), Date::from_ymd(2099, 1, 1)}) {
        DYNAMIC_SECTION("start " << start.iso()) {
            const TimeAxis axis(start, 120);
            REQUIRE(axis.months() == 120);
            CHECK(axis.start() == start);
            CHECK(axis.end() == start.add_years(10));
            CHECK(axis.horizon_days() == axis.end() - start);
            CHECK(axis.month_start_day(0) == 0);
            CHECK(axis.month_start_day(120) == axis.horizon_days());
            int total = 0;
            for (int m = 0; m < 120; ++m) {
                const auto ymd = axis.month_date(m).ymd();
                CHECK(ymd.day == 1);
                CHECK(axis.month_length_days(m) == wfsim::sim::days_in_month(ymd.year, ymd.month));
                total += axis.month_length_days(m);
            }
            CHECK(total == axis.horizon_days());
            int previous = 0;
            for (int day = 0; day < axis.horizon_days(); ++day) {
                const int m = axis.month_of_day(day);
                REQUIRE(m >= 0);
                REQUIRE(m < 120);
                REQUIRE(axis.month_start_day(m) <= day);
                REQUIRE(day < axis.month_start_day(m + 1));
                REQUIRE(m >= previous);  // months never go back
                previous = m;
                // The calendar date of the day is in that month.
                const auto date = axis.date_of_day(day).ymd();
                const auto month = axis.month_date(m).ymd();
                REQUIRE(date.year == month.year);
                REQUIRE(date.month == month.month);
                REQUIRE(axis.day_of(axis.date_of_day(day)) == day);
            }
        }
    }
}

TEST_CASE("time axis: leap days fall in February", "[sim][time]") {
    const TimeAxis axis(Date::from_ymd(2022, 4, 1), 120);
    // 10 years from April 2022 contain the leap days of 2024, 2028 and 2032.
    CHECK(axis.horizon_days() == 3650 + 3);
    const int leap_day = static_cast<int>(axis.day_of(Date::from_ymd(2024, 2, 29)));
    CHECK(axis.month_date(axis.month_of_day(leap_day)) == Date::from_ymd(2024, 2, 1));
    CHECK(axis.month_date(axis.month_of_day(leap_day + 1)) == Date::from_ymd(2024, 3, 1));
}

TEST_CASE("time axis: financial years are only whole April-March years", "[sim][time]") {
    SECTION("a run starting in April has one per year") {
        const TimeAxis axis(Date::from_ymd(2022, 4, 1), 120);
        const auto& fys = axis.financial_years();
        REQUIRE(fys.size() == 10);
        for (int i = 0; i < 10; ++i) {
            CHECK(fys[i].start_year == 2022 + i);
            CHECK(fys[i].first_month == 12 * i);
            CHECK(fys[i].label == Date::financial_year_label(2022 + i));
            CHECK(axis.month_date(fys[i].first_month) == Date::from_ymd(2022 + i, 4, 1));
        }
        CHECK(fys.front().label == "2022/23");
        CHECK(fys.back().label == "2031/32");
    }
    SECTION("a run starting in January drops the partial years at both ends") {
        const TimeAxis axis(Date::from_ymd(2022, 1, 1), 120);  // to the end of 2031
        const auto& fys = axis.financial_years();
        REQUIRE(fys.size() == 9);  // 2022/23 .. 2030/31; Jan-Mar 2022 and Apr-Dec 2031 are partial
        CHECK(fys.front().label == "2022/23");
        CHECK(fys.front().first_month == 3);
        CHECK(fys.back().label == "2030/31");
        for (const auto& fy : fys) {
            CHECK(fy.first_month + 12 <= axis.months());
            CHECK(axis.month_date(fy.first_month).ymd().month == 4);
            CHECK(axis.month_date(fy.first_month + 11).ymd().month == 3);
        }
    }
    SECTION("one month short of a whole year gives none; exactly a whole year gives one") {
        CHECK(TimeAxis(Date::from_ymd(2022, 5, 1), 22).financial_years().empty());
        const TimeAxis axis(Date::from_ymd(2022, 5, 1), 23);
        REQUIRE(axis.financial_years().size() == 1);
        CHECK(axis.financial_years()[0].start_year == 2023);
        CHECK(axis.financial_years()[0].first_month == 11);
        CHECK(TimeAxis(Date::from_ymd(2022, 4, 1), 11).financial_years().empty());
        CHECK(TimeAxis(Date::from_ymd(2022, 4, 1), 12).financial_years().size() == 1);
    }
}

TEST_CASE("time axis: the start must be a month start and the length 1 to 2400 months",
          "[sim][time]") {
    CHECK_THROWS_AS(TimeAxis(Date::from_ymd(2022, 4, 2), 12), std::invalid_argument);
    CHECK_THROWS_AS(TimeAxis(Date::from_ymd(2022, 4, 1), 0), std::invalid_argument);
    CHECK_THROWS_AS(TimeAxis(Date::from_ymd(2022, 4, 1), 2401), std::invalid_argument);
    const TimeAxis longest(Date::from_ymd(1900, 1, 1), 2400);  // month indices up to 2399 fit
    CHECK(longest.month_of_day(longest.horizon_days() - 1) == 2399);
}
