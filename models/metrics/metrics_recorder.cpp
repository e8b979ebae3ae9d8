#include "models/metrics/metrics_recorder.hpp"

#include <algorithm>
#include <limits>

#include "models/variants/variant_changes.hpp"

namespace wfsim::models {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

ResultLayout make_result_layout(const UnitAxis& units, int months,
                                const std::vector<MetricInfo>& extras) {
    using A = Accumulation;
    ResultLayout layout;
    layout.units = units;
    layout.months = months;
    layout.metrics = {
        {"headcount", A::Stock, "people", "staff in post at the period end (heads)"},
        {"wte", A::Stock, "WTE", "staff in post at the period end (whole-time equivalents)"},
        {"establishment_wte", A::Stock, "WTE", "funded establishment at the period end"},
        {"vacancies_wte", A::Stock, "WTE", "establishment minus WTE in post at the period end"},
        {"in_recruitment", A::Stock, "posts",
         "vacant posts being recruited to at the period end (advertised or awaiting a start)"},
        {"over_55", A::Stock, "people", "staff in post aged 55 or more at the period end"},
        {"stayers_12m", A::Stock, "people",
         "staff in post at the period end who were in post in the group 12 months earlier "
         "(NaN in the first 11 months)"},
        {"headcount_12m_ago", A::Stock, "people",
         "headcount 12 months before the period end (NaN in the first 11 months)"},
        {"joiners", A::Flow, "people", "staff who started in the group during the period"},
        {"leavers", A::Flow, "people",
         "staff who left the group during the period, for any reason"},
        {"headcount_days", A::Integral, "person-days", "headcount integrated over the period"},
        {"wte_days", A::Integral, "WTE-days",
         "WTE in post integrated over the period (WTE-days available)"},
        {"establishment_wte_days", A::Integral, "WTE-days",
         "establishment integrated over the period"},
        {"absence_wte_days", A::Integral, "WTE-days", "WTE-days lost to sickness absence"},
    };
    layout.metrics.insert(layout.metrics.end(), extras.begin(), extras.end());
    return layout;
}

ResultLayout make_result_layout(const ResolvedScenario& resolved) {
    return make_result_layout(resolved.units, resolved.axis.months(),
                              make_metric_catalogue(resolved).extras);
}

MetricsRecorder::MetricsRecorder(const ResolvedScenario& resolved)
    : axis_(&resolved.axis),
      resolved_(&resolved),
      catalogue_(make_metric_catalogue(resolved)),
      layout_(make_result_layout(resolved.units, resolved.axis.months(), catalogue_.extras)),
      extras_(static_cast<int>(catalogue_.extras.size())),
      priced_(catalogue_.pay_bill >= 0 || catalogue_.intervention_cost >= 0) {}

const GroupRates& MetricsRecorder::in_force(int g, double day) const {
    return resolved_->changes ? resolved_->changes->at(day).groups[g] : resolved_->groups[g];
}

void MetricsRecorder::begin(ReplicationResult& out) {
    out_ = &out;
    out.values.assign(layout_.values_per_replication(), 0.0);
    const int groups = layout_.units.groups;
    groups_.assign(groups, Levels{});
    extra_level_.assign(static_cast<std::size_t>(groups) * extras_, 0.0);
    extra_accum_.assign(static_cast<std::size_t>(groups) * extras_, 0.0);
    turns_55_by_month_.assign(groups, std::vector<double>(layout_.months + 1, 0.0));
    leaver_lags_.assign(groups, {});
    headcount_at_end_.assign(groups, std::vector<double>(layout_.months + 1, 0.0));
    month_ = 0;
    month_end_ = axis_->month_start_day(1);
    started_ = false;
}

void MetricsRecorder::open_first_month() {
    for (std::size_t g = 0; g < groups_.size(); ++g) headcount_at_end_[g][0] = groups_[g].headcount;
    started_ = true;
    open_month(0);
}

void MetricsRecorder::open_month(int month) {
    month_ = month;
    month_end_ = axis_->month_start_day(month + 1);
    const double len = axis_->month_length_days(month);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        Levels& l = groups_[g];
        l.joiners = l.leavers = 0.0;
        l.headcount_days = l.headcount * len;
        l.wte_days = l.wte * len;
        l.absent_wte_days = l.absent_wte * len;
        l.establishment_days = l.establishment * len;
        l.pay = l.pay_price * l.wte * len;
        l.wte_day_cost = l.cost_price * l.wte * len;
        leaver_lags_[g][month % 12].fill(0.0);
        for (int e = 0; e < extras_; ++e) {
            const Accumulation a = layout_.metrics[kMetricCount + e].accumulation;
            double& accum = extra_accum_[g * extras_ + e];
            accum = a == Accumulation::Integral ? extra_level_[g * extras_ + e] * len : 0.0;
        }
    }
}

void MetricsRecorder::add_staff(int g, double t, float wte, std::int32_t turns_55_month) {
    Levels& l = groups_[g];
    const double left = until_month_end(t);
    l.headcount += 1.0;
    l.headcount_days += left;
    change_wte(g, t, wte);
    if (started_) l.joiners += 1.0;
    // Aged 55 at a month end already passed: counted now; otherwise when that month closes.
    if (turns_55_month < month_)
        l.over_55 += 1.0;
    else if (turns_55_month < layout_.months)
        turns_55_by_month_[g][turns_55_month] += 1.0;
}

void MetricsRecorder::remove_staff(int g, double t, float wte, std::int32_t turns_55_month,
                                   std::int32_t group_start_month) {
    Levels& l = groups_[g];
    const double left = until_month_end(t);
    l.headcount -= 1.0;
    l.headcount_days -= left;
    change_wte(g, t, -wte);
    l.leavers += 1.0;
    if (turns_55_month < month_)
        l.over_55 -= 1.0;
    else if (turns_55_month < layout_.months)
        turns_55_by_month_[g][turns_55_month] -= 1.0;
    const int lag = std::min(month_ - group_start_month, kLagBins - 1);
    leaver_lags_[g][month_ % 12][lag] += 1.0;
}

void MetricsRecorder::set_unavailable_share(int g, double t, double share) {
    Levels& l = groups_[g];
    change(g, catalogue_.unavailable_wte_days, t, (share - l.unavailable_share) * l.wte);
    l.unavailable_share = share;
}

void MetricsRecorder::set_wte_prices(int g, double t, double pay, double intervention) {
    Levels& l = groups_[g];
    l.pay += (pay - l.pay_price) * l.wte * until_month_end(t);
    l.wte_day_cost += (intervention - l.cost_price) * l.wte * until_month_end(t);
    l.pay_price = pay;
    l.cost_price = intervention;
}

void MetricsRecorder::set_establishment(int g, double t, double wte) {
    Levels& l = groups_[g];
    l.establishment_days += (wte - l.establishment) * until_month_end(t);
    l.establishment = wte;
}

// People in post at the end of `month` who were in post at the end of month - 12: the headcount
// then, less those of them who left since. A leaver in month j who joined the group in month s
// was in post at the start of the window (the end of month - 12) when s <= month - 12, that is
// when the lag j - s is at least j - month + 12.
double MetricsRecorder::stayers_12m(int g, int month) const {
    double left = 0.0;
    for (int j = month - 11; j <= month; ++j) {
        const auto& bins = leaver_lags_[g][j % 12];
        for (int lag = j - month + 12; lag < kLagBins; ++lag) left += bins[lag];
    }
    return headcount_at_end_[g][month - 11] - left;
}

// Bank and agency fill their shares of the month's gap (vacant WTE-days and WTE-days lost to
// sickness and industrial action); reservists deployed during their surges fill what is left.
void MetricsRecorder::write_cover(int g, int month) {
    const auto& c = catalogue_;
    if (c.bank_wte_days < 0 && c.reservist_wte_days < 0) {
        write_costs(g, month, 0.0);
        return;
    }
    double gap = std::max(0.0, cell(kEstablishmentWteDays, month, g) - cell(kWteDays, month, g)) +
                 cell(kAbsenceWteDays, month, g);
    if (c.unavailable_wte_days >= 0) gap += cell(kMetricCount + c.unavailable_wte_days, month, g);
    if (c.bank_wte_days >= 0) {
        // Cover changes only at a month's start (a variant's changes to it are for whole months).
        const TemporaryCoverSpec& spec = in_force(g, axis_->month_start_day(month)).temporary_cover;
        const double bank = spec.bank_fill * gap, agency = spec.agency_fill * gap;
        cell(kMetricCount + c.bank_wte_days, month, g) = bank;
        cell(kMetricCount + c.agency_wte_days, month, g) = agency;
        cell(kMetricCount + c.temporary_cost, month, g) =
            bank * spec.bank_cost_per_wte_day + agency * spec.agency_cost_per_wte_day;
        gap -= bank + agency;
    }
    double deployed = 0.0;
    if (c.reservist_wte_days >= 0) {
        const double from = axis_->month_start_day(month), to = axis_->month_start_day(month + 1);
        const double available = reservists_available(g, from, to, -1);
        deployed = std::min(available, std::max(0.0, gap));
        cell(kMetricCount + c.reservist_wte_days, month, g) = deployed;
    }
    write_costs(g, month, deployed);
}

void MetricsRecorder::close_month(int month) {
    const int groups = layout_.units.groups;
    for (int g = 0; g < groups; ++g) {
        Levels& l = groups_[g];
        l.over_55 += turns_55_by_month_[g][month];
        turns_55_by_month_[g][month] = 0.0;
        headcount_at_end_[g][month + 1] = l.headcount;
        const bool year_known = month >= 11;
        cell(kHeadcount, month, g) = l.headcount;
        cell(kWte, month, g) = l.wte;
        cell(kEstablishmentWte, month, g) = l.establishment;
        cell(kVacanciesWte, month, g) = l.establishment - l.wte;
        cell(kInRecruitment, month, g) = l.in_recruitment;
        cell(kOver55, month, g) = l.over_55;
        cell(kStayers12m, month, g) = year_known ? stayers_12m(g, month) : kNaN;
        cell(kHeadcount12mAgo, month, g) = year_known ? headcount_at_end_[g][month - 11] : kNaN;
        cell(kJoiners, month, g) = l.joiners;
        cell(kLeavers, month, g) = l.leavers;
        cell(kHeadcountDays, month, g) = l.headcount_days;
        cell(kWteDays, month, g) = l.wte_days;
        cell(kEstablishmentWteDays, month, g) = l.establishment_days;
        cell(kAbsenceWteDays, month, g) = l.absent_wte_days;
        for (int e = 0; e < extras_; ++e) {
            const Accumulation a = layout_.metrics[kMetricCount + e].accumulation;
            cell(kMetricCount + e, month, g) = a == Accumulation::Stock
                                                   ? extra_level_[g * extras_ + e]
                                                   : extra_accum_[g * extras_ + e];
        }
        write_cover(g, month);
    }
    // Sectors and the total are sums of their groups.
    const int total = layout_.units.total_unit();
    for (int m = 0; m < static_cast<int>(layout_.metrics.size()); ++m) {
        for (int u = groups; u <= total; ++u) cell(m, month, u) = 0.0;
        for (int g = 0; g < groups; ++g) {
            const double v = cell(m, month, g);
            cell(m, month, layout_.units.sector_of_group[g]) += v;
            cell(m, month, total) += v;
        }
    }
    if (month + 1 < layout_.months) open_month(month + 1);
}

}  // namespace wfsim::models
