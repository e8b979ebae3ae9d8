// wfsim sweep SWEEP.yaml [-n N] [--seed S] [-j T] [-o OUT.h5] [--resume] [--design-file CSV]
#include <boost/program_options.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <limits>
#include <thread>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/interrupt.hpp"
#include "cli/run_preflight.hpp"
#include "cli/source_version.hpp"
#include "cli/sweep_session.hpp"
#include "cli/sweep_setup.hpp"
#include "cli/whole_number_option.hpp"
#include "models/sweep_file/design_file.hpp"
#include "models/sweep_run/sweep_point_builders.hpp"
#include "models/sweep_run/workforce_evaluator.hpp"
#include "output/output_error.hpp"
#include "output/sweep_csv.hpp"
#include "output/sweep_terminal.hpp"

namespace po = boost::program_options;

namespace wfsim::cli {
namespace {

struct SweepOptions {
    SweepRequest request;
    std::string replications_text, seed_text, threads_text;
    unsigned threads = 1;
    std::string output;
    bool resume = false, quiet = false;
};

po::options_description visible_options(SweepOptions& o) {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    po::options_description d("wfsim sweep SWEEP.yaml [options]");
    d.add_options()("help,h", "show this help")(
        "replications,n", po::value<std::string>(&o.replications_text),
        "replications at every design point (default: the sweep file's)")(
        "seed", po::value<std::string>(&o.seed_text),
        "seed of the replications, designs and bootstrap (default: the sweep file's)")(
        "threads,j", po::value<std::string>(&o.threads_text)->default_value(std::to_string(cores)),
        "worker threads (results do not depend on it)")(
        "output,o", po::value<std::string>(&o.output),
        "HDF5 file to write (default: the sweep file's name with .h5, in the current directory); "
        "CSV files go beside it")(
        "resume", po::bool_switch(&o.resume),
        "continue an interrupted sweep from its journal (OUT.h5.journal): the points it finished "
        "are kept, and the result is what an uninterrupted sweep gives")(
        "design-file", po::value<std::string>(&o.request.design_file),
        "CSV: run these points instead of the file's designs, one a row, one column per factor "
        "(a header naming them, or the sweep's order; SALib's space-separated files too)")(
        "design", po::value<std::string>(&o.request.design),
        "run only this one of the sweep file's designs (oat, factorial, lhs, morris, sobol)")(
        "quiet,q", po::bool_switch(&o.quiet), "no progress and no ranking on the terminal");
    return d;
}

std::optional<int> parse(const std::vector<std::string>& args, SweepOptions& o) {
    const po::options_description options = visible_options(o);
    const std::string about =
        "Runs the sweep file's designs (one at a time, factorial, Latin hypercube, Morris,\n"
        "Sobol) on its scenario, each design point on common random numbers, and writes every\n"
        "point's outputs and the sensitivity measures with their intervals (docs/sweeps.md).\n";
    if (auto code = parse_scenario_command(args, options, "wfsim sweep", about,
                                           o.request.sweep_path, "sweep file"))
        return code;
    std::string problem;
    if (!o.replications_text.empty()) {
        o.request.replications =
            read_whole_number(o.replications_text, "--replications", 1, 1'000'000, problem);
        if (!o.request.replications) return usage_error("wfsim sweep", problem, options);
    }
    if (!o.seed_text.empty()) {
        o.request.seed = read_whole_number(o.seed_text, "--seed", 0,
                                           std::numeric_limits<std::uint64_t>::max(), problem);
        if (!o.request.seed) return usage_error("wfsim sweep", problem, options);
    }
    const auto threads = read_whole_number(o.threads_text, "--threads", 1, 1024, problem);
    if (!threads) return usage_error("wfsim sweep", problem, options);
    o.threads = static_cast<unsigned>(*threads);
    if (!o.request.design_file.empty() && !o.request.design.empty())
        return usage_error("wfsim sweep", "give --design-file or --design, not both", options);
    if (o.output.empty())
        o.output = std::filesystem::path(o.request.sweep_path).stem().string() + ".h5";
    return std::nullopt;
}

output::SweepMetadata metadata_of(const PreparedSweep& p, const SweepOptions& o,
                                  const std::string& command_line) {
    const models::SweepSpec& spec = p.sweep.spec;
    output::SweepMetadata m;
    m.wfsim_version = WFSIM_VERSION;
    m.source_version = source_version();
    m.sweep_name = spec.name;
    m.sweep_description = spec.description;
    m.sweep_path = o.request.sweep_path;
    m.sweep_yaml = spec.source_text;
    m.scenario_name = p.sweep.scenario.name;
    m.scenario_path = p.sweep.scenario_path;
    m.scenario_yaml = p.sweep.scenario.source_text;
    m.design_file_path = o.request.design_file;
    m.design_file_sha256 = p.design_file_sha256;
    m.command_line = command_line;
    m.seed = p.seed;
    m.replications = p.replications;
    m.common_random_numbers = spec.common_random_numbers;
    m.calibration = spec.calibration;
    m.bootstrap_resamples = spec.bootstrap.resamples;
    m.bootstrap_confidence = spec.bootstrap.confidence;
    m.threads = o.threads;
    return m;
}

void analyse(PreparedSweep& p) {
    std::vector<sweeps::Statistic> statistics;
    for (const auto& o : p.sweep.spec.outputs) statistics.push_back(o.reduction());
    const sweeps::BootstrapSettings bootstrap{p.sweep.spec.bootstrap.resamples,
                                              p.sweep.spec.bootstrap.confidence,
                                              sim::hash_combine(p.seed, 0xb0075)};
    for (models::DesignRun& d : p.designs)
        d.analysis =
            models::analyse_design(d.plan, d.values, p.replications, statistics, bootstrap);
}

struct FailedPoints {
    std::size_t count = 0, total = 0;
    std::string first;  // the first point's reason, in the order the designs ran
};

FailedPoints failed_points(const std::vector<models::DesignRun>& designs) {
    FailedPoints f;
    for (const auto& d : designs) {
        f.total += d.points();
        for (std::size_t p = 0; p < d.points(); ++p) {
            if (d.errors[p].empty()) continue;
            if (f.count++ == 0)
                f.first = d.plan.name() + " point " + std::to_string(p) + ": " + d.errors[p];
        }
    }
    return f;
}

}  // namespace

int sweep_command(const std::vector<std::string>& args, const std::string& command_line) {
    SweepOptions o;
    if (auto code = parse(args, o)) return *code;
    auto prepared = prepare_sweep(o.request);
    if (!prepared) return kBadScenario;
    PreparedSweep& p = *prepared;
    std::vector<NamedInput> inputs{{o.request.sweep_path, "the sweep file"}};
    if (!o.request.design_file.empty())
        inputs.push_back({o.request.design_file, "the design file"});
    if (auto code = check_before_simulating(p.sweep.scenario_path, o.output, o.threads, *p.baseline,
                                            "wfsim sweep", inputs))
        return *code;

    auto builder = models::point_builder(p.sweep.spec.calibration, p.baseline,
                                         p.sweep.scenario.source_text, p.sweep.scenario_path);
    const auto started = std::chrono::steady_clock::now();
    const std::string journal_path = o.output + ".journal";
    const auto header = journal_header(p, std::string(WFSIM_VERSION) + " " + source_version());
    const std::atomic<bool>& stop = install_interrupt_handlers();
    output::SweepMetadata meta = metadata_of(p, o, command_line);
    try {
        std::optional<output::SweepJournal> journal;
        if (o.resume) {
            std::vector<output::JournalPoint> kept;
            journal.emplace(output::SweepJournal::resume(journal_path, header, kept));
            restore_from_journal(kept, p.designs, p.replications, p.outputs.size(), journal_path);
            if (!o.quiet)
                std::cerr << "wfsim sweep: resuming with " << kept.size() << " points kept in "
                          << journal_path << "\n";
        } else {
            journal.emplace(output::SweepJournal::create(journal_path, header));
        }
        models::WorkforceEvaluator evaluator(std::move(builder), p.sweep.spec.outputs, *p.baseline,
                                             o.threads);
        const models::SweepRunSettings settings{p.replications, p.seed,
                                                p.sweep.spec.common_random_numbers, 0, o.threads};
        const bool complete = run_sweep_designs(evaluator, *p.overrides, p.designs, settings,
                                                *journal, stop, !o.quiet);
        const auto timings = evaluator.timings();
        meta.setup_seconds = timings.setup_seconds;
        meta.simulation_seconds = timings.simulation_seconds;
        if (!complete) {
            std::size_t done = 0, total = 0;
            for (const auto& d : p.designs) {
                done += d.points_done();
                total += d.points();
            }
            std::cerr << "wfsim sweep: interrupted; " << done << " of " << total
                      << " points are kept in " << journal_path
                      << "; run the same command with --resume to finish\n";
            return kInterrupted;
        }
        if (const auto failed = failed_points(p.designs); failed.count > 0) {
            std::cerr << "wfsim sweep: " << failed.count << " of " << failed.total
                      << " points could not run; the first: " << failed.first << "\n";
            if (failed.count == failed.total) {
                journal->remove();
                return kBadScenario;
            }
        }
        analyse(p);
        meta.elapsed_seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        output::write_sweep_file(o.output, meta, p.factors, p.outputs, p.designs,
                                 p.sweep.spec.keep_replications);
        const auto csv = output::sweep_csv_paths(o.output);
        output::write_sweep_csv(csv, p.factors, p.outputs, p.designs,
                                models::salib_problem_text(p.sweep.spec.factors));
        journal->remove();
        if (!o.quiet) {
            output::print_sweep_ranking(std::cout, p.factors, p.outputs, p.designs,
                                        p.sweep.spec.bootstrap.confidence);
            std::size_t points = 0;
            for (const auto& d : p.designs) points += d.points();
            std::cout << "\n"
                      << points << " points x " << p.replications << " replications in "
                      << output::significant(meta.elapsed_seconds) << " s; setup (scenario and "
                      << "model per point) " << output::significant(timings.setup_seconds)
                      << " s, simulation " << output::significant(timings.simulation_seconds)
                      << " s of thread time\nwrote " << o.output << ", " << csv.points << ", "
                      << csv.measures << ", " << csv.problem << "\n";
        }
    } catch (const output::OutputError& e) {
        std::cerr << "wfsim sweep: " << e.what() << "\n";
        return kIoFailure;
    }
    return kSuccess;
}

}  // namespace wfsim::cli
