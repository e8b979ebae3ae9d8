#include "models/sweep_file/sweep_schema.hpp"

#include "models/scenario/schema/factor_schema.hpp"
#include "models/scenario/schema/keyed_map_codecs.hpp"
#include "models/scenario/schema/name_codecs.hpp"

namespace wfsim::models::schema {
namespace {

// A name kept with its place, checked against the scenario later (a metric, a unit).
struct LocatedNameCodec {
    using value_type = LocatedName;
    std::string type() const { return "text"; }
    std::optional<LocatedName> read(const ValueRef& ref, const FieldInfo&,
                                    ParseContext& ctx) const {
        auto text = read_text(ref, ctx.reporter);
        if (!text) return std::nullopt;
        return LocatedName{std::move(*text), ref.position};
    }
    std::string write(const LocatedName& value) const { return YamlWriter::quoted(value.text); }
};

struct FinancialYearCodec {
    using value_type = LocatedName;
    std::string type() const { return "financial year"; }
    std::string allowed_text() const { return "YYYY/YY, a year of the run"; }
    std::optional<LocatedName> read(const ValueRef& ref, const FieldInfo&,
                                    ParseContext& ctx) const {
        auto text = read_text(ref, ctx.reporter);
        if (!text) return std::nullopt;
        if (!parse_financial_year(*text)) {
            ctx.reporter.error(ref.position, ref.path,
                               "expected a financial year such as 2026/27, got '" + *text + "'");
            return std::nullopt;
        }
        return LocatedName{std::move(*text), ref.position};
    }
    std::string write(const LocatedName& value) const { return YamlWriter::quoted(value.text); }
};

struct MonthCodec {
    using value_type = LocatedName;
    std::string type() const { return "date"; }
    std::string allowed_text() const { return "a date in a month of the run"; }
    std::optional<LocatedName> read(const ValueRef& ref, const FieldInfo&,
                                    ParseContext& ctx) const {
        const auto date = read_date(ref, ctx.reporter);
        if (!date) return std::nullopt;
        return LocatedName{date->iso(), ref.position};
    }
    std::string write(const LocatedName& value) const { return value.text; }
};

std::optional<std::string> statistic_problem(const std::string& s) {
    if (s == "mean" || s == "sd" || s == "median") return std::nullopt;
    if (s.size() >= 2 && s.size() <= 3 && s[0] == 'p' &&
        s.find_first_not_of("0123456789", 1) == std::string::npos) {
        const int percent = std::stoi(s.substr(1));
        if (percent >= 1 && percent <= 99) return std::nullopt;
    }
    return "expected mean, sd, median or a percentile p1 to p99 (p5, p90), got '" + s + "'";
}

const ObjectSchema<SweepOutputSpec>& output_schema() {
    static const ObjectSchema<SweepOutputSpec> schema = [] {
        ObjectSchema<SweepOutputSpec> s(
            "output",
            "One number per design point: a metric of one unit in one financial year or month, "
            "per replication, reduced over the point's replications; or the probability of "
            "meeting one of the scenario's targets.");
        s.text("description", &SweepOutputSpec::description,
               {.absent_text = "empty", .meaning = "What the output answers."});
        s.value<LocatedNameCodec>(
            "metric", &SweepOutputSpec::metric,
            {.absent_text = "not given",
             .meaning = "A metric of the result file (docs/output.md): an additive one or a "
                        "derived rate.",
             .typical = "vacancy_rate, turnover, absence_rate, wte, leavers, temporary_cost"});
        s.value<LocatedNameCodec>(
            "target", &SweepOutputSpec::target,
            {.absent_text = "not given",
             .meaning = "Or a target of the scenario, by name: the output is the probability of "
                        "meeting it (each replication counts 1 when it meets the target, else 0, "
                        "and the point's value is their mean).",
             .typical = "nursing_vacancy_2026"});
        s.alternatives({.keys = {"metric", "target"},
                        .capacity = 1,
                        .required = true,
                        .rule = "Give exactly one of `metric` and `target`."});
        s.value<LocatedNameCodec>("unit", &SweepOutputSpec::unit,
                                  {.default_value = LocatedName{"total", {}},
                                   .meaning = "A group, a sector or `total` (the whole system)."});
        s.value<FinancialYearCodec>("year", &SweepOutputSpec::year,
                                    {.absent_text = "not given",
                                     .meaning = "The financial year (April to March) whose value "
                                                "is taken; it must lie wholly inside the run."});
        s.value<MonthCodec>("month", &SweepOutputSpec::month,
                            {.absent_text = "not given",
                             .meaning = "Or the month (the one holding this date) whose value is "
                                        "taken."});
        s.alternatives({.keys = {"year", "month"},
                        .capacity = 1,
                        .rule = "Give exactly one of `year` and `month` with a `metric`, "
                                "neither with a `target`."});
        s.text("statistic", &SweepOutputSpec::statistic,
               {.range_text = "mean, sd, median, p1 to p99",
                .default_value = std::string("mean"),
                .meaning = "How the point's replications become one number: their mean, "
                           "standard deviation, median or a percentile.",
                .check = statistic_problem});
        s.value<QuantityCodec>("quantile", &SweepOutputSpec::quantile,
                               {.range = Range{0.0, 1.0, true, true},
                                .absent_text = "not given",
                                .meaning = "Instead of statistic: the quantile at this "
                                           "probability (0.975)."});
        s.value<QuantityCodec>("at_most", &SweepOutputSpec::at_most,
                               {.absent_text = "not given",
                                .meaning = "Instead of statistic: the probability that the "
                                           "value is at most this (the share of replications)."});
        s.value<QuantityCodec>("at_least", &SweepOutputSpec::at_least,
                               {.absent_text = "not given",
                                .meaning = "Instead of statistic: the probability that the "
                                           "value is at least this."});
        s.alternatives({.keys = {"statistic", "quantile", "at_most", "at_least"},
                        .capacity = 1,
                        .rule = "Give at most one of `statistic`, `quantile`, `at_most` and "
                                "`at_least`; none means the mean."});
        s.check(
            "A `metric` needs its `year` or `month`; a `target` has its own periods and is "
            "reduced to the probability of meeting it.",
            [](const SweepOutputSpec& o, CheckContext& c) {
                const bool period = c.given("year") || c.given("month");
                if (o.metric && !period)
                    c.error("", "give the `year` or `month` whose value of " + o.metric->text +
                                    " is taken");
                if (!o.target) return;
                for (const char* key : {"year", "month"})
                    if (c.given(key))
                        c.error(key,
                                std::string("a target has its own periods: drop `") + key + "`");
                for (const char* key : {"statistic", "quantile", "at_most", "at_least"})
                    if (c.given(key))
                        c.error(key, std::string("the output of a target is the probability "
                                                 "of meeting it: drop `") +
                                         key + "`");
            });
        return s;
    }();
    return schema;
}

template <class T>
const ObjectSchema<T>& empty_schema(const char* title, const char* summary) {
    static const ObjectSchema<T> schema(title, summary);
    return schema;
}

const ObjectSchema<FactorialSpec>& factorial_schema() {
    static const ObjectSchema<FactorialSpec> schema = [] {
        ObjectSchema<FactorialSpec> s("factorial design",
                                      "Every combination of levels of the factors.");
        s.whole_number("levels", &FactorialSpec::levels,
                       {.range = closed(2, 100),
                        .default_value = 3,
                        .meaning = "Levels of each factor, evenly spaced in probability: the "
                                   "quantiles at 0, 1 / (levels - 1), ..., 1 of its distribution "
                                   "(evenly spaced over the range of a uniform factor; the "
                                   "central 95% of a normal or lognormal one; a factor given as "
                                   "`values` takes each of its values)."});
        return s;
    }();
    return schema;
}

const ObjectSchema<LatinHypercubeSpec>& lhs_schema() {
    static const ObjectSchema<LatinHypercubeSpec> schema = [] {
        ObjectSchema<LatinHypercubeSpec> s(
            "Latin hypercube design",
            "A sample whose values of each factor fall once in each of `samples` equally "
            "likely strata; analysed with standardised regression coefficients.");
        s.whole_number("samples", &LatinHypercubeSpec::samples,
                       {.range = closed(3, 1'000'000),
                        .required = true,
                        .meaning = "Design points.",
                        .typical = "10 to 20 times the number of factors"});
        s.value<BooleanCodec>("centred", &LatinHypercubeSpec::centred,
                              {.default_value = false,
                               .meaning = "Each value at the centre of its stratum instead of "
                                          "drawn within it."});
        return s;
    }();
    return schema;
}

const ObjectSchema<MorrisSpec>& morris_schema() {
    static const ObjectSchema<MorrisSpec> schema = [] {
        ObjectSchema<MorrisSpec> s("Morris design",
                                   "Elementary effects along random trajectories (screening).");
        s.whole_number("trajectories", &MorrisSpec::trajectories,
                       {.range = closed(2, 100'000),
                        .required = true,
                        .meaning = "Trajectories of k + 1 points each (k factors).",
                        .typical = "10 to 50"});
        s.whole_number("levels", &MorrisSpec::levels,
                       {.range_text = "an even number from 2 to 100",
                        .default_value = 4,
                        .meaning = "Grid levels of each factor, evenly spaced in probability "
                                   "as a factorial's are; a step is levels / (2 (levels - 1)) of "
                                   "that scale (of the range, for a uniform factor).",
                        .check = [](const int& v) -> std::optional<std::string> {
                            if (v >= 2 && v <= 100 && v % 2 == 0) return std::nullopt;
                            return "expected an even number of levels from 2 to 100, got " +
                                   std::to_string(v);
                        }});
        return s;
    }();
    return schema;
}

const ObjectSchema<SobolSpec>& sobol_schema() {
    static const ObjectSchema<SobolSpec> schema = [] {
        ObjectSchema<SobolSpec> s("Sobol design",
                                  "Saltelli's sampling on a Sobol sequence, for first- and "
                                  "total-order indices.");
        s.whole_number("samples", &SobolSpec::samples,
                       {.range = closed(4, 1'048'576),
                        .required = true,
                        .meaning = "N: the design has N (k + 2) points (k factors). A power of "
                                   "2 keeps the sequence's balance.",
                        .typical = "256 to 1024"});
        return s;
    }();
    return schema;
}

const ObjectSchema<DesignsSpec>& designs_schema() {
    static const ObjectSchema<DesignsSpec> schema = [] {
        ObjectSchema<DesignsSpec> s("designs",
                                    "The designs to run, each with its own points; `wfsim sweep` "
                                    "runs every one given, or the one `--design` names.");
        s.object("oat", &DesignsSpec::oat,
                 empty_schema<OneAtATimeSpec>("one-at-a-time design",
                                              "The baseline, then each factor at each end of "
                                              "its range with the others at the baseline."),
                 "One at a time around the baseline (a tornado): 1 + 2k points. Write `oat: {}`.",
                 "not run");
        s.object("factorial", &DesignsSpec::factorial, factorial_schema(), "A full factorial grid.",
                 "not run");
        s.object("lhs", &DesignsSpec::lhs, lhs_schema(), "A Latin hypercube sample.", "not run");
        s.object("morris", &DesignsSpec::morris, morris_schema(), "Morris elementary effects.",
                 "not run");
        s.object("sobol", &DesignsSpec::sobol, sobol_schema(), "Sobol indices.", "not run");
        s.check("At least one design is given.", [](const DesignsSpec& d, CheckContext& c) {
            if (d.kinds().empty())
                c.error("", "give at least one design: oat, factorial, lhs, morris or sobol");
        });
        return s;
    }();
    return schema;
}

const ObjectSchema<BootstrapSpec>& bootstrap_schema() {
    static const ObjectSchema<BootstrapSpec> schema = [] {
        ObjectSchema<BootstrapSpec> s("bootstrap", "How the intervals of the measures are found.");
        s.whole_number("resamples", &BootstrapSpec::resamples,
                       {.range = closed(0, 100'000),
                        .default_value = 1000,
                        .meaning = "Bootstrap resamples for every interval (0: no intervals)."});
        s.rate("confidence", &BootstrapSpec::confidence,
               {.range = Range{0.0, 1.0, true, true},
                .default_value = 0.95,
                .meaning = "Confidence level of the percentile intervals."});
        return s;
    }();
    return schema;
}

ObjectSchema<SweepSpec> make_sweep_schema() {
    ObjectSchema<SweepSpec> s("sweep", "The top level of a sweep file.");
    s.whole_number("schema_version", &SweepSpec::schema_version,
                   {.range_text = "1",
                    .required = true,
                    .meaning = "Version of the sweep file format.",
                    .check = [](const int& v) -> std::optional<std::string> {
                        if (v == kSweepSchemaVersion) return std::nullopt;
                        return "this wfsim reads sweep schema_version 1, not " + std::to_string(v);
                    }});
    s.text("name", &SweepSpec::name,
           {.range_text = "not empty",
            .required = true,
            .meaning = "Name shown in outputs.",
            .check = [](const std::string& v) -> std::optional<std::string> {
                if (!v.empty()) return std::nullopt;
                return "the name must not be empty";
            }});
    s.text("description", &SweepSpec::description,
           {.absent_text = "empty", .meaning = "The question the sweep answers."});
    s.text("scenario", &SweepSpec::scenario,
           {.range_text = "a scenario file",
            .required = true,
            .meaning = "The scenario studied, relative to the sweep file's folder.",
            .typical = "staffordshire_stoke_nhs.yaml"});
    s.whole_number("replications", &SweepSpec::replications,
                   {.range = closed(1, 1'000'000),
                    .default_value = 100,
                    .meaning = "Replications at every design point (`-n` overrides it)."});
    s.whole_number("seed", &SweepSpec::seed,
                   {.range = closed(0, 2'000'000'000),
                    .default_value = 1,
                    .meaning = "Seed of the replications, the designs and the bootstrap "
                               "(`--seed` overrides it)."});
    s.value<ChoiceCodec>(
        "calibration", &SweepSpec::calibration,
        {.default_value = std::string("baseline"),
         .meaning = "`baseline`: the scenario is calibrated once from its quoted figures and "
                    "every point keeps that calibration, changing the mechanism as an "
                    "intervention does (turnover up raises vacancies). `each_point`: every "
                    "point is the scenario as if written with its values and is calibrated "
                    "afresh, as `--set` does (the quoted vacancy rate then holds at every "
                    "point)."},
        ChoiceCodec{{"baseline", "each_point"}});
    s.value<BooleanCodec>("common_random_numbers", &SweepSpec::common_random_numbers,
                          {.default_value = true,
                           .meaning = "Replication i uses the same random numbers at every "
                                      "point, so differences between points are not swamped by "
                                      "noise (docs/model.md); false draws them independently."});
    s.value<BooleanCodec>("keep_replications", &SweepSpec::keep_replications,
                          {.default_value = false,
                           .meaning = "Also write every replication's value of every output to "
                                      "the result file, not only each point's statistic."});
    s.named_objects("factors", &SweepSpec::factors, &FactorSpec::name, factor_schema(),
                    "The factors, by name, in the order written.", "");
    s.named_objects("outputs", &SweepSpec::outputs, &SweepOutputSpec::name, output_schema(),
                    "The outputs, by name, in the order written.", "");
    s.object("designs", &SweepSpec::designs, designs_schema(), "The designs to run.");
    s.object("bootstrap", &SweepSpec::bootstrap, bootstrap_schema(),
             "Intervals of the sensitivity measures.");
    return s;
}

}  // namespace

const ObjectSchema<SweepSpec>& sweep_schema() {
    static const ObjectSchema<SweepSpec> schema = make_sweep_schema();
    return schema;
}

}  // namespace wfsim::models::schema
