#pragma once
// Counts the additive quantities as events happen, per group, and writes them at each month end
// (groups, then sectors and the total as sums). Nothing here scans the population.
//
// Time integrals (person-days, WTE-days) are kept in a form that does not depend on the order
// of events within a month: a level change of d at time t adds d * (month end - t), and a month
// opens with level * month length.
#include <array>
#include <cstdint>
#include <vector>

#include "models/calibration/calibration.hpp"
#include "models/metrics/metric_catalogue.hpp"
#include "models/vocabulary/result_layout.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::models {

// The base metrics, always recorded, in this order; the catalogue's extras follow.
enum Metric : int {
    kHeadcount,
    kWte,
    kEstablishmentWte,
    kVacanciesWte,
    kInRecruitment,
    kOver55,
    kStayers12m,
    kHeadcount12mAgo,
    kJoiners,
    kLeavers,
    kHeadcountDays,
    kWteDays,
    kEstablishmentWteDays,
    kAbsenceWteDays,
    kMetricCount
};

ResultLayout make_result_layout(const UnitAxis& units, int months,
                                const std::vector<MetricInfo>& extras = {});
// The layout a run of this scenario writes.
ResultLayout make_result_layout(const ResolvedScenario& resolved);

class MetricsRecorder {
  public:
    explicit MetricsRecorder(const ResolvedScenario& resolved);

    const ResultLayout& layout() const { return layout_; }
    const MetricCatalogue& catalogue() const { return catalogue_; }

    // Starts a replication writing into `out` (resized). Before open_first_month(), the add_*
    // calls build the starting state without counting joiners.
    void begin(ReplicationResult& out);
    void open_first_month();
    void close_month(int month);  // at the month's end, before anything of the next month

    void add_staff(int g, double t, float wte, std::int32_t turns_55_month);
    void remove_staff(int g, double t, float wte, std::int32_t turns_55_month,
                      std::int32_t group_start_month);
    // WTE in post without a post (trainees counting part of their WTE): they are not absent in
    // the model, so the absence rate leaves their WTE-days out.
    void add_trainee_wte(int g, double t, double wte) {
        change_wte(g, t, wte);
        change(g, catalogue_.trainee_wte_days, t, wte);
    }
    void absence_starts(int g, double t, float wte) { change_absent(g, t, wte); }
    void absence_ends(int g, double t, float wte) { change_absent(g, t, -wte); }
    void recruitment_opens(int g) { groups_[g].in_recruitment += 1.0; }
    void recruitment_closes(int g) { groups_[g].in_recruitment -= 1.0; }
    void set_establishment(int g, double t, double wte);
    void set_unavailable_share(int g, double t, double share);
    // Prices of the WTE in post (pounds per WTE-day) from t: pay, and interventions' per-WTE-day
    // costs; the pay bill and those costs are their exact integrals over the WTE in post.
    void set_wte_prices(int g, double t, double pay, double intervention);

    // Extra metrics by their catalogue index (ignored when the index is -1): flows count,
    // stocks and integrals change level.
    void count(int g, int extra, double amount = 1.0) {
        if (extra >= 0) extra_accum_[g * extras_ + extra] += amount;
    }
    void change(int g, int extra, double t, double delta) {
        if (extra < 0) return;
        extra_level_[g * extras_ + extra] += delta;
        if (layout_.metrics[kMetricCount + extra].accumulation == Accumulation::Integral)
            extra_accum_[g * extras_ + extra] += delta * until_month_end(t);
    }

    int current_month() const { return month_; }
    // A group's headcount in post now.
    double headcount_now(int g) const { return groups_[g].headcount; }
    // A group's value of a metric in a month already closed.
    double value(int metric, int month, int g) const {
        return out_->values[(static_cast<std::size_t>(metric) * layout_.months + month) *
                                layout_.units.size() +
                            g];
    }

  private:
    struct Levels {
        double headcount = 0, wte = 0, absent_wte = 0, establishment = 0, in_recruitment = 0;
        double over_55 = 0, unavailable_share = 0;
        double joiners = 0, leavers = 0;  // this month
        double headcount_days = 0, wte_days = 0, absent_wte_days = 0, establishment_days = 0;
        double pay_price = 0, cost_price = 0;  // pounds per WTE-day in post
        double pay = 0, wte_day_cost = 0;      // their integrals this month
    };
    static constexpr int kLagBins = 13;  // months between joining the group and leaving, capped

    double until_month_end(double t) const { return month_end_ - t; }
    void change_absent(int g, double t, double d) {
        groups_[g].absent_wte += d;
        groups_[g].absent_wte_days += d * until_month_end(t);
    }
    void change_wte(int g, double t, double d) {
        Levels& l = groups_[g];
        l.wte += d;
        const double days = d * until_month_end(t);
        l.wte_days += days;
        if (l.unavailable_share != 0.0)
            change(g, catalogue_.unavailable_wte_days, t, l.unavailable_share * d);
        if (priced_) {
            l.pay += l.pay_price * days;
            l.wte_day_cost += l.cost_price * days;
        }
    }
    void open_month(int month);
    double stayers_12m(int g, int month) const;
    void write_cover(int g, int month);
    // The values in force in a month (a variant's may change between epochs).
    const GroupRates& in_force(int g, double day) const;
    // Reservist WTE-days available to group g in [from, to) (of pool `pool` only, unless -1),
    // with each pool's WTE in force day by day.
    double reservists_available(int g, double from, double to, int pool) const;
    // metrics_costs.cpp: the pay bill and the interventions' costs of a month.
    void write_costs(int g, int month, double reservist_wte_days);
    double& cell(int metric, int month, int unit) {
        return out_->values[(static_cast<std::size_t>(metric) * layout_.months + month) *
                                layout_.units.size() +
                            unit];
    }

    const sim::TimeAxis* axis_;
    const ResolvedScenario* resolved_;
    MetricCatalogue catalogue_;
    ResultLayout layout_;
    int extras_ = 0;
    ReplicationResult* out_ = nullptr;
    std::vector<Levels> groups_;
    std::vector<double> extra_level_, extra_accum_;       // [group][extra]
    std::vector<std::vector<double>> turns_55_by_month_;  // per group: [month] not yet counted
    std::vector<std::array<std::array<double, kLagBins>, 12>> leaver_lags_;  // per group ring
    std::vector<std::vector<double>> headcount_at_end_;  // per group: [month + 1], [0] = start
    int month_ = 0;
    double month_end_ = 0.0;
    bool started_ = false;  // after open_first_month(): additions count as joiners
    bool priced_ = false;   // the layout has the pay bill or interventions' costs
};

}  // namespace wfsim::models
