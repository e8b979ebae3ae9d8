// libFuzzer target: any bytes as a scenario file, read and checked (the guard, yaml-cpp, the
// schema), nothing more: no calibration, and no reading back of the resolved YAML, which costs as
// much again for an accepted input (the resolution target does both), so that it runs at
// thousands of inputs a second.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace wfsim;
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)models::load_scenario_text(text, "fuzz.yaml");
    } catch (const models::ScenarioError& e) {
        fuzz::check_refusal(e);
    }
    return 0;
}
