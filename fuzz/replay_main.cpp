// A main for a fuzz target in builds without libFuzzer: feeds it every seed (fuzz_seeds.hpp), or
// the files given as arguments (to reproduce a finding), so that the targets build and pass on
// their seeds in every build, with the sanitizers when the build has them.
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz/fuzz_seeds.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    using namespace wfsim;
    std::vector<fuzz::Seed> inputs;
    if (argc > 1) {
        for (int i = 1; i < argc; ++i)
            inputs.push_back({argv[i], testing::read_whole_file(argv[i])});
    } else {
        inputs = fuzz::seeds(WFSIM_SOURCE_DIR, WFSIM_OVERRIDE_TARGET ? fuzz::SeedKind::Override
                                                                     : fuzz::SeedKind::Scenario);
    }
    for (const auto& input : inputs) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.bytes.data()),
                               input.bytes.size());
    }
    std::printf("%zu inputs, no finding\n", inputs.size());
    return inputs.empty() ? 1 : 0;
}
