// The turnover of the run's first year from the tenure mix the run starts with. Leavers per mean
// headcount over a year is the time average of the hazard per head, b A (f q(t) + 1 - q(t)) + c,
// with q(t) the share in their first year of service at t. In the steady state q(t) is constant,
// but the starting staff's service is capped at their age less age_min (nobody started before
// that age: a group aged 18-20 has at most two years of service), and a given tenure profile
// need not be the steady state either: then q(t) moves during the year, as starting staff pass
// their first anniversary and joiners replace leavers. With hires replacing leavers at the
// turnover rate r, of the starting staff those with service u < 1 - t are still in their first
// year at t (having survived the first-year hazard h1), and joiners since the start in post:
//   q(t) = e^(-h1 t) P(u < 1 - t) + r (1 - e^(-h1 t)) / h1,
// whose mean over the year is q_bar. In the steady state this is q* at every t.
#include <algorithm>
#include <cmath>

#include "models/calibration/calibration.hpp"
#include "models/scenario/band_profile.hpp"

namespace wfsim::models {
namespace {

// The starting staff's service is capped at age - age_min unless it comes from the records'
// own start dates.
bool capped_by_age(const GroupRates& r) {
    return !r.from_records || r.steady_state_tenure;
}

// P(age - age_min >= x): the share of the starting staff the cap leaves alone below x years.
double uncapped_share(const GroupRates& r, double x) {
    return 1.0 - share_below(r.age_bands, r.age_min + x);
}

// P(service < x) at the start, x in [0, 1], before the cap: the steady state (a share q* in the
// first year, density falling at h1 within it) or the tenure profile.
double service_below(const GroupRates& r, double h1, double h2, double x) {
    if (!r.steady_state_tenure) return share_below(r.tenure_bands, x);
    const double q = steady_state_first_year_share(h1, h2);
    if (h1 <= 1e-12) return q * x;
    return q * std::expm1(-h1 * x) / std::expm1(-h1);
}

double starting_service_below(const GroupRates& r, double h1, double h2, double x) {
    const double below = service_below(r, h1, h2, x);
    if (!capped_by_age(r)) return below;
    return 1.0 - (1.0 - below) * uncapped_share(r, x);
}

}  // namespace

bool start_in_tenure_steady_state(const GroupRates& r) {
    // A group that starts empty has no starting tenure: its quoted turnover is its steady state's.
    if (r.headcount == 0) return true;
    return r.steady_state_tenure && (!capped_by_age(r) || uncapped_share(r, 1.0) >= 1.0);
}

double mean_first_year_share(const GroupRates& r, double h1, double h2, double hire_rate) {
    // Midpoint rule over the year: the integrand is smooth but for kinks at band edges.
    constexpr int kSteps = 400;
    double starting = 0.0;
    for (int i = 0; i < kSteps; ++i) {
        const double t = (i + 0.5) / kSteps;
        starting += std::exp(-h1 * t) * starting_service_below(r, h1, h2, 1.0 - t);
    }
    starting /= kSteps;
    // Joiners: r times the mean of (1 - e^(-h1 t)) / h1 over [0, 1].
    const double joiners =
        h1 > 1e-9 ? hire_rate * (1.0 + std::expm1(-h1) / h1) / h1 : hire_rate * 0.5;
    return std::min(1.0, starting + joiners);
}

}  // namespace wfsim::models
