#pragma once
// Band profiles: a map of band label to share, such as {under_25: 0.06, 25_34: 0.26, 55_plus:
// 0.2}. "under_N" is [lower, N), "A_B" is [A, B+1), "N_plus" is [N, upper), where lower and upper
// are fixed (tenure: 0 and 40 years) or read from the enclosing object (age_min, age_max).
// A profile of values (multipliers, hazards) has the same labels with a number per band.
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema {

struct BandAxis {
    std::string noun{};       // "age", "tenure"
    std::string lower_key{};  // a number key of an enclosing object; empty: lower_fixed
    double lower_fixed = 0.0;
    std::string upper_key{};  // likewise for the upper end
    double upper_fixed = 0.0;
};

// The oldest age a profile of values reaches: staff age during a run, so `N_plus` in a multiplier
// or hazard profile runs past the group's age_max, to this age.
inline constexpr double kOldestAge = 120.0;

struct BandsCodec {
    enum class Mode {
        Shares,  // shares of people: rates in [0, 1] summing to 1 (within 0.01), normalised
        Values,  // a number per band (Band::share holds it), each in `values`; no sum rule
    };
    using value_type = std::vector<Band>;
    BandAxis axis;
    Mode mode = Mode::Shares;
    Range values{};                         // Values: what each band's value must be
    std::string value_noun = "multiplier";  // Values: "multiplier", "hazard"

    // "age bands"; "age band multipliers"
    std::string type() const;
    // Shares are checked (each in [0, 1], summing to 1 within 0.01) and normalised; values are
    // checked against `values`; bands must not overlap and must lie within [lower, upper]. Sorted
    // by where they start.
    std::optional<std::vector<Band>> read(const ValueRef& ref, const FieldInfo& info,
                                          ParseContext& ctx) const;
    std::string write(const std::vector<Band>& bands) const;
    // "under_N = [age_min, N), A_B = [A, B+1), N_plus = [N, age_max); shares ..."
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// How band profiles are written, for the reference.
std::string band_profile_doc();
// How profiles of values by band are written, for the reference: (types, text).
std::pair<std::string, std::string> band_values_doc();

}  // namespace wfsim::models::schema
