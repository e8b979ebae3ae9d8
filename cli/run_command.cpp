#include <boost/program_options.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <limits>
#include <memory>
#include <thread>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/interrupt.hpp"
#include "cli/progress_meter.hpp"
#include "cli/report_files.hpp"
#include "cli/run_preflight.hpp"
#include "cli/scenario_input.hpp"
#include "cli/source_version.hpp"
#include "cli/uncertain_run.hpp"
#include "cli/variant_runs.hpp"
#include "cli/whole_number_option.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/records/staff_records.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "models/workforce/workforce_model.hpp"
#include "output/result_writer.hpp"
#include "output/sha256.hpp"
#include "output/terminal_report.hpp"
#include "output/terminal_summary.hpp"
#include "output/uncertainty_terminal.hpp"
#include "output/variant_comparison_report.hpp"
#include "sim/replication_runner.hpp"

namespace po = boost::program_options;

namespace wfsim::cli {
namespace {

struct RunOptions {
    std::string scenario;
    std::size_t replications = 100;
    std::uint64_t seed = 1;
    unsigned threads = 0;
    std::size_t parameter_sets = 20;  // of the scenario's uncertainty, if it declares any
    std::string replications_text, seed_text, threads_text, parameter_sets_text;  // read strictly
    std::string output;
    bool quiet = false;
    bool report = false;
    bool full = false;
    std::string show;                         // comma-separated units to print beside the total
    std::string variants;                     // comma-separated variants to run (default: all)
    std::vector<std::string> override_texts;  // as given, for provenance
    std::vector<models::ParameterOverride> overrides;
};

unsigned default_threads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

po::options_description visible_options(RunOptions& o) {
    po::options_description d("wfsim run SCENARIO.yaml [options]");
    d.add_options()("help,h", "show this help")(
        "replications,n", po::value<std::string>(&o.replications_text)->default_value("100"),
        "number of Monte Carlo replications")(
        "seed", po::value<std::string>(&o.seed_text)->default_value("1"),
        "seed: replication i depends only on (scenario, seed, i)")(
        "threads,j",
        po::value<std::string>(&o.threads_text)->default_value(std::to_string(default_threads())),
        "worker threads (results do not depend on it)")(
        "output,o", po::value<std::string>(&o.output),
        "HDF5 file to write (default: the scenario's name with .h5, in the current directory)")(
        "quiet,q", po::bool_switch(&o.quiet), "no progress and no summary on the terminal")(
        "show", po::value<std::string>(&o.show),
        "UNITS: groups or sectors (comma-separated) to print beside the system total")(
        "full", po::bool_switch(&o.full),
        "print every financial year, sector and metric with Monte Carlo standard errors")(
        "parameter-sets", po::value<std::string>(&o.parameter_sets_text)->default_value("20"),
        "M: parameter sets drawn from the scenario's uncertainty; replication r runs set r mod M "
        "(0: the scenario's own values)")(
        "variants", po::value<std::string>(&o.variants)->default_value("*", "all"),
        "NAMES: the scenario's variants to run beside the baseline (comma-separated; \"\" for "
        "the baseline alone)")(
        "report", po::bool_switch(&o.report),
        "also write the HTML report beside the output (OUT with .html; see wfsim report)");
    add_override_option(d, o.override_texts);
    return d;
}

// Parses the options; returns an exit code when the command should stop here.
std::optional<int> parse(const std::vector<std::string>& args, RunOptions& o) {
    const po::options_description options = visible_options(o);
    if (auto code = parse_scenario_command(args, options, "wfsim run", "", o.scenario)) return code;
    if (auto code = read_overrides(o.override_texts, options, "wfsim run", o.overrides))
        return code;
    std::string problem;
    const auto replications =
        read_whole_number(o.replications_text, "--replications", 1, 10'000'000, problem);
    const auto seed = replications
                          ? read_whole_number(o.seed_text, "--seed", 0,
                                              std::numeric_limits<std::uint64_t>::max(), problem)
                          : std::nullopt;
    const auto threads =
        seed ? read_whole_number(o.threads_text, "--threads", 1, 1024, problem) : std::nullopt;
    const auto sets = threads ? read_whole_number(o.parameter_sets_text, "--parameter-sets", 0,
                                                  1'000'000, problem)
                              : std::nullopt;
    if (!sets) return usage_error("wfsim run", problem, options);
    o.parameter_sets = *sets;
    o.replications = *replications;
    o.seed = *seed;
    o.threads = static_cast<unsigned>(*threads);
    if (o.output.empty()) o.output = std::filesystem::path(o.scenario).stem().string() + ".h5";
    return std::nullopt;
}

// "a,b, c" -> {"a", "b", "c"}; empty items dropped.
std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::string item;
    for (char c : text + ",") {
        if (c != ',') {
            if (c != ' ') item += c;
            continue;
        }
        if (!item.empty()) items.push_back(item);
        item.clear();
    }
    return items;
}

std::vector<output::QuotedFigures> quoted_figures(const models::ResolvedScenario& r) {
    std::vector<output::QuotedFigures> out;
    for (const auto& g : r.groups)
        out.push_back({g.name, g.quoted_turnover, g.quoted_vacancy_rate, g.quoted_absence_rate});
    return out;
}

}  // namespace

int run_command(const std::vector<std::string>& args, const std::string& command_line) {
    RunOptions o;
    if (auto code = parse(args, o)) return *code;
    const auto loaded = load_resolved_scenario(o.scenario, o.overrides);
    if (!loaded) return kBadScenario;
    if (auto code = check_before_simulating(o.scenario, o.output, o.threads, *loaded)) return *code;
    const auto resolved = std::make_shared<const models::ResolvedScenario>(std::move(*loaded));
    int code = kSuccess;
    std::vector<std::string> chosen;  // the variants to run beside the baseline
    if (o.variants == "*") {
        for (const auto& v : resolved->scenario.variants) chosen.push_back(v.name);
    } else {
        chosen = split_list(o.variants);
    }
    const auto variants = resolve_variant_runs(resolved, chosen, o.scenario, o.overrides, code);
    if (!variants) return code;

    const auto started = std::chrono::steady_clock::now();
    const models::ResultLayout layout = models::make_result_layout(variants->runs.front());
    const std::vector<std::string> show_units = split_list(o.show);
    if (const auto unknown = output::unknown_units(show_units, layout.units.names);
        !unknown.empty()) {
        std::string known;
        for (const auto& name : layout.units.names) known += (known.empty() ? "" : ", ") + name;
        std::cerr << "wfsim run: --show: no group or sector named '" << unknown.front()
                  << "'; the units are " << known << "\n";
        return kUsage;
    }
    auto outcome_definitions = define_run_outcomes(o.scenario, *resolved, layout, o.overrides);
    if (!outcome_definitions) return kBadScenario;
    models::outcomes::OutcomeRecorder outcomes(std::move(*outcome_definitions), layout,
                                               resolved->axis, variants->names);
    std::optional<UncertainRun> uncertain;
    if (!resolved->scenario.uncertainty.empty() && o.parameter_sets > 0) {
        // Variants are resolved against the one calibrated baseline, not against each set.
        if (variants->runs.size() > 1) {
            std::cerr << "wfsim run: variants and parameter sets drawn from the scenario's "
                         "uncertainty do not run together: give --variants \"\" or "
                         "--parameter-sets 0\n";
            return kUsage;
        }
        uncertain = UncertainRun::prepare(*resolved, o.overrides, o.parameter_sets, o.seed,
                                          o.threads, layout);
        if (!uncertain) return kBadScenario;
    }
    output::RunMetadata meta;
    meta.wfsim_version = WFSIM_VERSION;
    meta.source_version = source_version();
    meta.overrides = o.override_texts;
    meta.scenario_name = resolved->scenario.name;
    meta.scenario_path = o.scenario;
    meta.scenario_yaml = resolved->scenario.source_text;
    if (resolved->scenario.staff_records) {
        meta.staff_records_path = models::staff_records_path(resolved->scenario);
        // A replication depends on these bytes as on the scenario's: record which they were.
        meta.staff_records_sha256 = output::sha256_file_hex(meta.staff_records_path);
    }
    meta.scenario_resolved_yaml = models::resolved_scenario_yaml(resolved->scenario);
    meta.command_line = command_line;
    meta.seed = o.seed;
    meta.replications_requested = o.replications;
    meta.threads = o.threads;

    const std::atomic<bool>& stop = install_interrupt_handlers();
    sim::RunnerOutcome outcome;
    std::string written = o.output;  // or beside it, when it holds a better result
    try {
        output::ResultWriter writer(o.output, meta, layout, resolved->axis, variants->names);
        // Work items are (replication, variant), replication-major, so that every variant's
        // replications arrive in order; each worker's model is bound to the run it computes.
        const std::size_t runs = variants->runs.size();
        std::vector<std::unique_ptr<models::WorkforceModel>> models(o.threads);
        std::vector<const models::ResolvedScenario*> bound(o.threads, nullptr);
        ProgressMeter progress(!o.quiet);
        outcome = sim::run_replications<models::ReplicationResult>(
            o.replications * runs, o.threads, stop,
            [&](unsigned worker, std::size_t item) {
                const std::size_t run = item % runs, index = item / runs;
                if (uncertain) {  // each parameter set is a scenario of its own
                    const auto& scenario = uncertain->scenario_of(index);
                    if (bound[worker] != &scenario) {
                        models[worker].reset();  // it refers to the scenario it was made for
                        models[worker] = std::make_unique<models::WorkforceModel>(scenario);
                        bound[worker] = &scenario;
                    }
                } else if (!models[worker]) {
                    models[worker] = std::make_unique<models::WorkforceModel>(variants->runs[run]);
                    bound[worker] = &variants->runs[run];
                } else if (bound[worker] != &variants->runs[run]) {
                    models[worker]->bind(variants->runs[run]);  // a variant of the same baseline
                    bound[worker] = &variants->runs[run];
                }
                return models[worker]->run(o.seed, index, &stop);
            },
            [&](std::size_t item, models::ReplicationResult&& result) {
                writer.append(item % runs, item / runs, result);
                outcomes.record(item % runs, item / runs, result);
                if (uncertain) uncertain->record(item / runs, result);
            },
            [&](std::size_t done, std::size_t total) {
                if (runs == 1) return progress.update(done, total);
                // Work items are (replication, variant): count whole replications.
                progress.update(done, total,
                                std::to_string(done / runs) + "/" + std::to_string(o.replications) +
                                    " replications of the baseline and " +
                                    std::to_string(runs - 1) +
                                    (runs == 2 ? " variant" : " variants"));
            });
        progress.finish();
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        writer.set_outcomes(outcomes.results());
        if (uncertain) uncertain->finish(writer);
        writer.finish(!outcome.stopped, elapsed);
        written = writer.final_path();
    } catch (const output::OutputError& e) {
        std::cerr << "wfsim run: " << e.what() << "\n";
        return kIoFailure;
    }

    if (!o.quiet && outcome.delivered > 0) {
        const output::ResultReader reader(written);
        if (o.full)
            output::print_terminal_report(std::cout, reader, quoted_figures(*resolved), show_units);
        else
            output::print_terminal_summary(std::cout, reader, quoted_figures(*resolved),
                                           show_units);
        if (uncertain) {
            std::vector<std::string> years;
            for (const auto& fy : resolved->axis.financial_years()) years.push_back(fy.label);
            output::print_uncertainty(std::cout, uncertain->results(), years, layout.units.names,
                                      show_units, o.full);
        }
        output::print_variant_comparison(std::cout, reader, show_units, o.full);
    }
    // An interrupted run is reported too: the page says at the top that it is incomplete.
    int report_code = kSuccess;
    if (o.report && outcome.delivered > 0) {
        ReportRequest request;
        request.result = written;
        request.html = std::filesystem::path(written).replace_extension(".html").string();
        request.quiet = o.quiet;
        report_code = write_report_files(request, "wfsim run");
    }
    if (outcome.stopped) {
        std::cerr << "wfsim run: interrupted; kept " << outcome.delivered << " of "
                  << o.replications * variants->runs.size()
                  << (variants->runs.size() > 1 ? " runs (replications x variants)"
                                                : " replications")
                  << " in " << written << " (marked incomplete";
        if (written != o.output) std::cerr << "; " << o.output << " holds a better result, kept";
        std::cerr << ")\n";
        return kInterrupted;
    }
    if (!o.quiet) std::cout << "\nwrote " << o.output << "\n";
    return report_code;
}

}  // namespace wfsim::cli
