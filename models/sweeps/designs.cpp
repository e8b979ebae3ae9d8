#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "models/sweeps/design.hpp"
#include "models/sweeps/sobol_sequence.hpp"
#include "models/sweeps/sweep_random.hpp"

namespace wfsim::sweeps {
namespace {

// Purposes of the streams a seed gives (sweep_random.hpp).
constexpr std::uint64_t kLatinStream = 1, kMorrisStream = 2;

// A uniformly random permutation of 0..n-1 (Fisher-Yates).
std::vector<std::size_t> permutation(std::size_t n, SweepRandom& random) {
    std::vector<std::size_t> p(n);
    std::iota(p.begin(), p.end(), std::size_t{0});
    for (std::size_t i = n; i > 1; --i) std::swap(p[i - 1], p[random.below(i)]);
    return p;
}

}  // namespace

const char* design_kind_name(DesignKind kind) {
    switch (kind) {
        case DesignKind::OneAtATime:
            return "oat";
        case DesignKind::Factorial:
            return "factorial";
        case DesignKind::LatinHypercube:
            return "lhs";
        case DesignKind::Morris:
            return "morris";
        case DesignKind::Sobol:
            return "sobol";
        case DesignKind::External:
            return "external";
    }
    return "";
}

void Design::add_point(const std::vector<double>& coordinates, int block_of, int row_of) {
    unit.insert(unit.end(), coordinates.begin(), coordinates.end());
    block.push_back(block_of);
    row.push_back(row_of);
}

Design one_at_a_time_design(std::size_t factors) {
    Design d{DesignKind::OneAtATime, factors, {}, {}, {}};
    const double baseline = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> x(factors, baseline);
    d.add_point(x, -1, 0);
    for (std::size_t f = 0; f < factors; ++f) {
        for (int end = 0; end < 2; ++end) {
            x[f] = end;
            d.add_point(x, static_cast<int>(f), end);
        }
        x[f] = baseline;
    }
    return d;
}

Design factorial_design(const std::vector<int>& levels, std::size_t max_points) {
    Design d{DesignKind::Factorial, levels.size(), {}, {}, {}};
    std::size_t total = 1;
    for (int l : levels) {
        if (l < 1) throw std::invalid_argument("a factorial design needs at least one level");
        if (total > max_points / static_cast<std::size_t>(l))
            throw std::invalid_argument("the factorial design has more than " +
                                        std::to_string(max_points) + " points");
        total *= static_cast<std::size_t>(l);
    }
    std::vector<int> digit(levels.size(), 0);
    std::vector<double> x(levels.size());
    for (std::size_t point = 0; point < total; ++point) {
        for (std::size_t f = 0; f < levels.size(); ++f)
            x[f] = levels[f] == 1 ? 0.5 : static_cast<double>(digit[f]) / (levels[f] - 1);
        d.add_point(x, 0, static_cast<int>(point));
        for (std::size_t f = levels.size(); f-- > 0;) {  // the last factor fastest
            if (++digit[f] < levels[f]) break;
            digit[f] = 0;
        }
    }
    return d;
}

Design latin_hypercube_design(std::size_t n, std::size_t factors, std::uint64_t seed,
                              bool centred) {
    Design d{DesignKind::LatinHypercube, factors, std::vector<double>(n * factors), {}, {}};
    SweepRandom random(seed, kLatinStream);
    for (std::size_t f = 0; f < factors; ++f) {
        const std::vector<std::size_t> stratum = permutation(n, random);
        for (std::size_t i = 0; i < n; ++i) {
            // Strictly inside the stratum: a probability of exactly 0 has no quantile when the
            // distribution is unbounded.
            double within = centred ? 0.5 : random.uniform();
            if (within == 0.0) within = 0x1.0p-53;
            d.unit[i * factors + f] = (static_cast<double>(stratum[i]) + within) / n;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        d.block.push_back(0);
        d.row.push_back(static_cast<int>(i));
    }
    return d;
}

double morris_delta(int levels) {
    return levels / (2.0 * (levels - 1));
}

Design morris_design(std::size_t trajectories, std::size_t factors, int levels,
                     std::uint64_t seed) {
    if (levels < 2 || levels % 2 != 0)
        throw std::invalid_argument("Morris levels must be even and at least 2");
    Design d{DesignKind::Morris, factors, {}, {}, {}};
    SweepRandom random(seed, kMorrisStream);
    const double step = 1.0 / (levels - 1);
    const double delta = morris_delta(levels);
    const auto starts = static_cast<std::uint64_t>(levels / 2);  // levels at or below 1 - delta
    std::vector<double> x(factors);
    for (std::size_t t = 0; t < trajectories; ++t) {
        std::vector<int> direction(factors);
        for (std::size_t f = 0; f < factors; ++f) {
            const double base = static_cast<double>(random.below(starts)) * step;
            direction[f] = random.below(2) ? 1 : -1;
            x[f] = direction[f] > 0 ? base : base + delta;  // moving down starts at the top
        }
        const std::vector<std::size_t> order = permutation(factors, random);
        d.add_point(x, static_cast<int>(t), 0);
        for (std::size_t s = 0; s < factors; ++s) {
            const std::size_t f = order[s];
            x[f] += direction[f] * delta;
            // Exactly on the grid: base + delta - delta is base again, but say so.
            x[f] = std::round(x[f] * (levels - 1)) * step;
            d.add_point(x, static_cast<int>(t), static_cast<int>(s + 1));
        }
    }
    return d;
}

Design sobol_design(std::size_t n, std::size_t factors, std::uint64_t seed) {
    if (2 * factors > static_cast<std::size_t>(kSobolMaxDimensions))
        throw std::invalid_argument("a Sobol design takes at most " +
                                    std::to_string(kSobolMaxDimensions / 2) + " factors");
    const std::size_t k = factors;
    const std::vector<double> base = sobol_points(n, static_cast<int>(2 * k), seed);
    Design d{DesignKind::Sobol, k, {}, {}, {}};
    std::vector<double> x(k);
    for (std::size_t i = 0; i < n; ++i) {
        const double* a = &base[i * 2 * k];
        const double* b = a + k;
        const int row = static_cast<int>(i);
        d.add_point(std::vector<double>(a, a + k), 0, row);
        for (std::size_t f = 0; f < k; ++f) {
            std::copy(a, a + k, x.begin());
            x[f] = b[f];
            d.add_point(x, static_cast<int>(f + 1), row);
        }
        d.add_point(std::vector<double>(b, b + k), static_cast<int>(k + 1), row);
    }
    return d;
}

}  // namespace wfsim::sweeps
