#include <catch2/catch.hpp>

#include "sim/civil_date.hpp"
#include "sim/time_axis.hpp"

using wfsim::sim::Date;

TEST_CASE("dates round-trip through days since the epoch", "[sim][date]") {
    CHECK(Date::from_ymd(1970, 1, 1).days_since_epoch() == 0);
    CHECK(Date::from_ymd(2000, 3, 1).days_since_epoch() == 11017);
    for (int d = -50000; d < 50000; d += 17) {
        const auto ymd = Date::from_days(d).ymd();
        CHECK(Date::from_ymd(ymd.year, ymd.month, ymd.day).days_since_epoch() == d);
    }
}

TEST_CASE("ISO dates parse strictly", "[sim][date]") {
    CHECK(Date::parse("2022-04-01")->iso() == "2022-04-01");
    CHECK(Date::parse("2024-02-29"));
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("2022-4-01"));
    CHECK_FALSE(Date::parse("2022-04-01x"));
    CHECK_FALSE(Date::parse("2022-13-01"));
}

TEST_CASE("financial years run April to March", "[sim][date]") {
    CHECK(Date::from_ymd(2022, 4, 1).financial_year() == 2022);
    CHECK(Date::from_ymd(2023, 3, 31).financial_year() == 2022);
    CHECK(Date::financial_year_label(2022) == "2022/23");
    CHECK(Date::financial_year_label(1999) == "1999/00");
}

TEST_CASE("the time axis follows real month lengths", "[sim][date]") {
    wfsim::sim::TimeAxis axis(Date::from_ymd(2023, 1, 1), 24);
    CHECK(axis.months() == 24);
    CHECK(axis.horizon_days() == 365 + 366);
    CHECK(axis.month_length_days(1) == 28);
    CHECK(axis.month_length_days(13) == 29);  // February 2024
    CHECK(axis.month_of_day(31) == 1);
    REQUIRE(axis.financial_years().size() == 1);  // only 2023/24 is whole
    CHECK(axis.financial_years()[0].label == "2023/24");
    CHECK(axis.financial_years()[0].first_month == 3);
}
