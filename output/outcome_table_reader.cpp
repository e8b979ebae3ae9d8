#include "output/outcome_table_reader.hpp"

#include "output/file_layout.hpp"

namespace wfsim::output {
namespace {

class Columns {
  public:
    Columns(const ResultReader& reader, std::string group)
        : reader_(reader), group_(std::move(group)) {}
    std::vector<std::string> text(const std::string& name) const {
        return reader_.strings(group_ + "/" + name);
    }
    std::vector<double> numbers(const std::string& name) const {
        return reader_.numbers(group_ + "/" + name).values;
    }
    std::vector<std::int64_t> integers(const std::string& name) const {
        return reader_.integers(group_ + "/" + name);
    }

  private:
    const ResultReader& reader_;
    std::string group_;
};

std::vector<TargetRow> read_targets(const ResultReader& reader) {
    const Columns c(reader, std::string(path::kTargets));
    const auto name = c.text("target"), description = c.text("description"),
               metric = c.text("metric"), unit = c.text("unit"), units = c.text("units"),
               period = c.text("period"), condition = c.text("condition");
    std::vector<TargetRow> out;
    for (std::size_t i = 0; i < name.size(); ++i)
        out.push_back(
            {name[i], description[i], metric[i], unit[i], units[i], period[i], condition[i]});
    return out;
}

std::vector<TargetResult> read_target_results(const ResultReader& reader,
                                              const std::string& variant) {
    const Columns c(reader, path::variant_targets(variant));
    const auto p = c.numbers("probability"), lo = c.numbers("probability_low"),
               hi = c.numbers("probability_high"), ch = c.numbers("change"),
               ch_lo = c.numbers("change_low"), ch_hi = c.numbers("change_high"),
               mean = c.numbers("shortfall_mean"), p50 = c.numbers("shortfall_p50"),
               p90 = c.numbers("shortfall_p90"), max = c.numbers("shortfall_max");
    const auto reps = c.integers("replications"), met = c.integers("met"),
               missed = c.integers("missed"), undefined = c.integers("undefined"),
               pairs = c.integers("change_replications");
    std::vector<TargetResult> out;
    for (std::size_t i = 0; i < p.size(); ++i)
        out.push_back({p[i], lo[i], hi[i], ch[i], ch_lo[i], ch_hi[i], mean[i], p50[i], p90[i],
                       max[i], reps[i], met[i], missed[i], undefined[i], pairs[i]});
    return out;
}

std::vector<RiskRow> read_risks(const ResultReader& reader) {
    const Columns c(reader, std::string(path::kRisks));
    const auto name = c.text("risk"), id = c.text("id"), title = c.text("title"),
               description = c.text("description"), reason = c.text("not_modelled_reason"),
               event = c.text("adverse_event"), consequence = c.text("consequence");
    const auto modelled = c.integers("modelled"), rating = c.integers("register_rating"),
               target = c.integers("target_rating");
    std::vector<RiskRow> out;
    for (std::size_t i = 0; i < name.size(); ++i)
        out.push_back({name[i], id[i], title[i], description[i], reason[i], event[i],
                       consequence[i], modelled[i] != 0, rating[i], target[i]});
    return out;
}

std::vector<RiskResult> read_risk_results(const ResultReader& reader, const std::string& variant) {
    const Columns c(reader, path::variant_risks(variant));
    const auto p = c.numbers("probability"), lo = c.numbers("probability_low"),
               hi = c.numbers("probability_high"), r = c.numbers("rated_probability"),
               r_lo = c.numbers("rated_probability_low"),
               r_hi = c.numbers("rated_probability_high"), ch = c.numbers("change"),
               ch_lo = c.numbers("change_low"), ch_hi = c.numbers("change_high");
    const auto likelihood = c.integers("likelihood"), consequence = c.integers("consequence"),
               rating = c.integers("rating"), settle = c.integers("replications_to_settle"),
               reached = c.integers("reached"), straddles = c.integers("straddles");
    const auto grade = c.text("grade");
    std::vector<RiskResult> out;
    for (std::size_t i = 0; i < p.size(); ++i)
        out.push_back({p[i], lo[i], hi[i], r[i], r_lo[i], r_hi[i], ch[i], ch_lo[i], ch_hi[i],
                       likelihood[i], consequence[i], rating[i], settle[i], grade[i],
                       static_cast<int>(reached[i]), straddles[i] != 0});
    return out;
}

}  // namespace

std::optional<OutcomeTables> read_outcome_tables(const ResultReader& reader) {
    const bool targets = reader.exists(std::string(path::kTargets));
    const bool risks = reader.exists(std::string(path::kRisks));
    if (!targets && !risks) return std::nullopt;
    OutcomeTables t;
    t.variants = reader.variants();
    if (targets) t.targets = read_targets(reader);
    if (risks) {
        t.risks = read_risks(reader);
        t.bands_source =
            reader.string_attribute(std::string(path::kRisks) + "/likelihood_bands", "source");
    }
    for (const std::string& v : t.variants) {
        t.target_results.push_back(targets ? read_target_results(reader, v)
                                           : std::vector<TargetResult>{});
        t.risk_results.push_back(risks ? read_risk_results(reader, v) : std::vector<RiskResult>{});
    }
    return t;
}

}  // namespace wfsim::output
