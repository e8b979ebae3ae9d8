// libFuzzer target: any bytes as a scenario file. Parsing and checking only (no calibration), so
// that it runs at thousands of inputs a second.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace wfsim;
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const auto scenario = models::load_scenario_text(text, "fuzz.yaml");
        fuzz::check_round_trip(scenario);
    } catch (const models::ScenarioError& e) {
        fuzz::check_refusal(e);
    }
    return 0;
}
