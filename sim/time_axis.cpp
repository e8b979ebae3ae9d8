#include "sim/time_axis.hpp"

#include <stdexcept>

namespace wfsim::sim {

TimeAxis::TimeAxis(Date start, int months) : start_(start) {
    if (start.ymd().day != 1) throw std::invalid_argument("the start date must be a month start");
    if (months < 1 || months > 12 * 200)
        throw std::invalid_argument("the run must cover 1 to 2400 months");
    month_start_day_.reserve(months + 1);
    for (int m = 0; m <= months; ++m)
        month_start_day_.push_back(start.add_months_to_month_start(m) - start);
    horizon_days_ = month_start_day_.back();
    month_of_day_.resize(horizon_days_);
    for (int m = 0; m < months; ++m)
        for (int d = month_start_day_[m]; d < month_start_day_[m + 1]; ++d)
            month_of_day_[d] = static_cast<std::uint16_t>(m);
    for (int m = 0; m + 12 <= months; ++m) {
        const auto ymd = month_date(m).ymd();
        if (ymd.month != 4) continue;
        financial_years_.push_back({ymd.year, m, Date::financial_year_label(ymd.year)});
    }
}

}  // namespace wfsim::sim
