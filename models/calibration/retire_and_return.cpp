// Retire and return in equilibrium over the starting age profile. A share p of retirees comes
// back after the gap g and stays for a drawn time, during which they may also leave by the
// hazard (the base times the age multiplier, and retiring again for good) or reach the maximum
// working age; only a stay that runs to its end is a leaver `end_of_stay`. On an age grid:
//   retirements at age x, a year per head:  rho(x) = f_other(x) r(x)
//   returners in post at age a:             f_ret(a) = p * integral rho(x) S(a - x - g) dx
//   S(e) = P(stay > e) exp(-(H(x + g + e) - H(x + g))), zero past the maximum working age,
// with f the starting age density, f_other = f - f_ret the staff who have not returned (only
// they may come back), and H the cumulative hazard by age. The start then holds f_ret's returners
// in post and the retirees still in their gap, and the calibration counts the stays that end.
#include <algorithm>
#include <cmath>

#include "models/calibration/calibration.hpp"

namespace wfsim::models {
namespace {

constexpr double kStep = 1.0 / 48.0;  // years of age (and of stay) per grid cell

double density_at(const std::vector<Band>& bands, double age) {
    double d = 0.0;
    for (const Band& b : bands)
        if (b.from <= age && age < b.to && b.to > b.from) d += b.share / (b.to - b.from);
    return d;
}

// Densities on the grid (per year of age) into one-year bands from `from`, shares summing to 1.
std::vector<Band> yearly_bands(const std::vector<double>& density, double from) {
    std::vector<Band> bands;
    double total = 0.0;
    for (double d : density) total += d * kStep;
    if (total <= 0.0) return bands;
    const int per_year = static_cast<int>(std::lround(1.0 / kStep));
    for (std::size_t i = 0; i < density.size(); i += per_year) {
        double share = 0.0;
        for (std::size_t j = i; j < std::min(density.size(), i + per_year); ++j)
            share += density[j] * kStep;
        const double lo = from + i * kStep;
        if (share > 0.0) bands.push_back({"", lo, lo + 1.0, share / total});
    }
    return bands;
}

}  // namespace

ReturnerEquilibrium returner_equilibrium(const GroupRates& r, double base_per_year) {
    ReturnerEquilibrium eq;
    const double p = r.return_probability;
    if (p <= 0.0 || r.retirement_per_day.empty()) return eq;
    const double top = r.age_limit_days / kDaysPerYear;
    const int cells = std::max(1, static_cast<int>(std::ceil((top - r.age_min) / kStep)));
    const double shift = r.pension_shift_years.value_at(0.0);
    // By age cell: the starting density, retirement and the whole leaving hazard (a year), and
    // the cumulative hazard at each cell's start.
    std::vector<double> f(cells), retire(cells), hazard(cells), cumulative(cells + 1, 0.0);
    for (int i = 0; i < cells; ++i) {
        const double a = r.age_min + (i + 0.5) * kStep;
        f[i] = density_at(r.age_bands, a);
        retire[i] = band_value_at(r.retirement_per_day, a - shift, 0.0).value * kDaysPerYear;
        hazard[i] = base_per_year * band_value_at(r.leave_age_multipliers, a).value + retire[i];
        cumulative[i + 1] = cumulative[i] + hazard[i] * kStep;
    }
    auto mid = [&](int i) { return 0.5 * (cumulative[i] + cumulative[i + 1]); };
    // The stay: P(stay > j steps) at the cell boundaries, until it is negligible.
    std::vector<double> stay{1.0};
    while (stay.back() > 1e-9 && static_cast<int>(stay.size()) <= cells)
        stay.push_back(
            r.return_stay_days.probability_longer_than(stay.size() * kStep * kDaysPerYear));
    const int span = static_cast<int>(stay.size()) - 1;  // cells a stay can last
    const int gap = static_cast<int>(std::lround(r.return_gap_days.mean / kDaysPerYear / kStep));

    std::vector<double> returned(cells, 0.0), other(cells, 0.0), back(cells, 0.0);
    double ends = 0.0;
    for (int i = 0; i < cells; ++i) {
        // Returners in post at age cell i retired in cell k and came back in cell k + gap;
        // those who retired in cell i itself are counted from the next cell on.
        double in_post = 0.0;
        for (int k = std::max(0, i - gap - span + 1); k <= i - std::max(gap, 1); ++k) {
            const int elapsed = i - k - gap;
            const double still = 0.5 * (stay[elapsed] + stay[elapsed + 1]) *
                                 std::exp(-(mid(i) - cumulative[k + gap]));
            in_post += other[k] * retire[k] * still;
        }
        returned[i] = p * in_post * kStep;
        other[i] = std::max(0.0, f[i] - returned[i]);
        // Those retiring from cell i: a share p comes back (within the working ages); of them,
        // those whose stay runs to its end before another way out.
        const double coming_back = p * other[i] * retire[i] * kStep;
        if (i + gap >= cells || coming_back <= 0.0) continue;
        back[i] = coming_back;
        for (int j = 0; j < span && i + gap + j < cells; ++j)
            ends += coming_back * (stay[j] - stay[j + 1]) *
                    std::exp(-(mid(i + gap + j) - cumulative[i + gap]));
    }
    double total = 0.0, in_post = 0.0, returns = 0.0, exit = 0.0;
    for (int i = 0; i < cells; ++i) {
        total += (other[i] + returned[i]) * kStep;
        in_post += returned[i] * kStep;
        returns += back[i];
        exit += returned[i] * kStep * hazard[i];
    }
    eq.returns_per_year = returns / total;
    eq.stays_ending_per_year = ends / total;
    eq.in_post_share = in_post / total;
    eq.waiting_per_head = eq.returns_per_year * r.return_gap_days.mean / kDaysPerYear;
    eq.returner_exit_per_day = in_post > 0.0 ? exit / in_post / kDaysPerYear : 0.0;
    eq.staff_ages = yearly_bands(other, r.age_min);
    eq.returner_ages = yearly_bands(returned, r.age_min);
    eq.retiree_ages = yearly_bands(back, r.age_min);
    return eq;
}

}  // namespace wfsim::models
