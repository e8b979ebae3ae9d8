#include "output/result_writer.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <set>
#include <stdexcept>

#include "models/metrics/derived_metrics.hpp"
#include "output/axes.hpp"
#include "output/file_layout.hpp"
#include "output/hdf5_io.hpp"
#include "output/metric_description.hpp"
#include "output/outcome_tables.hpp"
#include "output/result_placement.hpp"
#include "output/sha256.hpp"
#include "output/temporary_file.hpp"
#include "output/variant_costs.hpp"
#include "output/variant_differences.hpp"
#include "output/variant_output.hpp"

namespace wfsim::output {
namespace {

void validate(const models::ResultLayout& layout, const sim::TimeAxis& axis,
              const std::vector<std::string>& variants) {
    if (layout.months != axis.months())
        throw std::invalid_argument("result layout and time axis disagree on the months");
    const auto& u = layout.units;
    if (u.size() < 1 || u.kinds.size() != u.names.size() ||
        u.sector_of_group.size() != static_cast<std::size_t>(u.groups))
        throw std::invalid_argument("result layout has an inconsistent unit axis");
    for (int s : u.sector_of_group)
        if (s < 0 || s >= u.size()) throw std::invalid_argument("group sector index out of range");
    std::set<std::string> names;
    for (const auto& m : describe_metrics(layout))
        if (!is_valid_name(m.name) || !names.insert(m.name).second)
            throw std::invalid_argument("metric name '" + m.name + "' is invalid or repeated");
    std::set<std::string> seen;
    if (variants.empty()) throw std::invalid_argument("a result file needs at least one variant");
    for (const auto& v : variants)
        if (!is_valid_name(v) || !seen.insert(v).second)
            throw std::invalid_argument("variant name '" + v + "' is invalid or repeated");
    // Fails now, with the name of the missing metric, rather than at the first append.
    const std::vector<double> zeros(layout.values_per_replication(), 0.0);
    (void)models::derive_monthly(layout, axis, zeros.data());
}

}  // namespace

struct ResultWriter::Impl {
    Impl(std::string final_path_, const RunMetadata& metadata_, const models::ResultLayout& layout_,
         const sim::TimeAxis& axis_, std::vector<std::string> variant_names_)
        : final_path(std::move(final_path_)),
          temporary_path(temporary_path_for(final_path)),
          metadata(metadata_),
          layout(layout_),
          axis(axis_),
          metrics(describe_metrics(layout)),
          variant_names(std::move(variant_names_)),
          last_replication(variant_names.size(), -1) {}

    void open();
    void write_root_metadata();
    void append(std::size_t variant, std::size_t replication, const models::ReplicationResult&);
    void finish(bool complete, double elapsed_seconds);

    void discard() noexcept {
        disarm_signal_cleanup();
        variants.clear();
        variants_group.reset();
        scales = AxisScales{};
        file.reset();
        std::remove(temporary_path.c_str());
    }

    std::string final_path, temporary_path;
    RunMetadata metadata;
    models::ResultLayout layout;
    sim::TimeAxis axis;
    std::vector<MetricDescription> metrics;
    std::vector<std::string> variant_names;
    std::vector<std::int64_t> last_replication;
    models::outcomes::OutcomeResults outcomes;
    std::vector<TableWriter> table_writers;
    bool finished = false;
    bool broken = false;  // an append or finish failed part way: the file is not to be trusted
    // HDF5 objects last, the file first among them, so that destruction closes it last.
    hdf5::File file;
    AxisScales scales;
    hdf5::Group variants_group;
    std::vector<VariantOutput> variants;
};

void ResultWriter::Impl::open() {
    using hdf5::check;
    const std::string& where = temporary_path;
    hdf5::PropertyList fapl = hdf5::file_access_list(where);
    // Closing the file fails while any object is open, so a forgotten handle cannot leave the
    // renamed file unflushed.
    check(H5Pset_fclose_degree(fapl.get(), H5F_CLOSE_SEMI), "set the close mode of", where);
    hdf5::PropertyList fcpl(check(H5Pcreate(H5P_FILE_CREATE), "create a file list for", where));
    check(H5Pset_link_creation_order(fcpl.get(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
          "track creation order in", where);
    remove_stale_temporaries(final_path);
    arm_signal_cleanup(temporary_path);
    const hid_t created = H5Fcreate(where.c_str(), H5F_ACC_TRUNC, fcpl.get(), fapl.get());
    if (created < 0) {
        // A missing directory is named as the user gave it, not through the temporary's name.
        if (auto message = missing_directory_message(final_path)) {
            hdf5::take_error_message();  // clears HDF5's error stack
            throw OutputError(*message);
        }
        hdf5::fail("create the result file", where + " (for " + final_path + ")");
    }
    file = hdf5::File(created);
    write_root_metadata();
    scales = write_axes(file.get(), layout, axis, where);
    variants_group = hdf5::create_ordered_group(file.get(), "variants",
                                                std::string(path::kVariants) + " in " + where);
    const VariantShape shape{static_cast<hsize_t>(layout.months),
                             static_cast<hsize_t>(axis.financial_years().size()),
                             static_cast<hsize_t>(layout.units.size()),
                             static_cast<hsize_t>(metadata.replications_requested)};
    variants.reserve(variant_names.size());
    for (const auto& name : variant_names)
        variants.emplace_back(variants_group.get(), name, metrics, shape, scales, where);
}

void ResultWriter::Impl::write_root_metadata() {
    const hid_t root = file.get();
    const std::string where = "/ in " + temporary_path;
    const RunMetadata& m = metadata;
    hdf5::write_scalar_attribute<std::int32_t>(root, "format_version", kFormatVersion, where);
    hdf5::write_string_attribute(root, "wfsim_version", m.wfsim_version, where);
    hdf5::write_string_attribute(root, "source_version", m.source_version, where);
    hdf5::write_string_attribute(root, "scenario_name", m.scenario_name, where);
    hdf5::write_string_attribute(root, "scenario_path", m.scenario_path, where);
    hdf5::write_string_attribute(root, "scenario_yaml", m.scenario_yaml, where);
    hdf5::write_string_attribute(root, "scenario_sha256", sha256_hex(m.scenario_yaml), where);
    hdf5::write_strings_attribute(root, "overrides", m.overrides, where);
    hdf5::write_string_attribute(root, "staff_records_path", m.staff_records_path, where);
    hdf5::write_string_attribute(root, "staff_records_sha256", m.staff_records_sha256, where);
    hdf5::write_string_attribute(root, "scenario_resolved_yaml", m.scenario_resolved_yaml, where);
    hdf5::write_scalar_attribute<std::uint64_t>(root, "seed", m.seed, where);
    hdf5::write_scalar_attribute<std::int64_t>(
        root, "replications_requested", static_cast<std::int64_t>(m.replications_requested), where);
    hdf5::write_scalar_attribute<std::int32_t>(root, "threads",
                                               static_cast<std::int32_t>(m.threads), where);
    hdf5::write_string_attribute(root, "command_line", m.command_line, where);
    hdf5::write_string_attribute(root, "created", utc_timestamp(), where);
    hdf5::write_string_attribute(root, "axis_order", axis_order(Period::Monthly, true), where);
    hdf5::write_strings_attribute(root, "variants", variant_names, where);
    // Until finish() says otherwise the file is incomplete.
    hdf5::write_scalar_attribute<std::int32_t>(root, "complete", 0, where);
    hdf5::write_scalar_attribute<std::int64_t>(root, "replications", 0, where);
}

void ResultWriter::Impl::append(std::size_t variant, std::size_t replication,
                                const models::ReplicationResult& result) {
    if (finished) throw std::logic_error("append() after finish()");
    if (broken)
        throw OutputError("cannot append to " + temporary_path + ": an earlier write failed");
    if (variant >= variants.size()) throw std::out_of_range("variant index out of range");
    if (result.values.size() != layout.values_per_replication())
        throw std::invalid_argument("replication result does not match the result layout");
    if (replication > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max()) ||
        static_cast<std::int64_t>(replication) <= last_replication[variant])
        throw std::invalid_argument("replications of a variant must be appended in index order");

    const std::size_t per_metric_month = static_cast<std::size_t>(layout.units.size());
    const std::size_t months = static_cast<std::size_t>(layout.months);
    const std::size_t fys = axis.financial_years().size();
    const std::size_t additive = layout.metrics.size();
    const std::vector<double> derived = models::derive_monthly(layout, axis, result.values.data());
    const std::vector<double> fy =
        models::financial_year_values(layout, axis, result.values.data());
    const std::vector<double> fy_derived = models::derive_financial_years(layout, axis, fy.data());

    std::vector<const double*> monthly_rows, fy_rows;
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        const bool is_additive = i < additive;
        const std::size_t d = is_additive ? i : i - additive;
        monthly_rows.push_back((is_additive ? result.values.data() : derived.data()) +
                               d * months * per_metric_month);
        fy_rows.push_back((is_additive ? fy.data() : fy_derived.data()) +
                          d * fys * per_metric_month);
    }
    broken = true;  // until every dataset has its row
    variants[variant].append(static_cast<std::int64_t>(replication), monthly_rows, fy_rows);
    broken = false;
    last_replication[variant] = static_cast<std::int64_t>(replication);
}

void ResultWriter::Impl::finish(bool complete, double elapsed_seconds) {
    if (finished) throw std::logic_error("finish() called twice");
    if (broken) throw OutputError("cannot finish " + temporary_path + ": an earlier write failed");
    broken = true;  // until the rename succeeds
    // Each variant beside the first (the baseline): its paired differences and cost-effectiveness,
    // read back from the datasets before they are closed.
    for (std::size_t v = 1; v < variants.size(); ++v) {
        write_variant_differences(variants.front(), variants[v]);
        write_cost_effectiveness(variants.front(), variants[v], axis);
    }
    std::size_t stored = std::numeric_limits<std::size_t>::max();
    for (auto& v : variants) {
        v.finish(metadata.threads);
        stored = std::min(stored, v.replications().size());
    }
    write_outcome_tables(file.get(), outcomes, temporary_path);
    for (const auto& write : table_writers) write(file.get(), scales.values, temporary_path);
    const bool is_complete = complete && stored >= metadata.replications_requested;
    const std::string where = "/ in " + temporary_path;
    hdf5::write_scalar_attribute<std::int64_t>(file.get(), "replications",
                                               static_cast<std::int64_t>(stored), where);
    hdf5::write_scalar_attribute<std::int32_t>(file.get(), "complete", is_complete ? 1 : 0, where);
    hdf5::write_scalar_attribute<double>(file.get(), "elapsed_seconds", elapsed_seconds, where);

    variants.clear();
    variants_group.close(std::string(path::kVariants) + " in " + temporary_path);
    scales.period.close(std::string(path::kPeriod) + " in " + temporary_path);
    scales.fy.close(std::string(path::kFinancialYear) + " in " + temporary_path);
    scales.unit.close(std::string(path::kUnit) + " in " + temporary_path);
    file.close(temporary_path);
    sync_to_disk(temporary_path);
    if (!is_complete) final_path = incomplete_result_path(final_path, stored);
    if (std::rename(temporary_path.c_str(), final_path.c_str()) != 0)
        throw OutputError("cannot rename " + temporary_path + " to " + final_path + ": " +
                          std::strerror(errno));
    disarm_signal_cleanup();
    broken = false;
    finished = true;
}

ResultWriter::ResultWriter(std::string final_path, const RunMetadata& metadata,
                           const models::ResultLayout& layout, const sim::TimeAxis& axis,
                           std::vector<std::string> variants) {
    validate(layout, axis, variants);
    impl_ =
        std::make_unique<Impl>(std::move(final_path), metadata, layout, axis, std::move(variants));
    try {
        impl_->open();
    } catch (...) {
        impl_->discard();
        throw;
    }
}

ResultWriter::ResultWriter(ResultWriter&&) noexcept = default;

ResultWriter::~ResultWriter() {
    if (impl_ && !impl_->finished) {
        hdf5::silence_error_printing();
        impl_->discard();
    }
}

void ResultWriter::append(std::size_t variant, std::size_t replication,
                          const models::ReplicationResult& result) {
    hdf5::silence_error_printing();  // this thread may not be the one that opened the file
    impl_->append(variant, replication, result);
}

void ResultWriter::set_outcomes(models::outcomes::OutcomeResults outcomes) {
    impl_->outcomes = std::move(outcomes);
}

void ResultWriter::add_tables(TableWriter write) {
    impl_->table_writers.push_back(std::move(write));
}

void ResultWriter::finish(bool complete, double elapsed_seconds) {
    hdf5::silence_error_printing();
    impl_->finish(complete, elapsed_seconds);
}

const std::string& ResultWriter::final_path() const {
    return impl_->final_path;
}
const std::string& ResultWriter::temporary_path() const {
    return impl_->temporary_path;
}

}  // namespace wfsim::output
