// The statistics that end a run: sim::summarise (mean, MCSE and five quantiles) over columns of
// R replications' values, as the summaries of a result file compute them for every metric, period
// and unit (about 144,000 columns for Hertfordshire and West Essex). Prints CPU microseconds per
// column (median and fastest of the repetitions) and a checksum of every statistic's bits, so
// that two builds can be timed and shown to agree bit for bit in one run.
//
//   summary_statistics_benchmark [--rows 100,1000] [--columns 2000] [--reps 5]
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <limits>
#include <string>
#include <vector>

#include "sim/random_stream.hpp"
#include "sim/replication_statistics.hpp"
#include "sim/variates.hpp"

namespace {

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

std::uint64_t fnv(const void* data, std::size_t bytes, std::uint64_t h) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

std::vector<std::size_t> parse_list(const char* text) {
    std::vector<std::size_t> out;
    for (const char* p = text; *p;) {
        char* end = nullptr;
        out.push_back(std::strtoull(p, &end, 10));
        p = *end == ',' ? end + 1 : end;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace wfsim;
    std::vector<std::size_t> row_counts = {100, 1000};
    std::size_t columns = 2000;
    int reps = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rows"))
            row_counts = parse_list(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--columns"))
            columns = std::strtoull(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--reps"))
            reps = std::atoi(argv[i + 1]);
    }
    std::printf("%8s %8s %16s %16s %18s\n", "rows", "columns", "median us/col", "fastest us/col",
                "checksum");
    for (std::size_t rows : row_counts) {
        // Values like a metric's across replications: a level with normal noise, some columns
        // with ties (counts) and some with undefined values (rates in their first months).
        std::vector<std::vector<double>> data(columns, std::vector<double>(rows));
        for (std::size_t c = 0; c < columns; ++c) {
            std::uint32_t draws = 0;
            sim::KeyedStream eng(sim::entity_key(rows, c), 0, draws);
            for (double& v : data[c]) {
                const double x = 100.0 + 10.0 * sim::standard_normal(eng);
                v = c % 4 == 1 ? static_cast<double>(static_cast<int>(x))
                    : c % 8 == 2 && sim::uniform01(eng) < 0.1
                        ? std::numeric_limits<double>::quiet_NaN()
                        : x;
            }
        }
        std::vector<double> times, scratch;
        std::uint64_t checksum = 0xcbf29ce484222325ull;
        for (int r = 0; r < reps; ++r) {
            std::uint64_t h = 0xcbf29ce484222325ull;
            const double t0 = thread_cpu_seconds();
            for (const auto& column : data) {
                const sim::ColumnSummary s = sim::summarise(column, scratch);
                h = fnv(&s, sizeof s, h);
            }
            times.push_back((thread_cpu_seconds() - t0) / static_cast<double>(columns) * 1e6);
            checksum = h;
        }
        std::sort(times.begin(), times.end());
        std::printf("%8zu %8zu %16.2f %16.2f %18llx\n", rows, columns, times[times.size() / 2],
                    times.front(), static_cast<unsigned long long>(checksum));
    }
    return 0;
}
