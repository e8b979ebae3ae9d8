#pragma once
// The result file as tidy CSV tables for Excel, Power BI and pandas (docs/output.md, "CSV
// tables"): one row per value, with the variant, metric, unit of measurement, sector, group,
// period and statistic beside it.
#include <string>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output::report {

struct CsvOptions {
    bool per_replication = false;  // also every replication's values (large)
};

struct CsvFile {
    std::string path;
    std::size_t rows = 0;  // data rows, header excluded
};

// Writes run.csv, summary_fy.csv and summary_monthly.csv (and replications_fy.csv,
// replications_monthly.csv on request) into `directory`, which must exist. OutputError on failure.
std::vector<CsvFile> export_csv(const ResultReader& reader, const std::string& directory,
                                const CsvOptions& options);

}  // namespace wfsim::output::report
