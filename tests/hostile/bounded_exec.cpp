// wfsim_bounded_exec REPORT SECONDS ADDRESS_MIB FILE_BLOCKS PROGRAM [ARGS...]
//
// Runs PROGRAM with limits and measures it, for tests that bound the time and memory of a child
// process. A process's peak resident memory (ru_maxrss) includes what it held before exec, so a
// child forked straight from a large test process would report the test's size; this launcher is
// small, and the program it forks reports its own peak. Writes to REPORT one line:
//   <exit code or -1> <signal or 0> <1 if killed for time> <seconds> <peak KiB>
// Limits: the wall time SECONDS (then SIGKILL), CPU time SECONDS + 5, the address space
// ADDRESS_MIB (0: none), the size of files written FILE_BLOCKS of 1 KiB (0: none; SIGXFSZ is
// ignored, so a write past it fails with EFBIG as on a full disk).
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

double now() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

void limit(int resource, rlim_t value) {
    const rlimit l{value, value};
    setrlimit(resource, &l);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 6) {
        std::fprintf(stderr, "usage: %s REPORT SECONDS ADDRESS_MIB FILE_BLOCKS PROGRAM [ARGS...]\n",
                     argv[0]);
        return 64;
    }
    const char* report = argv[1];
    const double seconds = std::atof(argv[2]);
    const double address_mib = std::atof(argv[3]);
    const long file_blocks = std::atol(argv[4]);
    const double started = now();
    const pid_t pid = fork();
    if (pid < 0) return 71;
    if (pid == 0) {
        limit(RLIMIT_CPU, static_cast<rlim_t>(seconds) + 5);
        if (address_mib > 0) limit(RLIMIT_AS, static_cast<rlim_t>(address_mib * 1024 * 1024));
        if (file_blocks > 0) {
            signal(SIGXFSZ, SIG_IGN);
            limit(RLIMIT_FSIZE, static_cast<rlim_t>(file_blocks) * 1024);
        }
        execv(argv[5], argv + 5);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    bool timed_out = false;
    while (wait4(pid, &status, WNOHANG, &usage) != pid) {
        if (!timed_out && now() - started > seconds) {
            timed_out = true;
            kill(pid, SIGKILL);
        }
        usleep(1000);
    }
    const double elapsed = now() - started;
    FILE* out = std::fopen(report, "w");
    if (!out) return 73;
    std::fprintf(out, "%d %d %d %.6f %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                 WIFSIGNALED(status) ? WTERMSIG(status) : 0, timed_out ? 1 : 0, elapsed,
                 usage.ru_maxrss);
    std::fclose(out);
    return 0;
}
