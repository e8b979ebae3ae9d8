#include "output/outcome_tables.hpp"

#include <cmath>

#include "models/outcomes/risk_matrix.hpp"
#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"
#include "output/table_columns.hpp"

namespace wfsim::output {
namespace {

using namespace models::outcomes;
using models::LikelihoodBands;

std::string in(std::string_view path, std::string_view file_name) {
    return std::string(path) + " in " + std::string(file_name);
}

const char* period_kind(PeriodKind k) {
    switch (k) {
        case PeriodKind::Year:
            return "year";
        case PeriodKind::Month:
            return "month";
        case PeriodKind::Years:
            return "years";
        case PeriodKind::Trajectory:
            return "trajectory";
    }
    return "";
}

void write_target_definitions(hid_t file, const OutcomeDefinitions& defs,
                              std::string_view file_name) {
    const std::string where = in(path::kTargets, file_name);
    hdf5::Group group = hdf5::create_ordered_group(file, "targets", where);
    std::vector<std::string> names, description, metric, unit, units, period, condition, kind, axis;
    for (const TargetDefinition& t : defs.targets) {
        names.push_back(t.name);
        description.push_back(t.description);
        metric.push_back(t.metric);
        unit.push_back(t.unit);
        units.push_back(t.units);
        period.push_back(t.period_text());
        condition.push_back(t.condition_text());
        kind.push_back(period_kind(t.kind));
        axis.push_back(t.monthly ? "period" : "fy");
    }
    hdf5::Dataset scale = write_row_scale(group.get(), "target", names, "the target's name", where);
    TableColumns c(group.get(), scale.get(), names.size(), "target", where);
    c.strings("description", description, "what the target is and where it comes from");
    c.strings("metric", metric, "the metric (a dataset name under /variants/<v>/fy or monthly)");
    c.strings("unit", unit, "the reporting unit (on /unit)");
    c.strings("units", units, "the metric's units, which thresholds and shortfalls are in");
    c.strings("period", period, "the period, as the tables print it");
    c.strings("period_kind", kind, "year, month, years (every year of a range) or trajectory");
    c.strings("axis", axis, "the axis the checks' periods are on: fy or period (months)");
    c.strings("condition", condition, "the condition, as the tables print it");

    // One row per period a target checks: met when every check of the target holds.
    std::vector<std::int64_t> of_target, period_index;
    std::vector<std::string> label;
    std::vector<double> at_least, at_most;
    for (std::size_t t = 0; t < defs.targets.size(); ++t) {
        for (const TargetCheck& check : defs.targets[t].checks) {
            of_target.push_back(static_cast<std::int64_t>(t));
            period_index.push_back(check.period);
            label.push_back(check.period_label);
            at_least.push_back(check.at_least);
            at_most.push_back(check.at_most);
        }
    }
    const std::string checks_where = in(std::string(path::kTargets) + "/checks", file_name);
    hdf5::Group checks = hdf5::create_ordered_group(group.get(), "checks", checks_where);
    hdf5::Dataset check_scale =
        write_row_scale(checks.get(), "check", label, "the period each check is on", checks_where);
    TableColumns k(checks.get(), check_scale.get(), label.size(), "check", checks_where);
    k.integers("target", of_target, "index of the target (on /targets/target)");
    k.integers("period_index", period_index, "index on /fy or /period (the target's axis)");
    k.numbers("at_least", at_least, "lower limit in the metric's units; -inf: none");
    k.numbers("at_most", at_most, "upper limit in the metric's units; +inf: none");
}

void write_bands(hid_t risks, const LikelihoodBands& bands, const std::string& where) {
    const std::string bands_where = where + "/likelihood_bands";
    hdf5::Group g = hdf5::create_ordered_group(risks, "likelihood_bands", bands_where);
    std::vector<std::string> names;
    std::vector<std::int64_t> score;
    std::vector<double> from, to;
    const auto ordered = bands_in_order(bands);
    for (int s = 1; s <= 5; ++s) {
        names.push_back(likelihood_descriptor(s));
        score.push_back(s);
        from.push_back(ordered[s - 1].from);
        to.push_back(ordered[s - 1].to);
    }
    hdf5::Dataset scale =
        write_row_scale(g.get(), "likelihood", names, "the likelihood descriptor", bands_where);
    TableColumns c(g.get(), scale.get(), names.size(), "likelihood", bands_where);
    c.integers("score", score, "likelihood score");
    c.numbers("from", from, "probabilities above this (0 itself for score 1)", "1");
    c.numbers("to", to, "up to and including this", "1");
    hdf5::write_string_attribute(g.get(), "source", likelihood_bands_source(bands), bands_where);
    hdf5::write_string_attribute(g.get(), "boundary",
                                 "a probability on a boundary takes the lower score", bands_where);

    const std::string grades_where = where + "/grades";
    hdf5::Group grades = hdf5::create_ordered_group(risks, "grades", grades_where);
    std::vector<std::string> grade;
    std::vector<std::int64_t> lowest, highest;
    for (const GradeBand& b : grade_bands()) {
        grade.push_back(grade_name(b.grade));
        lowest.push_back(b.from);
        highest.push_back(b.to);
    }
    hdf5::Dataset grade_scale =
        write_row_scale(grades.get(), "grade", grade, "the grade", grades_where);
    TableColumns r(grades.get(), grade_scale.get(), grade.size(), "grade", grades_where);
    r.integers("from", lowest, "lowest rating of the grade");
    r.integers("to", highest, "highest rating of the grade");
    hdf5::write_string_attribute(grades.get(), "source",
                                 "NPSA (2008), A risk matrix for risk managers: risk scoring and "
                                 "grading",
                                 grades_where);
}

void write_risk_definitions(hid_t file, const OutcomeDefinitions& defs,
                            std::string_view file_name) {
    const std::string where = in(path::kRisks, file_name);
    hdf5::Group group = hdf5::create_ordered_group(file, "risks", where);
    std::vector<std::string> names, id, title, description, reason, event, consequence;
    std::vector<std::int8_t> modelled;
    std::vector<std::int64_t> rating, target_rating;
    for (const RiskDefinition& r : defs.risks) {
        names.push_back(r.spec.name);
        id.push_back(r.spec.id);
        title.push_back(r.spec.title);
        description.push_back(r.spec.description);
        modelled.push_back(r.spec.modelled() ? 1 : 0);
        reason.push_back(r.spec.not_modelled);
        event.push_back(r.event_text(defs.targets));
        consequence.push_back(r.consequence_text(defs.targets));
        rating.push_back(r.spec.rating);
        target_rating.push_back(r.spec.target_rating);
    }
    hdf5::Dataset scale = write_row_scale(group.get(), "risk", names, "the risk's name", where);
    TableColumns c(group.get(), scale.get(), names.size(), "risk", where);
    c.strings("id", id, "the register's identifier");
    c.strings("title", title, "short title");
    c.strings("description", description, "the risk as the register words it");
    c.flags("modelled", modelled, "1: modelled; 0: not modelled (see not_modelled_reason)");
    c.strings("not_modelled_reason", reason, "why the model cannot speak to it; empty if modelled");
    c.strings("adverse_event", event, "the adverse event: targets missed (on /targets/target)");
    c.strings("consequence", consequence, "the owner's consequence score, or scores by shortfall");
    c.integers("register_rating", rating, "the register's current rating");
    c.integers("target_rating", target_rating, "the rating the owner must reach");
    write_bands(group.get(), defs.bands, where);
}

}  // namespace

const char* likelihood_bands_source(const models::LikelihoodBands& bands) {
    const auto given = bands_in_order(bands), npsa = bands_in_order(models::LikelihoodBands{});
    for (std::size_t i = 0; i < given.size(); ++i)
        if (given[i].from != npsa[i].from || given[i].to != npsa[i].to)
            return "the scenario's likelihood_bands";
    return "NPSA (2008), A risk matrix for risk managers: likelihood scores, probability";
}

void write_outcome_tables(hid_t file, const OutcomeResults& results, std::string_view file_name) {
    const OutcomeDefinitions& defs = results.definitions;
    if (defs.empty()) return;
    if (!defs.targets.empty()) write_target_definitions(file, defs, file_name);
    if (!defs.risks.empty()) write_risk_definitions(file, defs, file_name);
    for (const VariantOutcomes& v : results.variants)
        detail::write_variant_outcomes(file, results, v, file_name);
}

}  // namespace wfsim::output
