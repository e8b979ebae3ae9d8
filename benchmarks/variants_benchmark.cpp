// What variants cost: the reference workload (DESIGN.md) run alone, and beside three variants of
// it (a lower leaving hazard in one group from year 2: kept events; a shorter time to hire
// everywhere from month 7: values in force; more sickness onsets everywhere from year 3: a second
// clock), interleaved replication by replication on one thread and one model rebound to each run.
// Prints ns per event of each run and the time of the baseline with its three variants over the
// time of the baseline alone (k variants should cost about k times the baseline).
//
//   variants_benchmark [--posts N] [--years Y] [--replications R]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "benchmarks/peak_memory.hpp"
#include "models/scenario/scenario_loader.hpp"
#include "models/variants/variant_resolution.hpp"
#include "models/workforce/workforce_model.hpp"

namespace {

std::string scenario(long posts, int years) {
    return "schema_version: 1\nname: reference workload with variants\nstart: 2022-04-01\n"
           "years: " +
           std::to_string(years) + R"(
defaults:
  sector: nhs
  headcount: )" +
           std::to_string(posts / 8) + R"(
  wte_per_head: 1.0
  establishment_wte: )" +
           std::to_string(posts / 8) + R"(
  leaving: {hazard_per_year: 0.12, max_working_age: 100}
  recruitment: {time_to_hire_days: {lognormal: {mean: 90, sd: 30}}}
  absence: {onsets_per_year: 2, spell_days: {lognormal: {mean: 8, sd: 10}}}
groups: {group_1: {}, group_2: {}, group_3: {}, group_4: {}, group_5: {}, group_6: {},
         group_7: {}, group_8: {}}
variants:
  retention:
    interventions:
      keep: {parameter: groups.group_1.leaving.hazard_per_year, multiply: 0.9, from: 2023-04-01}
  hiring:
    interventions:
      faster: {parameter: groups.*.recruitment.time_to_hire_days, add: -20, from: 2022-10-01}
  sickness:
    interventions:
      more: {parameter: groups.*.absence.onsets_per_year, multiply: 1.2, from: 2024-04-01}
)";
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    long posts = 61000;
    int years = 10, replications = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--posts"))
            posts = std::atol(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--years"))
            years = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--replications"))
            replications = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: %s [--posts N] [--years Y] [--replications R]\n", argv[0]);
            return 64;
        }
    }
    using namespace wfsim;
    const auto baseline = std::make_shared<const models::ResolvedScenario>(
        models::resolve_scenario(models::load_scenario_text(scenario(posts, years), "bench")));
    std::vector<models::ResolvedScenario> runs{models::baseline_beside_variants(baseline)};
    std::vector<std::string> names{"beside variants"};
    for (const auto& v : baseline->scenario.variants) {
        runs.push_back(models::resolve_variant(baseline, v));
        names.push_back(v.name);
    }
    std::vector<models::ResolvedScenario*> pointers;
    for (auto& r : runs) pointers.push_back(&r);
    models::share_layout(pointers);

    models::WorkforceModel alone(*baseline), model(runs[0]);
    std::vector<std::vector<double>> ns(runs.size() + 1);
    std::vector<double> ratio;
    std::printf("reference workload: %ld posts, %d years, %d replications, 1 thread\n", posts,
                years, replications);
    std::printf("%4s %18s %14s %12s\n", "rep", "run", "events", "ns/event");
    for (int rep = 0; rep < replications; ++rep) {
        auto timed = [&](models::WorkforceModel& m, std::size_t slot, const std::string& name) {
            const auto t0 = std::chrono::steady_clock::now();
            const auto result = m.run(20260101, rep);
            const double secs =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            ns[slot].push_back(secs * 1e9 / result->events);
            std::printf("%4d %18s %14llu %12.1f\n", rep, name.c_str(),
                        static_cast<unsigned long long>(result->events), ns[slot].back());
            return secs;
        };
        const double base = timed(alone, 0, "baseline alone");
        double all = 0.0;
        for (std::size_t k = 0; k < runs.size(); ++k) {
            model.bind(runs[k]);
            all += timed(model, k + 1, names[k]);
        }
        ratio.push_back(all / base);
    }
    std::printf("\nmedian ns/event: baseline alone %.1f", median(ns[0]));
    for (std::size_t k = 0; k < runs.size(); ++k)
        std::printf(", %s %.1f", names[k].c_str(), median(ns[k + 1]));
    std::printf(
        "\nmedian time of the baseline and its %zu variants / the baseline alone: %.2f "
        "(peak RSS %.1f MiB)\n",
        runs.size() - 1, median(ratio), bench::peak_rss_mib());
    return 0;
}
