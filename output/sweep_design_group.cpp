#include "output/sweep_design_group.hpp"

#include <cmath>

#include "output/axes.hpp"
#include "output/chunked_datasets.hpp"
#include "output/hdf5_io.hpp"
#include "output/sweep_measures.hpp"
#include "output/table_columns.hpp"

namespace wfsim::output {
namespace {

// Writes the datasets of one group, each with its dimensions' scales attached.
class GroupWriter {
  public:
    GroupWriter(hid_t group, std::string path, std::string file_name)
        : group_(group), path_(std::move(path)), file_name_(std::move(file_name)) {}

    std::string where(const std::string& name) const {
        return path_ + "/" + name + " in " + file_name_;
    }

    hdf5::Dataset scale_of_names(const std::string& name, const std::vector<std::string>& names,
                                 const std::string& long_name) {
        return write_row_scale(group_, name, names, long_name, path_ + " in " + file_name_);
    }
    hdf5::Dataset scale_of_indices(const std::string& name, std::size_t count,
                                   const std::string& long_name) {
        std::vector<std::int64_t> index(count);
        for (std::size_t i = 0; i < count; ++i) index[i] = static_cast<std::int64_t>(i);
        hdf5::Dataset d = hdf5::write_vector_dataset(group_, name, index, where(name));
        hdf5::write_string_attribute(d.get(), "long_name", long_name, where(name));
        make_scale(d.get(), name, where(name));
        return d;
    }

    // A float64 array [dims...] with `scales` on its dimensions, named by `axes`.
    void numbers(const std::string& name, const std::vector<double>& values,
                 const std::vector<hsize_t>& dims, const std::vector<hid_t>& scales,
                 const std::string& axes, const std::string& long_name,
                 const std::string& units = "") {
        hdf5::Dataset d = write_array(group_, name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE,
                                      values.data(), dims, where(name));
        describe(d.get(), name, scales, axes, long_name, units);
    }
    void integers(const std::string& name, const std::vector<std::int64_t>& values,
                  const std::vector<hsize_t>& dims, const std::vector<hid_t>& scales,
                  const std::string& axes, const std::string& long_name) {
        hdf5::Dataset d = write_array(group_, name, H5T_STD_I64LE, H5T_NATIVE_INT64, values.data(),
                                      dims, where(name));
        describe(d.get(), name, scales, axes, long_name, "");
    }
    void strings(const std::string& name, const std::vector<std::string>& values, hid_t scale,
                 const std::string& axes, const std::string& long_name) {
        hdf5::Dataset d = hdf5::write_strings_dataset(group_, name, values, where(name));
        describe(d.get(), name, {scale}, axes, long_name, "");
    }

  private:
    void describe(hid_t d, const std::string& name, const std::vector<hid_t>& scales,
                  const std::string& axes, const std::string& long_name, const std::string& units) {
        hdf5::write_string_attribute(d, "long_name", long_name, where(name));
        if (!units.empty()) hdf5::write_string_attribute(d, "units", units, where(name));
        hdf5::write_string_attribute(d, "axis_order", axes, where(name));
        for (unsigned i = 0; i < scales.size(); ++i) attach_scale(d, scales[i], i, where(name));
    }

    hid_t group_;
    std::string path_, file_name_;
};

void write_measures(hid_t design_group, const std::string& design_path, const models::DesignRun& d,
                    const std::vector<std::string>& factor_names,
                    const std::vector<std::string>& output_names, const std::string& file_name) {
    const std::string path = design_path + "/measures";
    hdf5::Group group =
        hdf5::create_ordered_group(design_group, "measures", path + " in " + file_name);
    GroupWriter w(group.get(), path, file_name);
    hdf5::Dataset output = w.scale_of_names("output", output_names, "the output's name");
    hdf5::Dataset factor = w.scale_of_names("factor", factor_names, "the factor's name");
    const std::size_t m = output_names.size(), k = factor_names.size();
    const std::vector<hsize_t> dims{m, k};
    const std::vector<hid_t> scales{output.get(), factor.get()};
    for (const MeasureTable& t : measure_tables(d, k)) {
        w.numbers(t.name, t.value, dims, scales, "output,factor", t.long_name);
        if (!t.interval) continue;
        w.numbers(t.name + "_low", t.low, dims, scales, "output,factor",
                  "low end of the bootstrap interval of " + t.name);
        w.numbers(t.name + "_high", t.high, dims, scales, "output,factor",
                  "high end of the bootstrap interval of " + t.name);
    }
    std::vector<std::int64_t> rank(m * k, 0);
    for (std::size_t o = 0; o < m; ++o)
        for (std::size_t r = 0; r < d.analysis[o].ranking.size(); ++r)
            rank[o * k + d.analysis[o].ranking[r]] = static_cast<std::int64_t>(r + 1);
    w.integers("rank", rank, dims, scales, "output,factor",
               "the factor's rank by influence for the output (1: most influential)");
    // Per output.
    std::vector<double> extra_a(m, NAN), extra_b(m, NAN), extra_c(m, NAN);
    const auto kind = d.plan.design.kind;
    for (std::size_t o = 0; o < m; ++o) {
        const auto& a = d.analysis[o];
        if (a.sobol) extra_a[o] = a.sobol->variance;
        if (a.oat) extra_a[o] = a.oat->baseline;
        if (a.regression) {
            extra_a[o] = a.regression->r_squared.value;
            extra_b[o] = a.regression->r_squared.low;
            extra_c[o] = a.regression->r_squared.high;
        }
    }
    const std::vector<hsize_t> per_output{m};
    if (kind == sweeps::DesignKind::Sobol)
        w.numbers("variance", extra_a, per_output, {output.get()}, "output",
                  "variance of the output over the points of A and B");
    if (kind == sweeps::DesignKind::OneAtATime)
        w.numbers("baseline", extra_a, per_output, {output.get()}, "output",
                  "the output with every factor at the scenario's own value");
    if (kind == sweeps::DesignKind::LatinHypercube || kind == sweeps::DesignKind::External) {
        w.numbers("r_squared", extra_a, per_output, {output.get()}, "output",
                  "R^2 of the linear regression on the factors");
        w.numbers("r_squared_low", extra_b, per_output, {output.get()}, "output",
                  "low end of the bootstrap interval of r_squared");
        w.numbers("r_squared_high", extra_c, per_output, {output.get()}, "output",
                  "high end of the bootstrap interval of r_squared");
    }
    hdf5::write_string_attribute(group.get(), "influence_measure",
                                 d.analysis.empty() ? "" : d.analysis.front().measure,
                                 path + " in " + file_name);
}

}  // namespace

void write_design_group(hid_t designs, const models::DesignRun& d,
                        const std::vector<SweepFactorInfo>& factors,
                        const std::vector<SweepOutputInfo>& outputs, std::size_t replications,
                        bool keep_replications, const std::string& file_name) {
    const std::string name = d.plan.name();
    const std::string path = "/designs/" + name;
    hdf5::Group group = hdf5::create_ordered_group(designs, name, path + " in " + file_name);
    GroupWriter w(group.get(), path, file_name);
    std::vector<std::string> factor_names, output_names;
    for (const auto& f : factors) factor_names.push_back(f.name);
    for (const auto& o : outputs) output_names.push_back(o.name);
    const std::size_t n = d.points(), k = factors.size(), m = outputs.size();

    hdf5::Dataset point = w.scale_of_indices("point", n, "the design point's index");
    hdf5::Dataset factor = w.scale_of_names("factor", factor_names, "the factor's name");
    hdf5::Dataset output = w.scale_of_names("output", output_names, "the output's name");
    w.numbers("coordinates", d.plan.design.unit, {n, k}, {point.get(), factor.get()},
              "point,factor",
              "the point in the unit cube: a level (one at a time, factorial, Morris) or a "
              "probability (Latin hypercube, Sobol); NaN: the scenario's own value");
    w.numbers("factor_values", d.plan.values, {n, k}, {point.get(), factor.get()}, "point,factor",
              "the factor's value at the point; NaN: the scenario's own value");
    std::vector<std::int64_t> block(d.plan.design.block.begin(), d.plan.design.block.end());
    std::vector<std::int64_t> row(d.plan.design.row.begin(), d.plan.design.row.end());
    w.integers("block", block, {n}, {point.get()}, "point",
               "the point's block: its factor (one at a time), trajectory (Morris) or matrix "
               "(Sobol: 0 A, i AB_i, k + 1 B)");
    w.integers("row", row, {n}, {point.get()}, "point",
               "the point's row in its block: its end (one at a time), step (Morris), sample "
               "(Sobol)");

    std::vector<double> value(n * m, NAN), mcse(n * m, NAN);
    std::vector<std::int64_t> ran(n, 0);
    for (std::size_t p = 0; p < n; ++p) {
        ran[p] = d.values[p].empty() ? 0 : d.errors[p].empty() ? 1 : -1;
        for (std::size_t o = 0; o < m && o < d.analysis.size(); ++o) {
            value[p * m + o] = d.analysis[o].value[p];
            mcse[p * m + o] = d.analysis[o].mcse[p];
        }
    }
    w.numbers("output_values", value, {n, m}, {point.get(), output.get()}, "point,output",
              "each output's statistic over the point's replications (units: /outputs/units)");
    w.numbers("output_mcse", mcse, {n, m}, {point.get(), output.get()}, "point,output",
              "Monte Carlo standard error of output_values");
    w.integers("status", ran, {n}, {point.get()}, "point",
               "1 ran, -1 could not run (see error), 0 not run (an interrupted sweep)");
    w.strings("error", d.errors, point.get(), "point",
              "why the point could not run; empty when it ran");
    if (keep_replications) {
        hdf5::Dataset replication =
            w.scale_of_indices("replication", replications, "the replication's index");
        std::vector<double> all(n * replications * m, NAN);
        for (std::size_t p = 0; p < n; ++p)
            if (!d.values[p].empty())
                std::copy(d.values[p].begin(), d.values[p].end(),
                          all.begin() + static_cast<std::ptrdiff_t>(p * replications * m));
        w.numbers("replication_values", all, {n, replications, m},
                  {point.get(), replication.get(), output.get()}, "point,replication,output",
                  "each replication's value of each output (a target: 1 met, 0 not)");
    }
    write_measures(group.get(), path, d, factor_names, output_names, file_name);
}

}  // namespace wfsim::output
