#include "output/temporary_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "output/output_error.hpp"

namespace wfsim::output {
namespace {

constexpr const char* kMarker = ".wfsim-tmp-";

std::string host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
    std::string host(name);
    // Kept to characters that are safe in a file name.
    for (char& c : host)
        if (c == '/' || c == ' ') c = '_';
    return host;
}

// The start time of process `pid` in clock ticks after boot (field 22 of /proc/<pid>/stat), when
// it can be read.
std::optional<unsigned long long> start_time(long pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(in, stat)) return std::nullopt;
    const std::size_t name_end = stat.rfind(')');  // the command name may hold spaces
    if (name_end == std::string::npos) return std::nullopt;
    std::istringstream fields(stat.substr(name_end + 1));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
        if (i < 22) continue;
        unsigned long long ticks = 0;
        const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), ticks);
        if (error == std::errc() && end == field.data() + field.size()) return ticks;
    }
    return std::nullopt;
}

template <class T>
std::optional<T> number(std::string_view text) {
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// Whether the process that named a temporary `<pid>-<start>` has ended.
bool writer_has_ended(long pid, unsigned long long start) {
    if (pid <= 0) return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return true;
    const auto actual = start_time(pid);
    return actual && *actual != start;  // the id now belongs to another process
}

char g_armed_path[4096];
std::atomic<bool> g_armed{false};

}  // namespace

std::string temporary_path_for(const std::string& final_path) {
    const long pid = static_cast<long>(::getpid());
    return final_path + kMarker + host_name() + "-" + std::to_string(pid) + "-" +
           std::to_string(start_time(pid).value_or(0));
}

std::vector<std::string> remove_stale_temporaries(const std::string& final_path) {
    namespace fs = std::filesystem;
    std::vector<std::string> removed;
    const fs::path target(final_path);
    const std::string prefix = target.filename().string() + kMarker + host_name() + "-";
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string_view rest = std::string_view(name).substr(prefix.size());
        const std::size_t dash = rest.find('-');
        if (dash == std::string_view::npos) continue;
        const auto pid = number<long>(rest.substr(0, dash));
        const auto start = number<unsigned long long>(rest.substr(dash + 1));
        if (!pid || !start || *pid == static_cast<long>(::getpid())) continue;
        std::error_code status_error;
        if (!it->is_regular_file(status_error) || !writer_has_ended(*pid, *start)) continue;
        std::error_code remove_error;
        if (fs::remove(it->path(), remove_error)) removed.push_back(it->path().string());
    }
    return removed;
}

void arm_signal_cleanup(const std::string& path) {
    g_armed.store(false);
    if (path.size() >= sizeof g_armed_path) return;  // not removed on a signal; still on failure
    std::memcpy(g_armed_path, path.c_str(), path.size() + 1);
    g_armed.store(true);
}

void disarm_signal_cleanup() {
    g_armed.store(false);
}

void remove_temporary_on_signal() noexcept {
    if (g_armed.load()) ::unlink(g_armed_path);
}

}  // namespace wfsim::output

namespace wfsim::output {

void sync_to_disk(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        throw OutputError("cannot flush " + path + " to disk: " + std::strerror(error));
    }
    ::close(fd);
}

std::string utc_timestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

std::optional<std::string> missing_directory_message(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path parent = fs::path(path).parent_path();
    const std::string directory = parent.empty() ? "." : parent.string();
    std::error_code ec;
    const fs::file_status status = fs::status(directory, ec);
    if (status.type() == fs::file_type::not_found)
        return "cannot write " + path + ": its directory " + directory +
               " does not exist (create it first)";
    if (!ec && status.type() != fs::file_type::directory)
        return "cannot write " + path + ": " + directory + " is not a directory";
    return std::nullopt;
}

std::string cannot_write_message(const std::string& path, int error) {
    return missing_directory_message(path).value_or("cannot write " + path + ": " +
                                                    std::strerror(error));
}

void write_file_replacing(const std::string& path, const std::string& text) {
    const std::string temporary = temporary_path_for(path);
    {
        std::ofstream out(temporary, std::ios::binary);
        if (!out) throw OutputError(cannot_write_message(path, errno));
        out << text;
        out.close();
        if (!out) {
            const int error = errno;
            std::remove(temporary.c_str());
            throw OutputError(cannot_write_message(path, error));
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        std::remove(temporary.c_str());
        throw OutputError("cannot rename " + temporary + " to " + path + ": " +
                          std::strerror(error));
    }
}

}  // namespace wfsim::output
