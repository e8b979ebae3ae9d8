// The engine against the hand-written limit (benchmarks/handwritten_loop.hpp) on the reference
// workload, interleaved in one run so that both see the same machine: each round runs the
// hand-written loop, then the engine, on the same replication. Prints per round the CPU ns per
// event and staff-years per second of both and the throughput ratio engine / hand-written, then
// the medians. Both report leavers per post-year (~0.1165) and the absence share of post-days
// (~0.0406) as a check that they simulate the same workload.
//
//   engine_vs_handwritten_benchmark [--posts N] [--years Y] [--rounds R]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

#include "benchmarks/handwritten_loop.hpp"
#include "benchmarks/peak_memory.hpp"
#include "benchmarks/reference_workload.hpp"
#include "models/calibration/calibration.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/workforce/workforce_model.hpp"

namespace {

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

}  // namespace

int main(int argc, char** argv) {
    long posts = 61000;
    int years = 10, rounds = 7;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc) {
            std::fprintf(stderr, "%s: %s needs a value\n", argv[0], argv[i]);
            return 64;
        }
        if (!std::strcmp(argv[i], "--posts"))
            posts = std::atol(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--years"))
            years = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--rounds"))
            rounds = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: %s [--posts N] [--years Y] [--rounds R]\n", argv[0]);
            return 64;
        }
    }
    using namespace wfsim;
    const models::ResolvedScenario resolved =
        models::resolve_scenario(bench::reference_workload(posts, years));
    models::WorkforceModel engine(resolved);
    bench::HandwrittenLoop hand(posts, years);
    const auto& layout = engine.layout();
    const int total = layout.units.total_unit();
    const double staff_years = static_cast<double>(posts) * years;

    std::printf("reference workload: %ld posts, %d years, %d rounds, 1 thread, CPU time\n", posts,
                years, rounds);
    std::printf("%5s | %10s %14s %10s %9s | %10s %14s %10s %9s | %6s\n", "round", "hand ns/ev",
                "staff-years/s", "leavers/py", "absence", "wfsim ns/ev", "staff-years/s",
                "leavers/py", "absence", "ratio");
    std::vector<double> hand_ns, engine_ns, hand_rate, engine_rate, ratios;
    for (int round = 0; round < rounds; ++round) {
        double c0 = thread_cpu_seconds();
        const bench::HandwrittenTotals h = hand.run(20260101, static_cast<std::uint64_t>(round));
        const double hand_secs = thread_cpu_seconds() - c0;

        c0 = thread_cpu_seconds();
        const auto result = engine.run(20260101, static_cast<std::uint64_t>(round));
        const double engine_secs = thread_cpu_seconds() - c0;
        double leavers = 0, lost = 0, post_days = 0;
        for (int m = 0; m < layout.months; ++m) {
            auto at = [&](int metric) {
                return result->metric(layout, metric)[m * layout.units.size() + total];
            };
            leavers += at(models::kLeavers);
            lost += at(models::kAbsenceWteDays);
            post_days += at(models::kEstablishmentWteDays);
        }
        hand_ns.push_back(hand_secs * 1e9 / static_cast<double>(h.events));
        engine_ns.push_back(engine_secs * 1e9 / static_cast<double>(result->events));
        hand_rate.push_back(staff_years / hand_secs);
        engine_rate.push_back(staff_years / engine_secs);
        ratios.push_back(engine_rate.back() / hand_rate.back());
        std::printf("%5d | %10.1f %14.3e %10.5f %9.5f | %10.1f %14.3e %10.5f %9.5f | %6.3f\n",
                    round, hand_ns.back(), hand_rate.back(), h.leavers / (h.post_days / 365.25),
                    h.absence_days / h.post_days, engine_ns.back(), engine_rate.back(),
                    leavers / (post_days / models::kDaysPerYear), lost / post_days, ratios.back());
    }
    std::printf("median | %10.1f %14.3e %20s | %10.1f %14.3e %20s | %6.3f\n", median(hand_ns),
                median(hand_rate), "", median(engine_ns), median(engine_rate), "", median(ratios));
    std::printf("peak RSS (both): %.1f MiB\n", bench::peak_rss_mib());
    return 0;
}
