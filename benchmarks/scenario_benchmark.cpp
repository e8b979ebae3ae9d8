// Throughput of one scenario file through the real models, one thread, without the HDF5 file:
// events, wall and CPU ns per event, staff-years/s (establishment WTE-years simulated), and a
// checksum of every value of every replication, so that two builds can be shown to give
// bit-identical results (or not) in the same run that times them.
//
//   scenario_benchmark SCENARIO.yaml [--replications R] [--first F] [--seed S] [--set key=value]...
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "benchmarks/peak_memory.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "models/workforce/workforce_model.hpp"

namespace {

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// FNV-1a over the bytes of the values: equal checksums mean bit-identical results.
std::uint64_t checksum(const std::vector<double>& values, std::uint64_t h) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(values.data());
    for (std::size_t i = 0; i < values.size() * sizeof(double); ++i) {
        h ^= bytes[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

int usage(const char* self) {
    std::fprintf(stderr,
                 "usage: %s SCENARIO.yaml [--replications R] [--first F] [--seed S] "
                 "[--set key=value]...\n",
                 self);
    return 64;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace wfsim;
    if (argc < 2 || argv[1][0] == '-') return usage(argv[0]);
    const std::string path = argv[1];
    int replications = 5;
    std::uint64_t first = 0, seed = 1;
    std::vector<std::string> sets;
    for (int i = 2; i < argc; i += 2) {
        if (i + 1 >= argc) return usage(argv[0]);
        if (!std::strcmp(argv[i], "--replications"))
            replications = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--first"))
            first = std::strtoull(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--seed"))
            seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--set"))
            sets.push_back(argv[i + 1]);
        else
            return usage(argv[0]);
    }
    const double resolve0 = thread_cpu_seconds();
    const models::Scenario scenario =
        models::load_scenario_file(path, models::parse_parameter_overrides(sets));
    const models::ResolvedScenario resolved = models::resolve_scenario(scenario);
    const double resolve_secs = thread_cpu_seconds() - resolve0;
    const double setup0 = thread_cpu_seconds();
    models::WorkforceModel model(resolved);
    const double setup_secs = thread_cpu_seconds() - setup0;
    const auto& layout = model.layout();
    const int total = layout.units.total_unit();
    std::printf(
        "%s: %d replications from %llu, seed %llu, 1 thread; resolution %.2f s cpu, "
        "model set-up %.3f s cpu\n",
        path.c_str(), replications, static_cast<unsigned long long>(first),
        static_cast<unsigned long long>(seed), resolve_secs, setup_secs);
    std::printf("%4s %12s %10s %14s %16s %18s\n", "rep", "events", "ns/event", "cpu ns/event",
                "staff-years/s", "checksum");
    std::vector<double> cpu_per_event, wall_per_event;
    std::uint64_t all = 0xcbf29ce484222325ull;
    for (int k = 0; k < replications; ++k) {
        const std::uint64_t rep = first + static_cast<std::uint64_t>(k);
        const double cpu0 = thread_cpu_seconds();
        const auto t0 = std::chrono::steady_clock::now();
        const auto result = model.run(seed, rep);
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double cpu_secs = thread_cpu_seconds() - cpu0;
        double establishment_days = 0.0;
        for (int m = 0; m < layout.months; ++m)
            establishment_days += result->metric(
                layout, models::kEstablishmentWteDays)[m * layout.units.size() + total];
        const double events = static_cast<double>(result->events);
        const std::uint64_t sum = checksum(result->values, 0xcbf29ce484222325ull);
        all = checksum(result->values, all);
        cpu_per_event.push_back(cpu_secs * 1e9 / events);
        wall_per_event.push_back(secs * 1e9 / events);
        std::printf("%4llu %12.0f %10.1f %14.1f %16.3e %18llx\n",
                    static_cast<unsigned long long>(rep), events, secs * 1e9 / events,
                    cpu_secs * 1e9 / events, establishment_days / models::kDaysPerYear / secs,
                    static_cast<unsigned long long>(sum));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf(
        "median ns/event %.1f, cpu ns/event %.1f; checksum of all %llx; peak RSS %.1f MiB\n",
        median(wall_per_event), median(cpu_per_event), static_cast<unsigned long long>(all),
        bench::peak_rss_mib());
    return 0;
}
