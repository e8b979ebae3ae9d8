#include "models/scenario/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "models/scenario/yaml/yaml_document.hpp"

namespace wfsim::models {
namespace {

// An open file descriptor, closed on scope exit.
class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }

  private:
    int fd_;
};

// Opens `path` for reading without blocking (a FIFO with no writer would wait for one) and
// checks that it is a regular file; -1 with `problem` set otherwise.
int open_regular(const std::string& path, const std::string& what, std::string& problem,
                 struct stat& info) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        problem = "cannot open the " + what + ": " + std::strerror(errno);
        return -1;
    }
    if (::fstat(fd, &info) != 0) {
        problem = "cannot read the " + what + ": " + std::strerror(errno);
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(info.st_mode)) {
        problem =
            "is " + file_type_text(info.st_mode) + ", not a " + what + "; give the path of a file";
        ::close(fd);
        return -1;
    }
    return fd;
}

std::string too_large(const std::string& size, std::size_t max_bytes, const std::string& what) {
    return "the " + what + " is " + size + "; a " + what + " may be at most " +
           schema::bytes_text(max_bytes) + ": is this the right file?";
}

}  // namespace

std::string file_type_text(unsigned mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

std::optional<std::string> input_file_problem(const std::string& path, const std::string& what) {
    std::string problem;
    struct stat info {};
    const Descriptor fd(open_regular(path, what, problem, info));
    if (fd.get() < 0) return problem;
    return std::nullopt;
}

std::optional<std::string> read_input_file(const std::string& path, const std::string& what,
                                           std::size_t max_bytes, std::string& problem) {
    struct stat info {};
    const Descriptor fd(open_regular(path, what, problem, info));
    if (fd.get() < 0) return std::nullopt;
    if (static_cast<unsigned long long>(info.st_size) > max_bytes) {
        problem = too_large(schema::count_text(static_cast<std::size_t>(info.st_size)) + " bytes",
                            max_bytes, what);
        return std::nullopt;
    }
    // Read to the end, not to the size: a file may change while it is read (or report no size,
    // as some in /proc do), so at most one byte more than the limit.
    std::string text;
    text.resize(static_cast<std::size_t>(info.st_size) + 1);
    std::size_t used = 0;
    while (true) {
        if (used == text.size()) {
            if (text.size() > max_bytes) break;
            text.resize(std::min(max_bytes + 1, std::max<std::size_t>(text.size() * 2, 4096)));
        }
        const ssize_t got = ::read(fd.get(), text.data() + used, text.size() - used);
        if (got < 0) {
            if (errno == EINTR) continue;
            problem = "cannot read the " + what + ": " + std::strerror(errno);
            return std::nullopt;
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
    }
    if (used > max_bytes) {
        problem = too_large("more than " + schema::bytes_text(max_bytes), max_bytes, what);
        return std::nullopt;
    }
    text.resize(used);
    return text;
}

}  // namespace wfsim::models
