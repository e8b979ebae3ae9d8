// The declarations of the top level of a scenario file.
#include "models/scenario/schema/scenario_schema.hpp"

#include <algorithm>

#include "models/scenario/schema/outcome_schema.hpp"
#include "models/scenario/schema/staff_records_schema.hpp"
#include "models/scenario/schema/variant_schema.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {
namespace {

constexpr const char* kInterventionSectorRule =
    "An intervention's `sector` is the sector of at least one group.";

void check_intervention_sectors(const Scenario& scenario, CheckContext& c) {
    std::vector<std::string> sectors;
    for (const GroupSpec& g : scenario.groups)
        if (std::find(sectors.begin(), sectors.end(), g.sector) == sectors.end())
            sectors.push_back(g.sector);
    for (const VariantSpec& v : scenario.variants)
        for (const InterventionSpec& i : v.interventions) {
            if (i.sector.empty() ||
                std::find(sectors.begin(), sectors.end(), i.sector) != sectors.end())
                continue;
            const std::string message =
                "no group is in sector '" + i.sector + "'" +
                did_you_mean_or_list(i.sector, sectors, "; the sectors are ");
            c.error_at({"variants", v.name, "interventions", i.name, "sector"}, message);
        }
}

ObjectSchema<Scenario> make_scenario_schema() {
    ObjectSchema<Scenario> s("scenario", "The top level of a scenario file.");
    s.whole_number("schema_version", &Scenario::schema_version,
                   {.range_text = "1",
                    .required = true,
                    .meaning = "Version of the scenario format.",
                    .typical = "1",
                    .check = [](const int& v) -> std::optional<std::string> {
                        if (v == kSchemaVersion) return std::nullopt;
                        return "this wfsim reads schema_version 1, not " + std::to_string(v);
                    },
                    .dated = refused("the version of the format")});
    s.text("name", &Scenario::name,
           {.range_text = "not empty",
            .required = true,
            .meaning = "Name shown in outputs and reports.",
            .typical = "Staffordshire and Stoke-on-Trent, NHS trusts baseline",
            .check = [](const std::string& v) -> std::optional<std::string> {
                if (!v.empty()) return std::nullopt;
                return "the name must not be empty";
            },
            .dated = refused(kTextOnly)});
    s.text("description", &Scenario::description,
           {.absent_text = "empty",
            .meaning = "Free text: purpose, sources, assumptions.",
            .typical = "the figures' sources and the date they were taken",
            .dated = refused(kTextOnly)});
    s.date("start", &Scenario::start,
           {.range_text = "the first day of a month",
            .required = true,
            .meaning = "First day simulated.",
            .typical = "2022-04-01 (the start of NHS financial year 2022/23)",
            .check = [](const sim::Date& d) -> std::optional<std::string> {
                const auto ymd = d.ymd();
                if (ymd.day == 1) return std::nullopt;
                return "the start must be the first day of a month, got " + d.iso() + " (use " +
                       sim::Date::from_ymd(ymd.year, ymd.month, 1).iso() + ")";
            },
            .dated = refused(kCalendar)});
    s.whole_number("years",
                   Binding<Scenario, int>([](Scenario& sc, int years) { sc.months = 12 * years; },
                                          [](const Scenario&) { return std::optional<int>(); }),
                   {.unit = "years",
                    .range = closed(1, 100),
                    .meaning = "Run length in whole years (stored as 12 x years months).",
                    .typical = "5 for a five-year plan; 10 for long-range questions",
                    .in_resolved = false,
                    .dated = refused(kCalendar)});
    s.whole_number("months", &Scenario::months,
                   {.unit = "months",
                    .range = closed(1, 1200),
                    .meaning = "Run length in months.",
                    .typical = "24 for a two-year plan (2023-25)",
                    .dated = refused(kCalendar)});
    s.defaults_for("defaults", group_schema(),
                   "Keys every group takes unless it sets them itself, key by key (nested maps "
                   "such as leaving are merged key by key; a distribution or band profile is "
                   "taken whole). Checked on its own, with every key optional.");
    s.named_objects("groups", &Scenario::groups, &GroupSpec::name, group_schema(),
                    "The staff groups, by name, in the order written.", "defaults");
    s.object("staff_records", &Scenario::staff_records, staff_records_schema(),
             "The starting workforce from a CSV file of staff records, one row per person, "
             "instead of one made from each group's size and age profile: each group's "
             "headcount, wte and wte_per_head then come from its records, and each group needs "
             "at least one record.",
             "none: each group gives its size");
    add_system_keys(s);   // population, programmes, shocks, reservists, feedback
    add_outcome_keys(s);  // targets, risks, likelihood bands
    s.optional_named_objects(
        "variants", &Scenario::variants, &VariantSpec::name, variant_schema(),
        "Named sets of interventions run beside the baseline on the same random numbers: "
        "dated changes to parameters and added programmes, with their costs.",
        // The baseline runs beside every variant under its own name (in the result file, on the
        // terminal, in --variants), so a variant of that name would stand for two runs.
        {{"baseline",
          "the baseline runs beside every variant under that name; call the variant what it "
          "changes"}});
    s.alternatives({.keys = {"years", "months"},
                    .capacity = 1,
                    .required = true,
                    .rule = "Give exactly one of `years` and `months`."});
    s.check(kGroupSizeRule, check_group_sizes);
    s.check(kAsOfRule, check_staff_records_as_of);
    s.check(kInterventionSectorRule, check_intervention_sectors);
    return s;
}

}  // namespace

const ObjectSchema<Scenario>& scenario_schema() {
    static const ObjectSchema<Scenario> schema = make_scenario_schema();
    return schema;
}

}  // namespace wfsim::models::schema
