// Pressure feedback (off unless the scenario asks for it): each month, a group's leaving and
// absence-onset hazards are multiplied by a factor that rises with its vacancy and absence rates
// of the month before. The hazards are drawn at an upper bound (the largest factor allowed) and
// each proposed event is kept with probability factor / bound (thinning), which is exact.
#include <algorithm>

#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {

void WorkforceModel::update_pressure(int closed_month) {
    if (!today_->feedback) return;
    const FeedbackSpec& f = *today_->feedback;  // in force this month (a variant may change it)
    for (std::size_t gi = 0; gi < resolved_->groups.size(); ++gi) {
        const int g = static_cast<int>(gi);
        const double establishment = metrics_.value(kEstablishmentWteDays, closed_month, g);
        const double in_post = metrics_.value(kWteDays, closed_month, g);
        const double vacancy = establishment > 0.0 ? 1.0 - in_post / establishment : 0.0;
        const double absence =
            in_post > 0.0 ? metrics_.value(kAbsenceWteDays, closed_month, g) / in_post : 0.0;
        const double v = 100.0 * std::max(0.0, vacancy - f.vacancy_threshold);
        const double a = 100.0 * std::max(0.0, absence - f.absence_threshold);
        leave_pressure_[g] = std::min(f.max_multiplier, 1.0 + f.leaving_per_vacancy_point * v +
                                                            f.leaving_per_absence_point * a);
        onset_pressure_[g] = std::min(f.max_multiplier, 1.0 + f.absence_per_vacancy_point * v +
                                                            f.absence_per_absence_point * a);
    }
}

}  // namespace wfsim::models
