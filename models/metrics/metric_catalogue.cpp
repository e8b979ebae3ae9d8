#include "models/metrics/metric_catalogue.hpp"

#include <algorithm>
#include <string>

#include "models/variants/variant_changes.hpp"

namespace wfsim::models {

const char* route_name(Route route) {
    switch (route) {
        case Route::Initial:
            return "initial";
        case Route::Domestic:
            return "domestic";
        case Route::International:
            return "international";
        case Route::Training:
            return "training";
        case Route::Apprenticeship:
            return "apprenticeship";
        case Route::ReturnToPractice:
            return "return_to_practice";
        case Route::RetireReturn:
            return "retire_return";
        case Route::Transfer:
            return "transfer";
        case Route::Cohort:
            return "domestic_cohort";
        case Route::kCount:
            break;
    }
    return "unknown";
}

const char* leave_reason_name(LeaveReason reason) {
    switch (reason) {
        case LeaveReason::OutOfSystem:
            return "out_of_system";
        case LeaveReason::Retirement:
            return "retirement";
        case LeaveReason::IllHealth:
            return "ill_health";
        case LeaveReason::ToTraining:
            return "to_training";
        case LeaveReason::ToOtherGroup:
            return "to_other_groups";
        case LeaveReason::WithinGroupMove:
            return "moves_within_group";
        case LeaveReason::NotRetained:
            return "not_retained";
        case LeaveReason::EndOfStay:
            return "end_of_stay";
        case LeaveReason::kCount:
            break;
    }
    return "unknown";
}

namespace {

MetricCatalogue catalogue_of(const ResolvedScenario& r);

}  // namespace

MetricCatalogue make_metric_catalogue(const ResolvedScenario& run) {
    if (!run.changes || !run.changes->layout_basis) return catalogue_of(run);
    MetricCatalogue c = catalogue_of(*run.changes->layout_basis);
    // The run's own reason labels, each to the basis's metric of that name.
    const auto& labels = run.changes->layout_basis->reason_labels;
    std::vector<int> by_label;
    for (const std::string& label : run.reason_labels) {
        const auto it = std::find(labels.begin(), labels.end(), label);
        by_label.push_back(it == labels.end()
                               ? -1
                               : c.leavers_by_label[static_cast<std::size_t>(it - labels.begin())]);
    }
    c.leavers_by_label = std::move(by_label);
    return c;
}

namespace {

MetricCatalogue catalogue_of(const ResolvedScenario& r) {
    using A = Accumulation;
    MetricCatalogue c;
    c.joiners_by_route.fill(-1);
    c.leavers_by_reason.fill(-1);
    auto add = [&](std::string name, A kind, std::string units, std::string long_name) {
        c.extras.push_back({std::move(name), kind, std::move(units), std::move(long_name)});
        return static_cast<int>(c.extras.size()) - 1;
    };

    bool retirement = false, returns = false, ill_health = false, moves = false, to_groups = false;
    bool cover = false, unavailable = false;
    for (const GroupRates& g : r.groups) {
        retirement |= !g.retirement_per_day.empty() || g.age_limit_within_run;
        returns |= g.return_probability > 0.0;
        ill_health |= g.long_term_leaving > 0.0;
        moves |= g.moves_within_group > 0.0;
        to_groups |= !g.to_groups.empty();
        cover |= g.temporary_cover.bank_fill > 0.0 || g.temporary_cover.agency_fill > 0.0;
        unavailable |= !g.timelines.unavailable.constant();
    }
    bool internal_training = false, not_retained = false;
    bool routes[static_cast<int>(Route::kCount)] = {};
    routes[static_cast<int>(Route::Domestic)] = true;
    routes[static_cast<int>(Route::International)] = !r.international.empty();
    for (const TrainingRates& t : r.training) {
        routes[static_cast<int>(t.route)] = true;
        internal_training |= t.from_group >= 0;
        not_retained |= t.retention < 1.0;
    }
    routes[static_cast<int>(Route::RetireReturn)] = returns;
    routes[static_cast<int>(Route::Transfer)] = moves || to_groups;
    routes[static_cast<int>(Route::Cohort)] = !r.domestic_cohorts.empty();

    for (int route = 1; route < static_cast<int>(Route::kCount); ++route) {
        if (!routes[route]) continue;
        const std::string name = route_name(static_cast<Route>(route));
        c.joiners_by_route[route] = add("joiners_" + name, A::Flow, "people",
                                        "staff who started in the group by the " + name + " route");
    }
    const bool reasons[static_cast<int>(LeaveReason::kCount)] = {
        true, retirement, ill_health, internal_training, to_groups, moves, not_retained, returns};
    for (int reason = 0; reason < static_cast<int>(LeaveReason::kCount); ++reason) {
        if (!reasons[reason]) continue;
        const std::string name = leave_reason_name(static_cast<LeaveReason>(reason));
        c.leavers_by_reason[reason] =
            add("leavers_" + name, A::Flow, "people", "staff who left the group: " + name);
    }
    for (const std::string& label : r.reason_labels)
        c.leavers_by_label.push_back(add("leavers_reason_" + label, A::Flow, "people",
                                         "staff who left the system giving the reason " + label));
    if (!r.international.empty()) {
        c.international_recruits = add("international_recruits", A::Flow, "people",
                                       "international recruits entering the pipeline (offers)");
        c.international_dropouts = add("international_dropouts", A::Flow, "people",
                                       "international recruits who dropped out of the pipeline");
        c.international_cost =
            add("international_cost", A::Flow, "GBP", "cost of international recruitment");
        c.international_pipeline = add("international_pipeline", A::Stock, "people",
                                       "international recruits in the pipeline at the period end");
    }
    if (!r.domestic_cohorts.empty())
        c.domestic_cohort_cost =
            add("domestic_cohort_cost", A::Flow, "GBP", "cost of domestic cohorts' hires");
    if (!r.training.empty()) {
        c.trainees = add("trainees", A::Stock, "people",
                         "trainees in programmes completing into the group, at the period end");
        c.training_starts = add("training_starts", A::Flow, "people", "trainees starting");
        c.training_completions =
            add("training_completions", A::Flow, "people", "trainees completing into the group");
        c.training_attrition =
            add("training_attrition", A::Flow, "people", "trainees leaving before completing");
        c.trainee_wte_days =
            add("trainee_wte_days", A::Integral, "WTE-days",
                "trainees' WTE-days counted in the WTE in post while training (no absence)");
    }
    bool pools = false;
    for (const GroupRates& g : r.groups) pools |= g.pool_limited;
    if (pools)
        c.waiting_for_candidates =
            add("waiting_for_candidates", A::Stock, "posts",
                "vacancies waiting for the labour pool to refill, at the period end");
    if (unavailable)
        c.unavailable_wte_days = add("unavailable_wte_days", A::Integral, "WTE-days",
                                     "WTE-days of staff in post unavailable (industrial action)");
    if (cover) {
        c.bank_wte_days = add("bank_wte_days", A::Flow, "WTE-days",
                              "bank staff WTE-days filling the vacancy and absence gap");
        c.agency_wte_days = add("agency_wte_days", A::Flow, "WTE-days",
                                "agency staff WTE-days filling the vacancy and absence gap");
        c.temporary_cost = add("temporary_cost", A::Flow, "GBP", "cost of bank and agency staff");
    }
    if (!r.reservists.empty())
        c.reservist_wte_days = add("reservist_wte_days", A::Flow, "WTE-days",
                                   "reservist WTE-days deployed during surges");
    bool pay = false;
    for (const GroupRates& g : r.groups) pay |= g.has_pay;
    if (pay)
        c.pay_bill = add("pay_bill", A::Flow, "GBP",
                         "pay of the staff in post: WTE-days in post x pay per WTE-day");
    if (r.changes && (r.changes->priced || !r.changes->costs.empty())) {
        c.intervention_cost =
            add("intervention_cost", A::Flow, "GBP", "cost of the variant's interventions");
        c.intervention_cost_one_off = add("intervention_cost_one_off", A::Flow, "GBP",
                                          "interventions' one-off costs, on their first day");
        c.intervention_cost_per_year = add("intervention_cost_per_year", A::Flow, "GBP",
                                           "interventions' costs a year, day by day while active");
        c.intervention_cost_per_person =
            add("intervention_cost_per_person", A::Flow, "GBP",
                "interventions' costs per person reached (recruit, trainee, returner, joiner)");
        c.intervention_cost_per_wte_day =
            add("intervention_cost_per_wte_day", A::Flow, "GBP",
                "interventions' costs per WTE-day of staff in post (or reservists deployed)");
    }
    return c;
}

}  // namespace

}  // namespace wfsim::models
