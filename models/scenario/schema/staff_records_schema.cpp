// The declarations of `staff_records`, and the checks across the scenario that come with it:
// as_of is not after the start, and each group's size comes from exactly one place (the
// records, or the group's own keys).
#include "models/scenario/schema/staff_records_schema.hpp"

#include <array>

#include "models/scenario/schema/name_codecs.hpp"

namespace wfsim::models::schema {
namespace {

using GroupNames = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kMissingSize =
    "missing the group's size: give headcount, wte and wte_per_head, or two of headcount, wte "
    "and wte_per_head";

bool has_outer_spaces(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    return !text.empty() && (blank(text.front()) || blank(text.back()));
}

// Values of the file's group column -> scenario group names.
struct GroupNamesCodec {
    using value_type = GroupNames;
    std::string type() const { return "map of file values to group names"; }
    std::string allowed_text() const { return "groups of the scenario (`groups`)"; }

    std::optional<GroupNames> read(const ValueRef& ref, const FieldInfo&, ParseContext& ctx) const {
        if (!ref.node.IsMap()) {
            ctx.reporter.error(ref.position, ref.path,
                               "expected a map of values in the file to group names, found " +
                                   describe_found(ref.node));
            return std::nullopt;
        }
        const MapReader map(ref.node, ref.path, &ctx.reporter);
        GroupNames names;
        bool ok = true;
        for (const MapEntry& entry : map.entries()) {
            const std::string path = join_path(ref.path, entry.key);
            if (entry.key.empty() || has_outer_spaces(entry.key)) {
                ctx.reporter.error(entry.key_position, path,
                                   "a value of the file must not be empty or start or end with a "
                                   "space: values are compared without their outer spaces");
                ok = false;
                continue;
            }
            const ValueRef name_ref = value_ref(entry, path);
            const auto name = read_text(name_ref, ctx.reporter);
            if (!name ||
                !check_reference(*name, name_ref.position, path, "groups", "group", false, ctx)) {
                ok = false;
                continue;
            }
            names.emplace_back(entry.key, *name);
        }
        if (!ok) return std::nullopt;
        return names;
    }

    void describe(FieldInfo& info) const {
        info.collection = Collection::Map;
        info.key_type = "value in the file";
        info.item_type = "group name";
    }

    std::string write(const GroupNames& names) const {
        std::vector<std::pair<std::string, std::string>> entries;
        for (const auto& [value, group] : names)
            entries.emplace_back(YamlWriter::name(value), YamlWriter::name(group));
        return YamlWriter::flow_map(entries);
    }
};

// A nested map whose keys fill members of the object around it (`columns`).
template <class T>
class InlineObjectField final : public FieldBase<T> {
  public:
    InlineObjectField(std::string key, const ObjectSchema<T>& schema, std::string meaning)
        : FieldBase<T>(FieldInfo{.key = std::move(key),
                                 .shape = Shape::Object,
                                 .type = "map",
                                 .presence = Presence::Optional,
                                 .meaning = std::move(meaning),
                                 .object = &schema.info()}),
          schema_(schema) {}

    bool merges_layers() const override { return true; }

    void parse(const FieldInput& input, const ObjectScope& scope, T& out,
               ParseContext& ctx) const override {
        const std::string path = join_path(scope.path, this->info().key);
        const NestedLayers nested = nested_layers(input, scope, path, ctx);
        if (!input.empty() && nested.layers.empty()) return;
        schema_.parse(nested.layers, nested.anchor, path, out, ctx);
    }

    void write(const T& object, YamlWriter& writer) const override {
        writer.begin_map(this->info().key);
        schema_.write(object, writer);
        writer.end_map();
    }

  private:
    const ObjectSchema<T>& schema_;
};

std::optional<std::string> check_heading(const std::string& heading) {
    if (heading.empty()) return "a column heading must not be empty";
    if (has_outer_spaces(heading))
        return "headings are compared without their outer spaces: remove them from '" + heading +
               "'";
    return std::nullopt;
}

void check_distinct_headings(const StaffRecordsSpec& r, CheckContext& c) {
    const std::array<std::pair<const char*, const std::string*>, 5> headings{{
        {"group", &r.group_column},
        {"date_of_birth", &r.date_of_birth_column},
        {"age", &r.age_column},
        {"wte", &r.wte_column},
        {"start_date", &r.start_date_column},
    }};
    for (std::size_t i = 0; i < headings.size(); ++i) {
        for (std::size_t j = i + 1; j < headings.size(); ++j) {
            if (*headings[i].second != *headings[j].second) continue;
            const bool later_given = c.given(headings[j].first);
            const char* at = later_given ? headings[j].first : headings[i].first;
            const char* other = later_given ? headings[i].first : headings[j].first;
            c.error(at, "'" + *headings[j].second + "' is also the heading of columns." + other +
                            ": each column needs its own heading");
        }
    }
}

const ObjectSchema<StaffRecordsSpec>& columns_schema() {
    static const ObjectSchema<StaffRecordsSpec> schema = [] {
        ObjectSchema<StaffRecordsSpec> s("columns",
                                         "Headings of the columns read from the staff records "
                                         "file, matched exactly after trimming spaces.");
        const auto heading = [&](const char* key, std::string StaffRecordsSpec::*member,
                                 std::string meaning, std::string typical) {
            s.text(key, member,
                   {.range_text = "not empty",
                    .default_value = std::string(key),
                    .meaning = std::move(meaning),
                    .typical = std::move(typical),
                    .check = check_heading,
                    .dated = refused(kStartingState)});
        };
        heading("group", &StaffRecordsSpec::group_column,
                "The staff group of each person (required column).", "Staff Group");
        heading("date_of_birth", &StaffRecordsSpec::date_of_birth_column,
                "Date of birth, YYYY-MM-DD or DD/MM/YYYY. Each row gives a date of birth or an "
                "age; the file needs one of the two columns.",
                "Date of Birth");
        heading("age", &StaffRecordsSpec::age_column,
                "Age in years on as_of, 14 to 100, read where a row gives no date of birth.",
                "Age");
        heading("wte", &StaffRecordsSpec::wte_column,
                "Contracted whole-time equivalent, in (0, 1.5] (required column).",
                "Contracted WTE, FTE");
        heading("start_date", &StaffRecordsSpec::start_date_column,
                "Start date, YYYY-MM-DD or DD/MM/YYYY; optional column, and an empty value means "
                "not known. Not after as_of, nor before the person's 14th birthday.",
                "Start Date");
        s.check("The five headings differ from one another.", check_distinct_headings);
        return s;
    }();
    return schema;
}

ObjectSchema<StaffRecordsSpec> make_staff_records_schema() {
    ObjectSchema<StaffRecordsSpec> s("staff records",
                                     "The starting workforce from a CSV file of staff records.");
    s.text("file", &StaffRecordsSpec::file,
           {.range_text = "not empty",
            .required = true,
            .meaning = "The CSV file: a header row, then one row per person (see Starting "
                       "from staff records). A relative path is relative to the directory of "
                       "the scenario file.",
            .typical = "staff_in_post_2022-03.csv",
            .check = [](const std::string& v) -> std::optional<std::string> {
                if (!v.empty()) return std::nullopt;
                return "the file name must not be empty";
            },
            .dated = refused(kStartingState)});
    s.add(std::make_unique<InlineObjectField<StaffRecordsSpec>>(
        "columns", columns_schema(),
        "Headings of the columns read, where the file has its own; other columns are "
        "ignored."));
    s.value<GroupNamesCodec>(
        "groups", &StaffRecordsSpec::group_names,
        {.absent_text = "none: the values are group names",
         .meaning = "Values of the group column -> the group each stands for; several values "
                    "may name one group. A value not mapped here must be a group name.",
         .typical = "{\"Registered Nursing\": registered_nursing, \"Admin & Estates\": "
                    "admin_estates}",
         .dated = refused(kStartingState)});
    s.date("as_of", &StaffRecordsSpec::as_of,
           {.range_text = "not after start",
            .absent_text = "the scenario start",
            .meaning = "The date the records describe: ages are years on this date, and no "
                       "start date is after it.",
            .typical = "2022-03-31, an extract at the end of the year before the start",
            .dated = refused(kStartingState)});
    return s;
}

}  // namespace

const ObjectSchema<StaffRecordsSpec>& staff_records_schema() {
    static const ObjectSchema<StaffRecordsSpec> schema = make_staff_records_schema();
    return schema;
}

void check_group_sizes(const Scenario& scenario, CheckContext& c) {
    for (const GroupSpec& g : scenario.groups) {
        if (!scenario.staff_records) {
            if (g.headcount || g.wte) continue;
            c.error_at(g.wte_per_head ? std::vector<std::string>{"groups", g.name, "wte_per_head"}
                                      : std::vector<std::string>{"groups", g.name},
                       kMissingSize);
            continue;
        }
        const std::array<std::pair<const char*, bool>, 3> sizes{
            {{"headcount", g.headcount.has_value()},
             {"wte", g.wte.has_value()},
             {"wte_per_head", g.wte_per_head.has_value()}}};
        for (const auto& [key, given] : sizes) {
            if (!given) continue;
            c.error_at({"groups", g.name, key},
                       std::string("with staff_records, each group's size (headcount, wte, "
                                   "wte_per_head) comes from its records: remove ") +
                           key + " (from the group, or from defaults), or remove staff_records",
                       true);
        }
    }
}

void check_staff_records_as_of(const Scenario& scenario, CheckContext& c) {
    if (!scenario.staff_records || !scenario.staff_records->as_of) return;
    const sim::Date as_of = *scenario.staff_records->as_of;
    if (as_of <= scenario.start) return;
    c.error_at({"staff_records", "as_of"},
               "as_of " + as_of.iso() + " is after the scenario start " + scenario.start.iso() +
                   ": the records must describe the staff in post at the start or before");
}

}  // namespace wfsim::models::schema
