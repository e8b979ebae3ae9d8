#pragma once
// Runs the wfsim binary as a child process with its time and memory measured and bounded
// (tests/hostile/bounded_exec.cpp): the wall time from start to exit, the peak resident memory,
// a watchdog that kills it past its time, and an address-space limit (under AddressSanitizer,
// which reserves terabytes of address space, its own hard RSS limit instead).
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "tests/hostile/file_bytes.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define WFSIM_TESTS_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WFSIM_TESTS_UNDER_ASAN 1
#endif
#endif

namespace wfsim::testing {

inline constexpr bool kUnderSanitizer =
#ifdef WFSIM_TESTS_UNDER_ASAN
    true;
#else
    false;
#endif

struct BoundedOutcome {
    int exit_code = -1;  // -1 when it did not exit normally
    int signal = 0;      // the signal that ended it, if any
    bool timed_out = false;
    double seconds = 0.0;
    double peak_mebibytes = 0.0;
    std::string standard_error;
    std::string standard_output;
};

// Runs `binary` with `args` in `directory` through the launcher wfsim_bounded_exec, which
// measures it and kills it after `seconds`. The address space is limited to `address_mebibytes`
// (0: no limit), the size of files it writes to `file_blocks` KiB (0: no limit). `capture` is a
// directory for its output and the launcher's report.
inline BoundedOutcome run_bounded(const std::string& binary, const std::vector<std::string>& args,
                                  const std::string& directory, const std::string& capture,
                                  double seconds, double address_mebibytes, long file_blocks = 0) {
    const std::string out_path = capture + "/stdout", err_path = capture + "/stderr",
                      report_path = capture + "/report";
    std::vector<std::string> launch{
        WFSIM_BOUNDED_EXEC,          report_path,
        std::to_string(seconds),     std::to_string(kUnderSanitizer ? 0.0 : address_mebibytes),
        std::to_string(file_blocks), binary};
    launch.insert(launch.end(), args.begin(), args.end());
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::chdir(directory.c_str()) != 0) ::_exit(126);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int null = ::open("/dev/null", O_RDONLY);
        if (out < 0 || err < 0 || null < 0) ::_exit(126);
        ::dup2(null, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (kUnderSanitizer && address_mebibytes > 0) {
            // AddressSanitizer reserves terabytes of address space: its own RSS limit instead.
            const std::string options =
                "hard_rss_limit_mb=" + std::to_string(static_cast<long>(address_mebibytes));
            const char* given = std::getenv("ASAN_OPTIONS");
            ::setenv("ASAN_OPTIONS",
                     (given ? std::string(given) + ":" : "").append(options).c_str(), 1);
        }
        std::vector<char*> argv;
        for (const std::string& a : launch) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    BoundedOutcome outcome;
    std::istringstream report(read_whole_file(report_path));
    int timed_out = 0;
    long peak_kib = 0;
    if (!(report >> outcome.exit_code >> outcome.signal >> timed_out >> outcome.seconds >>
          peak_kib)) {
        outcome.exit_code = -1;
        outcome.standard_error = "(the launcher failed: status " + std::to_string(status) + ")";
        return outcome;
    }
    outcome.timed_out = timed_out != 0;
    outcome.peak_mebibytes = static_cast<double>(peak_kib) / 1024.0;
    outcome.standard_output = read_whole_file(out_path);
    outcome.standard_error = read_whole_file(err_path);
    return outcome;
}

}  // namespace wfsim::testing
