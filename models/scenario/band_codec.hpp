#pragma once
// Band profiles: a map of band label to share, such as {under_25: 0.06, 25_34: 0.26, 55_plus:
// 0.2}. "under_N" is [lower, N), "A_B" is [A, B+1), "N_plus" is [N, upper), where lower and upper
// are fixed (tenure: 0 and 40 years) or read from the enclosing object (age_min, age_max).
#include <optional>
#include <string>
#include <vector>

#include "models/scenario.hpp"
#include "models/scenario/schema_field.hpp"

namespace wfsim::models::schema {

struct BandAxis {
    std::string noun{};       // "age", "tenure"
    std::string lower_key{};  // a number key of an enclosing object; empty: lower_fixed
    double lower_fixed = 0.0;
    std::string upper_key{};  // likewise for the upper end
    double upper_fixed = 0.0;
};

struct BandsCodec {
    using value_type = std::vector<Band>;
    BandAxis axis;

    std::string type() const { return axis.noun + " bands"; }
    // Shares are checked (each in [0, 1], summing to 1 within 0.01) and normalised; bands must
    // not overlap and must lie within [lower, upper]. Sorted by where they start.
    std::optional<std::vector<Band>> read(const ValueRef& ref, const FieldInfo& info,
                                          ParseContext& ctx) const;
    std::string write(const std::vector<Band>& bands) const;
    // "under_N = [age_min, N), A_B = [A, B+1), N_plus = [N, age_max); shares ..."
    std::string allowed_text() const;
};

// How band profiles are written, for the reference.
std::string band_profile_doc();

}  // namespace wfsim::models::schema
