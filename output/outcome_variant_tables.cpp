// Each variant's targets and risks: /variants/<v>/targets and /variants/<v>/risks.
#include <limits>
#include <stdexcept>

#include "models/outcomes/risk_matrix.hpp"
#include "output/axes.hpp"
#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"
#include "output/outcome_tables.hpp"
#include "output/table_columns.hpp"

namespace wfsim::output::detail {
namespace {

using namespace models::outcomes;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Interval {
    std::vector<double> estimate, low, high;
    void add(double e, double l, double h) {
        estimate.push_back(e);
        low.push_back(l);
        high.push_back(h);
    }
    void add(const Proportion& p) { add(p.estimate, p.low, p.high); }
    void write(TableColumns& c, const std::string& name, const std::string& what) const {
        c.numbers(name, estimate, what, "1");
        c.numbers(name + "_low", low, "lower end of the 95% interval of " + name, "1");
        c.numbers(name + "_high", high, "upper end of the 95% interval of " + name, "1");
    }
};

// The change from the baseline: NaN for the baseline itself.
void write_changes(TableColumns& c, const std::vector<Difference>& changes, std::size_t rows,
                   const std::string& what) {
    Interval change;
    std::vector<std::int64_t> pairs;
    for (std::size_t i = 0; i < rows; ++i) {
        if (i < changes.size()) {
            change.add(changes[i].estimate, changes[i].low, changes[i].high);
            pairs.push_back(changes[i].pairs);
        } else {
            change.add(kNaN, kNaN, kNaN);
            pairs.push_back(0);
        }
    }
    c.numbers("change", change.estimate,
              what + " minus the baseline's, on the replications both hold (NaN for the baseline)",
              "1");
    c.numbers("change_low", change.low,
              "lower end of the 95% interval of change (Newcombe's paired hybrid score)", "1");
    c.numbers("change_high", change.high,
              "upper end of the 95% interval of change (Newcombe's paired hybrid score)", "1");
    c.integers("change_replications", pairs, "replications the change is estimated on");
}

void write_targets(hid_t group, const OutcomeResults& results, const VariantOutcomes& v,
                   const std::string& group_path, std::string_view file_name) {
    const std::string where = group_path + " in " + std::string(file_name);
    const std::size_t n = results.definitions.targets.size();
    std::vector<std::string> names;
    for (const TargetDefinition& t : results.definitions.targets) names.push_back(t.name);
    hdf5::Dataset scale = write_row_scale(group, "target", names, "the target's name", where);
    hdf5::Dataset replication =
        write_replication_coordinate(group, v.replications, group_path, file_name);
    Interval probability;
    std::vector<std::int64_t> met, missed, undefined, reps;
    std::vector<double> mean, p50, p90, max;
    for (const TargetSummary& s : v.targets) {
        probability.add(s.met);
        met.push_back(s.met.events);
        missed.push_back(s.missed);
        undefined.push_back(s.undefined);
        reps.push_back(s.met.trials);
        mean.push_back(s.shortfall_mean);
        p50.push_back(s.shortfall_p50);
        p90.push_back(s.shortfall_p90);
        max.push_back(s.shortfall_max);
    }
    TableColumns c(group, scale.get(), n, "target", where);
    probability.write(c, "probability", "probability of meeting the target (Wilson 95% interval)");
    c.integers("replications", reps, "replications evaluated");
    c.integers("met", met, "replications that met the target");
    c.integers("missed", missed, "replications that missed it");
    c.integers("undefined", undefined,
               "replications where a value it needs is undefined (counted as not met)");
    const std::string of_misses =
        ", over the replications that missed (NaN if none), in the "
        "metric's units (/targets/units)";
    c.numbers("shortfall_mean", mean, "mean shortfall" + of_misses);
    c.numbers("shortfall_p50", p50, "median shortfall" + of_misses);
    c.numbers("shortfall_p90", p90, "90th percentile of the shortfall" + of_misses);
    c.numbers("shortfall_max", max, "largest shortfall" + of_misses);
    write_changes(c, v.target_change, n, "probability of meeting the target");

    std::vector<std::int8_t> flags;
    for (Met m : v.target_met) flags.push_back(static_cast<std::int8_t>(m));
    c.flags_by_replication("met_by_replication", flags, replication.get(),
                           "1: met, 0: missed, -1: a value it needs is undefined");
    c.numbers_by_replication("shortfall_by_replication", v.target_shortfall, replication.get(),
                             "how far the replication missed the target, in the metric's units "
                             "(0: met; NaN: undefined); over several years, the largest");
}

void write_risks(hid_t group, const OutcomeResults& results, const VariantOutcomes& v,
                 const std::string& group_path, std::string_view file_name) {
    const std::string where = group_path + " in " + std::string(file_name);
    const std::size_t n = results.definitions.risks.size();
    std::vector<std::string> names;
    for (const RiskDefinition& r : results.definitions.risks) names.push_back(r.spec.name);
    hdf5::Dataset scale = write_row_scale(group, "risk", names, "the risk's name", where);
    hdf5::Dataset replication =
        write_replication_coordinate(group, v.replications, group_path, file_name);
    Interval event, rated;
    std::vector<std::int64_t> likelihood, consequence, rating, settle;
    std::vector<std::string> grade;
    std::vector<std::int8_t> reached, straddles;
    for (const RiskSummary& s : v.risks) {
        if (!s.modelled) {
            event.add(kNaN, kNaN, kNaN);
            rated.add(kNaN, kNaN, kNaN);
        } else {
            event.add(s.event);
            rated.add(s.rated);
        }
        likelihood.push_back(s.likelihood);
        consequence.push_back(s.consequence);
        rating.push_back(s.rating);
        grade.push_back(s.modelled ? grade_name(s.grade) : "not modelled");
        reached.push_back(s.modelled ? (s.reached ? 1 : 0) : -1);
        straddles.push_back(s.straddles ? 1 : 0);
        settle.push_back(s.replications_to_settle);
    }
    TableColumns c(group, scale.get(), n, "risk", where);
    event.write(c, "probability", "probability of the adverse event (Wilson 95% interval)");
    rated.write(c, "rated_probability",
                "probability of an adverse event of the rated consequence or worse, which the "
                "likelihood comes from (the probability itself unless consequences are by "
                "shortfall)");
    c.integers("likelihood", likelihood, "likelihood score 1-5 (0: not modelled)");
    c.integers("consequence", consequence, "the consequence score rated (0: not modelled)");
    c.integers("rating", rating, "likelihood x consequence (0: not modelled)");
    c.strings("grade", grade, "low, moderate, high, extreme, or not modelled");
    c.flags("reached", reached, "1: rating at most the target rating; 0: not; -1: not modelled");
    c.flags("straddles", straddles,
            "1: the ends of the 95% intervals give different ratings (more replications needed)");
    c.integers("replications_to_settle", settle,
               "replications that would settle the rating if the estimates stayed (0: settled; "
               "-1: an estimate is on a band boundary)");
    write_changes(c, v.risk_change, n, "probability of the adverse event");
    c.flags_by_replication("consequence_by_replication", v.risk_consequence, replication.get(),
                           "consequence score of the adverse event in the replication (0: it did "
                           "not happen or the risk is not modelled)");
}

}  // namespace

void write_variant_outcomes(hid_t file, const OutcomeResults& results, const VariantOutcomes& v,
                            std::string_view file_name) {
    const auto in = [&](const std::string& p) { return p + " in " + std::string(file_name); };
    hdf5::Group variant(hdf5::check(H5Gopen2(file, path::variant(v.name).c_str(), H5P_DEFAULT),
                                    "open", in(path::variant(v.name))));
    // The rows of the per-replication tables are the replications the variant stored.
    hdf5::Dataset stored(hdf5::check(H5Dopen2(variant.get(), "replication", H5P_DEFAULT), "open",
                                     in(path::replication(v.name))));
    if (hdf5::read_whole_dataset<std::int64_t>(stored.get(), in(path::replication(v.name))) !=
        v.replications)
        throw std::logic_error("the outcomes of variant " + v.name +
                               " were recorded on other replications than those stored");
    if (!results.definitions.targets.empty()) {
        const std::string group_path = path::variant_targets(v.name);
        hdf5::Group g = hdf5::create_ordered_group(variant.get(), "targets", in(group_path));
        write_targets(g.get(), results, v, group_path, file_name);
    }
    if (!results.definitions.risks.empty()) {
        const std::string group_path = path::variant_risks(v.name);
        hdf5::Group g = hdf5::create_ordered_group(variant.get(), "risks", in(group_path));
        write_risks(g.get(), results, v, group_path, file_name);
    }
}

}  // namespace wfsim::output::detail
