// Money, month by month: the pay bill of the staff in post, and what a variant's interventions
// cost where they arise. One-off costs fall in the month of their first day, costs a year day by
// day while active, both split between the groups concerned by their WTE in post at the start;
// per-WTE-day costs are the exact integral of the price over the WTE in post (or, for a
// reservist pool, its share of the reservist WTE-days deployed); per-person costs are counted by
// the run as people are reached.
#include <algorithm>

#include "models/metrics/metrics_recorder.hpp"
#include "models/variants/variant_changes.hpp"

namespace wfsim::models {

double MetricsRecorder::reservists_available(int g, double from, double to, int pool) const {
    const ResolvedScenario& r = *resolved_;
    const VariantChanges* changes = r.changes.get();
    double available = 0.0;
    for (std::size_t p = 0; p < r.reservists.size(); ++p) {
        if (r.reservists[p].group != g || (pool >= 0 && static_cast<int>(p) != pool)) continue;
        for (const auto& [a, b] : r.reservists[p].windows) {
            double t = std::max(a, from);
            const double end = std::min(b, to);
            // The pool's WTE in force, piece by piece between a variant's epochs.
            while (t < end) {
                const double next = changes ? std::min(end, changes->next_change(t)) : end;
                const double wte = changes ? changes->at(t).reservists[p].wte : r.reservists[p].wte;
                available += wte * (next - t);
                t = next;
            }
        }
    }
    return available;
}

void MetricsRecorder::write_costs(int g, int month, double reservist_wte_days) {
    const auto& c = catalogue_;
    Levels& l = groups_[g];
    if (c.pay_bill >= 0) cell(kMetricCount + c.pay_bill, month, g) = l.pay;
    if (c.intervention_cost < 0) return;
    const double from = axis_->month_start_day(month), to = axis_->month_start_day(month + 1);
    double one_off = 0.0, per_year = 0.0, per_wte_day = l.wte_day_cost;
    if (resolved_->changes) {
        for (const ResolvedCost& cost : resolved_->changes->costs) {
            const auto it = std::find(cost.groups.begin(), cost.groups.end(), g);
            if (it == cost.groups.end()) continue;
            const double share = cost.shares[static_cast<std::size_t>(it - cost.groups.begin())];
            if (from <= cost.from_day && cost.from_day < to) one_off += cost.one_off * share;
            const double days =
                std::max(0.0, std::min(to, cost.until_day) - std::max(from, cost.from_day));
            per_year += cost.per_year / kDaysPerYear * days * share;
            if (cost.reservist_pool >= 0 && cost.per_wte_day != 0.0 && reservist_wte_days > 0.0) {
                // The pool's share of the WTE-days deployed, while the cost is active.
                const double pool =
                    reservists_available(g, std::max(from, cost.from_day),
                                         std::min(to, cost.until_day), cost.reservist_pool);
                const double all = reservists_available(g, from, to, -1);
                if (all > 0.0) per_wte_day += cost.per_wte_day * reservist_wte_days * pool / all;
            }
        }
    }
    const double per_person = extra_accum_[g * extras_ + c.intervention_cost_per_person];
    cell(kMetricCount + c.intervention_cost_one_off, month, g) = one_off;
    cell(kMetricCount + c.intervention_cost_per_year, month, g) = per_year;
    cell(kMetricCount + c.intervention_cost_per_wte_day, month, g) = per_wte_day;
    cell(kMetricCount + c.intervention_cost, month, g) =
        one_off + per_year + per_person + per_wte_day;
}

}  // namespace wfsim::models
