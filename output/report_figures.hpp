#pragma once
// The figures a terminal report shows, gathered from a result file: for each reporting period
// (a financial year, or the last months when no financial year is whole), metric and unit, the
// median, the 5%-95% spread across replications, the mean and its Monte Carlo standard error.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "output/result_reader.hpp"

namespace wfsim::output {

struct Figure {
    double median, p5, p95, mean, mcse;
    std::int64_t n;  // replications with a defined value
};

struct PeriodFigures {
    std::string label;  // "2022/23", or "12 months to March 2023"
    std::string note;   // empty, or how the period was formed
    std::map<std::string, std::vector<Figure>> by_metric;  // metric -> one Figure per unit
};

// One PeriodFigures per financial year, from the stored fy summaries of the named metrics
// (metrics the file lacks are left out).
std::vector<PeriodFigures> financial_year_figures(const ResultReader& reader,
                                                  const std::string& variant,
                                                  const std::vector<std::string>& metrics);

// When no financial year is whole: the last 12 months as one period (additive values summed, or
// taken at the end for stocks, then the rates derived per replication, as for a financial
// year), or with fewer than 12 months the values of the last month.
PeriodFigures trailing_figures(const ResultReader& reader, const std::string& variant,
                               const std::vector<std::string>& metrics);

}  // namespace wfsim::output
