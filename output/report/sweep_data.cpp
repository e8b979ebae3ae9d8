#include "output/report/sweep_data.hpp"

#include <algorithm>
#include <cmath>

#include "output/sweep_writer.hpp"

namespace wfsim::output::report {
namespace {

std::string optional_string(const ResultReader& r, const std::string& name) {
    return r.has_attribute("/", name) ? r.string_attribute("/", name) : "";
}

SweepDesignData read_design(const ResultReader& r, const std::string& name, std::size_t outputs,
                            std::size_t factors) {
    SweepDesignData d;
    d.name = name;
    d.factors = factors;
    const std::string group = "/designs/" + name;
    const auto status = r.integers(group + "/status");
    const auto errors = r.strings(group + "/error");
    d.points = status.size();
    for (std::size_t p = 0; p < status.size(); ++p) {
        if (status[p] == 0) ++d.not_run;
        if (status[p] < 0 && d.failed++ == 0 && p < errors.size()) d.first_error = errors[p];
    }
    const std::string measures = group + "/measures";
    d.influence_measure = r.string_attribute(measures, "influence_measure");
    for (const auto& member : r.children(measures)) {
        if (member == "output" || member == "factor") continue;
        const std::string path = measures + "/" + member;
        const auto shape = r.shape(path);
        if (member == "rank") {
            d.rank = r.integers(path);
        } else if (shape.size() == 2 && shape[0] == outputs && shape[1] == factors) {
            d.measures[member] = r.numbers(path).values;
        } else if (shape.size() == 1 && shape[0] == outputs) {
            d.per_output[member] = r.numbers(path).values;
        }
    }
    if (d.rank.size() != outputs * factors)
        throw OutputError(r.path() + ": " + measures + "/rank is not [output, factor]");
    return d;
}

}  // namespace

sweeps::Estimate SweepDesignData::estimate(const std::string& measure, std::size_t output,
                                           std::size_t factor) const {
    const std::size_t i = output * factors + factor;
    auto at = [&](const std::string& name) {
        const auto found = measures.find(name);
        return found == measures.end() ? NAN : found->second.at(i);
    };
    return {at(measure), at(measure + "_low"), at(measure + "_high")};
}

std::vector<std::size_t> SweepDesignData::by_rank(std::size_t output) const {
    std::vector<std::size_t> order(factors);
    for (std::size_t f = 0; f < factors; ++f) order[f] = f;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rank[output * factors + a] < rank[output * factors + b];
    });
    return order;
}

bool is_sweep_file(const ResultReader& reader) {
    return reader.has_attribute("/", "file_kind") &&
           reader.string_attribute("/", "file_kind") == kSweepFileKind;
}

SweepData read_sweep_data(const ResultReader& r) {
    SweepData s;
    s.sweep_name = r.string_attribute("/", "sweep_name");
    s.sweep_description = optional_string(r, "sweep_description");
    s.sweep_path = optional_string(r, "sweep_path");
    s.sweep_sha256 = optional_string(r, "sweep_sha256");
    s.scenario_name = optional_string(r, "scenario_name");
    s.scenario_path = optional_string(r, "scenario_path");
    s.scenario_sha256 = optional_string(r, "scenario_sha256");
    s.design_file_path = optional_string(r, "design_file_path");
    s.calibration = optional_string(r, "calibration");
    s.wfsim_version = optional_string(r, "wfsim_version");
    s.source_version = optional_string(r, "source_version");
    s.created = optional_string(r, "created");
    s.seed = r.unsigned_attribute("/", "seed");
    s.replications = r.integer_attribute("/", "replications");
    s.points = r.integer_attribute("/", "points");
    s.bootstrap_resamples = r.integer_attribute("/", "bootstrap_resamples");
    s.bootstrap_confidence = r.number_attribute("/", "bootstrap_confidence");
    s.common_random_numbers = r.integer_attribute("/", "common_random_numbers") != 0;
    s.complete = r.integer_attribute("/", "complete") != 0;

    const auto names = r.strings("/factors/factor");
    const auto paths = r.strings("/factors/path");
    const auto changes = r.strings("/factors/change");
    const auto distributions = r.strings("/factors/distribution");
    const auto descriptions = r.strings("/factors/description");
    const auto lower = r.numbers("/factors/lower").values;
    const auto upper = r.numbers("/factors/upper").values;
    for (std::size_t f = 0; f < names.size(); ++f)
        s.factors.push_back({names[f], paths.at(f), changes.at(f), distributions.at(f),
                             descriptions.at(f), lower.at(f), upper.at(f)});
    const auto outputs = r.strings("/outputs/output");
    const auto definitions = r.strings("/outputs/definition");
    const auto output_descriptions = r.strings("/outputs/description");
    const auto units = r.strings("/outputs/units");
    for (std::size_t o = 0; o < outputs.size(); ++o)
        s.outputs.push_back(
            {outputs[o], definitions.at(o), output_descriptions.at(o), units.at(o)});
    for (const auto& design : r.strings_attribute("/", "designs"))
        if (r.exists("/designs/" + design + "/measures"))
            s.designs.push_back(read_design(r, design, s.outputs.size(), s.factors.size()));
    return s;
}

}  // namespace wfsim::output::report
