#include "cli/interrupt.hpp"

#include <csignal>

#include "output/temporary_file.hpp"

namespace wfsim::cli {
namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the flag is set from a signal handler");

extern "C" void on_signal(int signal) {
    if (g_interrupted.exchange(true)) {
        output::remove_temporary_on_signal();  // the process ends now: leave nothing behind
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

}  // namespace

const std::atomic<bool>& install_interrupt_handlers() {
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    return g_interrupted;
}

}  // namespace wfsim::cli
