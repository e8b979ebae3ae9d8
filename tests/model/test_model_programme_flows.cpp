// Training, apprenticeships and return to practice: intakes limited by places and by a source
// pool, binomial completions after a fixed duration, internal trainees leaving a vacancy behind
// and counting part of their WTE while training, and retention of completers. Tolerances are
// four standard errors of the stated sampling distribution.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/metrics/derived_metrics.hpp"
#include "tests/model/model_test_support.hpp"

using namespace wfsim;
using namespace wfsim::testing;
using models::kDaysPerYear;

namespace {

double at(const models::ReplicationResult& r, const models::ResultLayout& layout,
          const std::string& name, int month, int unit = 0) {
    return sum_of(r, layout, name, unit, month, month + 1);
}

models::TrainingProgramme programme(const std::string& to_group, double intake) {
    models::TrainingProgramme p;
    p.name = "course";
    p.to_group = to_group;
    p.intake_per_year = intake;
    return p;
}

}  // namespace

TEST_CASE("training: completions ~ Binomial(intake, 1 - attrition) after a fixed duration",
          "[model][supply]") {
    // A September intake of 500 planned, 400 places: exactly 400 start in month 5 (September
    // 2022). Duration 365 days: they complete on 1 September 2023 (month 17), each with
    // probability 0.75, so completions ~ Binomial(400, 0.75): mean np = 300, variance
    // np(1-p) = 75. Over R replications the mean is within 4 sqrt(75 / R) and the sample
    // variance within 4 sd(s^2), sd(s^2) = s2 sqrt(2 / (R - 1) + kurt / R), with the binomial's
    // excess kurtosis kurt = (1 - 6p(1-p)) / (np(1-p)).
    auto s = one_group_scenario(plain_group("nurses", 100), 24);
    auto p = programme("nurses", 500);
    p.places = 400;
    p.duration_days = models::DurationDistribution::fixed(365);
    p.attrition = 0.25;
    s.training.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    const int intake_month = 5, completion_month = axis.month_of_day(axis.month_start_day(5) + 365);
    REQUIRE(completion_month == 17);
    const int replications = 400;
    std::vector<double> completions;
    models::WorkforceModel model(resolved);
    for (int rep = 0; rep < replications; ++rep) {
        const auto r = model.run(51, rep);
        const auto& layout = model.layout();
        CHECK(at(*r, layout, "training_starts", intake_month) == 400);
        double joined = 0.0;
        for (int m = 0; m < 24; ++m) {
            const double c = at(*r, layout, "training_completions", m);
            // The cohort taken in before the run (September 2021) completes in month 5.
            if (m != completion_month && m != intake_month) CHECK(c == 0.0);
            CHECK(at(*r, layout, "joiners_training", m) == c);
            joined += c;
        }
        // Every trainee of the cohort completes or leaves: attrition months 5-16 + completions.
        const double c = at(*r, layout, "training_completions", completion_month);
        CHECK(sum_of(*r, layout, "training_attrition", 0, intake_month, completion_month) + c ==
              400);
        CHECK(value(*r, layout, models::kHeadcount, 23, 0) == 100 + joined);
        completions.push_back(c);
    }
    const double n = 400, q = 0.75, var = n * q * (1 - q);
    const auto e = estimate(completions);
    INFO("completions " << e.mean << " +- " << e.se << ", variance " << e.variance);
    CHECK(std::abs(e.mean - n * q) < 4 * std::sqrt(var / replications));
    const double kurtosis = (1 - 6 * q * (1 - q)) / var;
    const double sd_variance = var * std::sqrt(2.0 / (replications - 1) + kurtosis / replications);
    CHECK(std::abs(e.variance - var) < 4 * sd_variance);
}

TEST_CASE(
    "apprenticeships: internal trainees leave a vacancy behind and count part of their "
    "WTE while training",
    "[model][supply]") {
    // 50 support workers (0.8 WTE each) start a two-year apprenticeship each September into
    // nursing; 40% of a trainee's WTE counts in nursing while training. Their posts fall vacant
    // and are refilled 200 days later. Cohorts taken in before the run are external, at
    // nursing's WTE per head (1.0): September 2020 completes in month 5, September 2021 in
    // month 17. No one leaves otherwise and no one drops out, so everything is exact.
    auto s = one_group_scenario(plain_group("nurses", 100), 30);
    auto support = plain_group("support", 500);
    support.wte_per_head = 0.8;
    support.recruitment.time_to_hire = models::DurationDistribution::fixed(200);
    // Every post filled at the start (the equilibrium establishment would hold the pipeline of
    // the posts trainees leave behind).
    support.establishment_wte = 400.0;
    s.groups.push_back(support);
    auto p = programme("nurses", 50);
    p.route = "apprenticeship";
    p.from_group = "support";
    p.wte_while_training = 0.4;
    s.training.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    models::WorkforceModel model(resolved);
    const auto r = model.run(52, 0);
    const auto& layout = model.layout();
    // The September 2022 cohort completes 730 days on: 31 August 2024 (29 February 2024 lies
    // in between), month 28.
    const int internal_completes = axis.month_of_day(axis.month_start_day(5) + 730);
    REQUIRE(internal_completes == 28);
    const int refilled = axis.month_of_day(axis.month_start_day(5) + 200);
    for (int m = 0; m < 30; ++m) {
        INFO("month " << m);
        const bool intake = m % 12 == 5;
        CHECK(at(*r, layout, "leavers_to_training", m, 1) == (intake ? 50.0 : 0.0));
        const bool completes = m == 5 || m == 17 || m == internal_completes;
        CHECK(at(*r, layout, "joiners_apprenticeship", m, 0) == (completes ? 50.0 : 0.0));
        CHECK(at(*r, layout, "joiners_domestic", m, 1) ==
              (m == refilled || m == refilled + 12 ? 50.0 : 0.0));
    }
    // Month 5: support is 50 short (40 WTE vacant); nursing has 150 in post and 50 trainees of
    // each of two cohorts: 150 + 0.4 x (50 x 1.0 + 50 x 0.8) = 186 WTE.
    CHECK(value(*r, layout, models::kHeadcount, 5, 1) == 450);
    CHECK(value(*r, layout, models::kVacanciesWte, 5, 1) == Approx(40.0));
    CHECK(value(*r, layout, models::kHeadcount, 5, 0) == 150);
    CHECK(value(*r, layout, models::kWte, 5, 0) == Approx(186.0));
    // Month 17: 200 in post, two internal cohorts training: 200 + 0.4 x 80 = 232.
    CHECK(value(*r, layout, models::kWte, 17, 0) == Approx(232.0));
    // Month 28: the internal cohort has completed at its own 0.8 WTE; one cohort training.
    CHECK(value(*r, layout, models::kHeadcount, 28, 0) == 250);
    CHECK(value(*r, layout, models::kWte, 28, 0) == Approx(200.0 + 40.0 + 0.4 * 40.0));
}

TEST_CASE("return to practice: the source pool limits intakes and 2 of 3 completers stay",
          "[model][supply]") {
    // April intakes of 3,000 from a pool of 5,000 lapsed registrants: 3,000, then the 2,000
    // left, then none. A 90-day course with no attrition; each completer is retained with
    // probability 2/3, and those not retained leave at a uniform time within their first year.
    // So the retained ~ Binomial(5000, 2/3), and of the first cohort those leaving by the end
    // of month 13 ~ Binomial(3000, (1/3) x (days from completion to that end) / 365.25).
    auto s = one_group_scenario(plain_group("radiographers", 200), 27);
    auto p = programme("radiographers", 3000);
    p.route = "return_to_practice";
    p.intake_month = 4;
    p.source_pool = 5000;
    p.duration_days = models::DurationDistribution::fixed(90);
    p.retention = 2.0 / 3.0;
    s.training.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    const auto& axis = resolved.axis;
    models::WorkforceModel model(resolved);
    const auto r = model.run(53, 0);
    const auto& layout = model.layout();
    CHECK(at(*r, layout, "training_starts", 0) == 3000);
    CHECK(at(*r, layout, "training_starts", 12) == 2000);
    CHECK(at(*r, layout, "training_starts", 24) == 0);
    CHECK(at(*r, layout, "joiners_return_to_practice", axis.month_of_day(90)) == 3000);
    const double completed_2 = axis.month_start_day(12) + 90.0;
    CHECK(at(*r, layout, "joiners_return_to_practice", axis.month_of_day(completed_2)) == 2000);
    // The first cohort's non-retained leave in [90, 455.25): alone before the second completes.
    REQUIRE(axis.month_start_day(14) <= completed_2);
    const double share = (1.0 / 3.0) * (axis.month_start_day(14) - 90.0) / kDaysPerYear;
    const double early = sum_of(*r, layout, "leavers_not_retained", 0, 0, 14);
    CHECK(std::abs(early - 3000 * share) < 4 * std::sqrt(3000 * share * (1 - share)));
    // A year after the second cohort completes, only the retained remain of the 5,000. (The
    // posts of those not retained fall vacant and are refilled by domestic hires, who stay.)
    REQUIRE(completed_2 + kDaysPerYear < axis.horizon_days());
    const double not_retained = sum_of(*r, layout, "leavers_not_retained", 0, 0, 27);
    const double retained = 5000 - not_retained;
    CHECK(std::abs(retained - 5000 * 2.0 / 3.0) < 4 * std::sqrt(5000 * 2.0 / 9.0));
    CHECK(sum_of(*r, layout, "leavers", 0, 0, 27) == not_retained);
    CHECK(value(*r, layout, models::kHeadcount, 26, 0) ==
          200 + retained + sum_of(*r, layout, "joiners_domestic", 0, 0, 27));
}

TEST_CASE("trainees counted in post fill part of the establishment the quoted vacancy rate sets",
          "[model][training][calibration]") {
    // Nursing (1,000 at 1.0 WTE, 10% vacant) takes 40 external apprentices a year for 730 days,
    // 10% dropping out at a uniform point, and counts 0.3 of their WTE while they train. By
    // Little's law the mean trainee WTE is 40 x 2 years x (1 - 0.1 / 2) x 0.3 (x 730/730.5 for
    // the year's 365.25 days); the establishment makes the quoted rate true of staff and
    // trainees together, and the posts the staff hold are vacant at the rate that leaves.
    auto nurses = plain_group("nurses", 1000);
    nurses.vacancy_rate = 0.1;
    nurses.leaving.hazard_per_year.reset();
    nurses.leaving.turnover = 0.12;
    auto s = one_group_scenario(nurses, 12);
    auto p = programme("nurses", 40);
    p.route = "apprenticeship";
    p.attrition = 0.1;
    p.wte_while_training = 0.3;
    s.training.push_back(p);
    const auto g = models::resolve_scenario(s).groups[0];
    const double trainees = 40 * (730.0 / 365.25) * 0.95 * 0.3;
    CHECK(g.trainee_wte == Approx(trainees).epsilon(1e-12));
    CHECK(g.establishment_wte == Approx((1000 + trainees) / 0.9).epsilon(1e-12));
    CHECK(g.expected_vacancy_rate == Approx(0.1).epsilon(1e-12));
    // Without the share counted, nothing changes: the posts are the vacancy rate's.
    s.training[0].wte_while_training = 0.0;
    const auto plain = models::resolve_scenario(s).groups[0];
    CHECK(plain.trainee_wte == 0.0);
    CHECK(plain.establishment_wte == Approx(1000 / 0.9).epsilon(1e-12));
    CHECK(plain.search_mean_days < g.search_mean_days);
}

TEST_CASE("trainees counted in post leave the absence rate's WTE-days available alone",
          "[model][training][absence]") {
    // One nurse group, 5% absent, with 0.5 of 30 apprentices' WTE counted while they train:
    // the absence rate is the staff's lost WTE-days over the staff's WTE-days, the trainees'
    // WTE-days recorded beside them (DESIGN.md: WTE-days available are of those who can be
    // absent; trainees have no spells in the model).
    auto nurses = plain_group("nurses", 500);
    nurses.absence.rate = 0.05;
    auto s = one_group_scenario(nurses, 12);
    auto p = programme("nurses", 30);
    p.route = "apprenticeship";
    p.wte_while_training = 0.5;
    s.training.push_back(p);
    const auto resolved = models::resolve_scenario(s);
    models::WorkforceModel model(resolved);
    const auto r = model.run(5, 0);
    const auto& layout = model.layout();
    const auto derived = models::derive_monthly(layout, resolved.axis, r->values.data());
    const std::size_t units = layout.units.size();
    auto absence_rate = [&](int m) {  // derived rate 2 (derived_metric_infos' order)
        return derived[(2 * static_cast<std::size_t>(layout.months) + m) * units];
    };
    REQUIRE(models::derived_metric_infos(layout)[2].name == "absence_rate");
    double trainee_days = 0.0;
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m);
        const double lost = at(*r, layout, "absence_wte_days", m);
        const double wte_days = at(*r, layout, "wte_days", m);
        const double trainees = at(*r, layout, "trainee_wte_days", m);
        trainee_days += trainees;
        CHECK(trainees > 0.0);
        CHECK(absence_rate(m) == Approx(lost / (wte_days - trainees)).epsilon(1e-12));
    }
    // Two cohorts in training all year (730-day default duration, no attrition): 2 x 30 x 0.5.
    CHECK(trainee_days == Approx(30.0 * (resolved.axis.month_start_day(12))).epsilon(1e-9));
}
