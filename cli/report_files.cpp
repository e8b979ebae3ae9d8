#include "cli/report_files.hpp"

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "output/report/csv_export.hpp"
#include "output/report/csv_writer.hpp"
#include "output/report/html_report.hpp"
#include "output/report/sweep_data.hpp"
#include "output/report/sweep_report.hpp"
#include "output/result_reader.hpp"

namespace wfsim::cli {
namespace {

// The scenario's description and quoted rates, from the resolved scenario the file records;
// empty when that text no longer loads (a file written by an older wfsim).
output::report::ReportContext scenario_context(const output::ResultReader& reader) {
    output::report::ReportContext context;
    try {
        const auto scenario = models::load_scenario_text(
            reader.string_attribute("/", "scenario_resolved_yaml"), reader.path());
        context.description = scenario.description;
        for (const auto& g : scenario.groups)
            context.quoted.push_back({g.name, g.leaving.turnover, g.vacancy_rate, g.absence.rate});
    } catch (const std::exception&) {
    }
    return context;
}

void make_directory(const std::string& directory) {
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error)
        throw output::OutputError("cannot create the directory " + directory + ": " +
                                  error.message());
}

void print_page_written(const ReportRequest& request,
                        const output::report::HtmlReportSummary& summary) {
    if (request.quiet) return;
    std::cout << "wrote " << request.html << " (" << summary.charts << " charts, " << std::fixed
              << std::setprecision(1) << summary.bytes / 1e6 << " MB)";
    if (!request.chart_directory.empty())
        std::cout << " and each chart as SVG in " << request.chart_directory;
    std::cout << "\n";
}

}  // namespace

int write_report_files(const ReportRequest& request, const std::string& command) {
    using clock = std::chrono::steady_clock;
    try {
        const auto started = clock::now();
        const output::ResultReader reader(request.result);
        const bool sweep = output::report::is_sweep_file(reader);
        if (sweep && !request.csv_directory.empty()) {
            // Its tables are the CSV files `wfsim sweep` wrote beside it.
            std::cerr << command << ": " << request.result
                      << " is a sweep file: its tables are the CSV files wfsim sweep wrote "
                         "beside it (.points.csv, .measures.csv); --csv is for run results\n";
            return kUsage;
        }
        if (!request.html.empty()) {
            if (!request.chart_directory.empty()) make_directory(request.chart_directory);
            print_page_written(request, sweep ? output::report::write_sweep_report(
                                                    reader, request.html, request.chart_directory)
                                              : output::report::write_html_report(
                                                    reader, scenario_context(reader), request.html,
                                                    {request.chart_directory}));
        }
        if (!request.csv_directory.empty()) {
            make_directory(request.csv_directory);
            const auto files = output::report::export_csv(reader, request.csv_directory,
                                                          {request.per_replication});
            for (const auto& f : files) {
                if (!request.quiet) std::cout << "wrote " << f.path << " (" << f.rows << " rows)\n";
                if (f.rows + 1 > output::report::kExcelRowLimit)
                    std::cerr << command << ": note: " << f.path << " has more rows than Excel "
                              << "shows (" << output::report::kExcelRowLimit
                              << "); Power BI and pandas read it whole\n";
            }
        }
        if (!request.quiet)
            std::cout << "report written in " << std::fixed << std::setprecision(2)
                      << std::chrono::duration<double>(clock::now() - started).count() << " s\n";
    } catch (const output::OutputError& e) {
        std::cerr << command << ": " << e.what() << "\n";
        return kIoFailure;
    }
    return kSuccess;
}

}  // namespace wfsim::cli
