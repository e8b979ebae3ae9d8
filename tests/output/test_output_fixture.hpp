#pragma once
// A hand-made result layout and replication results with known values, for the output tests.
//
// Units: groups nurses (nhs), doctors (nhs), carers (social_care); sectors nhs, social_care;
// total. For replication r, month p (D days) and unit u, with H = 100 (u + 1) + 10 r + p:
//   headcount = H, wte = 0.9 H, establishment_wte = H, wte_days = 0.9 H D,
//   establishment_wte_days = H D, absence_wte_days = 0.05 x 0.9 H D, headcount_days = H D,
//   joiners = 2u + r, leavers = u + 1 + r, over_55 = 0.25 H, stayers_12m = 0.8 H,
//   headcount_12m_ago = H.
// So vacancy rate 0.1, absence rate 0.05, share over 55 0.25, stability 0.8 everywhere.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include "models/vocabulary/result_layout.hpp"
#include "output/result_writer.hpp"
#include "sim/time_axis.hpp"

namespace wfsim::test_output {

using models::Accumulation;

inline models::ResultLayout fake_layout(int months) {
    models::ResultLayout layout;
    layout.months = months;
    layout.metrics = {
        {"headcount", Accumulation::Stock, "people", "staff in post at the period end"},
        {"wte", Accumulation::Stock, "1", "whole-time equivalent in post at the period end"},
        {"establishment_wte", Accumulation::Stock, "1", "funded WTE at the period end"},
        {"wte_days", Accumulation::Integral, "WTE-days", "WTE-days in post"},
        {"establishment_wte_days", Accumulation::Integral, "WTE-days", "establishment WTE-days"},
        {"absence_wte_days", Accumulation::Integral, "WTE-days", "WTE-days lost to sickness"},
        {"headcount_days", Accumulation::Integral, "person-days", "person-days in post"},
        {"joiners", Accumulation::Flow, "people", "joiners in the period"},
        {"leavers", Accumulation::Flow, "people", "leavers in the period"},
        {"over_55", Accumulation::Stock, "people", "staff aged 55 or more at the period end"},
        {"stayers_12m", Accumulation::Stock, "people", "in post now and 12 months before"},
        {"headcount_12m_ago", Accumulation::Stock, "people", "headcount 12 months before"},
    };
    layout.units.names = {"nurses", "doctors", "carers", "nhs", "social_care", "total"};
    layout.units.kinds = {"group", "group", "group", "sector", "sector", "total"};
    layout.units.sector_of_group = {3, 3, 4};
    layout.units.groups = 3;
    layout.units.sectors = 2;
    return layout;
}

inline sim::TimeAxis fake_axis(int months, int start_year = 2022, int start_month = 4) {
    return sim::TimeAxis(sim::Date::from_ymd(start_year, start_month, 1), months);
}

inline double fake_headcount(int r, int p, int u) {
    return 100.0 * (u + 1) + 10.0 * r + p;
}

// `nan_joiners`: every joiners value of this replication is NaN (to test NaN skipping).
inline models::ReplicationResult fake_result(const models::ResultLayout& layout,
                                             const sim::TimeAxis& axis, int r,
                                             bool nan_joiners = false) {
    models::ReplicationResult result;
    result.values.assign(layout.values_per_replication(), 0.0);
    const int units = layout.units.size();
    for (std::size_t m = 0; m < layout.metrics.size(); ++m) {
        const std::string& name = layout.metrics[m].name;
        double* out = result.metric(layout, static_cast<int>(m));
        for (int p = 0; p < layout.months; ++p) {
            const double days = axis.month_length_days(p);
            for (int u = 0; u < units; ++u) {
                const double h = fake_headcount(r, p, u);
                double v = h;
                if (name == "wte") v = 0.9 * h;
                if (name == "wte_days") v = 0.9 * h * days;
                if (name == "establishment_wte_days" || name == "headcount_days") v = h * days;
                if (name == "absence_wte_days") v = 0.05 * 0.9 * h * days;
                if (name == "joiners")
                    v = nan_joiners ? std::numeric_limits<double>::quiet_NaN() : 2.0 * u + r;
                if (name == "leavers") v = u + 1.0 + r;
                if (name == "over_55") v = 0.25 * h;
                if (name == "stayers_12m") v = 0.8 * h;
                out[static_cast<std::size_t>(p) * units + u] = v;
            }
        }
    }
    return result;
}

inline output::RunMetadata fake_metadata(std::size_t replications) {
    output::RunMetadata m;
    m.wfsim_version = "0.1.0-test";
    m.scenario_name = "Test system";
    m.scenario_path = "scenarios/test.yaml";
    m.scenario_yaml = "name: Test system\nyears: 2\n";
    m.scenario_resolved_yaml = "name: Test system\nyears: 2\nseed: 42\n";
    m.command_line = "wfsim run scenarios/test.yaml -n 5";
    m.seed = 18446744073709551557ull;  // needs all 64 bits
    m.replications_requested = replications;
    m.threads = 2;
    return m;
}

// Writes replications 0..n-1 of every variant and finishes.
inline void write_fake_file(const std::string& path, int months, int replications,
                            std::vector<std::string> variants = {"baseline"}) {
    const auto layout = fake_layout(months);
    const auto axis = fake_axis(months);
    const std::size_t count = variants.size();
    output::ResultWriter writer(path, fake_metadata(replications), layout, axis,
                                std::move(variants));
    for (int r = 0; r < replications; ++r)
        for (std::size_t v = 0; v < count; ++v)
            writer.append(v, r, fake_result(layout, axis, r + static_cast<int>(v) * 100));
    writer.finish(true, 1.5);
}

// A fresh directory, removed with everything in it at the end of the test.
class ScratchDirectory {
  public:
    ScratchDirectory() {
        static std::atomic<int> counter{0};
        path_ =
            std::filesystem::temp_directory_path() /
            ("wfsim-output-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDirectory() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    std::string file(const std::string& name) const { return (path_ / name).string(); }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& e : std::filesystem::directory_iterator(path_))
            names.push_back(e.path().filename().string());
        return names;
    }

  private:
    std::filesystem::path path_;
};

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace wfsim::test_output
