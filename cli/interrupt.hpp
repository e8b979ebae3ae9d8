#pragma once
// SIGINT and SIGTERM raise a flag that the replication runner and the event loop poll; the run
// then stops, keeps what it completed and exits with kInterrupted. A second signal ends the
// process at once, removing the temporary result file first.
#include <atomic>

namespace wfsim::cli {

const std::atomic<bool>& install_interrupt_handlers();

}  // namespace wfsim::cli
