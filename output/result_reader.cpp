#include "output/result_reader.hpp"

#include <hdf5_hl.h>

#include <limits>

#include "output/axes.hpp"
#include "output/hdf5_io.hpp"

namespace wfsim::output {
namespace {

herr_t collect_name(hid_t, const char* name, const H5L_info_t*, void* names) {
    static_cast<std::vector<std::string>*>(names)->emplace_back(name);
    return 0;
}

}  // namespace

struct ResultReader::Impl {
    std::string path;
    hdf5::File file;

    std::string where(const std::string& object_path) const { return object_path + " in " + path; }

    bool exists(const std::string& object_path) const {
        hdf5::silence_error_printing();  // this thread may not be the one that opened the file
        if (object_path.empty() || object_path.front() != '/') return false;
        std::string prefix;
        std::size_t start = 1;
        while (start <= object_path.size()) {
            std::size_t end = object_path.find('/', start);
            if (end == std::string::npos) end = object_path.size();
            if (end > start) {
                prefix += '/';
                prefix.append(object_path, start, end - start);
                const htri_t found = H5Lexists(file.get(), prefix.c_str(), H5P_DEFAULT);
                if (found <= 0) {
                    H5Eclear2(H5E_DEFAULT);
                    return false;
                }
            }
            start = end + 1;
        }
        return true;
    }

    void require(const std::string& object_path) const {
        if (!exists(object_path))
            throw OutputError("cannot read " + where(object_path) + ": there is no such object");
    }

    hdf5::Object object(const std::string& object_path) const {
        require(object_path);
        return hdf5::Object(hdf5::check(H5Oopen(file.get(), object_path.c_str(), H5P_DEFAULT),
                                        "open", where(object_path)));
    }

    hdf5::Dataset dataset(const std::string& dataset_path) const {
        require(dataset_path);
        return hdf5::Dataset(hdf5::check(H5Dopen2(file.get(), dataset_path.c_str(), H5P_DEFAULT),
                                         "open dataset", where(dataset_path)));
    }
};

ResultReader::ResultReader(const std::string& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path;
    hdf5::PropertyList fapl = hdf5::file_access_list(path);
    if (H5Fis_hdf5(path.c_str()) == 0) throw OutputError(path + " is not an HDF5 file");
    H5Eclear2(H5E_DEFAULT);  // a missing file is reported by the open below
    impl_->file = hdf5::File(hdf5::check(H5Fopen(path.c_str(), H5F_ACC_RDONLY, fapl.get()),
                                         "open the result file", path));
    if (!has_attribute("/", "format_version"))
        throw OutputError(path + " is not a wfsim result file (it has no format_version)");
    const auto version = integer_attribute("/", "format_version");
    if (version < kOldestReadableFormatVersion || version > kFormatVersion)
        throw OutputError(path + " has format_version " + std::to_string(version) +
                          "; this wfsim reads versions " +
                          std::to_string(kOldestReadableFormatVersion) + " to " +
                          std::to_string(kFormatVersion));
}

ResultReader::ResultReader(ResultReader&&) noexcept = default;
ResultReader& ResultReader::operator=(ResultReader&&) noexcept = default;
ResultReader::~ResultReader() = default;

const std::string& ResultReader::path() const {
    return impl_->path;
}

bool ResultReader::exists(const std::string& object_path) const {
    return object_path == "/" || impl_->exists(object_path);
}

std::vector<std::string> ResultReader::children(const std::string& group_path) const {
    using hdf5::check;
    hdf5::silence_error_printing();
    const std::string where = impl_->where(group_path);
    if (group_path != "/") impl_->require(group_path);
    hdf5::Group group(
        check(H5Gopen2(impl_->file.get(), group_path.c_str(), H5P_DEFAULT), "open group", where));
    hdf5::PropertyList gcpl(check(H5Gget_create_plist(group.get()), "inspect", where));
    unsigned order = 0;
    check(H5Pget_link_creation_order(gcpl.get(), &order), "inspect", where);
    const H5_index_t index =
        (order & H5P_CRT_ORDER_INDEXED) != 0 ? H5_INDEX_CRT_ORDER : H5_INDEX_NAME;
    std::vector<std::string> names;
    check(H5Literate(group.get(), index, H5_ITER_INC, nullptr, collect_name, &names),
          "list the members of", where);
    return names;
}

bool ResultReader::has_attribute(const std::string& object_path, const std::string& name) const {
    if (!exists(object_path)) return false;
    hdf5::Object o = impl_->object(object_path);
    return hdf5::attribute_exists(o.get(), name, impl_->where(object_path));
}

std::string ResultReader::string_attribute(const std::string& object_path,
                                           const std::string& name) const {
    hdf5::Object o = impl_->object(object_path);
    return hdf5::read_string_attribute(o.get(), name, impl_->where(object_path));
}

std::vector<std::string> ResultReader::strings_attribute(const std::string& object_path,
                                                         const std::string& name) const {
    hdf5::Object o = impl_->object(object_path);
    return hdf5::read_strings_attribute(o.get(), name, impl_->where(object_path));
}

double ResultReader::number_attribute(const std::string& object_path,
                                      const std::string& name) const {
    hdf5::Object o = impl_->object(object_path);
    return hdf5::read_scalar_attribute<double>(o.get(), name, impl_->where(object_path));
}

std::int64_t ResultReader::integer_attribute(const std::string& object_path,
                                             const std::string& name) const {
    hdf5::Object o = impl_->object(object_path);
    return hdf5::read_scalar_attribute<std::int64_t>(o.get(), name, impl_->where(object_path));
}

std::uint64_t ResultReader::unsigned_attribute(const std::string& object_path,
                                               const std::string& name) const {
    hdf5::Object o = impl_->object(object_path);
    return hdf5::read_scalar_attribute<std::uint64_t>(o.get(), name, impl_->where(object_path));
}

std::vector<std::string> ResultReader::strings(const std::string& dataset_path) const {
    hdf5::Dataset d = impl_->dataset(dataset_path);
    return hdf5::read_strings_dataset(d.get(), impl_->where(dataset_path));
}

std::vector<std::int64_t> ResultReader::integers(const std::string& dataset_path) const {
    hdf5::Dataset d = impl_->dataset(dataset_path);
    return hdf5::read_whole_dataset<std::int64_t>(d.get(), impl_->where(dataset_path));
}

NumericArray ResultReader::numbers(const std::string& dataset_path) const {
    hdf5::Dataset d = impl_->dataset(dataset_path);
    const std::string where = impl_->where(dataset_path);
    NumericArray out;
    for (hsize_t n : hdf5::dataset_shape(d.get(), where))
        out.shape.push_back(static_cast<std::size_t>(n));
    out.values = hdf5::read_whole_dataset<double>(d.get(), where);
    return out;
}

std::vector<std::size_t> ResultReader::shape(const std::string& dataset_path) const {
    hdf5::Dataset d = impl_->dataset(dataset_path);
    std::vector<std::size_t> out;
    for (hsize_t n : hdf5::dataset_shape(d.get(), impl_->where(dataset_path)))
        out.push_back(static_cast<std::size_t>(n));
    return out;
}

NumericArray ResultReader::block(const std::string& dataset_path,
                                 const std::vector<std::size_t>& start,
                                 const std::vector<std::size_t>& count) const {
    using hdf5::check;
    hdf5::Dataset d = impl_->dataset(dataset_path);
    const std::string where = impl_->where(dataset_path);
    const auto shape = hdf5::dataset_shape(d.get(), where);
    if (start.size() != shape.size() || count.size() != shape.size())
        throw OutputError("cannot read a block of " + where + ": it has " +
                          std::to_string(shape.size()) + " dimensions");
    NumericArray out;
    std::size_t total = 1;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (start[i] + count[i] > shape[i])
            throw OutputError("cannot read a block of " + where + ": it lies outside the dataset");
        out.shape.push_back(count[i]);
        total *= count[i];
    }
    out.values.resize(total);
    if (total == 0) return out;
    const std::vector<hsize_t> first(start.begin(), start.end()), size(count.begin(), count.end());
    hdf5::Dataspace file_space(check(H5Dget_space(d.get()), "inspect", where));
    check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, first.data(), nullptr, size.data(),
                              nullptr),
          "select a block of", where);
    hdf5::Dataspace memory(
        check(H5Screate_simple(static_cast<int>(size.size()), size.data(), nullptr),
              "create space for", where));
    check(H5Dread(d.get(), H5T_NATIVE_DOUBLE, memory.get(), file_space.get(), H5P_DEFAULT,
                  out.values.data()),
          "read a block of", where);
    return out;
}

bool ResultReader::scale_attached(const std::string& dataset_path, const std::string& scale_path,
                                  unsigned dim) const {
    hdf5::Dataset d = impl_->dataset(dataset_path);
    hdf5::Dataset scale = impl_->dataset(scale_path);
    const htri_t attached = H5DSis_attached(d.get(), scale.get(), dim);
    if (attached < 0) {
        H5Eclear2(H5E_DEFAULT);
        return false;  // e.g. dim out of range
    }
    return attached > 0;
}

FileMetadata ResultReader::metadata() const {
    FileMetadata m;
    auto text = [&](const char* name) { return string_attribute("/", name); };
    m.format_version = static_cast<int>(integer_attribute("/", "format_version"));
    m.wfsim_version = text("wfsim_version");
    m.scenario_name = text("scenario_name");
    m.scenario_path = text("scenario_path");
    m.scenario_yaml = text("scenario_yaml");
    m.scenario_resolved_yaml = text("scenario_resolved_yaml");
    m.command_line = text("command_line");
    m.created = text("created");
    m.axis_order = text("axis_order");
    m.seed = unsigned_attribute("/", "seed");
    m.replications_requested = integer_attribute("/", "replications_requested");
    m.replications = integer_attribute("/", "replications");
    m.complete = integer_attribute("/", "complete") != 0;
    m.threads = static_cast<int>(integer_attribute("/", "threads"));
    m.elapsed_seconds = has_attribute("/", "elapsed_seconds")
                            ? number_attribute("/", "elapsed_seconds")
                            : std::numeric_limits<double>::quiet_NaN();
    m.variants = strings_attribute("/", "variants");
    return m;
}

Axes ResultReader::axes() const {
    using namespace path;
    Axes a;
    a.periods = strings(std::string(kPeriod));
    a.period_days = integers(std::string(kPeriodDays));
    a.financial_years = strings(std::string(kFinancialYear));
    a.fy_first_period = integers(std::string(kFinancialYearFirstPeriod));
    a.units = strings(std::string(kUnit));
    a.unit_kinds = strings(std::string(kUnitKind));
    a.unit_sectors = strings(std::string(kUnitSector));
    return a;
}

std::vector<std::string> ResultReader::variants() const {
    return strings_attribute("/", "variants");
}

std::vector<std::int64_t> ResultReader::replications(const std::string& variant) const {
    return integers(path::replication(variant));
}

std::vector<std::string> ResultReader::metrics(const std::string& variant, Period period) const {
    std::vector<std::string> names;
    for (auto& name : children(path::values_group(variant, period)))
        if (!is_coordinate_name(name)) names.push_back(std::move(name));
    return names;
}

NumericArray ResultReader::values(const std::string& variant, Period period,
                                  const std::string& metric) const {
    return numbers(path::values(variant, period, metric));
}

NumericArray ResultReader::summary(const std::string& variant, Period period,
                                   const std::string& metric, Statistic statistic) const {
    return numbers(path::summary(variant, period, metric, statistic));
}

}  // namespace wfsim::output
