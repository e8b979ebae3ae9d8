// The declarations of targets, risks and the likelihood bands (targets.<name>, risks.<name>,
// likelihood_bands), with the checks that need the whole scenario: each target's unit is a
// group, a sector or the total, and its period lies inside the run. Which metrics a run records
// depends on the routes it uses, so metric names are checked when the run is laid out
// (models/outcomes/outcome_definitions.cpp).
#include <algorithm>

#include "models/scenario/schema/keyed_map_codecs.hpp"
#include "models/scenario/schema/name_codecs.hpp"
#include "models/scenario/schema/outcome_codecs.hpp"
#include "models/scenario/schema/outcome_schema.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {
namespace {

constexpr const char* kTrajectoryRule =
    "keys: whole financial years of the run, YYYY/YY (2024/25); values: thresholds in the "
    "metric's units (a number, or a percentage for a rate)";
constexpr const char* kRatingRule =
    "a product of two scores 1-5: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20 or 25";

bool is_product_of_scores(int rating) {
    for (int likelihood = 1; likelihood <= 5; ++likelihood)
        if (rating % likelihood == 0 && rating / likelihood <= 5) return true;
    return false;
}

std::function<std::optional<std::string>(const int&)> rating_check() {
    return [](const int& rating) -> std::optional<std::string> {
        if (is_product_of_scores(rating)) return std::nullopt;
        return std::to_string(rating) +
               " is not a likelihood x consequence rating: it must be a product of two scores "
               "1-5 (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20 or 25)";
    };
}

void check_target(const TargetSpec& t, CheckContext& c) {
    const bool by_year = !t.at_least_by_year.empty() || !t.at_most_by_year.empty();
    std::vector<const char*> periods;
    if (t.year) periods.push_back("year");
    if (t.month) periods.push_back("month");
    if (t.years) periods.push_back("years");
    if (by_year)
        periods.push_back(t.at_most_by_year.empty() ? "at_least_by_year" : "at_most_by_year");
    if (periods.empty()) {
        c.error("",
                "give the target's period: `year` (2023/24), `month` (2024-03), `years` "
                "(2023/24..2026/27, met in every year), or thresholds by year (at_most_by_year, "
                "at_least_by_year)");
        return;
    }
    if (periods.size() > 1) {
        c.error(periods[1], std::string("give one period: ") + periods[0] + " and " + periods[1] +
                                " cannot both be given");
        return;
    }
    if (by_year) {
        for (const char* key : {"at_least", "at_most"})
            if (c.given(key))
                c.error(key, std::string("with thresholds by year, give no single `") + key +
                                 "`: put each year's threshold in the map");
        if (!t.at_least_by_year.empty() && !t.at_most_by_year.empty()) {
            const auto& lo = t.at_least_by_year;
            const auto& hi = t.at_most_by_year;
            const bool same_years =
                lo.size() == hi.size() &&
                std::equal(lo.begin(), lo.end(), hi.begin(), [](const auto& a, const auto& b) {
                    return a.start_year == b.start_year;
                });
            if (!same_years) {
                c.error("at_most_by_year",
                        "at_least_by_year and at_most_by_year must give the same years");
                return;
            }
            for (std::size_t i = 0; i < lo.size(); ++i)
                if (lo[i].value > hi[i].value)
                    c.error_at(
                        {"at_most_by_year", sim::Date::financial_year_label(lo[i].start_year)},
                        "at_most is below at_least in this year: nothing could meet it");
        }
        return;
    }
    if (!t.at_least && !t.at_most) {
        c.error("", "give the condition: at_most, at_least, or both (between)");
        return;
    }
    if (t.at_least && t.at_most && *t.at_least > *t.at_most)
        c.error("at_most", "at_most is below at_least: nothing could meet the target");
}

void check_risk(const RiskSpec& r, CheckContext& c) {
    const bool fixed = r.consequence.has_value();
    const bool banded = !r.consequence_by_shortfall.empty();
    if (!r.modelled()) {
        if (banded)
            c.error("consequence_by_shortfall",
                    "a risk that is not modelled has no shortfall to score: give `consequence` "
                    "or nothing");
        return;
    }
    if (!fixed && !banded)
        c.error("",
                "give the owner's consequence score: `consequence` (1-5) or "
                "`consequence_by_shortfall`");
    if (fixed && banded)
        c.error("consequence_by_shortfall",
                "give one of `consequence` and `consequence_by_shortfall`, not both");
    if (banded && r.missed.empty())
        c.error("consequence_by_shortfall",
                "consequences by shortfall need one target (`missed`): the shortfalls of several "
                "targets need not share units");
}

const ObjectSchema<TargetSpec>& target_schema() {
    static const ObjectSchema<TargetSpec> schema = [] {
        ObjectSchema<TargetSpec> s(
            "target",
            "A condition on one metric of one unit over a period. wfsim reports, per variant, the "
            "probability of meeting it (with a 95% Wilson interval), how far the replications "
            "that miss it miss it by, and the change from the baseline.");
        s.text("description", &TargetSpec::description,
               {.absent_text = "empty",
                .meaning = "What the target is and where it comes from.",
                .typical = "Vacancy rate within the plan's 8-12% (002_d6e0e560a7386522.txt)",
                .dated = refused(kJudgement)});
        s.identifier("metric", &TargetSpec::metric,
                     {.required = true,
                      .meaning = "A metric of the result file (docs/output.md): an additive one "
                                 "or a derived rate, each computed from the replication's additive "
                                 "quantities; checked against the metrics the run records.",
                      .typical = "vacancy_rate, turnover, absence_rate, stability_index, wte, "
                                 "headcount, temporary_cost, international_joiner_share",
                      .dated = refused(kJudgement)});
        s.identifier("unit", &TargetSpec::unit,
                     {.default_value = std::string("total"),
                      .meaning = "The reporting unit: a group, a sector, or `total` (the system).",
                      .typical = "nhs_trusts, registered_nursing, total",
                      .dated = refused(kJudgement)});
        s.value<FinancialYearCodec>(
            "year", &TargetSpec::year,
            {.absent_text = "none",
             .meaning = "The period: one financial year (April to March), its value derived from "
                        "the year's additive quantities (stocks at 31 March).",
             .typical = "2022/23, the year of the Staffordshire and Stoke-on-Trent plan",
             .dated = refused(kJudgement)});
        s.value<MonthCodec>(
            "month", &TargetSpec::month,
            {.absent_text = "none",
             .meaning = "The period: one month (turnover and stability are their 12 months to "
                        "the month's end).",
             .typical = "2024-01, a winter month",
             .dated = refused(kJudgement)});
        s.value<FinancialYearRangeCodec>(
            "years", &TargetSpec::years,
            {.absent_text = "none",
             .meaning = "The period: every financial year of a range. A replication meets the "
                        "target only if it meets it in every year: one joint event, not a product "
                        "of yearly probabilities.",
             .typical = "2022/23..2026/27, or 2023/24.. for every year to the end of the run",
             .dated = refused(kJudgement)});
        const char* const threshold_typical =
            "8% to 12% vacancy and turnover, 4.5% absence (002_d6e0e560a7386522.txt)";
        s.value<ThresholdCodec>("at_least", &TargetSpec::at_least,
                                {.absent_text = "no lower limit",
                                 .meaning = "Met when the metric is at least this (in its units).",
                                 .typical = threshold_typical,
                                 .dated = refused(kJudgement)});
        s.value<ThresholdCodec>("at_most", &TargetSpec::at_most,
                                {.absent_text = "no upper limit",
                                 .meaning = "Met when the metric is at most this; with at_least, "
                                            "between the two.",
                                 .typical = threshold_typical,
                                 .dated = refused(kJudgement)});
        const char* const trajectory_typical =
            "{2020/21: 12%, 2021/22: 11%, 2022/23: 10%, 2023/24: 9%}: Mid and South Essex's NHS "
            "vacancy trajectory (001_0b1a1d3bbbb5ad2b.txt)";
        s.value<FinancialYearValuesCodec>(
            "at_least_by_year", &TargetSpec::at_least_by_year,
            {.range_text = kTrajectoryRule,
             .absent_text = "none",
             .meaning = "A trajectory: a lower limit for each financial year given (the years are "
                        "the period); met only when every year meets its own.",
             .typical = trajectory_typical,
             .dated = refused(kJudgement)},
            FinancialYearValuesCodec{.values = {}, .rates = true});
        s.value<FinancialYearValuesCodec>(
            "at_most_by_year", &TargetSpec::at_most_by_year,
            {.range_text = kTrajectoryRule,
             .absent_text = "none",
             .meaning = "A trajectory: an upper limit for each financial year given; with "
                        "at_least_by_year (for the same years), between the two.",
             .typical = trajectory_typical,
             .dated = refused(kJudgement)},
            FinancialYearValuesCodec{.values = {}, .rates = true});
        s.check(
            "Give one period: `year`, `month`, `years`, or thresholds by year; with a period, "
            "give at_most, at_least or both (at_least not above at_most); by year, the two maps "
            "give the same years.",
            check_target);
        return s;
    }();
    return schema;
}

const ObjectSchema<RiskSpec>& risk_schema() {
    static const ObjectSchema<RiskSpec> schema = [] {
        ObjectSchema<RiskSpec> s(
            "risk",
            "A risk of the register. Its adverse event is made of targets missed; wfsim turns "
            "the simulated probability of the event into a likelihood score (likelihood_bands), "
            "multiplies it by the owner's consequence score and says whether the target rating "
            "is reached. A risk the model cannot speak to is declared not_modelled, with the "
            "reason, and reported as such.");
        s.text("id", &RiskSpec::id,
               {.absent_text = "the risk's name",
                .meaning = "The register's identifier.",
                .typical = "\"498\" (000_9e6fcafd4c89b57b.txt, STRATEGIC RISKS)",
                .dated = refused(kJudgement)});
        s.text("title", &RiskSpec::title,
               {.required = true,
                .meaning = "A short title for tables.",
                .typical = "Workforce supply in hot-spot areas",
                .check = [](const std::string& v) -> std::optional<std::string> {
                    if (!v.empty()) return std::nullopt;
                    return "the title must not be empty";
                },
                .dated = refused(kJudgement)});
        s.text("description", &RiskSpec::description,
               {.absent_text = "empty",
                .meaning = "The risk as the register words it.",
                .typical = "If the Integrated Care System does not address the workforce supply "
                           "issues within key hot-spot areas ...",
                .dated = refused(kJudgement)});
        s.value<NameRefCodec>("missed", &RiskSpec::missed,
                              {.absent_text = "none",
                               .meaning = "The adverse event: this target is missed.",
                               .typical = "hot_spot_vacancies",
                               .dated = refused(kJudgement)},
                              NameRefCodec{.refers_to = "targets", .noun = "target"});
        s.value<NameListCodec>(
            "any_missed", &RiskSpec::any_missed,
            {.absent_text = "none",
             .meaning = "The adverse event: at least one of these targets is missed (in the same "
                        "replication).",
             .typical = "[nhs_turnover, social_care_turnover]",
             .dated = refused(kJudgement)},
            NameListCodec{.refers_to = "targets", .noun = "target", .min_items = 2});
        s.value<NameListCodec>(
            "all_missed", &RiskSpec::all_missed,
            {.absent_text = "none",
             .meaning = "The adverse event: every one of these targets is missed (in the same "
                        "replication).",
             .typical = "[absence_2024_25, turnover_2024_25]",
             .dated = refused(kJudgement)},
            NameListCodec{.refers_to = "targets", .noun = "target", .min_items = 2});
        s.text("not_modelled", &RiskSpec::not_modelled,
               {.absent_text = "modelled",
                .meaning = "Why the model cannot speak to this risk (governance, funding, ...); "
                           "it is reported as not modelled, with this reason.",
                .typical = "governance: stakeholder capacity and engagement are not simulated",
                .check = [](const std::string& v) -> std::optional<std::string> {
                    if (!v.empty()) return std::nullopt;
                    return "give the reason the risk is not modelled";
                },
                .dated = refused(kJudgement)});
        s.alternatives({.keys = {"missed", "any_missed", "all_missed", "not_modelled"},
                        .capacity = 1,
                        .required = true,
                        .rule = "Give exactly one of `missed`, `any_missed`, `all_missed` and "
                                "`not_modelled`."});
        s.whole_number("consequence", &RiskSpec::consequence,
                       {.range = closed(1, 5),
                        .absent_text = "none",
                        .meaning = "The owner's consequence score.",
                        .typical = "4: the register's 16 for risk 498 is 4 x 4",
                        .dated = refused(kJudgement)});
        s.value<ShortfallConsequenceCodec>(
            "consequence_by_shortfall", &RiskSpec::consequence_by_shortfall,
            {.absent_text = "none",
             .meaning = "The owner's consequence score by how far the target (`missed`) is "
                        "missed; the risk is rated at the consequence whose likelihood x "
                        "consequence is largest.",
             .typical = "{0: 3, 2%: 4}: missing a turnover target by 2 points or more is major",
             .dated = refused(kJudgement)});
        s.whole_number("rating", &RiskSpec::rating,
                       {.range = closed(1, 25),
                        .range_text = kRatingRule,
                        .required = true,
                        .meaning = "The register's current rating (likelihood x consequence).",
                        .typical = "16 (risk 498, 000_9e6fcafd4c89b57b.txt)",
                        .check = rating_check(),
                        .dated = refused(kJudgement)});
        s.whole_number("target_rating", &RiskSpec::target_rating,
                       {.range = closed(1, 25),
                        .range_text = kRatingRule,
                        .required = true,
                        .meaning = "The rating the owner must reach; reached when the simulated "
                                   "rating is at most this.",
                        .typical = "12 (risk 498)",
                        .check = rating_check(),
                        .dated = refused(kJudgement)});
        s.check(
            "A modelled risk gives `consequence` or `consequence_by_shortfall` (one of them, "
            "and by shortfall only with `missed`); a risk not modelled gives no "
            "consequence_by_shortfall.",
            check_risk);
        return s;
    }();
    return schema;
}

}  // namespace

void add_outcome_keys(ObjectSchema<Scenario>& s) {
    s.optional_named_objects("targets", &Scenario::targets, &TargetSpec::name, target_schema(),
                             "Targets, by name.");
    s.optional_named_objects("risks", &Scenario::risks, &RiskSpec::name, risk_schema(),
                             "The risk register, by name.");
    s.object("likelihood_bands", &Scenario::likelihood_bands, likelihood_bands_schema(),
             "The probabilities each likelihood score covers.");
    s.check(
        "Each target's unit is a group, a sector or `total`, and its period lies inside the run: "
        "whole financial years, or a month of the run.",
        check_targets_in_run);
}

}  // namespace wfsim::models::schema
