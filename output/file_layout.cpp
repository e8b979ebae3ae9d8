#include "output/file_layout.hpp"

namespace wfsim::output {

std::string_view statistic_name(Statistic s) {
    switch (s) {
        case Statistic::Mean:
            return "mean";
        case Statistic::Mcse:
            return "mcse";
        case Statistic::P5:
            return "p5";
        case Statistic::P10:
            return "p10";
        case Statistic::P50:
            return "p50";
        case Statistic::P90:
            return "p90";
        case Statistic::P95:
            return "p95";
        case Statistic::N:
            return "n";
    }
    return "";
}

double statistic_probability(Statistic s) {
    switch (s) {
        case Statistic::P5:
            return 0.05;
        case Statistic::P10:
            return 0.10;
        case Statistic::P50:
            return 0.50;
        case Statistic::P90:
            return 0.90;
        case Statistic::P95:
            return 0.95;
        default:
            return -1.0;
    }
}

std::string_view statistic_description(Statistic s) {
    switch (s) {
        case Statistic::Mean:
            return "mean across replications";
        case Statistic::Mcse:
            return "Monte Carlo standard error of the mean (sample sd / sqrt(n))";
        case Statistic::P5:
            return "5th percentile across replications (spread, not a CI)";
        case Statistic::P10:
            return "10th percentile across replications (spread, not a CI)";
        case Statistic::P50:
            return "median across replications";
        case Statistic::P90:
            return "90th percentile across replications (spread, not a CI)";
        case Statistic::P95:
            return "95th percentile across replications (spread, not a CI)";
        case Statistic::N:
            return "replications with a defined (non-NaN) value";
    }
    return "";
}

namespace path {

std::string variant(std::string_view v) {
    return std::string(kVariants) + "/" + std::string(v);
}

std::string replication(std::string_view v) {
    return variant(v) + "/replication";
}

std::string variant_targets(std::string_view v) {
    return variant(v) + "/targets";
}

std::string variant_risks(std::string_view v) {
    return variant(v) + "/risks";
}

std::string values_group(std::string_view v, Period p) {
    return variant(v) + (p == Period::Monthly ? "/monthly" : "/fy");
}

std::string summary_group(std::string_view v, Period p) {
    return variant(v) + (p == Period::Monthly ? "/monthly_summary" : "/fy_summary");
}

std::string values(std::string_view v, Period p, std::string_view metric) {
    return values_group(v, p) + "/" + std::string(metric);
}

std::string summary(std::string_view v, Period p, std::string_view metric, Statistic s) {
    return summary_group(v, p) + "/" + std::string(metric) + "/" + std::string(statistic_name(s));
}

}  // namespace path

std::string_view axis_order(Period p, bool per_replication) {
    if (p == Period::Monthly) return per_replication ? "replication,period,unit" : "period,unit";
    return per_replication ? "replication,fy,unit" : "fy,unit";
}

bool is_valid_name(std::string_view name) {
    return !name.empty() && name != "." && name != ".." &&
           name.find('/') == std::string_view::npos && name.find('\0') == std::string_view::npos;
}

}  // namespace wfsim::output
