#include "output/variant_costs.hpp"

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "output/axes.hpp"
#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"
#include "output/variant_differences.hpp"

namespace wfsim::output {
namespace {

constexpr double kDaysPerYear = 365.25;
constexpr double kZ95 = 1.959963984540054;
constexpr hsize_t kReadBudgetBytes = 64ull * 1024 * 1024;

// The four paired quantities, per replication and unit, summed over months.
enum Quantity { NetCost, WteYears, VacancyYears, Leavers, kQuantities };

struct Measure {
    std::string name, units, long_name;
    int numerator;    // a Quantity
    int denominator;  // a Quantity, or -1 for the quantity itself
    bool cumulative;
};

std::vector<Measure> measures() {
    const std::array<std::array<std::string, 3>, kQuantities> gains = {{
        {"net_cost", "GBP",
         "net cost: the interventions' cost + the changes in bank and agency cost, in "
         "international recruitment and domestic cohorts' cost and in the pay bill"},
        {"wte_years_gained", "WTE-years", "WTE-years in post gained (variant - baseline)"},
        {"vacancy_wte_years_avoided", "WTE-years",
         "vacant WTE-years avoided (baseline - variant; vacant = establishment - in post)"},
        {"leavers_avoided", "people", "leavers avoided (baseline - variant)"},
    }};
    const std::array<std::array<std::string, 3>, 3> ratios = {{
        {"cost_per_wte_year_gained", "GBP per WTE-year", "net cost per WTE-year gained"},
        {"cost_per_vacancy_wte_year_avoided", "GBP per WTE-year",
         "net cost per vacant WTE-year avoided"},
        {"cost_per_leaver_avoided", "GBP per person", "net cost per leaver avoided"},
    }};
    std::vector<Measure> out;
    for (bool cumulative : {false, true}) {
        const std::string suffix = cumulative ? "_cumulative" : "";
        const std::string when =
            cumulative ? ", from the start of the run to the end of the financial year"
                       : ", in the financial year";
        for (int q = 0; q < kQuantities; ++q)
            out.push_back(
                {gains[q][0] + suffix, gains[q][1], gains[q][2] + when, q, -1, cumulative});
        for (int r = 0; r < 3; ++r)
            out.push_back({ratios[r][0] + suffix, ratios[r][1],
                           ratios[r][2] + when +
                               " (ratio of the means; NaN unless the mean gain "
                               "is above zero)",
                           NetCost, r + 1, cumulative});
    }
    return out;
}

int metric_index(const VariantOutput& v, const std::string& name) {
    for (std::size_t i = 0; i < v.metrics().size(); ++i)
        if (v.metrics()[i].name == name) return static_cast<int>(i);
    return -1;
}

// mean, mcse, ci95_low, ci95_high, n of the values (or of the ratio of means).
std::array<double, 5> statistics(const std::vector<double>& x, const std::vector<double>* y) {
    const double n = static_cast<double>(x.size());
    std::array<double, 5> out;
    out.fill(std::nan(""));
    out[4] = n;
    if (x.empty()) return out;
    double mx = 0.0, my = 0.0;
    for (std::size_t k = 0; k < x.size(); ++k) {
        mx += x[k];
        if (y) my += (*y)[k];
    }
    mx /= n;
    my /= n;
    const double value = y ? (my > 0.0 ? mx / my : std::nan("")) : mx;
    double ss = 0.0;
    for (std::size_t k = 0; k < x.size(); ++k) {
        const double d = y ? x[k] - value * (*y)[k] : x[k] - mx;
        ss += d * d;
    }
    const double se = x.size() > 1 ? std::sqrt(ss / (n - 1.0) / n) / (y ? my : 1.0) : std::nan("");
    out[0] = value;
    out[1] = se;
    out[2] = value - kZ95 * se;
    out[3] = value + kZ95 * se;
    return out;
}

}  // namespace

void write_cost_effectiveness(const VariantOutput& baseline, const VariantOutput& variant,
                              const sim::TimeAxis& axis) {
    const auto pairs = paired_rows(baseline.replications(), variant.replications());
    const auto& years = axis.financial_years();
    const hsize_t units = variant.values(Period::Monthly, 0).units();
    const int months = axis.months();
    const std::vector<Measure> all = measures();
    // tables[measure][statistic][fy * units + unit]
    std::vector<std::array<std::vector<double>, 5>> tables(all.size());
    for (auto& m : tables)
        for (auto& t : m) t.assign(years.size() * units, std::nan(""));

    // Each quantity: sign x (variant - baseline) x scale of the metrics below, summed.
    struct Source {
        int metric;
        double sign;
        int quantity;
        double scale;
        bool variant_only;  // the interventions' cost counts the variant's alone
    };
    std::vector<Source> sources;
    auto add = [&](const char* name, int quantity, double sign, double scale) {
        if (const int m = metric_index(variant, name); m >= 0)
            sources.push_back({m, sign, quantity, scale, std::string(name) == "intervention_cost"});
    };
    add("intervention_cost", NetCost, 1.0, 1.0);
    add("temporary_cost", NetCost, 1.0, 1.0);
    add("international_cost", NetCost, 1.0, 1.0);
    add("domestic_cohort_cost", NetCost, 1.0, 1.0);
    add("pay_bill", NetCost, 1.0, 1.0);
    add("wte_days", WteYears, 1.0, 1.0 / kDaysPerYear);
    add("wte_days", VacancyYears, 1.0, 1.0 / kDaysPerYear);
    add("establishment_wte_days", VacancyYears, -1.0, 1.0 / kDaysPerYear);
    add("leavers", Leavers, -1.0, 1.0);

    const std::size_t n = pairs.size();
    // [quantity][pair * units + unit]: this financial year's sums, and the run's so far.
    std::array<std::vector<double>, kQuantities> year, run;
    for (int q = 0; q < kQuantities; ++q) {
        year[q].assign(n * units, 0.0);
        run[q].assign(n * units, 0.0);
    }
    const hsize_t rows = std::max(baseline.values(Period::Monthly, 0).rows(),
                                  variant.values(Period::Monthly, 0).rows());
    const hsize_t block = std::max<hsize_t>(
        1, kReadBudgetBytes / std::max<hsize_t>(1, 2 * rows * units * 8 * sources.size()));
    // Months in ranges that never cross a financial year's start or end: before the first
    // year, each year, after the last.
    std::vector<std::pair<int, int>> ranges;  // [from, to)
    int at = 0;
    for (const auto& fy : years) {
        if (at < fy.first_month) ranges.emplace_back(at, fy.first_month);
        ranges.emplace_back(fy.first_month, fy.first_month + 12);
        at = fy.first_month + 12;
    }
    if (at < months) ranges.emplace_back(at, months);
    std::vector<double> b, v;
    std::size_t next_year = 0;
    for (const auto& [from, to] : ranges) {
        if (n == 0) break;
        const bool is_year = next_year < years.size() && from == years[next_year].first_month;
        if (is_year)
            for (auto& q : year) std::fill(q.begin(), q.end(), 0.0);
        for (int first = from; first < to; first += static_cast<int>(block)) {
            const hsize_t count = std::min<hsize_t>(block, static_cast<hsize_t>(to - first));
            for (const Source& s : sources) {
                const ReplicationDataset& bd = baseline.values(Period::Monthly, s.metric);
                const ReplicationDataset& vd = variant.values(Period::Monthly, s.metric);
                b.resize(bd.rows() * count * units);
                v.resize(vd.rows() * count * units);
                bd.read_periods(first, count, b.data());
                vd.read_periods(first, count, v.data());
                for (hsize_t p = 0; p < count; ++p)
                    for (std::size_t k = 0; k < n; ++k)
                        for (hsize_t u = 0; u < units; ++u) {
                            const double vb =
                                s.variant_only ? 0.0 : b[(pairs[k].first * count + p) * units + u];
                            const double vv = v[(pairs[k].second * count + p) * units + u];
                            const double d = s.sign * (vv - vb) * s.scale;
                            if (std::isnan(d)) continue;
                            run[s.quantity][k * units + u] += d;
                            if (is_year) year[s.quantity][k * units + u] += d;
                        }
            }
        }
        if (!is_year) continue;
        for (std::size_t m = 0; m < all.size(); ++m) {
            const auto& sums = all[m].cumulative ? run : year;
            std::vector<double> x(n), y(n);
            for (hsize_t u = 0; u < units; ++u) {
                for (std::size_t k = 0; k < n; ++k) {
                    x[k] = sums[all[m].numerator][k * units + u];
                    if (all[m].denominator >= 0) y[k] = sums[all[m].denominator][k * units + u];
                }
                const auto st = statistics(x, all[m].denominator >= 0 ? &y : nullptr);
                for (int i = 0; i < 5; ++i) tables[m][i][next_year * units + u] = st[i];
            }
        }
        ++next_year;
    }

    const std::string& file = variant.file_name();
    const std::string group_path = path::variant(variant.name()) + "/cost_effectiveness";
    hdf5::Group group = hdf5::create_ordered_group(variant.group(), "cost_effectiveness",
                                                   group_path + " in " + file);
    hdf5::write_scalar_attribute<std::int64_t>(group.get(), "paired_replications",
                                               static_cast<std::int64_t>(n),
                                               group_path + " in " + file);
    static const std::array<const char*, 5> kNames = {"mean", "mcse", "ci95_low", "ci95_high", "n"};
    for (std::size_t m = 0; m < all.size(); ++m) {
        const std::string measure_path = group_path + "/" + all[m].name;
        const std::string measure_where = measure_path + " in " + file;
        hdf5::Group g = hdf5::create_ordered_group(group.get(), all[m].name, measure_where);
        hdf5::write_string_attribute(g.get(), "units", all[m].units, measure_where);
        hdf5::write_string_attribute(g.get(), "long_name", all[m].long_name, measure_where);
        hdf5::write_string_attribute(g.get(), "axis_order",
                                     axis_order(Period::FinancialYear, false), measure_where);
        const GroupCoordinates coordinates = write_group_coordinates(
            g.get(), variant.axis_values(), Period::FinancialYear, measure_path, file);
        for (int i = 0; i < 5; ++i) {
            const std::string where = measure_path + "/" + kNames[i] + " in " + file;
            hdf5::Dataset d = write_table(g.get(), kNames[i], H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE,
                                          tables[m][i].data(), years.size(), units, where);
            hdf5::write_string_attribute(d.get(), "units", i == 4 ? "1" : all[m].units, where);
            hdf5::write_string_attribute(d.get(), "statistic", kNames[i], where);
            hdf5::write_string_attribute(d.get(), "coordinates", kAuxiliaryCoordinates, where);
            attach_scale(d.get(), coordinates.period.get(), 0, where);
            attach_scale(d.get(), coordinates.unit.get(), 1, where);
            d.close(where);
        }
        g.close(measure_where);
    }
    group.close(group_path + " in " + file);
}

}  // namespace wfsim::output
