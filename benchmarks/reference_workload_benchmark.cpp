// Throughput of the real engine and models on the reference workload (DESIGN.md), one thread.
// Prints events/s, ns/event, staff-years/s and peak RSS, and the workload's two check figures:
// leavers per post-year (~0.1165) and the absence share of post-days (~0.0406). With --all-flows
// it runs the same posts with every supply and loss route on (benchmarks/all_flows_workload.hpp);
// the check figures then describe that workload and have no fixed expected value.
//
//   reference_workload_benchmark [--posts N] [--years Y] [--replications R] [--all-flows]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "benchmarks/all_flows_workload.hpp"
#include "benchmarks/peak_memory.hpp"
#include "benchmarks/reference_workload.hpp"
#include "models/calibration/calibration.hpp"
#include "models/metrics/metrics_recorder.hpp"
#include "models/workforce/workforce_model.hpp"

namespace {

// CPU time of this thread: on a shared machine it leaves out the time spent waiting for a core,
// which wall time does not.
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

}  // namespace

int main(int argc, char** argv) {
    long posts = 61000;
    int years = 10, replications = 5;
    bool all_flows = false;
    for (int i = 1; i < argc; i += 2) {
        if (!std::strcmp(argv[i], "--all-flows")) {
            all_flows = true;
            --i;
        } else if (i + 1 >= argc) {
            std::fprintf(stderr, "%s: %s needs a value\n", argv[0], argv[i]);
            return 64;
        } else if (!std::strcmp(argv[i], "--posts"))
            posts = std::atol(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--years"))
            years = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--replications"))
            replications = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr,
                         "usage: %s [--posts N] [--years Y] [--replications R] [--all-flows]\n",
                         argv[0]);
            return 64;
        }
    }
    using namespace wfsim;
    const models::ResolvedScenario resolved =
        models::resolve_scenario(all_flows ? bench::all_flows_workload(posts, years)
                                           : bench::reference_workload(posts, years));
    models::WorkforceModel model(resolved);
    const auto& layout = model.layout();
    const int total = layout.units.total_unit();
    std::printf("%s: %ld posts, %d years, %d replications, 1 thread\n",
                all_flows ? "all flows" : "reference workload", posts, years, replications);
    std::printf("%4s %12s %10s %14s %16s %12s %12s %14s\n", "rep", "events", "ns/event", "events/s",
                "staff-years/s", "leavers/py", "absence", "cpu ns/event");
    double best_rate = 0.0;
    std::vector<double> rates;
    for (int rep = 0; rep < replications; ++rep) {
        const double cpu0 = thread_cpu_seconds();
        const auto t0 = std::chrono::steady_clock::now();
        const auto result = model.run(20260101, rep);
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double cpu_secs = thread_cpu_seconds() - cpu0;
        double leavers = 0, lost = 0, post_days = 0;
        for (int m = 0; m < layout.months; ++m) {
            auto at = [&](int metric) {
                return result->metric(layout, metric)[m * layout.units.size() + total];
            };
            leavers += at(models::kLeavers);
            lost += at(models::kAbsenceWteDays);
            post_days += at(models::kEstablishmentWteDays);
        }
        const double staff_years = static_cast<double>(posts) * years;
        const double rate = staff_years / secs;
        rates.push_back(rate);
        best_rate = std::max(best_rate, rate);
        std::printf("%4d %12llu %10.1f %14.3e %16.3e %12.5f %12.5f %14.1f\n", rep,
                    static_cast<unsigned long long>(result->events), secs * 1e9 / result->events,
                    result->events / secs, rate, leavers / (post_days / models::kDaysPerYear),
                    lost / post_days, cpu_secs * 1e9 / result->events);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("median staff-years/s: %.3e   peak RSS: %.1f MiB\n", rates[rates.size() / 2],
                bench::peak_rss_mib());
    return 0;
}
