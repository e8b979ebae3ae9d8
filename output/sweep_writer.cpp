#include "output/sweep_writer.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"
#include "output/sha256.hpp"
#include "output/sweep_design_group.hpp"
#include "output/table_columns.hpp"
#include "output/temporary_file.hpp"

namespace wfsim::output {
namespace {

void write_root(hid_t root, const SweepMetadata& m, const std::vector<models::DesignRun>& designs,
                const std::string& where) {
    using namespace hdf5;
    std::size_t points = 0, done = 0;
    std::vector<std::string> names;
    for (const auto& d : designs) {
        points += d.points();
        done += d.points_done();
        names.push_back(d.plan.name());
    }
    write_scalar_attribute<std::int32_t>(root, "format_version", kFormatVersion, where);
    write_string_attribute(root, "file_kind", kSweepFileKind, where);
    write_string_attribute(root, "wfsim_version", m.wfsim_version, where);
    write_string_attribute(root, "source_version", m.source_version, where);
    write_string_attribute(root, "sweep_name", m.sweep_name, where);
    write_string_attribute(root, "sweep_description", m.sweep_description, where);
    write_string_attribute(root, "sweep_path", m.sweep_path, where);
    write_string_attribute(root, "sweep_yaml", m.sweep_yaml, where);
    write_string_attribute(root, "sweep_sha256", sha256_hex(m.sweep_yaml), where);
    write_string_attribute(root, "scenario_name", m.scenario_name, where);
    write_string_attribute(root, "scenario_path", m.scenario_path, where);
    write_string_attribute(root, "scenario_yaml", m.scenario_yaml, where);
    write_string_attribute(root, "scenario_sha256", sha256_hex(m.scenario_yaml), where);
    write_string_attribute(root, "design_file_path", m.design_file_path, where);
    write_string_attribute(root, "design_file_sha256", m.design_file_sha256, where);
    write_strings_attribute(root, "designs", names, where);
    write_scalar_attribute<std::uint64_t>(root, "seed", m.seed, where);
    write_scalar_attribute<std::int64_t>(root, "replications",
                                         static_cast<std::int64_t>(m.replications), where);
    write_scalar_attribute<std::int32_t>(root, "common_random_numbers",
                                         m.common_random_numbers ? 1 : 0, where);
    write_string_attribute(root, "calibration", m.calibration, where);
    write_scalar_attribute<std::int32_t>(root, "bootstrap_resamples", m.bootstrap_resamples, where);
    write_scalar_attribute<double>(root, "bootstrap_confidence", m.bootstrap_confidence, where);
    write_scalar_attribute<std::int64_t>(root, "points", static_cast<std::int64_t>(points), where);
    write_scalar_attribute<std::int32_t>(root, "complete", done == points ? 1 : 0, where);
    write_scalar_attribute<std::int32_t>(root, "threads", static_cast<std::int32_t>(m.threads),
                                         where);
    write_string_attribute(root, "command_line", m.command_line, where);
    write_string_attribute(root, "created", utc_timestamp(), where);
    write_scalar_attribute<double>(root, "elapsed_seconds", m.elapsed_seconds, where);
    write_scalar_attribute<double>(root, "setup_seconds", m.setup_seconds, where);
    write_scalar_attribute<double>(root, "simulation_seconds", m.simulation_seconds, where);
}

void write_factor_table(hid_t file, const std::vector<SweepFactorInfo>& factors,
                        const std::string& file_name) {
    const std::string where = "/factors in " + file_name;
    hdf5::Group group = hdf5::create_ordered_group(file, "factors", where);
    hdf5::Dataset scale = write_factor_columns(group.get(), factors, "the sweep file", where);
    std::vector<double> lower, upper;
    for (const auto& f : factors) {
        lower.push_back(f.lower);
        upper.push_back(f.upper);
    }
    TableColumns c(group.get(), scale.get(), factors.size(), "factor", where);
    c.numbers("lower", lower, "low end of the range grid designs span (level 0)");
    c.numbers("upper", upper, "high end of the range grid designs span (level 1)");
}

void write_output_table(hid_t file, const std::vector<SweepOutputInfo>& outputs,
                        const std::string& file_name) {
    const std::string where = "/outputs in " + file_name;
    hdf5::Group group = hdf5::create_ordered_group(file, "outputs", where);
    std::vector<std::string> names, text, description, units;
    for (const auto& o : outputs) {
        names.push_back(o.name);
        text.push_back(o.text);
        description.push_back(o.description);
        units.push_back(o.units);
    }
    hdf5::Dataset scale = write_row_scale(group.get(), "output", names, "the output's name", where);
    TableColumns c(group.get(), scale.get(), names.size(), "output", where);
    c.strings("definition", text, "the metric, unit, period and statistic (or the target)");
    c.strings("description", description, "as the sweep file gives it");
    c.strings("units", units, "units of the output's values");
}

}  // namespace

std::vector<SweepFactorInfo> factor_infos(const std::vector<models::FactorSpec>& factors) {
    std::vector<SweepFactorInfo> out;
    for (const models::FactorSpec& f : factors) {
        const sweeps::FactorDistribution d = f.distribution();
        out.push_back({f.name, f.target.path.text(), f.change, d.text(), f.description,
                       d.grid_lower(), d.grid_upper()});
    }
    return out;
}

hdf5::Dataset write_factor_columns(hid_t group, const std::vector<SweepFactorInfo>& factors,
                                   const std::string& source, const std::string& where) {
    std::vector<std::string> names, path, change, distribution, description;
    for (const auto& f : factors) {
        names.push_back(f.name);
        path.push_back(f.path);
        change.push_back(f.change);
        distribution.push_back(f.distribution);
        description.push_back(f.description);
    }
    hdf5::Dataset scale = write_row_scale(group, "factor", names, "the factor's name", where);
    TableColumns c(group, scale.get(), names.size(), "factor", where);
    c.strings("path", path, "the parameter, as --set names it");
    c.strings("change", change, "how a value applies: set, multiply or add");
    c.strings("distribution", distribution, "the values the factor takes");
    c.strings("description", description, "as " + source + " gives it");
    return scale;
}

void write_sweep_file(const std::string& final_path, const SweepMetadata& metadata,
                      const std::vector<SweepFactorInfo>& factors,
                      const std::vector<SweepOutputInfo>& outputs,
                      const std::vector<models::DesignRun>& designs, bool keep_replications) {
    using hdf5::check;
    const std::string temporary = temporary_path_for(final_path);
    remove_stale_temporaries(final_path);
    arm_signal_cleanup(temporary);
    try {
        hdf5::PropertyList fapl = hdf5::file_access_list(temporary);
        check(H5Pset_fclose_degree(fapl.get(), H5F_CLOSE_SEMI), "set the close mode of", temporary);
        hdf5::PropertyList fcpl(
            check(H5Pcreate(H5P_FILE_CREATE), "create a file list for", temporary));
        check(H5Pset_link_creation_order(fcpl.get(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
              "track creation order in", temporary);
        hdf5::File file(check(H5Fcreate(temporary.c_str(), H5F_ACC_TRUNC, fcpl.get(), fapl.get()),
                              "create the sweep file", temporary + " (for " + final_path + ")"));
        write_root(file.get(), metadata, designs, "/ in " + temporary);
        write_factor_table(file.get(), factors, temporary);
        write_output_table(file.get(), outputs, temporary);
        {
            hdf5::Group group =
                hdf5::create_ordered_group(file.get(), "designs", "/designs in " + temporary);
            for (const models::DesignRun& d : designs)
                write_design_group(group.get(), d, factors, outputs, metadata.replications,
                                   keep_replications, temporary);
        }
        file.close(temporary);
        sync_to_disk(temporary);
        if (std::rename(temporary.c_str(), final_path.c_str()) != 0)
            throw OutputError("cannot rename " + temporary + " to " + final_path + ": " +
                              std::strerror(errno));
    } catch (...) {
        disarm_signal_cleanup();
        std::remove(temporary.c_str());
        throw;
    }
    disarm_signal_cleanup();
}

}  // namespace wfsim::output
