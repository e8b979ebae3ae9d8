// Runs killed part way: a temporary file is recognisable, removed by a second Ctrl-C, and removed
// by the next run to the same output when a SIGKILL left it; an interrupted run never replaces a
// complete result (its own goes beside it).
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "output/result_reader.hpp"
#include "tests/cli/cli_test_support.hpp"
#include "tests/hostile/file_bytes.hpp"

using namespace wfsim::testing;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// A run of wfsim in `directory` that the test controls: its output goes to files there.
class RunningWfsim {
  public:
    RunningWfsim(const std::string& directory, std::vector<std::string> args) {
        pid_ = ::fork();
        if (pid_ == 0) {
            if (::chdir(directory.c_str()) != 0) ::_exit(126);
            const int err = ::open("../stderr.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
            const int null = ::open("/dev/null", O_RDWR);
            ::dup2(null, 0);
            ::dup2(null, 1);
            ::dup2(err, 2);
            std::vector<char*> argv{const_cast<char*>(WFSIM_BINARY)};
            for (auto& a : args) argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(WFSIM_BINARY, argv.data());
            ::_exit(127);
        }
    }
    ~RunningWfsim() {
        if (pid_ > 0 && !done_) {
            ::kill(pid_, SIGKILL);
            wait();
        }
    }
    void signal(int number) const { ::kill(pid_, number); }
    // The wait status.
    int wait() {
        int status = 0;
        ::waitpid(pid_, &status, 0);
        done_ = true;
        return status;
    }

  private:
    pid_t pid_ = -1;
    bool done_ = false;
};

// The names in `directory` that start with `prefix`, once there is one (or none after 60 s).
std::vector<std::string> wait_for_files(const std::string& directory, const std::string& prefix) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        std::vector<std::string> found;
        for (const auto& e : std::filesystem::directory_iterator(directory)) {
            const std::string name = e.path().filename().string();
            if (name.rfind(prefix, 0) == 0) found.push_back(name);
        }
        if (!found.empty()) return found;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return {};
}

// A scenario whose replications take long enough to be interrupted part way (the reference
// workload: about 0.1 s each on one thread).
struct Fixture {
    ScratchDirectory outer;  // holds the run's directory and its standard error
    std::string dir = outer.file("run");
    Fixture() {
        std::filesystem::create_directory(dir);
        std::filesystem::copy_file(shipped_scenario("reference_workload.yaml"),
                                   std::filesystem::path(dir) / "s.yaml");
    }
    std::string stderr_text() const { return read_whole_file(outer.file("stderr.txt")); }
    std::vector<std::string> entries() const {
        std::vector<std::string> out;
        for (const auto& e : std::filesystem::directory_iterator(dir))
            out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

}  // namespace

TEST_CASE("a run killed outright leaves a recognisable temporary that the next run removes",
          "[hostile]") {
    Fixture f;
    {
        RunningWfsim run(f.dir, {"run", "s.yaml", "-n", "100000", "-j", "1", "-q", "-o", "out.h5"});
        const auto temporaries = wait_for_files(f.dir, "out.h5.wfsim-tmp-");
        REQUIRE(temporaries.size() == 1);
        run.signal(SIGKILL);
        run.wait();
    }
    const auto left = f.entries();
    REQUIRE(left.size() == 2);  // s.yaml and the temporary
    CHECK_THAT(left[0], StartsWith("out.h5.wfsim-tmp-"));

    // The next run to the same output removes it: its process no longer runs.
    const auto next = run_wfsim("run s.yaml -n 1 -j 1 -q -o out.h5", f.dir);
    CHECK(next.exit_code == 0);
    CHECK(f.entries() == std::vector<std::string>{"out.h5", "s.yaml"});
}

TEST_CASE("a second interrupt ends the run at once and removes its temporary file", "[hostile]") {
    Fixture f;
    RunningWfsim run(f.dir, {"run", "s.yaml", "-n", "100000", "-j", "1", "-q", "-o", "out.h5"});
    REQUIRE(wait_for_files(f.dir, "out.h5.wfsim-tmp-").size() == 1);
    run.signal(SIGINT);
    run.signal(SIGINT);
    const int status = run.wait();
    // Either the second signal ended it (killed by SIGINT), or the first one's orderly end won
    // the race and it kept its replications beside nothing (exit 130): never a temporary.
    CHECK(((WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) ||
           (WIFEXITED(status) && WEXITSTATUS(status) == 130)));
    for (const auto& name : f.entries()) CHECK_THAT(name, !StartsWith("out.h5.wfsim-tmp-"));
}

TEST_CASE("an interrupted run never replaces a complete result: it writes beside it", "[hostile]") {
    Fixture f;
    REQUIRE(run_wfsim("run s.yaml -n 2 -j 1 -q -o out.h5", f.dir).exit_code == 0);
    const std::string complete = read_whole_file(f.dir + "/out.h5");

    RunningWfsim run(f.dir, {"run", "s.yaml", "-n", "100000", "-j", "1", "-q", "-o", "out.h5"});
    REQUIRE(wait_for_files(f.dir, "out.h5.wfsim-tmp-").size() == 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));  // a few replications done
    run.signal(SIGINT);
    const int status = run.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 130);
    INFO(f.stderr_text());
    CHECK_THAT(f.stderr_text(), Contains("in out.interrupted.h5 (marked incomplete; out.h5 holds "
                                         "a better result, kept)"));
    CHECK(read_whole_file(f.dir + "/out.h5") == complete);
    CHECK(f.entries() == std::vector<std::string>{"out.h5", "out.interrupted.h5", "s.yaml"});
    const wfsim::output::ResultReader partial(f.dir + "/out.interrupted.h5");
    CHECK(partial.integer_attribute("/", "complete") == 0);
    CHECK(partial.integer_attribute("/", "replications") >= 0);
}
