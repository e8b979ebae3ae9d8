#include "models/metrics/derived_metrics.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace wfsim::models {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double num, double den) {
    return den > 0.0 ? num / den : kNaN;
}

}  // namespace
std::vector<DerivedMetricInfo> derived_metric_infos(const ResultLayout& layout);
namespace {

struct Indices {
    int headcount, wte_days, establishment_wte_days, absence_wte_days, leavers, headcount_days,
        over_55, stayers_12m, headcount_12m_ago;
    int joiners = -1, joiners_international = -1, trainee_wte_days = -1;  // optional
    int derived = 0;                                                      // how many derived rates
};

Indices indices_of(const ResultLayout& layout) {
    auto need = [&](const char* name) {
        const int i = layout.metric_index(name);
        if (i < 0) throw std::logic_error(std::string("result layout lacks metric ") + name);
        return i;
    };
    return {need("headcount"),
            need("wte_days"),
            need("establishment_wte_days"),
            need("absence_wte_days"),
            need("leavers"),
            need("headcount_days"),
            need("over_55"),
            need("stayers_12m"),
            need("headcount_12m_ago"),
            layout.metric_index("joiners"),
            layout.metric_index("joiners_international"),
            layout.metric_index("trainee_wte_days"),
            static_cast<int>(derived_metric_infos(layout).size())};
}

enum Derived { kVacancy, kTurnover, kAbsence, kStability, kOver55, kMeanHeadcount, kJoinerShare };

// Fills the derived rates of period p. Turnover sums leavers and person-days over the periods
// window_first..p (window_days long); window_first < 0 leaves turnover and stability undefined.
void derive_period(const Indices& ix, const ResultLayout& layout, const double* values, int periods,
                   int p, int window_first, double window_days, double period_days,
                   std::vector<double>& out) {
    const int units = layout.units.size();
    auto at = [&](int m, int q, int u) {
        return values[(static_cast<std::size_t>(m) * periods + q) * units + u];
    };
    auto put = [&](int d, int u, double v) {
        out[(static_cast<std::size_t>(d) * periods + p) * units + u] = v;
    };
    for (int u = 0; u < units; ++u) {
        const double est = at(ix.establishment_wte_days, p, u);
        const double wte_days = at(ix.wte_days, p, u);
        put(kVacancy, u, ratio(est - wte_days, est));
        // Trainees counted in post have no sickness spells: the staff's WTE-days are available.
        const double trainee_days = ix.trainee_wte_days >= 0 ? at(ix.trainee_wte_days, p, u) : 0.0;
        put(kAbsence, u, ratio(at(ix.absence_wte_days, p, u), wte_days - trainee_days));
        put(kOver55, u, ratio(at(ix.over_55, p, u), at(ix.headcount, p, u)));
        put(kMeanHeadcount, u, ratio(at(ix.headcount_days, p, u), period_days));
        double turnover = kNaN, stability = kNaN;
        if (window_first >= 0) {
            double leavers = 0.0, person_days = 0.0;
            for (int q = window_first; q <= p; ++q) {
                leavers += at(ix.leavers, q, u);
                person_days += at(ix.headcount_days, q, u);
            }
            turnover = ratio(leavers * window_days, person_days);
            stability = ratio(at(ix.stayers_12m, p, u), at(ix.headcount_12m_ago, p, u));
        }
        put(kTurnover, u, turnover);
        put(kStability, u, stability);
        if (ix.derived > kJoinerShare)
            put(kJoinerShare, u, ratio(at(ix.joiners_international, p, u), at(ix.joiners, p, u)));
    }
}

}  // namespace

int ResultLayout::metric_index(const std::string& name) const {
    for (std::size_t i = 0; i < metrics.size(); ++i)
        if (metrics[i].name == name) return static_cast<int>(i);
    return -1;
}

std::vector<DerivedMetricInfo> derived_metric_infos(const ResultLayout& layout) {
    // A vacancy rate can be negative (staff over establishment), never above 1; turnover is
    // bounded as the parameter is, the shares by their nature.
    const schema::Range share = schema::closed(0, 1);
    std::vector<DerivedMetricInfo> infos = {
        {"vacancy_rate",
         "1",
         "(establishment WTE-days - WTE-days in post) / establishment WTE-days",
         {std::nullopt, 1.0}},
        {"turnover", "year-1",
         "leavers / mean headcount (monthly: over the 12 months to the period end)", share},
        {"absence_rate", "1",
         "WTE-days lost to sickness / WTE-days available (of staff in post, trainees' left out)",
         share},
        {"stability_index", "1",
         "staff in post at the period end who were in post 12 months earlier / headcount 12 "
         "months earlier",
         share},
        {"share_over_55", "1", "headcount aged 55 or more / headcount, at the period end", share},
        {"mean_headcount", "people", "person-days / days in the period", {}},
    };
    if (layout.metric_index("joiners_international") >= 0)
        infos.push_back({"international_joiner_share", "1",
                         "joiners by the international route / joiners", share});
    return infos;
}

std::vector<double> financial_year_values(const ResultLayout& layout, const sim::TimeAxis& axis,
                                          const double* monthly) {
    const auto& fys = axis.financial_years();
    const int units = layout.units.size();
    const int months = layout.months;
    const int nfy = static_cast<int>(fys.size());
    std::vector<double> out(layout.metrics.size() * nfy * units, 0.0);
    for (std::size_t m = 0; m < layout.metrics.size(); ++m) {
        const double* in = monthly + m * months * units;
        double* dst = out.data() + m * nfy * units;
        for (int f = 0; f < nfy; ++f) {
            const int first = fys[f].first_month;
            for (int u = 0; u < units; ++u) {
                double v = 0.0;
                if (layout.metrics[m].accumulation == Accumulation::Stock) {
                    v = in[static_cast<std::size_t>(first + 11) * units + u];
                } else {
                    for (int q = first; q < first + 12; ++q)
                        v += in[static_cast<std::size_t>(q) * units + u];
                }
                dst[static_cast<std::size_t>(f) * units + u] = v;
            }
        }
    }
    return out;
}

std::vector<double> derive_monthly(const ResultLayout& layout, const sim::TimeAxis& axis,
                                   const double* monthly) {
    const Indices ix = indices_of(layout);
    const int months = layout.months;
    std::vector<double> out(static_cast<std::size_t>(ix.derived) * months * layout.units.size());
    for (int p = 0; p < months; ++p) {
        const int first = p >= 11 ? p - 11 : -1;  // the rolling 12 months need 12 months
        const double window_days =
            first >= 0 ? axis.month_start_day(p + 1) - axis.month_start_day(first) : 0.0;
        derive_period(ix, layout, monthly, months, p, first, window_days, axis.month_length_days(p),
                      out);
    }
    return out;
}

std::vector<double> derive_financial_years(const ResultLayout& layout, const sim::TimeAxis& axis,
                                           const double* fy_values) {
    const Indices ix = indices_of(layout);
    const auto& fys = axis.financial_years();
    const int nfy = static_cast<int>(fys.size());
    std::vector<double> out(static_cast<std::size_t>(ix.derived) * nfy * layout.units.size());
    for (int f = 0; f < nfy; ++f) {
        const int first = fys[f].first_month;
        const double days = axis.month_start_day(first + 12) - axis.month_start_day(first);
        derive_period(ix, layout, fy_values, nfy, f, f, days, days, out);
    }
    return out;
}

}  // namespace wfsim::models
