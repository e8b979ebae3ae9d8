// The absence onset rate from a quoted absence rate. Spells start only at work, at a rate that
// varies by month (seasonality) and by age; leaving cuts spells short. Without seasonality the
// share absent has a closed form (absence_share); with it, the periodic steady state of the
// renewal equation is solved on a daily grid over a year.
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {
namespace {

// Mean length of a spell under way, cut short by leaving: E[min(D, T)] with T ~ Exp(lambda),
// which tends to the mean spell as lambda tends to zero.
double effective_spell_days(const DurationDistribution& spell, double leave_per_day) {
    if (leave_per_day <= 0.0) return spell.mean;
    const double one_minus_l = 1.0 - spell.laplace(leave_per_day);
    return one_minus_l > 1e-12 ? one_minus_l / leave_per_day : spell.mean;
}

// The chance a spell that started u days ago is still under way and its person still in post,
// on a daily grid (midpoints), cut where it no longer matters.
std::vector<double> spell_kernel(const DurationDistribution& spell, double leave_per_day) {
    std::vector<double> k;
    for (int u = 0; u < 3650; ++u) {
        const double x = u + 0.5;
        const double v = spell.probability_longer_than(x) * std::exp(-leave_per_day * x);
        if (v < 1e-9 && u > 10) break;
        k.push_back(v);
    }
    return k;
}

// Mean share absent over a year in the periodic steady state, for a daily onset rate
// (per day at work) given for each day of a 365-day year; and, if asked, the mean onsets a day
// per head in post (onset rate x share at work, day by day), the share on one day, and the
// onsets per head on each day.
double periodic_share(const std::vector<double>& onset_by_day, const std::vector<double>& kernel,
                      double* onsets = nullptr, int at_day = -1, double* share_at_day = nullptr,
                      std::vector<double>* onsets_each_day = nullptr) {
    const int n = static_cast<int>(onset_by_day.size());
    // The profile repeats every n days: fold the kernel onto one period, so that each day sums n
    // terms however long the spells are.
    std::vector<double> folded(n, 0.0);
    for (std::size_t u = 0; u < kernel.size(); ++u) folded[u % n] += kernel[u];
    std::vector<double> absent(n, 0.0), next(n), inflow(n);
    for (int iteration = 0; iteration < 200; ++iteration) {
        double change = 0.0;
        for (int s = 0; s < n; ++s) inflow[s] = onset_by_day[s] * (1.0 - absent[s]);
        for (int t = 0; t < n; ++t) {
            double a = 0.0;
            for (int u = 0; u <= t; ++u) a += inflow[t - u] * folded[u];
            for (int u = t + 1; u < n; ++u) a += inflow[t - u + n] * folded[u];
            next[t] = a;
            change = std::max(change, std::fabs(a - absent[t]));
        }
        absent.swap(next);
        if (change < 1e-12) break;
    }
    double mean = 0.0, onset = 0.0;
    for (int t = 0; t < n; ++t) {
        mean += absent[t];
        onset += onset_by_day[t] * (1.0 - absent[t]);
    }
    if (onsets) *onsets = onset / n;
    if (share_at_day) *share_at_day = absent[at_day];
    if (onsets_each_day) {
        onsets_each_day->resize(n);
        for (int t = 0; t < n; ++t) (*onsets_each_day)[t] = onset_by_day[t] * (1.0 - absent[t]);
    }
    return mean / n;
}

// The day-of-year onset profile (365 days from 1 January) of a group with onset rate a.
std::vector<double> onset_by_day(double a, const std::array<double, 12>& seasonality) {
    std::vector<double> out;
    for (int month = 1; month <= 12; ++month)
        for (int d = 0; d < sim::days_in_month(2023, month); ++d)
            out.push_back(a * seasonality[month - 1]);
    return out;
}

// Expected share absent over the starting age profile for base onset rate a; and, if asked, the
// expected onsets a day per head in post. Onsets happen only at work, so each age's (and, with
// seasonality, each day's) onset rate is weighted by its own share at work: the ages and months
// with the higher rate are also more often absent, so the mean rate times the mean share at work
// would overstate the onsets.
double predicted_share(double a, const GroupRates& r, double leave_per_day,
                       const std::vector<double>& kernel, double* onsets = nullptr) {
    // Ages matter only through their onset multiplier: weight each distinct multiplier.
    std::vector<std::pair<double, double>> weights;  // multiplier, share of staff
    if (r.absence_age_multipliers.empty()) {
        weights.emplace_back(1.0, 1.0);
    } else {
        for (const Band& a : r.age_bands) {
            double x = a.from;
            while (x < a.to) {
                const BandValue v = band_value_at(r.absence_age_multipliers, x);
                const double end = std::min(a.to, v.until);
                weights.emplace_back(v.value, a.share * (end - x) / (a.to - a.from));
                x = end;
            }
        }
    }
    double share = 0.0, onset = 0.0;
    for (const auto& [m, w] : weights) {
        double o = 0.0;
        const double s = r.seasonal ? periodic_share(onset_by_day(a * m, r.seasonality), kernel, &o)
                                    : absence_share(a * m, r.spell_days, leave_per_day);
        if (!r.seasonal) o = a * m * (1.0 - s);
        share += w * s;
        onset += w * o;
    }
    if (onsets) *onsets = onset;
    return share;
}

// The chance a spell is long-term (over `long_days`) and runs to its end before its person leaves
// for another reason: E[1{D > L} exp(-lambda D)] = S(L) exp(-lambda L) - lambda times the
// integral from L of S(x) exp(-lambda x), by parts; the integral on a half-day grid.
double long_spell_completes(const DurationDistribution& spell, double long_days,
                            double leave_per_day) {
    const double at_l =
        spell.probability_longer_than(long_days) * std::exp(-leave_per_day * long_days);
    if (leave_per_day <= 0.0 || at_l <= 0.0) return at_l;
    double integral = 0.0;
    const double step = 0.5;
    for (double x = long_days + 0.5 * step; x < long_days + 20.0 * kDaysPerYear; x += step) {
        const double v = spell.probability_longer_than(x) * std::exp(-leave_per_day * x);
        integral += v * step;
        if (v < 1e-12) break;
    }
    return std::max(0.0, at_l - leave_per_day * integral);
}

// The root of an increasing f on [lo, hi], given f(lo) < 0 <= f(hi): regula falsi with the
// Illinois modification (an end kept twice in a row has its value halved), which converges
// superlinearly and never leaves the bracket. It stops at a relative width of 1e-13 or when f is
// within 1e-14 of zero, below the accuracy of the periodic solution: about 8 evaluations of a
// seasonal share, where bisection to the same width took 45 (at most 60, as bisection).
template <class F>
double increasing_root(F&& f, double lo, double f_lo, double hi, double f_hi) {
    int kept = 0;  // -1: lo was kept last time, +1: hi was
    double x = hi;
    for (int i = 0; i < 60 && hi - lo > 1e-13 * hi; ++i) {
        x = (lo * f_hi - hi * f_lo) / (f_hi - f_lo);
        if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
        const double fx = f(x);
        if (std::fabs(fx) <= 1e-14) return x;
        if (fx < 0.0) {
            lo = x;
            f_lo = fx;
            if (kept == 1) f_hi *= 0.5;
            kept = 1;
        } else {
            hi = x;
            f_hi = fx;
            if (kept == -1) f_lo *= 0.5;
            kept = -1;
        }
    }
    return x;
}

// The base onset rate at which the expected share absent is `target`, with r's spells, seasonality,
// age multipliers and starting ages, and spells cut short by leaving at `leave_per_day`.
double solve_onset_rate(const GroupRates& r, double target, double leave_per_day,
                        const std::vector<double>& kernel) {
    if (!r.seasonal && r.absence_age_multipliers.empty())
        return onset_rate_for_share(target, r.spell_days, leave_per_day);
    // The share rises with the onset rate: bracket from the flat closed form, then solve.
    auto excess = [&](double a) { return predicted_share(a, r, leave_per_day, kernel) - target; };
    double hi = 2.0 * onset_rate_for_share(target, r.spell_days, leave_per_day) + 1e-9;
    double excess_hi = excess(hi);
    while (excess_hi < 0.0 && hi < 1e3) excess_hi = excess(hi *= 2.0);
    return increasing_root(excess, 0.0, -target, hi, excess_hi);
}

}  // namespace

double onset_rate_for_absence_rate(const GroupRates& r, double absence_rate) {
    if (absence_rate <= 0.0) return 0.0;
    const double leave_per_day = r.other_leaving_per_day;
    const std::vector<double> kernel =
        r.seasonal ? spell_kernel(r.spell_days, leave_per_day) : std::vector<double>{};
    return solve_onset_rate(r, absence_rate, leave_per_day, kernel);
}

double absence_share(double onset_per_day, const DurationDistribution& spell,
                     double leave_per_day) {
    const double ad = onset_per_day * effective_spell_days(spell, leave_per_day);
    return ad / (1.0 + ad);
}

double onset_rate_for_share(double share, const DurationDistribution& spell, double leave_per_day) {
    if (share <= 0.0) return 0.0;
    return share / ((1.0 - share) * effective_spell_days(spell, leave_per_day));
}

void resolve_absence(const GroupSpec& g, const std::string& /*path*/, GroupRates& r,
                     const sim::TimeAxis& axis) {
    const AbsenceSpec& spec = g.absence;
    r.spell_days = spec.spell_days;
    r.quoted_absence_rate = spec.rate;
    r.absence_age_multipliers = spec.age_multipliers;
    r.long_term_days = spec.long_term_days;
    r.long_term_leaving = spec.long_term_leaving;
    r.seasonal = spec.seasonality.size() == 12;
    if (r.seasonal) {
        double mean = 0.0;
        for (double v : spec.seasonality) mean += v / 12.0;
        for (int m = 0; m < 12; ++m) r.seasonality[m] = spec.seasonality[m] / mean;
    }
    // Spells are cut short by every way out but ill health (which ends a spell at its end).
    const double leave_per_day =
        std::max(0.0, r.expected_turnover - r.expected_ill_health_rate) / kDaysPerYear;
    r.other_leaving_per_day = leave_per_day;
    const std::vector<double> kernel =
        r.seasonal ? spell_kernel(r.spell_days, leave_per_day) : std::vector<double>{};

    if (spec.rate && *spec.rate > 0.0) {
        r.absence_onset_per_day = solve_onset_rate(r, *spec.rate, leave_per_day, kernel);
    } else if (spec.onsets_per_year) {
        r.absence_onset_per_day = *spec.onsets_per_year / kDaysPerYear;
    } else {
        r.absence_onset_per_day = 0.0;
    }
    // The share absent at the start, by onset multiplier: a run starts in (periodic) steady
    // state. The start date's day in the 365-day year of the seasonal grid (29 February as 28).
    const sim::YearMonthDay start = axis.start().ymd();
    int start_day = std::min(start.day, sim::days_in_month(2023, start.month)) - 1;
    for (int month = 1; month < start.month; ++month) start_day += sim::days_in_month(2023, month);
    r.start_day_of_year = start_day;
    r.start_absence_share.clear();
    r.start_onset_weights.clear();
    auto add_start_state = [&](double m) {
        if (r.absence_onset_per_day <= 0.0) {
            r.start_absence_share.push_back(0.0);
            return;
        }
        const double a = r.absence_onset_per_day * m;
        if (!r.seasonal) {
            r.start_absence_share.push_back(absence_share(a, r.spell_days, leave_per_day));
            return;
        }
        double share = 0.0;
        std::vector<double> weights;
        // The grid's day t holds the share at its end (spells began mid-day, the kernel is at
        // the midpoints), so the share as the start day begins is that of the day before.
        periodic_share(onset_by_day(a, r.seasonality), kernel, nullptr, (start_day + 364) % 365,
                       &share, &weights);
        const double top = *std::max_element(weights.begin(), weights.end());
        for (double& w : weights) w = top > 0.0 ? w / top : 1.0;
        r.start_absence_share.push_back(share);
        r.start_onset_weights.push_back(std::move(weights));
    };
    for (const Band& b : r.absence_age_multipliers) add_start_state(b.share);
    add_start_state(1.0);
    double onsets_per_head_day = 0.0;
    r.expected_absence_share = r.absence_onset_per_day > 0.0
                                   ? predicted_share(r.absence_onset_per_day, r, leave_per_day,
                                                     kernel, &onsets_per_head_day)
                                   : 0.0;
    // Long-term spells ending in leaving are part of the turnover: onsets a year per head (only
    // at work) x the chance a spell is long-term and runs to its end x the chance it then ends
    // in leaving.
    r.expected_ill_health_rate =
        r.long_term_leaving > 0.0
            ? onsets_per_head_day * kDaysPerYear *
                  long_spell_completes(r.spell_days, r.long_term_days, leave_per_day) *
                  r.long_term_leaving
            : 0.0;
}

}  // namespace wfsim::models
