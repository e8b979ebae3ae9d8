#pragma once
// The temporary file a result is written to before it is renamed into place, named so that it is
// recognisable and can be told apart from those of other runs:
//   <output>.wfsim-tmp-<host>-<pid>-<start>
// <host> is the machine's name, <pid> the writing process and <start> that process's start time
// (clock ticks after boot, /proc/<pid>/stat), so that a reused process id is not mistaken for the
// writer. A run removes it when it fails; a second Ctrl-C or SIGTERM removes it before the
// process ends; only a process killed outright (SIGKILL, power loss) leaves it, and the next run
// writing the same output removes those whose process no longer runs on this machine.
#include <optional>
#include <string>
#include <vector>

namespace wfsim::output {

// The temporary path for `final_path` of this process.
std::string temporary_path_for(const std::string& final_path);

// Removes the temporaries of `final_path` that processes on this machine left and that no longer
// run; returns the paths removed. Never throws: what cannot be listed or removed is left.
std::vector<std::string> remove_stale_temporaries(const std::string& final_path);

// Makes `path` the file remove_temporary_on_signal() removes (one at a time), or none.
void arm_signal_cleanup(const std::string& path);
void disarm_signal_cleanup();
// Removes the armed temporary: async-signal-safe, for a signal handler about to end the process.
void remove_temporary_on_signal() noexcept;

// Flushes the closed file `path` to disk (before a rename makes it visible under its final
// name); OutputError when it cannot.
void sync_to_disk(const std::string& path);

// Why `path` (the name the user gave, not its temporary) cannot be written, `error` being the
// errno of the failure: "cannot write <path>: its directory <dir> does not exist (create it
// first)", or is not a directory, or the system's reason.
std::string cannot_write_message(const std::string& path, int error);
// That message when `path`'s directory is missing or not a directory; nullopt otherwise.
std::optional<std::string> missing_directory_message(const std::string& path);

// Writes `text` to `path`: to its temporary first, renamed into place when complete (an existing
// file is replaced whole or left untouched). OutputError when it cannot.
void write_file_replacing(const std::string& path, const std::string& text);

// Now, as ISO 8601 UTC ("2024-05-01T09:30:12Z"): when a file was created.
std::string utc_timestamp();

}  // namespace wfsim::output
