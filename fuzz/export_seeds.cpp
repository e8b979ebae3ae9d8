// Writes the fuzz targets' seeds (fuzz_seeds.hpp) to two directories: scripts/fuzz.sh's starting
// corpus. Usage: wfsim_fuzz_seeds SCENARIO_DIR OVERRIDE_DIR
#include <cstdio>
#include <fstream>

#include "fuzz/fuzz_seeds.hpp"

int main(int argc, char** argv) {
    using namespace wfsim::fuzz;
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s SCENARIO_DIR OVERRIDE_DIR\n", argv[0]);
        return 64;
    }
    for (const auto& [kind, dir] :
         {std::pair{SeedKind::Scenario, argv[1]}, std::pair{SeedKind::Override, argv[2]}}) {
        std::filesystem::create_directories(dir);
        for (const Seed& seed : seeds(WFSIM_SOURCE_DIR, kind))
            std::ofstream(std::string(dir) + "/" + seed.name, std::ios::binary) << seed.bytes;
    }
    return 0;
}
