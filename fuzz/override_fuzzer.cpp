// libFuzzer target: `--set` overrides, applied to a scenario that uses most of the format. The
// input is up to four overrides separated by NUL bytes, each PATH=VALUE as given on the command
// line; parsing and checking only, the base scenario read once.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_checks.hpp"
#include "models/scenario/scenario_tree.hpp"

namespace {

constexpr const char* kScenario = R"(schema_version: 1
name: override target
start: 2024-04-01
years: 2
defaults:
  sector: nhs
  absence: {rate: 5%, spell_days: {lognormal: {mean: 8, sd: 10}}}
groups:
  nurses:
    headcount: 50
    wte_per_head: 0.9
    vacancy_rate: 10%
    age_bands: {under_25: 0.1, 25_54: 0.7, 55_plus: 0.2}
    leaving:
      turnover: 12%
      age_multipliers: {under_25: 1.4, 55_plus: 1.2}
      retirement: {hazard_by_age: {60_64: 0.1, 65_plus: 0.3}}
      to_groups: {porters: 3%}
    recruitment:
      time_to_hire_days: {lognormal: {mean: 90, sd: 30}}
      labour_pool: {experienced_per_year: 30, newly_qualified_per_year: 10}
    establishment: {growth: 1%}
  porters: &porters
    headcount: 20
    leaving: {hazard_per_year: 0.2}
international:
  abroad: {group: nurses, per_year: 2, recruit_months: [3, 9], dropout: 10%}
shocks:
  winter: {groups: [nurses], from: 2024-12-01, to: 2025-02-28, absence_onset: 1.3}
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace wfsim;
    // The base is read once; each input's overrides change a copy of its tree. Overrides of a
    // scenario that does not load would test nothing.
    static const YAML::Node base = [] {
        try {
            models::load_scenario_text(kScenario, "fuzz.yaml");
        } catch (const models::ScenarioError& e) {
            fuzz::finding("the base scenario does not load: " + std::string(e.what()));
        }
        return *models::read_scenario_tree(kScenario);
    }();
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<models::ParameterOverride> overrides;
    while (overrides.size() < 4) {
        const std::size_t end = input.find('\0');
        std::string problem;
        if (auto parsed = models::parse_parameter_override(input.substr(0, end), problem)) {
            overrides.push_back(std::move(*parsed));
        } else if (problem.empty()) {
            fuzz::finding("an override refused without saying why");
        }
        if (end == std::string_view::npos) break;
        input.remove_prefix(end + 1);
    }
    try {
        const auto scenario =
            models::load_scenario_tree(YAML::Clone(base), kScenario, "fuzz.yaml", overrides);
        fuzz::check_round_trip(scenario);
    } catch (const models::ScenarioError& e) {
        fuzz::check_refusal(e);
    }
    return 0;
}
