#pragma once
// Exact event times under piecewise-constant hazards. A person draws one Exp(1) "budget"; the
// event happens when the cumulative hazard from now reaches it. When the hazard is known ahead
// (a first-year multiplier, age bands, dated shocks) the whole path is walked at once, so a rate
// change moves the event without a new draw.
#include <cmath>
#include <limits>

namespace wfsim::sim {

inline constexpr double kNever = std::numeric_limits<double>::infinity();

struct HazardPiece {
    double rate;         // events per day, constant from the query time ...
    double valid_until;  // ... up to this time (kNever when it never changes)
};

// Returns the time T > t0 at which the integral of the hazard from t0 reaches `budget`, or kNever
// when that does not happen before `limit`. piece_at(t) describes the hazard from t onwards.
template <class PieceAt>
double invert_cumulative_hazard(double t0, double budget, double limit, PieceAt&& piece_at) {
    double t = t0;
    while (t < limit) {
        const HazardPiece p = piece_at(t);
        const double end = p.valid_until < limit ? p.valid_until : limit;
        if (p.rate > 0.0) {
            const double hit = t + budget / p.rate;
            if (hit < end) return hit;
            budget -= p.rate * (end - t);
        }
        // A piece whose end rounds to the query time (a band edge computed in floating point)
        // must still move time on.
        t = end > t ? end : std::nextafter(t, limit);
    }
    return kNever;
}

}  // namespace wfsim::sim
