// The declarations of likelihood_bands: the probabilities each likelihood score (1 rare to 5
// almost certain) covers. The defaults are the probability row of the likelihood scores in the
// National Patient Safety Agency's "A risk matrix for risk managers" (2008); docs/model.md
// quotes it.
#include <array>
#include <cstdio>

#include "models/scenario/schema/outcome_schema.hpp"

namespace wfsim::models::schema {
namespace {

struct BandKey {
    const char* key;
    int score;
    ProbabilityBand LikelihoodBands::*member;
    const char* npsa;  // the guidance's wording of the band
};

constexpr std::array<BandKey, 5> kBands = {{
    {"rare", 1, &LikelihoodBands::rare, "<0.1 per cent"},
    {"unlikely", 2, &LikelihoodBands::unlikely, "0.1-1 per cent"},
    {"possible", 3, &LikelihoodBands::possible, "1-10 per cent"},
    {"likely", 4, &LikelihoodBands::likely, "10-50 per cent"},
    {"almost_certain", 5, &LikelihoodBands::almost_certain, ">50 per cent"},
}};

std::string percent(double p) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4g%%", 100.0 * p);
    return text;
}

ObjectSchema<ProbabilityBand> make_band_schema(const BandKey& band) {
    const ProbabilityBand defaults = LikelihoodBands{}.*band.member;
    ObjectSchema<ProbabilityBand> s(
        std::string("likelihood ") + std::to_string(band.score) + " (" + band.key + ")",
        std::string("The probabilities of the adverse event that score likelihood ") +
            std::to_string(band.score) + " (" + band.key +
            "): more than `from`, up to and including `to` (score 1 from 0 itself). Default: the "
            "NPSA's \"" +
            band.npsa + "\".");
    const std::string source =
        "NPSA (2008), A risk matrix for risk managers: " + std::string(band.npsa);
    s.rate("from", &ProbabilityBand::from,
           {.unit = "probability",
            .range = closed(0, 1),
            .default_value = defaults.from,
            .meaning = "Where the band starts (excluded, but for score 1).",
            .typical = percent(defaults.from) + " (" + source + ")",
            .dated = refused(kJudgement)});
    s.rate("to", &ProbabilityBand::to,
           {.unit = "probability",
            .range = closed(0, 1),
            .default_value = defaults.to,
            .meaning = "Where the band ends (included).",
            .typical = percent(defaults.to) + " (" + source + ")",
            .dated = refused(kJudgement)});
    return s;
}

const ObjectSchema<ProbabilityBand>& band_schema(std::size_t i) {
    static const std::array<ObjectSchema<ProbabilityBand>, 5> schemas = {
        make_band_schema(kBands[0]), make_band_schema(kBands[1]), make_band_schema(kBands[2]),
        make_band_schema(kBands[3]), make_band_schema(kBands[4])};
    return schemas[i];
}

// The bands follow one another from 0 to 1 without gap or overlap, each wider than nothing.
void check_bands(const LikelihoodBands& bands, CheckContext& c) {
    const ProbabilityBand& first = bands.*kBands.front().member;
    if (first.from != 0.0)
        c.error_at(
            {kBands.front().key, "from"},
            "the first band starts at 0 (a probability of 0 is rare), not " + percent(first.from));
    for (std::size_t i = 0; i < kBands.size(); ++i) {
        const ProbabilityBand& band = bands.*kBands[i].member;
        if (!(band.from < band.to))
            c.error_at({kBands[i].key, "to"}, std::string(kBands[i].key) + " ends at " +
                                                  percent(band.to) + ", not after it starts (" +
                                                  percent(band.from) + ")");
        if (i + 1 == kBands.size()) break;
        const ProbabilityBand& next = bands.*kBands[i + 1].member;
        if (next.from == band.to) continue;
        // At the value written: the next band's start, or else this band's end.
        const bool next_given = c.given(kBands[i + 1].key);
        c.error_at({next_given ? kBands[i + 1].key : kBands[i].key, next_given ? "from" : "to"},
                   std::string(kBands[i + 1].key) + " starts at " + percent(next.from) + " but " +
                       kBands[i].key + " ends at " + percent(band.to) + ": the bands " +
                       (next.from > band.to ? "leave a gap" : "overlap") +
                       "; each band starts where the one before ends");
    }
    const ProbabilityBand& last = bands.*kBands.back().member;
    if (last.to != 1.0)
        c.error_at({kBands.back().key, "to"},
                   "the last band ends at 100% (certain), not " + percent(last.to));
}

}  // namespace

const ObjectSchema<LikelihoodBands>& likelihood_bands_schema() {
    static const ObjectSchema<LikelihoodBands> schema = [] {
        ObjectSchema<LikelihoodBands> s(
            "likelihood bands",
            "The probabilities of a risk's adverse event that each likelihood score covers. A "
            "probability on a boundary takes the lower score (50% is likely, more than 50% almost "
            "certain). The defaults are the NPSA's (A risk matrix for risk managers, 2008); set "
            "your organisation's own bands here.");
        for (std::size_t i = 0; i < kBands.size(); ++i)
            s.object(kBands[i].key, kBands[i].member, band_schema(i),
                     "Likelihood score " + std::to_string(kBands[i].score) + ".");
        s.check("The bands run from 0 to 100% in order, each starting where the one before ends.",
                check_bands);
        return s;
    }();
    return schema;
}

}  // namespace wfsim::models::schema
