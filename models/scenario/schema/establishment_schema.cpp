// The declarations of a group's establishment over time and of the bank and agency staff that
// cover part of its gap (groups.<name>.establishment, groups.<name>.temporary_cover).
#include "models/scenario/schema/group_flow_schemas.hpp"
#include "models/scenario/schema/keyed_map_codecs.hpp"

namespace wfsim::models::schema {
namespace {

void check_years_once(const EstablishmentSpec& e, CheckContext& c) {
    for (const FinancialYearValue& wte : e.wte_by_year) {
        for (const FinancialYearValue& growth : e.growth_by_year) {
            if (growth.start_year != wte.start_year) continue;
            const std::string label = sim::Date::financial_year_label(wte.start_year);
            c.error_at({"wte_by_year", label},
                       label +
                           " has both a WTE (wte_by_year) and a growth rate "
                           "(growth_by_year): give one of them for a year",
                       true);
        }
    }
}

ObjectSchema<EstablishmentSpec> make_establishment_schema() {
    ObjectSchema<EstablishmentSpec> s(
        "establishment",
        "The funded WTE over time. It changes at the start of each financial year (1 April) "
        "after the first: by `wte_by_year` where given, else by `growth_by_year` or `growth`, "
        "and with the population index when population_elasticity is set.");
    s.rate("growth", &EstablishmentSpec::growth,
           {.unit = "per year",
            .range = open_closed(-0.5, 1),
            .absent_text = "no growth",
            .meaning = "Change in the establishment at the start of each financial year; a "
                       "negative rate is a cut.",
            .typical = "Mid and South Essex needs just over 7% growth by 2024 (001_0b1a1d3bbbb5ad2b"
                       ".txt), about 1.7% a year over four years",
            .dated = in_force(
                "the establishment's changes at the start of each financial year from the date")});
    s.value<FinancialYearValuesCodec>(
        "growth_by_year", &EstablishmentSpec::growth_by_year,
        {.unit = "per year",
         .absent_text = "`growth` every year",
         .meaning = "Growth for the financial years given, replacing `growth` in those years.",
         .typical = "{2023/24: 2%, 2024/25: 2%, 2025/26: 0%} (an assumption: a plan toward "
                    "001_0b1a1d3bbbb5ad2b.txt's 7% by 2024)",
         .dated = in_force(
             "the establishment's changes at the start of each financial year from the date")},
        FinancialYearValuesCodec{open_closed(-0.5, 1), true});
    s.value<FinancialYearValuesCodec>(
        "wte_by_year", &EstablishmentSpec::wte_by_year,
        {.unit = "WTE",
         .absent_text = "none: growth sets every year",
         .meaning = "The establishment WTE from the start of each financial year given (a "
                    "funded plan), instead of growth in that year.",
         .typical = "a funded plan; Mid and South Essex primary care's additional roles rise "
                    "from about 200 to about 550 (001_0b1a1d3bbbb5ad2b.txt)",
         .dated = in_force(
             "the establishment's changes at the start of each financial year from the date")},
        FinancialYearValuesCodec{above(0), false});
    s.number(
        "population_elasticity", &EstablishmentSpec::population_elasticity,
        {.unit = "elasticity",
         .range = closed(0, 3),
         .default_value = 0.0,
         .meaning = "The establishment follows the population index (top-level "
                    "`population`) to this power: 1 is in proportion, 0 ignores it. Needs "
                    "`population` when above 0.",
         .typical = "0.5-1 for services driven by the over-65 population, which grows "
                    "24.2% by 2033 in Hertfordshire and West Essex (000_9e6fcafd4c89b57b.txt); "
                    "the elasticity itself is an assumption",
         .dated = in_force(
             "the establishment's changes at the start of each financial year from the date")});
    s.check(
        "A financial year has a WTE (wte_by_year) or a growth rate (growth_by_year), not "
        "both.",
        check_years_once);
    return s;
}

ObjectSchema<TemporaryCoverSpec> make_temporary_cover_schema() {
    ObjectSchema<TemporaryCoverSpec> s(
        "temporary cover",
        "Bank and agency staff who fill part of the gap: vacant WTE-days and WTE-days lost to "
        "sickness.");
    s.rate("bank_fill", &TemporaryCoverSpec::bank_fill,
           {.unit = "share of the gap",
            .range = closed(0, 1),
            .default_value = 0.0,
            .meaning = "Share of the gap filled by bank staff.",
            .typical = "30-50% (an assumption: 000_9e6fcafd4c89b57b.txt aims to move staff from "
                       "agency and bank to substantive posts, without a fill rate)",
            .dated = from_month_start("cover for each whole month from the date")});
    s.rate("agency_fill", &TemporaryCoverSpec::agency_fill,
           {.unit = "share of the gap",
            .range = closed(0, 1),
            .default_value = 0.0,
            .meaning = "Share of the gap filled by agency staff.",
            .typical = "5-20% (an assumption)",
            .dated = from_month_start("cover for each whole month from the date")});
    s.number("bank_cost_per_wte_day", &TemporaryCoverSpec::bank_cost_per_wte_day,
             {.unit = "pounds per WTE-day",
              .range = at_least(0),
              .default_value = 0.0,
              .meaning = "Cost of a WTE-day filled by bank staff.",
              .typical = "about £200 (an assumption: 002_d6e0e560a7386522.txt plans to "
                         "streamline bank and agency rates across the system but quotes none)",
              .dated = from_month_start("cover for each whole month from the date")});
    s.number("agency_cost_per_wte_day", &TemporaryCoverSpec::agency_cost_per_wte_day,
             {.unit = "pounds per WTE-day",
              .range = at_least(0),
              .default_value = 0.0,
              .meaning = "Cost of a WTE-day filled by agency staff.",
              .typical = "about £400 (an assumption)",
              .dated = from_month_start("cover for each whole month from the date")});
    s.check(
        "bank_fill + agency_fill is at most 1.", [](const TemporaryCoverSpec& t, CheckContext& c) {
            if (t.bank_fill + t.agency_fill > 1.0 + 1e-9)
                c.error(c.given("agency_fill") ? "agency_fill" : "bank_fill",
                        "bank_fill + agency_fill = " + format_number(t.bank_fill + t.agency_fill) +
                            ": together they fill at most the whole gap (1)");
        });
    return s;
}

}  // namespace

const ObjectSchema<EstablishmentSpec>& establishment_schema() {
    static const ObjectSchema<EstablishmentSpec> schema = make_establishment_schema();
    return schema;
}

const ObjectSchema<TemporaryCoverSpec>& temporary_cover_schema() {
    static const ObjectSchema<TemporaryCoverSpec> schema = make_temporary_cover_schema();
    return schema;
}

}  // namespace wfsim::models::schema
