#pragma once
// Which metrics a run records beyond the base set (metrics_recorder.hpp), decided by the flows
// the scenario uses: joiners by route, leavers by reason, international supply, domestic cohorts,
// training,
// temporary cover, industrial action. Each has an index among the extra metrics, or -1.
#include <array>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/vocabulary/person_vocabulary.hpp"
#include "models/vocabulary/result_layout.hpp"

namespace wfsim::models {

struct MetricCatalogue {
    std::vector<MetricInfo> extras;  // recorded after the base metrics, in this order

    std::array<int, static_cast<int>(Route::kCount)> joiners_by_route{};
    std::array<int, static_cast<int>(LeaveReason::kCount)> leavers_by_reason{};
    std::vector<int> leavers_by_label;  // per ResolvedScenario::reason_labels
    int international_recruits = -1, international_dropouts = -1, international_cost = -1,
        international_pipeline = -1;
    int domestic_cohort_cost = -1;
    int trainees = -1, training_starts = -1, training_completions = -1, training_attrition = -1,
        trainee_wte_days = -1;
    int waiting_for_candidates = -1;
    int unavailable_wte_days = -1, bank_wte_days = -1, agency_wte_days = -1, temporary_cost = -1,
        reservist_wte_days = -1;
    int pay_bill = -1;  // when a group gives its pay
    // Variants' interventions: the total and its parts, when any intervention has a cost.
    int intervention_cost = -1, intervention_cost_one_off = -1, intervention_cost_per_year = -1,
        intervention_cost_per_person = -1, intervention_cost_per_wte_day = -1;
};

// The metrics of a run of `resolved`. A run compared with others (variants) takes the metrics of
// their shared layout (VariantChanges::layout_basis), its leaver reasons found by name.
MetricCatalogue make_metric_catalogue(const ResolvedScenario& resolved);

const char* route_name(Route route);
const char* leave_reason_name(LeaveReason reason);

}  // namespace wfsim::models
