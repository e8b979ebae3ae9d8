// libFuzzer target: scenarios that load, their resolved YAML read back, calibrated
// (resolve_scenario) and run for one replication of at most two years: the numbers the loader
// lets through must not reach undefined behaviour, an endless loop or a blow-up. Slower than the
// loading target; staff records are not read (no files).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_checks.hpp"
#include "models/calibration/calibration.hpp"
#include "models/workforce/run_footprint.hpp"
#include "models/workforce/workforce_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace wfsim;
    const std::string text(reinterpret_cast<const char*>(data), size);
    models::Scenario scenario;
    try {
        scenario = models::load_scenario_text(text, "fuzz.yaml");
    } catch (const models::ScenarioError& e) {
        fuzz::check_refusal(e);
        return 0;
    }
    fuzz::check_round_trip(scenario);
    if (scenario.staff_records) return 0;
    scenario.months = std::min(scenario.months, 24);
    try {
        const auto resolved = models::resolve_scenario(scenario);
        // The command line refuses a run larger than the memory; so does the target (libFuzzer's
        // own limit is 2 GiB).
        if (models::estimate_footprint(resolved).bytes(1) > 64.0 * 1024 * 1024) return 0;
        models::WorkforceModel model(resolved);
        (void)model.run(1, 0);
    } catch (const models::CalibrationError& e) {
        if (e.located(scenario).str().empty()) fuzz::finding("an empty calibration error");
    } catch (const models::ScenarioError& e) {
        fuzz::check_refusal(e);
    }
    return 0;
}
