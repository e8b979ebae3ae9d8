// wfsim report RESULT.h5 [--html REPORT.html] [--charts DIR] [--csv DIR] [--replications]
#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_files.hpp"

namespace po = boost::program_options;

namespace wfsim::cli {

int report_command(const std::vector<std::string>& args) {
    ReportRequest r;
    po::options_description options("wfsim report RESULT.h5 [options]");
    options.add_options()("help,h", "show this help")(
        "html", po::value<std::string>(&r.html),
        "HTML report to write (default: RESULT with .html, unless only --csv is given)")(
        "charts", po::value<std::string>(&r.chart_directory),
        "also write each chart of the HTML report as an SVG file into this directory")(
        "csv", po::value<std::string>(&r.csv_directory),
        "write the CSV tables into this directory (created if missing)")(
        "replications", po::bool_switch(&r.per_replication),
        "with --csv: also every replication's values (large)")("quiet,q", po::bool_switch(&r.quiet),
                                                               "print nothing but errors");
    const std::string about =
        "Writes a self-contained HTML report (provenance, key figures, inputs reproduced, fan\n"
        "charts for the system, each sector and each group) and tidy CSV tables of a result "
        "file.\n"
        "Of a sweep file (wfsim sweep), the page shows each design's sensitivity measures: a\n"
        "tornado, Morris mu* against sigma, Sobol indices with their intervals.\n";
    if (auto code =
            parse_scenario_command(args, options, "wfsim report", about, r.result, "result file"))
        return *code;
    if (r.per_replication && r.csv_directory.empty())
        return usage_error("wfsim report", "--replications needs --csv", options);
    // The charts are the page's, so asking for them asks for the page too.
    if (r.html.empty() && (r.csv_directory.empty() || !r.chart_directory.empty()))
        r.html = std::filesystem::path(r.result).replace_extension(".html").string();
    return write_report_files(r, "wfsim report");
}

}  // namespace wfsim::cli
