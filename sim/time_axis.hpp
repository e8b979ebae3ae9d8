#pragma once
// The simulated period: day 0 is the start date at midnight, event times are real numbers of days
// since then. Months are the reporting periods; financial years (April to March) are groups of
// twelve of them.
#include <cstdint>
#include <string>
#include <vector>

#include "sim/civil_date.hpp"

namespace wfsim::sim {

struct FinancialYear {
    int start_year;     // 2022 for 2022/23
    int first_month;    // index into the month axis
    std::string label;  // "2022/23"
};

class TimeAxis {
  public:
    // start must be the first day of a month; the run covers `months` whole months.
    TimeAxis(Date start, int months);

    Date start() const { return start_; }
    Date end() const { return start_ + horizon_days_; }
    int horizon_days() const { return horizon_days_; }
    int months() const { return static_cast<int>(month_start_day_.size()) - 1; }

    // Day offset of the first day of month m (m == months() gives the end of the run).
    int month_start_day(int m) const { return month_start_day_[m]; }
    int month_length_days(int m) const { return month_start_day_[m + 1] - month_start_day_[m]; }
    int month_of_day(int day) const { return month_of_day_[day]; }
    Date month_date(int m) const { return start_ + month_start_day_[m]; }

    // Only financial years that lie wholly inside the run, so every annual figure is a full year.
    const std::vector<FinancialYear>& financial_years() const { return financial_years_; }

    Date date_of_day(int day) const { return start_ + day; }
    double day_of(Date d) const { return static_cast<double>(d - start_); }

  private:
    Date start_;
    int horizon_days_ = 0;
    std::vector<int> month_start_day_;
    std::vector<std::uint16_t> month_of_day_;
    std::vector<FinancialYear> financial_years_;
};

}  // namespace wfsim::sim
