#include "output/sweep_csv.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "output/output_error.hpp"
#include "output/report/csv_writer.hpp"
#include "output/sweep_measures.hpp"
#include "output/temporary_file.hpp"

namespace wfsim::output {
namespace {

void write_points(const std::string& path, const std::vector<SweepFactorInfo>& factors,
                  const std::vector<SweepOutputInfo>& outputs,
                  const std::vector<models::DesignRun>& designs) {
    std::vector<std::string> header{"design", "point", "block", "row"};
    for (const auto& f : factors) header.push_back(f.name);
    header.insert(header.end(), {"status", "error"});
    for (const auto& o : outputs) header.push_back(o.name);
    for (const auto& o : outputs) header.push_back(o.name + "_mcse");
    report::CsvWriter csv(path, header);
    const std::size_t k = factors.size(), m = outputs.size();
    for (const models::DesignRun& d : designs) {
        for (std::size_t p = 0; p < d.points(); ++p) {
            csv.text(d.plan.name()).integer(static_cast<std::int64_t>(p));
            csv.integer(d.plan.design.block[p]).integer(d.plan.design.row[p]);
            for (std::size_t f = 0; f < k; ++f) csv.number(d.plan.values[p * k + f]);
            csv.text(d.values[p].empty() ? "not run" : d.errors[p].empty() ? "ran" : "failed");
            csv.text(d.errors[p]);
            for (std::size_t o = 0; o < m; ++o) csv.number(d.analysis[o].value[p]);
            for (std::size_t o = 0; o < m; ++o) csv.number(d.analysis[o].mcse[p]);
            csv.end_row();
        }
    }
    csv.finish();
}

void write_measures(const std::string& path, const std::vector<SweepFactorInfo>& factors,
                    const std::vector<SweepOutputInfo>& outputs,
                    const std::vector<models::DesignRun>& designs) {
    report::CsvWriter csv(
        path, {"design", "output", "factor", "measure", "value", "low", "high", "rank"});
    const std::size_t k = factors.size();
    for (const models::DesignRun& d : designs) {
        const auto tables = measure_tables(d, k);
        for (std::size_t o = 0; o < outputs.size(); ++o) {
            std::vector<std::int64_t> rank(k, 0);
            for (std::size_t r = 0; r < d.analysis[o].ranking.size(); ++r)
                rank[d.analysis[o].ranking[r]] = static_cast<std::int64_t>(r + 1);
            for (std::size_t f = 0; f < k; ++f) {
                for (const MeasureTable& t : tables) {
                    const std::size_t i = o * k + f;
                    csv.text(d.plan.name()).text(outputs[o].name).text(factors[f].name);
                    csv.text(t.name == "influence" ? "influence (" + d.analysis[o].measure + ")"
                                                   : t.name);
                    csv.number(t.value[i]).number(t.low[i]).number(t.high[i]);
                    csv.integer(rank[f]);
                    csv.end_row();
                }
            }
        }
    }
    csv.finish();
}

}  // namespace

SweepCsvPaths sweep_csv_paths(const std::string& hdf5_path) {
    std::filesystem::path base(hdf5_path);
    base.replace_extension();
    const std::string stem = base.string();
    return {stem + ".points.csv", stem + ".measures.csv", stem + ".problem.txt"};
}

void write_sweep_csv(const SweepCsvPaths& paths, const std::vector<SweepFactorInfo>& factors,
                     const std::vector<SweepOutputInfo>& outputs,
                     const std::vector<models::DesignRun>& designs,
                     const std::string& problem_text) {
    write_points(paths.points, factors, outputs, designs);
    write_measures(paths.measures, factors, outputs, designs);
    write_file_replacing(paths.problem, problem_text);
}

}  // namespace wfsim::output
